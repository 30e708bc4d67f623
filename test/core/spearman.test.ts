import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/core/average-ranks.js';
import { spearman } from '../../src/core/spearman.js';

describe('averageRanks', () => {
  it('gives ties the mean of the ranks they span', () => {
    expect(Array.from(averageRanks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(averageRanks([3, 1, 3, 3, 2]))).toEqual([4, 1, 4, 4, 2]);
  });

  it('ranks a constant vector (n + 1) / 2 everywhere and treats -0 as 0', () => {
    expect(Array.from(averageRanks([5, 5, 5, 5]))).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(Array.from(averageRanks([0, -0, 1]))).toEqual([1.5, 1.5, 3]);
  });

  it('writes into the given array and ranks long inputs in order', () => {
    const out = new Float64Array(1000);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    expect(averageRanks(values, out)).toBe(out);
    for (let i = 0; i < 1000; i++) expect(out[i]).toBe(values[i]! + 1);
  });

  it('rejects an output array that is too short', () => {
    expect(() => averageRanks([1, 2, 3], new Float64Array(2))).toThrow(RangeError);
  });
});

describe('spearman', () => {
  it('gives 1 - 6 sum d^2 / (n (n^2 - 1)) without ties, with the t-test p-value', () => {
    // d = [-1, 1, -1, 1, 0]: rho = 1 - 24 / 120 = 0.8; scipy: p = 0.10408803866182788.
    const r = spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
    expect(r.statistic).toBeCloseTo(0.8, 15);
    expect(r.pValue).toBeCloseTo(0.10408803866182788, 14);
  });

  it('is Pearson on average ranks when there are ties', () => {
    // Ranks x = [1, 2.5, 2.5, 4], y = [1, 2, 3, 4]: rho = 4.5 / sqrt(4.5 * 5).
    const r = spearman([1, 2, 2, 3], [10, 20, 30, 40]);
    expect(r.statistic).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 15);
  });

  it('gives +-0.9999999999999999 and a NaN p-value for two values, as scipy', () => {
    const r = spearman([1, 2], [4, 3]);
    expect(r.statistic).toBe(-0.9999999999999999);
    expect(r.pValue).toBeNaN();
  });

  it('gives rho = 1 and p = 0 for three values in the same order', () => {
    expect(spearman([1, 2, 3], [7, 8, 9])).toEqual({ statistic: 1, pValue: 0 });
  });

  it('gives NaN for a constant vector, fewer than two values, or NaN input', () => {
    for (const r of [spearman([1, 2, 3], [4, 4, 4]), spearman([1], [2]), spearman([1, NaN], [1, 2])]) {
      expect(r.statistic).toBeNaN();
      expect(r.pValue).toBeNaN();
    }
  });

  it('rejects vectors of different lengths', () => {
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});
