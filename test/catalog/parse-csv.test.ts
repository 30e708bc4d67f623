import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/catalog/decode-text.js';
import { parseResultsCsv } from '../../src/catalog/parse-csv.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/catalog/types.js';
import { benchbenchDir, referenceData } from '../support/shared-data.js';

const parse = (text: string, limits: Partial<Limits> = {}) =>
  parseResultsCsv('b.csv', text, { ...DEFAULT_LIMITS, ...limits });
const codes = (text: string, limits: Partial<Limits> = {}) =>
  parse(text, limits).issues.map((i) => [i.severity, i.code, i.line, i.column]);
const scores = (text: string) =>
  Object.fromEntries(parse(text).scenarios.map((s) => [s.id, s.cells.map((c) => [c.model, c.value])]));

describe('parseResultsCsv', () => {
  it('reads a wide file: one scenario per column, one row per model', () => {
    const r = parse('model,a,b\ngpt-4,1.5,2\nllama,3,-0.25e1\n');
    expect(r.format).toBe('wide');
    expect(r.issues).toEqual([]);
    expect(r.models.map((m) => m.text)).toEqual(['gpt-4', 'llama']);
    expect(scores('model,a,b\ngpt-4,1.5,2\nllama,3,-0.25e1\n')).toEqual({
      a: [
        ['gpt-4', 1.5],
        ['llama', 3],
      ],
      b: [
        ['gpt-4', 2],
        ['llama', -2.5],
      ],
    });
  });

  it('places every cell at its line and column', () => {
    const r = parse('model, a\n  x , 7\n');
    expect(r.scenarios[0]).toMatchObject({ id: 'a', line: 1, column: 8 });
    expect(r.scenarios[0]!.cells[0]).toEqual({ model: 'x', value: 7, line: 2, column: 7 });
    expect(r.models[0]).toEqual({ text: 'x', line: 2, column: 3 });
  });

  it('reads a long file and ignores extra columns', () => {
    const text = 'Model,Scenario,Score,source\nx,a,1,s.csv\ny,a,2,s.csv\nx,b,3,t.csv\n';
    expect(parse(text).format).toBe('long');
    expect(scores(text)).toEqual({
      a: [
        ['x', 1],
        ['y', 2],
      ],
      b: [['x', 3]],
    });
  });

  it('accepts a byte order mark, CRLF, lone CR and blank lines', () => {
    const text = '\uFEFFmodel,a\r\nx,1\r\n\r\ny,2\rz,3\n,\n';
    expect(parse(text).issues).toEqual([]);
    expect(scores(text)).toEqual({
      a: [
        ['x', 1],
        ['y', 2],
        ['z', 3],
      ],
    });
    expect(parse(text).scenarios[0]!.cells[2]).toMatchObject({ line: 5, column: 3 });
  });

  it('places cells after a quoted cell that spans lines', () => {
    const r = parse('model,a\n"x\ny",1\nz,2\n');
    expect(r.models.map((m) => m.text)).toEqual(['x\ny', 'z']);
    expect(r.scenarios[0]!.cells.map((c) => [c.line, c.column])).toEqual([
      [3, 4],
      [4, 3],
    ]);
  });

  it('says how to rename a first column that is not `model`', () => {
    const r = parse('llm_model,a\nx,1\n');
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'missing-model-column', line: 1, column: 1 }]);
    expect(r.issues[0]!.hint).toContain('Rename the first column "llm_model" to `model`');
    expect(r.scenarios).toEqual([]);
  });

  it('says to move a `model` column that is not first, and spots a wrong separator', () => {
    expect(parse('rank,model,a\n1,x,2\n').issues[0]!.hint).toContain('Move the `model` column (column 2)');
    expect(parse('model;a\nx;1\n').issues[0]!.hint).toContain('";"');
  });

  it('names both lines of a model listed twice in a wide file', () => {
    const r = parse('model,a\nx,1\ny,2\nx,3\n');
    expect(codes('model,a\nx,1\ny,2\nx,3\n')).toEqual([['error', 'duplicate-model', 4, 1]]);
    expect(r.issues[0]!.message).toContain('lines 2 and 4');
    expect(r.scenarios[0]!.cells.map((c) => c.value)).toEqual([1, 2]);
  });

  it('names both lines of a model listed twice for one scenario in a long file', () => {
    const text = 'model,scenario,score\nx,a,1\nx,b,2\nx,a,3\n';
    expect(codes(text)).toEqual([['error', 'duplicate-model', 4, 1]]);
    expect(parse(text).issues[0]!.message).toMatch(/twice for scenario "a": lines 2 and 4/);
  });

  it('rejects non-numeric, NaN-like and infinite scores', () => {
    expect(codes('model,a\nx,abc\ny,1e999\nz,-Infinity\nw,inf\n')).toEqual([
      ['error', 'non-numeric-score', 2, 3],
      ['error', 'non-finite-score', 3, 3],
      ['error', 'non-finite-score', 4, 3],
      ['error', 'non-finite-score', 5, 3],
    ]);
  });

  it('suggests a fix for a percent sign and a decimal comma', () => {
    const r = parse('model,a\nx,85%\ny,"0,85"\n');
    expect(r.issues.map((i) => i.hint)).toEqual([
      'Write the number without the percent sign (85).',
      'Use a decimal point, not a comma (0.85).',
    ]);
  });

  it('reads -, NA, NaN and blank cells as missing, with one note per spelling', () => {
    const text = 'model,a,b\nx,-,\ny,NA,NaN\nz,-,1\n';
    expect(codes(text)).toEqual([
      ['note', 'missing-score', 2, 3],
      ['note', 'missing-score', 2, 5],
      ['note', 'missing-score', 3, 3],
      ['note', 'missing-score', 3, 6],
    ]);
    expect(parse(text).issues[0]!.message).toBe(
      '2 cells written "-" read as missing scores (the first here).',
    );
    expect(scores(text)).toEqual({ a: [], b: [['z', 1]] });
  });

  it('reports an empty file and a file with only a header', () => {
    expect(codes('')).toEqual([['error', 'empty-file', undefined, undefined]]);
    expect(codes('\n\n')).toEqual([['error', 'empty-file', undefined, undefined]]);
    expect(codes('model,a\n')).toEqual([['error', 'no-rows', 1, undefined]]);
  });

  it('places an unclosed quote where it opens', () => {
    expect(codes('model,a\nx,1\ny,"2\nz,3\n')).toEqual([['error', 'csv-syntax', 3, 3]]);
  });

  it('places a stray quote inside an unquoted cell', () => {
    expect(codes('model,a\nx,1"2"\n')).toEqual([['error', 'csv-syntax', 2, 4]]);
  });

  it('places text after a closing quote, counting characters not bytes', () => {
    expect(codes('model,a\néé,"1"2\n')).toEqual([['error', 'csv-syntax', 2, 7]]);
  });

  it('reports duplicate and empty column names and keeps the first column', () => {
    const text = 'model,a,,A\nx,1,2,3\n';
    expect(codes(text)).toEqual([
      ['error', 'empty-column-name', 1, 9],
      ['error', 'duplicate-column', 1, 10],
    ]);
    expect(parse(text).issues[1]!.message).toContain('column 2');
    expect(scores(text)).toEqual({ a: [['x', 1]] });
  });

  it('rejects spreadsheet formulas but not signed numbers', () => {
    expect(codes('model,a,b\n=cmd(),+1,@x\n+y,+2,-3\n')).toEqual([
      ['error', 'spreadsheet-formula', 2, 1],
      ['error', 'spreadsheet-formula', 3, 1],
    ]);
    expect(codes('model,a,b\nx,=1+1,@SUM(A1)\n')).toEqual([
      ['error', 'spreadsheet-formula', 2, 3],
      ['error', 'spreadsheet-formula', 2, 8],
    ]);
    expect(codes('model,=a\nx,1\n')).toEqual([['error', 'spreadsheet-formula', 1, 7]]);
  });

  it('rejects rows with too many cells and pads short rows with missing scores', () => {
    expect(codes('model,a\nx,1,2\n')).toEqual([['error', 'column-count', 2, 5]]);
    const short = 'model,a,b\nx,1\n';
    expect(codes(short)).toEqual([['warning', 'short-row', 2, 4]]);
    expect(scores(short)).toEqual({ a: [['x', 1]], b: [] });
  });

  it('rejects rows without a model or a scenario name', () => {
    expect(codes('model,a\n ,1\n')).toEqual([['error', 'empty-model', 2, 1]]);
    expect(codes('model,scenario,score\nx,,1\n')).toEqual([['error', 'empty-scenario-name', 2, 3]]);
  });

  it('enforces each limit and names it with its value', () => {
    const big = parse('model,a\nx,1\n', { maxFileBytes: 5 }).issues[0]!;
    expect(big).toMatchObject({ code: 'limit-file-bytes' });
    expect(big.message).toContain('maxFileBytes is 5');
    expect(codes('model,a\nx,1\ny,2\nz,3\n', { maxRows: 2 })).toEqual([['error', 'limit-rows', 4, 1]]);
    expect(codes('model,a\nx,1\ny,2\n', { maxRows: 2 })).toEqual([]);
    expect(codes('model,a,b,c\nx,1,2,3\n', { maxColumns: 3 })).toEqual([['error', 'limit-columns', 1, 11]]);
    const cell = parse('model,a\nxxxxxx,1\ny,2\n', { maxCellChars: 5 });
    expect(cell.issues.map((i) => [i.code, i.line, i.column])).toEqual([['limit-cell-chars', 2, 1]]);
    expect(cell.issues[0]!.message).toContain('maxCellChars is 5');
    expect(cell.models.map((m) => m.text)).toEqual(['y']);
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '"',
      '\n"\n',
      ',,,',
      'model\n"""',
      'model,a\n\u0000,1',
      '"model"x,a',
      'model,a\n'.repeat(100),
    ]) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe.runIf(referenceData('catalog'))('parseResultsCsv on the BenchBench catalog', () => {
  const dir = path.join(benchbenchDir, 'catalog');

  it('reads every file as wide, and flags only lvbench header, duplicate models and short rows', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    const errors = new Set<string>();
    for (const f of files) {
      const decoded = decodeText(f, readFileSync(path.join(dir, f)));
      expect(decoded.issues).toEqual([]);
      const r = parseResultsCsv(f, decoded.text!, DEFAULT_LIMITS);
      for (const i of r.issues) errors.add(i.code);
      if (f.startsWith('lvbench')) expect(r.issues.map((i) => i.code)).toEqual(['missing-model-column']);
      else expect(r.format).toBe('wide');
    }
    expect([...errors].sort()).toEqual([
      'duplicate-model',
      'missing-model-column',
      'missing-score',
      'short-row',
    ]);
  });

  it('reads the same from an ASCII file’s bytes as from its text, with a BOM and CRLF too', () => {
    const seen = (r: ReturnType<typeof parseResultsCsv>) =>
      JSON.stringify([r.issues, r.modelNames, r.scenarios.map((x) => [x.id, x.cells])]);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const raw = readFileSync(path.join(dir, f));
      for (const file of [
        raw,
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), raw]),
        Buffer.from(raw.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
      ]) {
        const { text, units } = decodeText(f, file);
        expect(seen(parseResultsCsv(f, text!, DEFAULT_LIMITS, undefined, units))).toBe(
          seen(parseResultsCsv(f, text!, DEFAULT_LIMITS)),
        );
      }
    }
  });
});
