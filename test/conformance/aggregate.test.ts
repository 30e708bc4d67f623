import { describe, expect, it } from 'vitest';
import { defaultMinScenarios, meanWinRate } from '../../src/core/mean-win-rate.js';
import { scenarioRow } from '../../src/core/score-matrix.js';
import { referenceData } from '../support/shared-data.js';
import { goldenConfig, goldenMatrix, goldenRecords } from './golden.js';

describe.runIf(referenceData('golden'))('the aggregate, against BenchBench', () => {
  it('reproduces golden/aggregate_default.csv from golden/catalog_long.csv within 1e-12', () => {
    const matrix = goldenMatrix('catalog_long.csv');
    const configured = goldenConfig('full_kendall').aggregate;
    const present = configured.filter((s) => matrix.scenarios.includes(s));
    expect(present).toHaveLength(6);
    const scores = meanWinRate(
      present.map((s) => scenarioRow(matrix, matrix.scenarios.indexOf(s))),
      Math.min(defaultMinScenarios(configured.length), present.length),
    );
    const ours = new Map(
      matrix.models.flatMap((m, i) => (Number.isNaN(scores[i]!) ? [] : [[m, scores[i]!] as const])),
    );
    const golden = goldenRecords('aggregate_default.csv');
    expect(ours.size).toBe(golden.length);
    for (const { model, score } of golden) {
      expect(ours.has(model!), model).toBe(true);
      expect(Math.abs(ours.get(model!)! - Number(score))).toBeLessThan(1e-12);
    }
  });
});
