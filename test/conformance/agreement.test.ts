import { beforeAll, describe, expect, it } from 'vitest';
import { agreeWithReference } from '../../src/core/agree.js';
import { isSkipped } from '../../src/core/agreement.js';
import { kendallTauB } from '../../src/core/kendall-tau-b.js';
import type { Method, ScoreMatrix } from '../../src/core/types.js';
import { referenceData } from '../support/shared-data.js';
import { goldenConfig, goldenMatrix, goldenRecords } from './golden.js';

const method = (folder: string): Method => {
  const c = goldenConfig(folder);
  return {
    correlation: 'kendall',
    modelsPerSample: c.n_models,
    sampling: 'random',
    samples: c.n_exps,
    seed: 0,
    minCommonModels: 5,
  };
};

/** The golden input of `folder` and our agreement on it, computed once the suite runs. */
function agreementOf(folder: string): { matrix: ScoreMatrix; result: ReturnType<typeof agreeWithReference> } {
  const matrix = goldenMatrix(folder, 'input_long.csv');
  return { matrix, result: agreeWithReference(matrix, 'aggregate', method(folder), { allPairs: true }) };
}

describe.runIf(referenceData('golden'))('agreement and Z, against BenchBench (full_kendall)', () => {
  let result: ReturnType<typeof agreeWithReference>;
  beforeAll(() => ({ result } = agreementOf('full_kendall')));

  it('scores exactly the 26 scenarios BenchBench scores, with the same shared-model counts', () => {
    const golden = goldenRecords('full_kendall', 'z_scores.csv');
    const scored = result.scores.filter((r) => r.z !== null);
    expect(scored.map((r) => r.scenario).sort()).toEqual(golden.map((g) => g.scenario).sort());
    for (const g of golden)
      expect(scored.find((r) => r.scenario === g.scenario)!.nCommon).toBe(Number(g.n_common_with_agg));
  });

  it('reproduces every correlation and Z within 1e-9 and every p-value within 1e-6', () => {
    for (const g of goldenRecords('full_kendall', 'z_scores.csv')) {
      const r = result.scores.find((s) => s.scenario === g.scenario)!;
      expect(Math.abs(r.z! - Number(g.z_score)), g.scenario).toBeLessThan(1e-9);
      expect(Math.abs(r.agreement! - Number(g.corr_with_agg)), g.scenario).toBeLessThan(1e-9);
      expect(Math.abs(r.pValue! - Number(g.p_value_of_corr_with_agg)), g.scenario).toBeLessThan(1e-6);
    }
  });

  it('reproduces every pair of agreements_mean.csv', () => {
    const pairs = new Map(result.pairs.map((p) => [`${p.a}\u0000${p.b}`, p]));
    const golden = goldenRecords('full_kendall', 'agreements_mean.csv');
    for (const g of golden) {
      const key =
        g.scenario! < g.ref_scenario!
          ? `${g.scenario}\u0000${g.ref_scenario}`
          : `${g.ref_scenario}\u0000${g.scenario}`;
      const p = pairs.get(key);
      expect(p, key).toBeDefined();
      if (!p || isSkipped(p.result)) continue;
      expect(p.result.nCommon, key).toBe(Number(g.n_common));
      expect(Math.abs(p.result.correlation - Number(g.correlation)), key).toBeLessThan(1e-9);
      expect(Math.abs(p.result.pValue - Number(g.p_value)), key).toBeLessThan(1e-6);
    }
    // Every ordered pair is listed in both directions there; we list each unordered pair once.
    expect(pairs.size).toBe(
      new Set(golden.map((g) => [g.scenario, g.ref_scenario].sort().join('\u0000'))).size,
    );
  });
});

describe.runIf(referenceData('golden'))(
  'agreement and Z, against BenchBench (random10_kendall, statistically)',
  () => {
    let matrix: ScoreMatrix;
    let result: ReturnType<typeof agreeWithReference>;
    beforeAll(() => ({ matrix, result } = agreementOf('random10_kendall')));

    it('keeps per-pair mean correlations within 0.15 of the reference', () => {
      const pairs = new Map(result.pairs.map((p) => [[p.a, p.b].sort().join('\u0000'), p]));
      let worst = 0;
      for (const g of goldenRecords('random10_kendall', 'agreements_mean.csv')) {
        const p = pairs.get([g.scenario!, g.ref_scenario!].sort().join('\u0000'));
        expect(p, `${g.scenario} vs ${g.ref_scenario}`).toBeDefined();
        if (!p || isSkipped(p.result)) continue;
        worst = Math.max(worst, Math.abs(p.result.correlation - Number(g.correlation)));
      }
      expect(worst).toBeLessThan(0.15);
    });

    it('keeps Z within 0.6 and a Kendall tau of at least 0.85 between the Z columns', () => {
      const golden = goldenRecords('random10_kendall', 'z_scores.csv');
      const ours = golden.map((g) => result.scores.find((s) => s.scenario === g.scenario)!.z!);
      const theirs = golden.map((g) => Number(g.z_score));
      ours.forEach((z, i) => expect(Math.abs(z - theirs[i]!), golden[i]!.scenario).toBeLessThan(0.6));
      expect(kendallTauB(ours, theirs).statistic).toBeGreaterThanOrEqual(0.85);
    });

    it('gives byte-identical results for the same seed', () => {
      const again = agreeWithReference(matrix, 'aggregate', method('random10_kendall'));
      expect(JSON.stringify(again.scores)).toBe(JSON.stringify(result.scores));
    });
  },
);
