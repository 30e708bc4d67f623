import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { goldenConfig, goldenPath, goldenRecords } from '../conformance/golden.js';
import { ensureBuilt, runCli } from '../support/cli.js';
import { benchbenchDir, referenceData } from '../support/shared-data.js';

describe.runIf(referenceData('catalog', 'golden'))('the CLI against BenchBench reference results', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'bb-conf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agree --models-per-sample 0 reproduces golden/full_kendall/z_scores.csv', () => {
    const r = runCli([
      'agree',
      goldenPath('full_kendall', 'input_long.csv'),
      '--reference',
      'aggregate',
      '--models-per-sample',
      '0',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const { scores } = JSON.parse(r.stdout) as {
      scores: { scenario: string; z: number; correlation: number; p_value: number; n_common: number }[];
    };
    const golden = goldenRecords('full_kendall', 'z_scores.csv');
    expect(scores).toHaveLength(golden.length);
    for (const g of golden) {
      const s = scores.find((x) => x.scenario === g.scenario)!;
      expect(Math.abs(s.z - Number(g.z_score)), g.scenario).toBeLessThan(1e-9);
      expect(Math.abs(s.correlation - Number(g.corr_with_agg)), g.scenario).toBeLessThan(1e-9);
      expect(Math.abs(s.p_value - Number(g.p_value_of_corr_with_agg)), g.scenario).toBeLessThan(1e-6);
      expect(s.n_common).toBe(Number(g.n_common_with_agg));
    }
  });

  it('aggregate reproduces golden/aggregate_default.csv from golden/catalog_long.csv', () => {
    const names = goldenConfig('full_kendall').aggregate.join(',');
    const r = runCli(['aggregate', goldenPath('catalog_long.csv'), '--scenarios', names, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/"LiveBench 240829" is not in/);
    const ours = new Map(
      (JSON.parse(r.stdout) as { model: string; score: number }[]).map((x) => [x.model, x.score]),
    );
    const golden = goldenRecords('aggregate_default.csv');
    expect(ours.size).toBe(golden.length);
    for (const g of golden) expect(Math.abs(ours.get(g.model!)! - Number(g.score))).toBeLessThan(1e-12);
  });

  it("import-benchbench explains lvbench's llm_model header, and imports it with --model-column", () => {
    const without = runCli(['import-benchbench', benchbenchDir, '--out', path.join(dir, 'a')]);
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(/lvbench_241189_longcontext\.csv:1:1: error .*llm_model/);
    expect(without.stderr).toMatch(/--model-column llm_model/);

    const out = path.join(dir, 'b');
    const withOption = runCli([
      'import-benchbench',
      benchbenchDir,
      '--out',
      out,
      '--model-column',
      'llm_model',
    ]);
    expect(withOption.status).toBe(0);
    const validate = runCli(['validate', '--catalog', out, '--json']);
    expect(JSON.parse(validate.stdout).valid).toBe(true);
    expect(readFileSync(path.join(out, 'benchbench.yaml'), 'utf8')).toMatch(/helm_lite/);
    const lb = JSON.parse(runCli(['leaderboard', '--catalog', out, '--json']).stdout) as {
      boards: { rows: unknown[] }[];
    };
    expect(lb.boards[0]!.rows.length).toBe(83);
  });

  it('reproduces golden/full_kendall from the 40 raw files plus my_bench.csv: import, then agree on the catalog', () => {
    // BenchBench's own procedure, end to end through our importer and catalog loader.
    const input = path.join(dir, 'raw');
    mkdirSync(path.join(input, 'catalog'), { recursive: true });
    for (const f of readdirSync(path.join(benchbenchDir, 'catalog'))) {
      copyFileSync(path.join(benchbenchDir, 'catalog', f), path.join(input, 'catalog', f));
    }
    copyFileSync(path.join(benchbenchDir, 'my_bench.csv'), path.join(input, 'catalog', 'my_bench.csv'));
    for (const f of [
      'lower_is_better_benchmarks.txt',
      'prettified_names.json',
      'scenarios_for_aggregate.txt',
    ]) {
      copyFileSync(path.join(benchbenchDir, f), path.join(input, f));
    }
    const out = path.join(dir, 'imported');
    expect(runCli(['import-benchbench', input, '--out', out, '--model-column', 'llm_model']).status).toBe(0);

    const idOf = new Map<string, string>();
    for (const f of readdirSync(path.join(out, 'benchmarks')).filter((f) => f.endsWith('.yaml'))) {
      const meta = parseYaml(readFileSync(path.join(out, 'benchmarks', f), 'utf8')) as {
        scenarios?: Record<string, { name: string }>;
      };
      for (const [id, m] of Object.entries(meta.scenarios ?? {})) idOf.set(m.name, id);
    }
    const wanted = goldenConfig('full_kendall').scenarios.flatMap((s) => (idOf.has(s) ? [idOf.get(s)!] : []));
    const r = runCli([
      'agree',
      out,
      '--reference',
      'aggregate',
      '--models-per-sample',
      '0',
      '--scenarios',
      wanted.join(','),
      '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const scores = (JSON.parse(r.stdout) as { scores: { scenario: string; z: number; n_common: number }[] })
      .scores;
    const golden = goldenRecords('full_kendall', 'z_scores.csv');
    expect(scores).toHaveLength(golden.length);
    for (const g of golden) {
      const s = scores.find((x) => x.scenario === idOf.get(g.scenario!))!;
      expect(Math.abs(s.z - Number(g.z_score)), g.scenario).toBeLessThan(1e-9);
      expect(s.n_common, g.scenario).toBe(Number(g.n_common_with_agg));
    }
  });
});
