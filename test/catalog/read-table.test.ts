import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/catalog/read-table.js';

describe('readTable', () => {
  it('turns a wide table into a scenario-major matrix with NaN for missing scores', () => {
    const { matrix, issues } = readTable('t.csv', 'model,a,b\nGPT 4 ,1,\nllama,2,3\n');
    expect(issues.filter((i) => i.severity !== 'note')).toEqual([]);
    expect(matrix.models).toEqual(['GPT 4', 'llama']);
    expect(matrix.scenarios).toEqual(['a', 'b']);
    expect([...matrix.values]).toEqual([1, 2, NaN, 3]);
  });

  it('turns a long table into the same matrix and ignores a source column', () => {
    const { matrix, issues } = readTable(
      't.csv',
      'model,scenario,score,source\nGPT 4,a,1,x.csv\nllama,a,2,x.csv\nllama,b,3,y.csv\n',
    );
    expect(issues).toEqual([]);
    expect(matrix.models).toEqual(['GPT 4', 'llama']);
    expect(matrix.scenarios).toEqual(['a', 'b']);
    expect([...matrix.values]).toEqual([1, 2, NaN, 3]);
  });

  it('keeps model names as written, without merging spellings', () => {
    const { matrix } = readTable('t.csv', 'model,a\ngpt-4,1\nGPT_4,2\n');
    expect(matrix.models).toEqual(['gpt-4', 'GPT_4']);
  });

  it('returns an empty matrix with the issue when the table cannot be read', () => {
    const { matrix, issues } = readTable('t.csv', 'llm_model,a\nx,1\n');
    expect(matrix).toEqual({ models: [], scenarios: [], values: new Float64Array() });
    expect(issues).toMatchObject([{ code: 'missing-model-column', file: 't.csv', line: 1, column: 1 }]);
  });

  it('applies the limits it is given', () => {
    const { issues } = readTable('t.csv', 'model,a\nx,1\ny,2\n', {
      maxFileBytes: 100,
      maxTotalBytes: 1000,
      maxRows: 1,
      maxColumns: 10,
      maxCellChars: 10,
      maxSeconds: 60,
    });
    expect(issues).toMatchObject([{ code: 'limit-rows', line: 3, column: 1 }]);
  });
});
