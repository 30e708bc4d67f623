/**
 * The committed adversarial corpus (test/fixtures/hostile/): each file, dropped into a valid
 * catalog and run through the whole pipeline (load, score, leaderboard JSON and Markdown, PR
 * report and comment), gives a clear issue with its code, file, line and column, or is read
 * as the plain data it is. Nothing throws, and every test has its own time limit so that a
 * hang fails instead of stalling the run.
 */
import type { LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import { describe, expect, it } from 'vitest';
import { parseModels } from '../../src/catalog/model-names.js';
import { MAX_ALIASES } from '../../src/catalog/parse-yaml.js';
import { FAST, fixture, issuesWith, runPipeline, withFiles } from './catalog.js';

const HIGHER = 'name: Hostile\ndirection: higher\n';
const FILE = 'benchmarks/hostile.csv';

/** The pipeline over the base catalog plus `benchmarks/hostile.csv` (and its metadata). */
const withResults = (csv: Uint8Array | string, metadata: Uint8Array | string = HIGHER) =>
  runPipeline(withFiles({ [FILE]: csv, 'benchmarks/hostile.yaml': metadata }));

const row = (run: ReturnType<typeof runPipeline>, scenario: string) =>
  run.document.boards[0]!.rows.find((r) => r.scenario === scenario);

describe('the committed hostile corpus', () => {
  it(
    'stops a YAML alias bomb after MAX_ALIASES aliases, at the alias that crossed the budget',
    () => {
      const run = runPipeline(withFiles({ 'models.yaml': fixture('alias-bomb.yaml') }));
      const [alias, ...more] = issuesWith(run.catalog.issues, 'yaml-alias');
      expect(more).toHaveLength(0);
      expect(alias).toMatchObject({ severity: 'error', file: 'models.yaml', line: 8, column: 19 });
      expect(alias!.message).toBe(`More than ${MAX_ALIASES} aliases (\`*name\`) in one file.`);
      // Issues are bounded by the file's size, not by the size of the expansion (10^10).
      expect(run.catalog.issues.length).toBeLessThan(200);
      expect(run.report.valid).toBe(false);
    },
    FAST,
  );

  it(
    'reports the alias bomb the same way when it is parsed on its own',
    () => {
      const { issues } = parseModels('models.yaml', new TextDecoder().decode(fixture('alias-bomb.yaml')));
      expect(issuesWith(issues, 'yaml-alias')).toHaveLength(1);
    },
    FAST,
  );

  it(
    'refuses a NUL byte at its line and column',
    () => {
      const run = withResults(fixture('nul-byte.csv'));
      expect(issuesWith(run.catalog.issues, 'nul-byte')).toEqual([
        expect.objectContaining({ severity: 'error', file: FILE, line: 3, column: 3 }),
      ]);
      expect(run.catalog.benchmarks.map((b) => b.id)).not.toContain('hostile');
    },
    FAST,
  );

  it(
    'refuses invalid UTF-8 at the offending byte',
    () => {
      const run = withResults(fixture('invalid-utf8.csv'));
      const [issue] = issuesWith(run.catalog.issues, 'invalid-utf8');
      expect(issue).toMatchObject({ severity: 'error', file: FILE, line: 3, column: 3 });
      expect(issue!.message).toMatch(/offset 20 \(0xC3\) is not valid UTF-8/);
      expect(issue!.hint).toMatch(/UTF-8/);
    },
    FAST,
  );

  it(
    'refuses a UTF-16 file by its byte order mark, and one without a mark by its NUL bytes',
    () => {
      const marked = withResults(fixture('utf16.csv'));
      expect(issuesWith(marked.catalog.issues, 'utf16')).toEqual([
        expect.objectContaining({ severity: 'error', file: FILE, line: 1, column: 1 }),
      ]);
      const unmarked = withResults(fixture('utf16-no-bom.csv'));
      const [nul] = issuesWith(unmarked.catalog.issues, 'nul-byte');
      expect(nul).toMatchObject({ file: FILE, line: 1, column: 2 });
      expect(nul!.hint).toMatch(/looks like UTF-16/);
    },
    FAST,
  );

  it(
    'reads mixed LF, CRLF and CR line endings and places issues on the right line',
    () => {
      const run = withResults(fixture('mixed-line-endings.csv'));
      expect(run.catalog.issues).toEqual([
        expect.objectContaining({ code: 'non-numeric-score', file: FILE, line: 4, column: 9 }),
      ]);
      expect(run.scores['mixed']).toEqual({ alpha: 1, bravo: 2, delta: 4 });
    },
    FAST,
  );

  it(
    'points at an unbalanced quote instead of swallowing the rest of the file silently',
    () => {
      const run = withResults(fixture('unbalanced-quotes.csv'));
      expect(issuesWith(run.catalog.issues, 'csv-syntax')).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: FILE,
          line: 3,
          column: 1,
          message: 'This quote is never closed.',
        }),
      ]);
      expect(run.report.valid).toBe(false);
    },
    FAST,
  );

  it(
    'refuses spreadsheet formulas in scores and model names, and keeps signed numbers',
    () => {
      const run = withResults(fixture('formulas.csv'));
      const formulas = issuesWith(run.catalog.issues, 'spreadsheet-formula');
      expect(formulas.map((i) => [i.line, i.column])).toEqual([
        [2, 7],
        [3, 1],
        [4, 1],
      ]);
      expect(formulas[0]!.message).toContain('=HYPERLINK(');
      expect(run.scores['formula']).toEqual({ bravo: 1, charlie: -2 });
      for (const text of [run.json, run.markdown]) expect(text).not.toMatch(/HYPERLINK|calc/);
      // The comment quotes the cell in its issue, escaped: no live link, no table break.
      expect(run.comment).toContain('`benchmarks/hostile.csv:2:7`');
      expect(run.comment).not.toContain('http://evil.example');
      expect(run.comment).not.toMatch(/=cmd\|/);
    },
    FAST,
  );

  it(
    'keeps `__proto__` and `constructor` as plain data in YAML keys and CSV names',
    () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const run = runPipeline(
        withFiles({
          'models.yaml': fixture('proto-models.yaml'),
          'benchmarks/proto.csv': fixture('proto-keys.csv'),
          'benchmarks/proto.yaml': fixture('proto-keys.yaml'),
        }),
      );
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      const proto = run.catalog.benchmarks.find((b) => b.id === 'proto')!;
      expect(proto.scenarios.map((s) => [s.id, s.name, s.direction])).toEqual([
        ['__proto__', 'Polluted', 'higher'],
        ['constructor', 'Constructor', 'lower'],
        ['toString', 'toString', 'higher'],
      ]);
      // `__proto__` and `constructor` are one model for models.yaml: the second row is a duplicate.
      const duplicates = issuesWith(run.catalog.issues, 'duplicate-model');
      expect(duplicates.map((i) => [i.file, i.line])).toEqual([
        ['benchmarks/proto.csv', 3],
        ['benchmarks/proto.csv', 3],
        ['benchmarks/proto.csv', 3],
      ]);
      // The score matrix (scores.parquet's rows) keeps them as ids, and so does leaderboard.json's board.
      const parsed = { scores: run.scores };
      expect(
        (JSON.parse(run.json) as LeaderboardDocument).boards[0]!.rows.some((r) => r.scenario === '__proto__'),
      ).toBe(true);
      expect(Object.keys(parsed.scores)).toEqual([
        '__proto__',
        'agg_a',
        'agg_b',
        'agg_c',
        'constructor',
        'toString',
      ]);
      expect(Object.hasOwn(parsed.scores, '__proto__')).toBe(true);
      expect(parsed.scores['__proto__']).toMatchObject({ proto: 1, prototype: 3 });
      expect(row(run, '__proto__')?.name).toBe('Polluted');
    },
    FAST,
  );

  it(
    'reads names with `..`, line breaks and a leading `-` as data, and keeps them inert in the outputs',
    () => {
      const run = withResults(fixture('odd-names.csv'));
      expect(run.catalog.issues).toEqual([]);
      const hostile = run.catalog.benchmarks.find((b) => b.id === 'hostile')!;
      expect([...hostile.modelNames.keys()]).toEqual([
        '../../etc/passwd',
        'multi\nline',
        '-rf',
        '--help',
        'alpha',
      ]);
      expect(hostile.scenarios.map((s) => s.id)).toEqual(['two\nlines', '-rf']);
      // Line breaks never reach a Markdown table row; each table row keeps its cell count.
      for (const text of [run.markdown, run.comment]) {
        expect(text).not.toContain('two\nlines');
        const tableRows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---'));
        for (const line of tableRows) expect(line.endsWith('|'), line).toBe(true);
      }
      expect(run.scores['two\nlines']).toBeDefined();
    },
    FAST,
  );

  it(
    'scores a benchmark that shares no model with the catalog as unscored, saying why and listing its models',
    () => {
      const run = withResults(fixture('strangers.csv'));
      expect(row(run, 'strangers')).toMatchObject({ z: null, rank: null, n_common: 0 });
      expect(row(run, 'strangers')!.skipped).toMatch(/0 shared models/);
      const changed = run.report.benchmarks.find((b) => b.id === 'hostile')!;
      expect(changed.unmatched).toHaveLength(10);
      expect(run.comment).toMatch(/10 of your 10 models match no catalog model|match no catalog model/);
    },
    FAST,
  );

  it(
    'leaves a benchmark of constant scores unscored with a reason instead of a NaN',
    () => {
      const run = withResults(fixture('constant.csv'));
      expect(row(run, 'constant')).toMatchObject({
        z: null,
        agreement: null,
        skipped: 'every experiment had a constant score vector',
      });
      expect(run.json).not.toMatch(/NaN|Infinity/);
    },
    FAST,
  );

  it(
    'leaves a benchmark of two models unscored, naming the shared-model shortfall',
    () => {
      const run = withResults(fixture('two-models.csv'));
      expect(row(run, 'pair')).toMatchObject({ z: null, n_common: 2 });
      expect(row(run, 'pair')!.skipped).toMatch(/2 shared models, fewer than the 10 required/);
    },
    FAST,
  );

  it(
    'reads -0, 1e308, 5e-324 and the largest double exactly, and ranks them even when lower is better',
    () => {
      for (const direction of ['higher', 'lower']) {
        const run = withResults(fixture('extreme-numbers.csv'), `name: Extreme\ndirection: ${direction}\n`);
        expect(run.catalog.issues).toEqual([]);
        const scores = run.scores['extreme']!;
        expect(Object.keys(scores)).toHaveLength(10);
        for (const v of Object.values(scores)) expect(Number.isFinite(v)).toBe(true);
        if (direction === 'higher') {
          expect(scores).toMatchObject({
            bravo: 1e308,
            charlie: 5e-324,
            delta: -1e308,
            hotel: Number.MAX_VALUE,
          });
          expect(Object.is(scores['alpha'], -0)).toBe(true);
        } else {
          // Flipped into [0, 1]: the largest value is worst (0), the smallest best (1).
          expect(scores['hotel']).toBe(0);
          expect(scores['delta']).toBe(1);
        }
        expect(row(run, 'extreme')!.agreement).not.toBeNull();
        expect(run.json).not.toMatch(/NaN|Infinity/);
      }
    },
    FAST,
  );

  it(
    'turns an empty catalog into one missing-config error and an empty leaderboard',
    () => {
      // A pull request that deletes every file of the catalog.
      const run = runPipeline(new Map());
      expect(run.catalog.issues).toEqual([
        expect.objectContaining({ severity: 'error', code: 'missing-config', file: 'benchbench.yaml' }),
      ]);
      expect(run.document.boards[0]!.rows).toEqual([]);
      expect(run.report.valid).toBe(false);
    },
    FAST,
  );

  it(
    'turns a catalog of a config and no benchmarks into an aggregate-too-small error',
    () => {
      const run = runPipeline(withFiles({}).set('benchmarks/base.csv', new Uint8Array()));
      expect(issuesWith(run.catalog.issues, 'empty-file')).toEqual([
        expect.objectContaining({ file: 'benchmarks/base.csv' }),
      ]);
      expect(issuesWith(run.catalog.issues, 'aggregate-too-small')).toEqual([
        expect.objectContaining({ file: 'benchbench.yaml', line: 2, column: 15 }),
      ]);
    },
    FAST,
  );
});
