import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { benchbenchModelName } from '../../src/benchbench/benchbench-names.js';
import {
  importBenchBench,
  type BenchBenchInput,
  type BenchBenchRow,
} from '../../src/benchbench/import-benchbench.js';
import type { Issue } from '../../src/model/issue.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { flipLowerIsBetter } from '../../src/core/direction.js';
import { benchbenchDir, benchbenchInput, referenceData } from '../support/shared-data.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function run(files: Record<string, string>, options: Partial<BenchBenchInput> = {}) {
  return importBenchBench({
    files: new Map(Object.entries(files).map(([name, text]) => [name, bytes(text)])),
    lowerIsBetter: [],
    prettifiedNames: {},
    ...options,
  });
}

const scoreOf = (rows: readonly BenchBenchRow[], model: string, scenario: string): number | undefined =>
  rows.find((r) => r.model === model && r.scenario === scenario)?.score;

const withCode = (issues: readonly Issue[], code: string): Issue[] => issues.filter((i) => i.code === code);

describe('importBenchBench', () => {
  it('normalises model names and names scenarios by their display names', () => {
    const out = run(
      { 'quiz_240102_knowledge.csv': 'model,Quiz Hard,Quiz Easy\nOrg/Zeta-7B,1.5,2\nAcme Chat,3,4\n' },
      { prettifiedNames: { quiz_hard: 'Quiz (Hard)' } },
    );
    expect(out.rows).toEqual([
      { model: 'zeta_7b', scenario: 'Quiz (Hard)', score: 1.5, source: 'quiz_240102_knowledge.csv' },
      { model: 'acme_chat', scenario: 'Quiz (Hard)', score: 3, source: 'quiz_240102_knowledge.csv' },
      { model: 'zeta_7b', scenario: 'quiz_easy', score: 2, source: 'quiz_240102_knowledge.csv' },
      { model: 'acme_chat', scenario: 'quiz_easy', score: 4, source: 'quiz_240102_knowledge.csv' },
    ]);
    expect(out.issues).toEqual([]);
  });

  it('writes a wide results file with the normalised model names and safe scenario ids', () => {
    const out = run({
      'quiz_240102_knowledge.csv': 'model,Quiz@5,Quiz Easy\nOrg/Zeta-7B,1.5,\nAcme Chat,3,4\n',
    });
    // Models keep the file's spelling; the catalog matches them with BenchBench's rules.
    expect(out.files.get('benchmarks/quiz_240102_knowledge.csv')).toBe(
      'model,quiz_5,quiz_easy\nOrg/Zeta-7B,1.5,\nAcme Chat,3,4\n',
    );
  });

  it('writes metadata with the snapshot, category, direction, license, source and display names', () => {
    const out = run(
      { 'quiz_cup_240102_knowledge.csv': 'model,Quiz Hard,Quiz@5\nzeta,1,2\n' },
      { prettifiedNames: { quiz_hard: 'Quiz (Hard)' }, lowerIsBetter: ['quiz_cup_240102_knowledge'] },
    );
    const text = out.files.get('benchmarks/quiz_cup_240102_knowledge.yaml')!;
    expect(text).toMatch(/^# Imported from BenchBench/);
    expect(parseYaml(text)).toEqual({
      name: 'quiz_cup',
      url: 'https://github.com/IBM/benchbench',
      snapshot: '2024-01-02',
      category: 'knowledge',
      direction: 'lower',
      license: 'Apache-2.0',
      description: expect.stringContaining('quiz_cup_240102_knowledge.csv'),
      scenarios: { quiz_hard: { name: 'Quiz (Hard)' }, quiz_5: { name: 'quiz@5' } },
    });
  });

  it('names a one-scenario benchmark after its scenario and takes the first date of the file name', () => {
    const out = run({ 'quiz_240102_231130_code.csv': 'model,Quiz\nzeta,1\n' });
    const meta = parseYaml(out.files.get('benchmarks/quiz_240102_231130_code.yaml')!);
    expect(meta).toMatchObject({
      name: 'quiz',
      snapshot: '2024-01-02',
      category: 'code',
      direction: 'higher',
    });
  });

  it('records no snapshot for an impossible date and says so', () => {
    const out = run({ 'quiz_241340_code.csv': 'model,Quiz\nzeta,1\n' });
    expect(parseYaml(out.files.get('benchmarks/quiz_241340_code.yaml')!)).not.toHaveProperty('snapshot');
    expect(withCode(out.issues, 'invalid-snapshot')).toMatchObject([
      { severity: 'warning', file: 'quiz_241340_code.csv' },
    ]);
  });

  it('warns about a lower-is-better stem that names no file', () => {
    const out = run(
      { 'quiz_240102_code.csv': 'model,Quiz\nzeta,1\n' },
      { lowerIsBetter: ['# comment', 'quiz_240102'] },
    );
    expect(withCode(out.issues, 'unknown-lower-is-better')).toMatchObject([
      { severity: 'warning', file: 'lower_is_better_benchmarks.txt', line: 2 },
    ]);
    expect(parseYaml(out.files.get('benchmarks/quiz_240102_code.yaml')!).direction).toBe('higher');
  });

  it('keeps the higher score of a model named twice and names both lines in a note', () => {
    const out = run({ 'quiz_240102_code.csv': 'model,A,B\nOrg/Zeta-7B,1,9\nacme,5,5\nzeta 7b,3,\n' });
    expect(scoreOf(out.rows, 'zeta_7b', 'a')).toBe(3);
    expect(scoreOf(out.rows, 'zeta_7b', 'b')).toBe(9);
    expect(out.rows.filter((r) => r.model === 'zeta_7b')).toHaveLength(2);
    const [note] = withCode(out.issues, 'duplicate-model');
    expect(note).toMatchObject({ severity: 'note', file: 'quiz_240102_code.csv', line: 4, column: 1 });
    expect(note!.message).toContain('line 4');
    expect(note!.message).toContain('line 2');
    expect(out.files.get('benchmarks/quiz_240102_code.csv')).toBe('model,a,b\nOrg/Zeta-7B,3,9\nacme,5,5\n');
  });

  it('reports blank cells, dashes and missing-value spellings as notes at their line and column', () => {
    const out = run({ 'quiz_240102_code.csv': 'model,A,B\nzeta,,-\nacme,NaN,2\n' });
    expect(withCode(out.issues, 'missing-score').map((i) => [i.severity, i.line, i.column])).toEqual([
      ['note', 2, 6],
      ['note', 2, 7],
      ['note', 3, 6],
    ]);
    expect(out.rows).toEqual([{ model: 'acme', scenario: 'b', score: 2, source: 'quiz_240102_code.csv' }]);
  });

  it('reports a non-numeric cell as an error at its line and column and leaves only that cell out', () => {
    const out = run({ 'quiz_240102_code.csv': 'model,A,B\nzeta,1,"7,5"\nacme, 2 ,abc\n' });
    expect(withCode(out.issues, 'invalid-score').map((i) => [i.severity, i.line, i.column])).toEqual([
      ['error', 2, 8],
      ['error', 3, 10],
    ]);
    expect(out.rows.map((r) => [r.model, r.scenario, r.score])).toEqual([
      ['zeta', 'a', 1],
      ['acme', 'a', 2],
    ]);
  });

  it('reads a short row as missing scores and reports a long row as an error', () => {
    const out = run({ 'quiz_240102_code.csv': 'model,A,B\nzeta,1\nacme,1,2,3\nbeta\n' });
    expect(withCode(out.issues, 'short-row').map((i) => i.line)).toEqual([2, 4]);
    expect(withCode(out.issues, 'long-row')).toMatchObject([{ severity: 'error', line: 3, column: 10 }]);
    expect(out.rows.map((r) => [r.model, r.scenario])).toEqual([
      ['zeta', 'a'],
      ['acme', 'a'],
      ['acme', 'b'],
    ]);
  });

  it('imports no scenario for a column without any score, with a warning', () => {
    const out = run(
      { 'a_240102_code.csv': 'model,Quiz,Essay\np,1,\nq,2,-\n' },
      { aggregateScenarios: ['essay'] },
    );
    expect(out.files.get('benchmarks/a_240102_code.csv')).toBe('model,quiz\np,1\nq,2\n');
    expect(withCode(out.issues, 'empty-scenario')).toMatchObject([
      { severity: 'warning', line: 1, column: 12 },
    ]);
    expect(withCode(out.issues, 'unknown-aggregate-scenario')).toHaveLength(1);
  });

  it('leaves out a row without a model name, with an error', () => {
    const out = run({ 'quiz_240102_code.csv': 'model,A\n,1\norg/,2\nzeta,3\n' });
    expect(withCode(out.issues, 'missing-model').map((i) => [i.severity, i.line])).toEqual([
      ['error', 2],
      ['error', 3],
    ]);
    expect(out.rows.map((r) => r.model)).toEqual(['zeta']);
  });

  it('rejects a file whose first column is not model, hinting at --model-column, and imports the rest', () => {
    const files = { 'a_240102_code.csv': 'llm_model,A\nzeta,1\n', 'b_240102_code.csv': 'model,B\nzeta,2\n' };
    const out = run(files);
    expect(withCode(out.issues, 'missing-model-column')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'a_240102_code.csv', line: 1, column: 1 }),
    ]);
    expect(withCode(out.issues, 'missing-model-column')[0]!.hint).toContain('--model-column llm_model');
    expect(out.rows.map((r) => r.source)).toEqual(['b_240102_code.csv']);
    expect(out.files.has('benchmarks/a_240102_code.csv')).toBe(false);
    expect(out.files.has('benchmarks/b_240102_code.csv')).toBe(true);
  });

  it('accepts the first column under the name given as modelColumn', () => {
    const out = run({ 'a_240102_code.csv': 'llm_model,A\nZeta-7B,1\n' }, { modelColumn: 'llm_model' });
    expect(out.issues).toEqual([]);
    expect(out.rows).toEqual([{ model: 'zeta_7b', scenario: 'a', score: 1, source: 'a_240102_code.csv' }]);
    expect(out.files.get('benchmarks/a_240102_code.csv')).toBe('model,a\nZeta-7B,1\n');
  });

  it('keeps the copy of a scenario shared by two files that overlaps most with the catalog, with a warning', () => {
    const out = run({
      // Copies p and q are in 3 scenario copies each, r in 1: Quiz of a sums 3 + 3 = 6, Quiz of c 3 + 3 + 1 = 7.
      'a_240102_code.csv': 'model,Quiz,Other\np,1,1\nq,2,2\n',
      'c_240102_code.csv': 'model,Quiz\np,7\nq,8\nr,9\n',
    });
    expect(out.rows.filter((r) => r.scenario === 'quiz').map((r) => r.source)).toEqual([
      'c_240102_code.csv',
      'c_240102_code.csv',
      'c_240102_code.csv',
    ]);
    expect(withCode(out.issues, 'duplicate-scenario')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'a_240102_code.csv', line: 1, column: 7 }),
    ]);
    expect(out.files.get('benchmarks/a_240102_code.csv')).toBe('model,other\np,1\nq,2\n');
  });

  it('breaks a tie between copies of a scenario in favour of the first file by name', () => {
    const out = run({ 'b_240102_code.csv': 'model,Quiz\np,2\n', 'a_240102_code.csv': 'model,Quiz\np,1\n' });
    expect(out.rows).toEqual([{ model: 'p', scenario: 'quiz', score: 1, source: 'a_240102_code.csv' }]);
  });

  it('drops a file whose only scenario lives on in another file', () => {
    const out = run({
      'a_240102_code.csv': 'model,Quiz\np,1\nq,1\n',
      'b_240102_code.csv': 'model,Quiz\np,2\n',
    });
    expect([...out.files.keys()].sort()).toEqual([
      'benchbench.yaml',
      'benchmarks/a_240102_code.csv',
      'benchmarks/a_240102_code.yaml',
    ]);
  });

  it('gives scenario ids that would collide a numeric suffix, with a warning', () => {
    const out = run({
      'a_240102_code.csv': 'model,Quiz/5\np,1\n',
      'b_240102_code.csv': 'model,Quiz&5\np,2\n',
    });
    expect(out.files.get('benchmarks/a_240102_code.csv')).toBe('model,quiz_5\np,1\n');
    expect(out.files.get('benchmarks/b_240102_code.csv')).toBe('model,quiz_5_2\np,2\n');
    expect(withCode(out.issues, 'scenario-id-collision')).toMatchObject([{ file: 'b_240102_code.csv' }]);
  });

  it('reads a repeated header as pandas does, with a warning', () => {
    const out = run({ 'a_240102_code.csv': 'model,Quiz,Quiz\np,1,2\n' });
    expect(out.rows.map((r) => r.scenario)).toEqual(['quiz', 'quiz.1']);
    expect(withCode(out.issues, 'duplicate-column')).toMatchObject([
      { severity: 'warning', line: 1, column: 12 },
    ]);
  });

  it('keeps the higher score when two columns of one file name the same scenario', () => {
    const out = run({ 'a_240102_code.csv': 'model,Quiz Hard,quiz-hard\np,1,2\nq,4,3\n' });
    expect(out.rows.map((r) => [r.model, r.score])).toEqual([
      ['p', 2],
      ['q', 4],
    ]);
    expect(withCode(out.issues, 'duplicate-scenario-column')).toHaveLength(1);
  });

  it('skips a file that is not UTF-8 or not CSV, with an error, and ignores files that are not .csv', () => {
    const out = importBenchBench({
      files: new Map([
        ['a_240102_code.csv', new Uint8Array([0x6d, 0xff, 0xfe])],
        ['b_240102_code.csv', bytes('model,A\n"p,1\n')],
        ['README.md', bytes('# hello')],
        ['../c_240102_code.csv', bytes('model,A\np,1\n')],
      ]),
      lowerIsBetter: [],
      prettifiedNames: {},
    });
    expect(out.issues.map((i) => [i.file, i.severity, i.code])).toEqual([
      ['../c_240102_code.csv', 'error', 'unsafe-file-name'],
      ['a_240102_code.csv', 'error', 'invalid-utf8'],
      ['b_240102_code.csv', 'error', 'csv-syntax'],
    ]);
    expect(out.rows).toEqual([]);
  });

  it('writes the aggregate as scenario ids and warns about display names matching no scenario', () => {
    const out = run(
      { 'a_240102_code.csv': 'model,Quiz Hard,Essay\np,1,2\n' },
      {
        prettifiedNames: { quiz_hard: 'Quiz (Hard)' },
        aggregateScenarios: ['# the aggregate', 'Quiz (Hard)', '', 'essay', 'Poetry', 'Chess'],
      },
    );
    const text = out.files.get('benchbench.yaml')!;
    expect(text).toMatch(/^# Imported from BenchBench/);
    expect(parseYaml(text)).toEqual({
      aggregate: { scenarios: ['quiz_hard', 'essay'], min_scenarios_per_model: 1 },
      method: {
        correlation: 'kendall',
        models_per_sample: 10,
        sampling: 'random',
        samples: 100,
        seed: 0,
        min_common_models: 5,
      },
      model_names: 'benchbench',
    });
    expect(
      withCode(out.issues, 'unknown-aggregate-scenario').map((i) => [i.severity, i.file, i.line]),
    ).toEqual([
      ['warning', 'scenarios_for_aggregate.txt', 5],
      ['warning', 'scenarios_for_aggregate.txt', 6],
    ]);
  });

  it('puts every scenario in the aggregate when no aggregate list is given', () => {
    const out = run({ 'a_240102_code.csv': 'model,Quiz,Essay\np,1,2\n' });
    expect(parseYaml(out.files.get('benchbench.yaml')!).aggregate).toEqual({ scenarios: ['quiz', 'essay'] });
  });

  it('does not depend on the order of the input files', () => {
    const files = {
      'b_240102_code.csv': 'model,Quiz\np,2\nq,3\n',
      'a_240102_code.csv': 'model,Quiz,Essay\np,1,2\n',
    };
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    const one = run(files);
    const two = run(reversed);
    expect(two.rows).toEqual(one.rows);
    expect([...two.files].sort()).toEqual([...one.files].sort());
    expect(two.issues).toEqual(one.issues);
  });
});

describe.runIf(referenceData('catalog', 'golden'))('importing the public BenchBench catalog', () => {
  let input: BenchBenchInput;
  let out: ReturnType<typeof importBenchBench>;
  let lowerStems: Set<string>;
  beforeAll(() => {
    input = benchbenchInput();
    out = importBenchBench(input);
    lowerStems = new Set(input.lowerIsBetter.map((l) => l.trim()).filter((l) => l !== ''));
  });

  it("reads back through the catalog loader, which matches models with BenchBench's rules, to exactly the rows", () => {
    const catalog = loadCatalog(new Map([...out.files].map(([p, t]) => [p, new TextEncoder().encode(t)])));
    expect(catalog.config.modelNames).toBe('benchbench');
    expect(catalog.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const loaded = catalog.benchmarks.flatMap((b) =>
      b.scenarios.flatMap((s) => [...s.scores].map(([m, v]) => `${m} | ${s.name} | ${v}`)),
    );
    expect(loaded.sort()).toEqual(out.rows.map((r) => `${r.model} | ${r.scenario} | ${r.score}`).sort());
  });

  it('yields exactly the (model, scenario, score) rows of golden/catalog_long.csv', () => {
    // BenchBench's rows are min-max normalised and flipped for lower-is-better sources.
    const flipped = new Map<string, number>();
    const groups = new Map<string, BenchBenchRow[]>();
    for (const r of out.rows) {
      const key = `${r.source}\u0000${r.scenario}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const lower = lowerStems.has(group[0]!.source.replace(/\.csv$/, ''));
      const scores = lower ? flipLowerIsBetter(group.map((r) => r.score)) : group.map((r) => r.score);
      group.forEach((r, i) => flipped.set(`${r.model} | ${r.scenario}`, scores[i]!));
    }
    const golden = parseCsv(readFileSync(path.join(benchbenchDir, 'golden', 'catalog_long.csv')), {
      columns: true,
    }) as { model: string; scenario: string; score: string }[];
    const expected = new Map(golden.map((g) => [`${g.model} | ${g.scenario}`, Number(g.score)]));

    const differences: string[] = [];
    for (const [key, want] of expected) {
      const got = flipped.get(key);
      if (got === undefined) differences.push(`missing: ${key} = ${want}`);
      else if (!(Math.abs(got - want) <= 1e-12))
        differences.push(`score: ${key} = ${got}, BenchBench ${want}`);
    }
    for (const [key, got] of flipped) if (!expected.has(key)) differences.push(`extra: ${key} = ${got}`);
    expect(differences, differences.join('\n')).toEqual([]);
    expect(out.rows).toHaveLength(expected.size);
  });

  it('writes results files that hold exactly the rows, once their names are normalised as BenchBench does', () => {
    const fromFiles: string[] = [];
    for (const [file, text] of out.files) {
      if (!file.endsWith('.csv')) continue;
      const meta = parseYaml(out.files.get(file.replace(/\.csv$/, '.yaml'))!) as {
        scenarios: Record<string, { name: string }>;
      };
      const [header, ...records] = parseCsv(text) as string[][];
      const source = path.basename(file);
      for (const record of records) {
        header!.slice(1).forEach((id, i) => {
          if (record[i + 1] !== '') {
            const model = benchbenchModelName(record[0]!);
            fromFiles.push(`${model} | ${meta.scenarios[id]!.name} | ${Number(record[i + 1])} | ${source}`);
          }
        });
      }
    }
    const fromRows = out.rows.map((r) => `${r.model} | ${r.scenario} | ${r.score} | ${r.source}`);
    expect(fromFiles.sort()).toEqual(fromRows.sort());
  });

  it('marks the lower-is-better sources as such and no other', () => {
    const lower = [...out.files]
      .filter(
        ([file, text]) =>
          file.endsWith('.yaml') && file !== 'benchbench.yaml' && /^direction: lower$/m.test(text),
      )
      .map(([file]) => path.basename(file, '.yaml'));
    expect(lower.sort()).toEqual([...lowerStems].sort());
  });

  it('builds the aggregate from the six scenarios that exist and warns about the two that do not', () => {
    const config = parseYaml(out.files.get('benchbench.yaml')!) as {
      aggregate: { scenarios: string[]; min_scenarios_per_model: number };
    };
    expect(config.aggregate.scenarios).toHaveLength(6);
    expect(config.aggregate.min_scenarios_per_model).toBe(2);
    expect(withCode(out.issues, 'unknown-aggregate-scenario').map((i) => i.message)).toEqual([
      expect.stringContaining('"LiveBench 240829"'),
      expect.stringContaining('"WildBench Elo LC"'),
    ]);
  });

  it('reports no error when lvbench is read with --model-column llm_model', () => {
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it("rejects lvbench's llm_model header without the option, and imports everything else unchanged", () => {
    const without = importBenchBench({ ...input, modelColumn: undefined });
    const lvbench = 'lvbench_241189_longcontext.csv';
    const errors = without.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'missing-model-column', file: lvbench, line: 1, column: 1 }),
    ]);
    expect(errors[0]!.hint).toContain('--model-column llm_model');
    expect(without.rows).toEqual(out.rows.filter((r) => r.source !== lvbench));
  });
});
