import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenConfig, goldenPath, goldenRecords } from '../conformance/golden.js';
import { ensureBuilt, runCli } from '../support/cli.js';
import { benchbenchDir, sharedDataAvailable } from '../support/shared-data.js';

describe.runIf(sharedDataAvailable())('the CLI against BenchBench reference results', () => {
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
});
