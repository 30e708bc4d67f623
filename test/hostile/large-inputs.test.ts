/**
 * Inputs too large to commit, generated at test time into os.tmpdir(): a 50 MB CSV, a million
 * rows, 10,000 columns and a 100 KB cell. Each hits the limit it should, the issue names that
 * limit (and the benchbench.yaml key that raises it), and the run ends within its time limit.
 * The limits are configurable in benchbench.yaml (docs/limits.md).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';
import { parseResultsCsv } from '../../src/catalog/parse-csv.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { baseFiles, issuesWith, runPipeline, withFiles } from './catalog.js';

const FILE = 'benchmarks/large.csv';
const METADATA = { 'benchmarks/large.yaml': 'name: Large\ndirection: higher\n' };
const SLOW = 30_000;

/** `model,s\n` then `m<i>,<i>` lines up to about `bytes` bytes. */
function rowsOfBytes(bytes: number): Buffer {
  const parts: string[] = ['model,s\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `model-${i},${i % 1000}\n`;
    parts.push(line);
    size += line.length;
  }
  return Buffer.from(parts.join(''));
}

describe('inputs too large to commit, generated at test time', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'benchbench-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'does not read a 50 MB CSV from a folder, and says maxFileBytes is why',
    async () => {
      const catalog = path.join(dir, 'fifty-mb');
      mkdirSync(path.join(catalog, 'benchmarks'), { recursive: true });
      for (const [p, bytes] of baseFiles()) writeFileSync(path.join(catalog, p), bytes);
      const big = rowsOfBytes(50 * 1024 * 1024);
      writeFileSync(path.join(catalog, FILE), big);
      writeFileSync(path.join(catalog, 'benchmarks/large.yaml'), METADATA['benchmarks/large.yaml']);

      const read = await readCatalogFolder(catalog);
      expect(read.issues).toEqual([
        expect.objectContaining({ severity: 'error', code: 'limit-file-bytes', file: FILE }),
      ]);
      expect(read.issues[0]!.message).toContain(`maxFileBytes (${DEFAULT_LIMITS.maxFileBytes} bytes)`);
      expect(read.issues[0]!.hint).toContain('limits.max_file_bytes');
      expect(read.files.has(FILE)).toBe(false);

      // Given as bytes (as from git), the loader refuses it before decoding a byte of it.
      const loaded = loadCatalog(withFiles({ [FILE]: big, ...METADATA }));
      const [issue] = issuesWith(loaded.issues, 'limit-file-bytes');
      expect(issue).toMatchObject({ file: FILE });
      expect(issue!.message).toBe(
        `The file is ${big.length} bytes; the limit maxFileBytes is ${DEFAULT_LIMITS.maxFileBytes}.`,
      );
    },
    SLOW,
  );

  it(
    'stops reading a million rows at maxRows, on the first row past the limit',
    () => {
      const lines = ['model,s'];
      for (let i = 0; i < 1_000_000; i++) lines.push(`m${i},${i % 97}`);
      const csv = lines.join('\n') + '\n';
      writeFileSync(path.join(dir, 'million-rows.csv'), csv);
      const run = runPipeline(withFiles({ [FILE]: csv, ...METADATA }));
      const [issue, ...more] = issuesWith(run.catalog.issues, 'limit-rows');
      expect(more).toHaveLength(0);
      expect(issue).toMatchObject({
        severity: 'error',
        file: FILE,
        line: DEFAULT_LIMITS.maxRows + 2,
        column: 1,
      });
      expect(issue!.message).toContain(`the limit maxRows is ${DEFAULT_LIMITS.maxRows}`);
      expect(issue!.hint).toContain('limits.max_rows');
      expect(run.catalog.benchmarks.map((b) => b.id)).not.toContain('large');
    },
    SLOW,
  );

  it(
    'reads 150,000 rows of blank cells in linear time, as rows with no scores',
    () => {
      const csv = 'model,s\nm,1\n' + '  ,\t,\n'.repeat(150_000);
      const parsed = parseResultsCsv(FILE, csv, DEFAULT_LIMITS);
      expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(parsed.modelNames).toEqual(['m']);
    },
    SLOW,
  );

  it(
    'refuses 10,000 columns at the first column past maxColumns',
    () => {
      const header = ['model', ...Array.from({ length: 9_999 }, (_, i) => `s${i}`)].join(',');
      const row = ['alpha', ...Array.from({ length: 9_999 }, (_, i) => String(i))].join(',');
      const csv = `${header}\n${row}\n`;
      writeFileSync(path.join(dir, 'ten-thousand-columns.csv'), csv);
      const run = runPipeline(withFiles({ [FILE]: csv, ...METADATA }));
      const [issue] = issuesWith(run.catalog.issues, 'limit-columns');
      const column = header.split(',').slice(0, DEFAULT_LIMITS.maxColumns).join(',').length + 2;
      expect(issue).toMatchObject({ severity: 'error', file: FILE, line: 1, column });
      expect(issue!.message).toBe(
        `The header has 10000 columns; the limit maxColumns is ${DEFAULT_LIMITS.maxColumns}.`,
      );
      expect(issue!.hint).toContain('limits.max_columns');
    },
    SLOW,
  );

  it(
    'refuses a 100 KB cell at its line and column, and keeps the other rows',
    () => {
      const cell = 'x'.repeat(100 * 1024);
      const csv = `model,s\nalpha,1\n${cell},2\nbravo,3\n`;
      writeFileSync(path.join(dir, 'hundred-kb-cell.csv'), csv);
      const run = runPipeline(withFiles({ [FILE]: csv, ...METADATA }));
      const [issue] = issuesWith(run.catalog.issues, 'limit-cell-chars');
      expect(issue).toMatchObject({ severity: 'error', file: FILE, line: 3, column: 1 });
      expect(issue!.message).toBe(
        `This cell has ${cell.length} characters; the limit maxCellChars is ${DEFAULT_LIMITS.maxCellChars}.`,
      );
      expect(run.scores['s']).toEqual({ alpha: 1, bravo: 3 });
      expect(run.json).not.toContain('xxxxxxxxxx');
    },
    SLOW,
  );

  it(
    'stops at the record size limit when an open quote swallows 6 MB, pointing at its line',
    () => {
      const csv = `model,s\nalpha,1\n"${'y'.repeat(6_000_000)}\n`;
      const run = runPipeline(withFiles({ [FILE]: csv, ...METADATA }));
      expect(run.catalog.issues).toEqual([
        expect.objectContaining({ severity: 'error', code: 'limit-cell-chars', file: FILE, line: 3 }),
      ]);
      expect(run.catalog.issues[0]!.hint).toMatch(/unclosed quote/);
      expect(run.report.valid).toBe(false);
    },
    SLOW,
  );
});

describe('limits set in benchbench.yaml', () => {
  const config = (limits: string) =>
    `aggregate:\n  scenarios: [agg_a, agg_b, agg_c]\nmethod:\n  samples: 20\nlimits:\n${limits}`;

  it('apply to every results file, and each issue names the limit it hit', () => {
    const cases: [string, string, string, string][] = [
      [
        '  max_file_bytes: 40\n',
        'model,s\nalpha,1\nbravo,2\ncharlie,3\ndelta,4\n',
        'limit-file-bytes',
        'maxFileBytes is 40',
      ],
      ['  max_rows: 2\n', 'model,s\nalpha,1\nbravo,2\ncharlie,3\n', 'limit-rows', 'maxRows is 2'],
      ['  max_columns: 2\n', 'model,s,t\nalpha,1,2\n', 'limit-columns', 'maxColumns is 2'],
      ['  max_cell_chars: 5\n', 'model,s\nalpha,1\nfoxtrot,2\n', 'limit-cell-chars', 'maxCellChars is 5'],
    ];
    for (const [limits, csv, code, says] of cases) {
      const files = withFiles({ 'benchbench.yaml': config(limits), [FILE]: csv, ...METADATA });
      // The base results stay within every limit but maxFileBytes, so read the new file's issue.
      const issues = issuesWith(loadCatalog(files).issues, code).filter((i) => i.file === FILE);
      expect(issues, code).toHaveLength(1);
      expect(issues[0]!.message).toContain(says);
    }
  });

  it('refuse a limit that is not a whole number of at least 1, keeping the default', () => {
    const { config: parsed, issues } = parseConfig(
      'benchbench.yaml',
      config('  max_rows: 0\n  max_columns: many\n'),
    );
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['invalid-value', 6],
      ['wrong-type', 7],
    ]);
    expect(parsed.limits).toEqual(DEFAULT_LIMITS);
  });

  it('name an unknown limit and suggest the closest known one', () => {
    const { issues } = parseConfig('benchbench.yaml', config('  max_row: 10\n'));
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown-key', line: 6, column: 3 })]);
    expect(issues[0]!.hint).toMatch(/max_rows/);
  });
});
