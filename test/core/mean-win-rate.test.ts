import { describe, expect, it } from 'vitest';
import { defaultMinScenarios, meanWinRate } from '../../src/core/mean-win-rate.js';

const row = (...v: number[]) => Float64Array.from(v);

describe('meanWinRate', () => {
  it("reproduces METHOD.md's check: ties count as losses", () => {
    const agg = meanWinRate([row(1, 1, 2, 3), row(5, 4, 4, 4)], 1);
    expect(Array.from(agg)).toEqual([0.5, 0, 1 / 3, 0.5]);
  });

  it('averages only over the scenarios a model appears in', () => {
    const agg = meanWinRate([row(1, 2, NaN), row(3, 1, 2)], 1);
    expect(agg[2]).toBe(0.5);
    expect(agg[0]).toBe((0 + 1) / 2);
  });

  it('drops models present in fewer scenarios than the minimum, also from the others win rates', () => {
    const agg = meanWinRate([row(1, 2, 3), row(1, 2, NaN)], 2);
    expect(Number.isNaN(agg[2]!)).toBe(true);
    expect(Array.from(agg.subarray(0, 2))).toEqual([0, 1]);
  });

  it('skips a scenario with fewer than two kept models', () => {
    const agg = meanWinRate([row(1, NaN), row(1, 2)], 1);
    expect(Array.from(agg)).toEqual([0, 1]);
  });

  it('defaults the minimum to a third of the configured scenarios, at least one', () => {
    expect([1, 2, 3, 8, 9].map(defaultMinScenarios)).toEqual([1, 1, 1, 2, 3]);
  });
});
