/**
 * `--preset benchbench-space` and `method: { preset: benchbench-space }` through the bundled CLI,
 * on the real BenchBench catalog imported into a folder (and a git repository for `diff`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchbenchDir, sharedDataAvailable } from '../support/shared-data.js';
import { ensureBuilt, runCli } from '../support/cli.js';

const PRESET = ['--preset', 'benchbench-space'];
/** The Space's 8 scenarios that BenchBench's files have, as the importer names them. */
const SPACE_IDS = [
  'helm_lite',
  'hf_open_llm_v2',
  'opencompass_academic',
  'arena_elo',
  'helm_classic',
  'alphacaeval_v2lc',
  'livebench_240725',
];
const SPACE_METHOD = {
  correlation: 'kendall',
  models_per_sample: 8,
  sampling: 'random',
  samples: 10,
  seed: 0,
  min_common_models: 5,
};

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-preset-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (args: string[]) => {
  const r = runCli(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('agree --preset on a table', () => {
  it("forms the preset's aggregate from the table's scenarios of those names, noting the others", () => {
    const table = path.join(dir, 'table.csv');
    const rows = ['m1,1,10,3', 'm2,2,30,1', 'm3,3,20,2', 'm4,4,40,4', 'm5,5,50,5', 'm6,6,60,6'];
    writeFileSync(table, ['model,Helm Lite,LMSys Arena,x', ...rows].join('\n') + '\n');
    const r = runCli([
      'agree',
      table,
      '--reference',
      'aggregate',
      '--models-per-sample',
      '0',
      ...PRESET,
      '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/^note: .* has no scenario ".*" of the preset benchbench-space$/gm)).toHaveLength(
      6,
    );
    const scores = JSON.parse(r.stdout).scores.map((s: { scenario: string }) => s.scenario);
    expect(scores).toEqual(expect.arrayContaining(['Helm Lite', 'LMSys Arena', 'x']));
  });
});

describe('aggregate --preset on a table', () => {
  it("is the mean win rate over the table's scenarios of the preset, at least 2 per model", () => {
    const table = path.join(dir, 'agg.csv');
    // m7 has one of the two scenarios: the preset's minimum of 2 leaves it out.
    const rows = ['m1,1,10', 'm2,2,30', 'm3,3,20', 'm4,4,40', 'm5,5,50', 'm6,6,60', 'm7,7,'];
    writeFileSync(table, ['model,Helm Lite,LMSys Arena', ...rows].join('\n') + '\n');
    const r = runCli(['aggregate', table, ...PRESET, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/^note: /gm)).toHaveLength(6);
    // Win rates among m1..m6: Helm Lite 0, .2, .4, .6, .8, 1; LMSys Arena 0, .4, .2, .6, .8, 1.
    const got = JSON.parse(r.stdout) as { model: string; score: number }[];
    expect(got.map((g) => g.model)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    [0, 0.3, 0.3, 0.6, 0.8, 1].forEach((v, i) => expect(got[i]!.score).toBeCloseTo(v, 12));
  });

  it('needs --scenarios or --preset', () => {
    const r = runCli(['aggregate', path.join(dir, 'agg.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('give --scenarios (or --preset)');
  });
});

describe.runIf(sharedDataAvailable())(
  'the benchbench-space preset on the imported BenchBench catalog',
  () => {
    let imported: string;
    let configured: string;
    let overridden: string;
    let viaFlag: {
      method: unknown;
      aggregate: Record<string, unknown>;
      boards: { rows: Record<string, unknown>[] }[];
    };

    beforeAll(() => {
      imported = path.join(dir, 'imported');
      const r = runCli([
        'import-benchbench',
        path.join(benchbenchDir, 'catalog'),
        '--out',
        imported,
        '--model-column',
        'llm_model',
        '--aggregate',
        path.join(benchbenchDir, 'scenarios_for_aggregate.txt'),
      ]);
      expect(r.status, r.stderr).toBe(0);
      configured = path.join(dir, 'configured');
      cpSync(imported, configured, { recursive: true });
      writeFileSync(
        path.join(configured, 'benchbench.yaml'),
        'method:\n  preset: benchbench-space\nmodel_names: benchbench\n',
      );
      overridden = path.join(dir, 'overridden');
      cpSync(imported, overridden, { recursive: true });
      writeFileSync(
        path.join(overridden, 'benchbench.yaml'),
        'method:\n  preset: benchbench-space\n  models_per_sample: 5\nmodel_names: benchbench\n',
      );
      viaFlag = json(['leaderboard', '--catalog', imported, ...PRESET, '--json']);
    });

    it("scores with the Space's method and aggregate, whatever the imported benchbench.yaml says", () => {
      expect(readFileSync(path.join(imported, 'benchbench.yaml'), 'utf8')).toContain('samples: 100');
      expect(viaFlag.method).toEqual(SPACE_METHOD);
      expect(viaFlag.aggregate).toMatchObject({
        scenarios: SPACE_IDS,
        missing: ['WildBench Elo LC'],
        min_scenarios_per_model: 2,
        warnings: [],
      });
      const scored = viaFlag.boards[0]!.rows.filter((r) => r.z !== null);
      expect(scored.length).toBeGreaterThan(50);
      for (const r of scored)
        expect([r.models_per_sample, (r.experiments as number) <= 10]).toEqual([8, true]);
    });

    it('gives the same leaderboard from `method: { preset: benchbench-space }` in benchbench.yaml', () => {
      const fromConfig = json(['leaderboard', '--catalog', configured, '--json']);
      expect(fromConfig.method).toEqual(SPACE_METHOD);
      expect(fromConfig.aggregate).toEqual(viaFlag.aggregate);
      expect(fromConfig.boards).toEqual(viaFlag.boards);
    });

    it("notes the Space's scenario the catalog lacks, at the preset's place", () => {
      const r = runCli(['validate', '--catalog', configured, '--verbose']);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/benchbench\.yaml:2:11: note \[preset-scenario-absent\] .*"WildBench Elo LC"/);
    });

    it('lets a key written beside the preset override it', () => {
      const doc = json(['leaderboard', '--catalog', overridden, '--json']);
      expect(doc.method).toEqual({ ...SPACE_METHOD, models_per_sample: 5 });
      expect(doc.aggregate.scenarios).toEqual(SPACE_IDS);
    });

    it('gives agree on the catalog the same agreements, and lets its options override the preset', () => {
      const agreed = json(['agree', imported, '--reference', 'aggregate', ...PRESET, '--json']);
      const board = new Map(viaFlag.boards[0]!.rows.map((r) => [r.scenario, r.agreement]));
      for (const s of agreed.scores) expect(s.correlation, s.scenario).toBe(board.get(s.scenario));
      const twenty = json([
        'agree',
        imported,
        '--reference',
        'aggregate',
        ...PRESET,
        '--samples',
        '20',
        '--json',
      ]);
      expect(twenty.agreements.some((a: { samples: number }) => a.samples > 10)).toBe(true);
    });

    it('is taken by score, similar and site', () => {
      const score = json([
        'score',
        path.join(benchbenchDir, 'my_bench.csv'),
        '--catalog',
        imported,
        ...PRESET,
        '--json',
      ]);
      expect(score.method).toMatchObject({ modelsPerSample: 8, samples: 10, correlation: 'kendall' });
      expect(score.aggregate.scenarios).toEqual(SPACE_IDS);
      expect(score.reproduce).toMatch(/--preset benchbench-space$/);
      expect(json(['similar', 'helm_mmlu', '--catalog', imported, ...PRESET, '--json']).method).toEqual(
        SPACE_METHOD,
      );
      const out = path.join(dir, 'site');
      expect(
        runCli(['site', '--catalog', imported, ...PRESET, '--out', out, '--max-pairs', '5']).status,
      ).toBe(0);
      expect(JSON.parse(readFileSync(path.join(out, 'leaderboard.json'), 'utf8')).method).toEqual(
        SPACE_METHOD,
      );
    });

    it("writes the package example's aggregate on import, as its --help says, not the Space's", () => {
      const help = runCli(['import-benchbench', '--help']).stdout.replace(/\s+/g, ' ');
      expect(help).toContain("The aggregate written is the BenchBench package example's");
      expect(help).toContain('its aggregate names LiveBench 240725 where the example names LiveBench 240829');
      expect(help).toContain('--preset benchbench-space');
      const yaml = readFileSync(path.join(imported, 'benchbench.yaml'), 'utf8');
      // 6 of the example's 8 names exist (no LiveBench 240829, no WildBench Elo LC); minimum floor(8 / 3).
      expect(yaml).toContain(
        '  scenarios:\n    - helm_lite\n    - hf_open_llm_v2\n    - opencompass_academic\n    - arena_elo\n    - helm_classic\n    - alphacaeval_v2lc\n  min_scenarios_per_model: 2\n',
      );
      expect(yaml).toMatch(/models_per_sample: 10\n.*\n  samples: 100\n/);
    });

    it('is taken by diff, on both revisions', () => {
      const repo = path.join(dir, 'repo');
      cpSync(imported, path.join(repo, 'catalog'), { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          cwd: repo,
          stdio: 'pipe',
        });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-qm', 'base');
      cpSync(path.join(benchbenchDir, 'my_bench.csv'), path.join(repo, 'catalog/benchmarks/my_bench.csv'));
      writeFileSync(path.join(repo, 'catalog/benchmarks/my_bench.yaml'), 'name: My Bench\n');
      git('add', '.');
      git('commit', '-qm', 'head');
      const r = runCli([
        'diff',
        '--base',
        'HEAD~1',
        '--head',
        'HEAD',
        '--catalog',
        path.join(repo, 'catalog'),
        ...PRESET,
        '--json',
      ]);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.method).toMatchObject({ modelsPerSample: 8, samples: 10 });
      expect(report.aggregate.scenarios).toEqual(SPACE_IDS);
      expect(report.reproduce).toMatch(/--preset benchbench-space$/);
      expect(report.benchmarks.map((b: { id: string }) => b.id)).toEqual(['my_bench']);
    });
  },
);
