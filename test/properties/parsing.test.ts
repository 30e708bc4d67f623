/**
 * Parsers never throw: on arbitrary bytes and strings (and on strings drawn from the characters
 * that matter to CSV and YAML) they return issues as data, each with a code, the file it was
 * given and, when placed, a 1-based line and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { decodeText } from '../../src/catalog/decode-text.js';
import type { Issue } from '../../src/model/issue.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { parseMetadata } from '../../src/catalog/metadata.js';
import { parseModels } from '../../src/catalog/model-names.js';
import { parseResultsCsv } from '../../src/catalog/parse-csv.js';
import { readTable } from '../../src/catalog/read-table.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/catalog/types.js';

const SEVERITIES = ['error', 'warning', 'note'];

/** Every issue is well-formed data about the file it was given. */
function expectIssues(issues: readonly Issue[], file: string): void {
  for (const i of issues) {
    expect(SEVERITIES).toContain(i.severity);
    expect(i.code).toMatch(/^[a-z0-9-]+$/);
    expect(i.file).toBe(file);
    expect(i.message.length).toBeGreaterThan(0);
    if (i.line !== undefined) expect(Number.isInteger(i.line) && i.line >= 1, `line ${i.line}`).toBe(true);
    if (i.column !== undefined)
      expect(Number.isInteger(i.column) && i.column >= 1, `column ${i.column}`).toBe(true);
  }
}

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));
const csvText = fc
  .array(
    fc.constantFrom(
      'model',
      'scenario',
      'score',
      'a',
      '1',
      '0.5',
      '-',
      'NaN',
      '1e400',
      ',',
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '=',
      '@',
      '\t',
      '\u00a0',
      '\ufeff',
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));
const yamlText = fc
  .array(
    fc.constantFrom(
      'aggregate',
      'scenarios',
      'method',
      'limits',
      'models',
      'aliases',
      'name',
      'direction',
      'lower',
      'max_rows',
      '__proto__',
      'seed',
      ':',
      ': ',
      '- ',
      '\n',
      '  ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&a ',
      '*a',
      '!!binary ',
      '!x ',
      '"',
      "'",
      '#',
      '<<: ',
      '0',
      '-1',
      '1e9',
      'null',
      '~',
      '? ',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

const smallLimits: Limits = {
  maxFileBytes: 400,
  maxTotalBytes: 4000,
  maxRows: 6,
  maxColumns: 5,
  maxCellChars: 12,
  maxSeconds: 60,
};

describe('parsers on arbitrary input', () => {
  it('decode any bytes to text or to placed issues, and decoded text re-encodes to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { text, issues } = decodeText('f.csv', bytes);
        expectIssues(issues, 'f.csv');
        if (text === undefined) expect(issues.some((i) => i.severity === 'error')).toBe(true);
        else {
          expect(issues).toEqual([]);
          const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
          expect(Buffer.from(text, 'utf8').equals(Buffer.from(bytes.subarray(bom)))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('read any text as a results CSV, with default and with tiny limits', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, csvText), fc.boolean(), (text, tiny) => {
        const parsed = parseResultsCsv('r.csv', text, tiny ? smallLimits : DEFAULT_LIMITS);
        expectIssues(parsed.issues, 'r.csv');
        const { matrix } = readTable('r.csv', text, tiny ? smallLimits : DEFAULT_LIMITS);
        for (const v of matrix.values) if (!Number.isNaN(v)) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('read any text as benchbench.yaml and always return a usable config', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, yamlText), (text) => {
        const { config, issues } = parseConfig('benchbench.yaml', text);
        expectIssues(issues, 'benchbench.yaml');
        expect(config.leaderboards.length).toBeGreaterThan(0);
        for (const v of Object.values(config.limits)) expect(Number.isSafeInteger(v) && v >= 1).toBe(true);
        expect(config.method.samples).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('read any text as metadata and as models.yaml', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, yamlText), (text) => {
        const meta = parseMetadata('benchmarks/x.yaml', text);
        expectIssues(meta.issues, 'benchmarks/x.yaml');
        expect(['higher', 'lower']).toContain(meta.metadata.direction);
        const models = parseModels('models.yaml', text);
        expectIssues(models.issues, 'models.yaml');
      }),
      { numRuns: 500 },
    );
  });

  it('load any set of files with any bytes as a catalog', () => {
    const path = fc.constantFrom(
      'benchbench.yaml',
      'models.yaml',
      'benchmarks/a.csv',
      'benchmarks/a.yaml',
      'benchmarks/b.csv',
      'benchmarks/sub/c.csv',
      'README.md',
    );
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      fc.oneof(csvText, yamlText).map((t) => new TextEncoder().encode(t)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(path, content), { maxLength: 6 }), (entries) => {
        const files = new Map(entries);
        const catalog = loadCatalog(files);
        for (const i of catalog.issues) expect(i.file.length).toBeGreaterThan(0);
        expect(catalog.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      }),
      { numRuns: 300 },
    );
  });
});
