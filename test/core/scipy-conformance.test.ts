import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { correlate } from '../../src/core/correlate.js';
import type { Correlation } from '../../src/core/types.js';
import { referenceData, statsReferenceFile } from '../support/shared-data.js';

interface ScipyCase {
  n: number;
  kind: string;
  x: number[];
  y: number[];
  kendall_tau_b: number | null;
  kendall_p: number | null;
  pearson_r: number | null;
  pearson_p: number | null;
  spearman_rho: number | null;
  spearman_p: number | null;
}

const fields: Record<Correlation, [keyof ScipyCase, keyof ScipyCase]> = {
  kendall: ['kendall_tau_b', 'kendall_p'],
  pearson: ['pearson_r', 'pearson_p'],
  spearman: ['spearman_rho', 'spearman_p'],
};

/** null in the reference means NaN. */
function expectStatistic(actual: number, expected: number | null): void {
  if (expected === null) expect(actual).toBeNaN();
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12);
}

function expectPValue(actual: number, expected: number | null): void {
  if (expected === null) return expect(actual).toBeNaN();
  const error = Math.abs(actual - expected);
  expect(error <= 1e-15 || error <= 1e-9 * Math.abs(expected), `p = ${actual}, scipy ${expected}`).toBe(true);
}

describe.runIf(referenceData('scipy'))('agreement with scipy 1.10.1', () => {
  let cases: ScipyCase[];
  beforeAll(() => {
    cases = (JSON.parse(readFileSync(statsReferenceFile, 'utf8')) as { cases: ScipyCase[] }).cases;
  });

  it('has the reference cases to compare with', () => {
    expect(cases.length).toBeGreaterThanOrEqual(88);
  });

  for (const kind of ['kendall', 'pearson', 'spearman'] as const) {
    it(`matches ${kind} on every reference case (statistic to 1e-12, p to 1e-9 relative)`, () => {
      const [statKey, pKey] = fields[kind];
      for (const c of cases) {
        const r = correlate(kind, c.x, c.y);
        const label = `${kind} n=${c.n} ${c.kind}`;
        expect(Number.isNaN(r.statistic), label).toBe(c[statKey] === null);
        expectStatistic(r.statistic, c[statKey] as number | null);
        expectPValue(r.pValue, c[pKey] as number | null);
      }
    });
  }

  it('reproduces scipy to the last bit where the arithmetic is exact (tau_b and rho)', () => {
    for (const c of cases) {
      if (c.kendall_tau_b !== null) expect(correlate('kendall', c.x, c.y).statistic).toBe(c.kendall_tau_b);
      if (c.spearman_rho !== null) expect(correlate('spearman', c.x, c.y).statistic).toBe(c.spearman_rho);
    }
  });
});
