import { describe, expect, it } from 'vitest';
import { pearson } from '../../src/core/pearson.js';
import { pearsonPValue, studentTwoSidedP } from '../../src/core/student-t.js';

describe('pearson', () => {
  it('reproduces the check value of METHOD.md', () => {
    const r = pearson([1, 2, 3, 4, 5, 6, 7], [2, 1, 4, 3, 6, 5, 7]);
    expect(r.statistic).toBeCloseTo(0.8928571428571429, 15);
    expect(r.pValue).toBeCloseTo(0.006807187408935416, 15);
  });

  it('gives r = 1/2 and p = 2/3 on three values, where the null law is the arcsine law', () => {
    // p = 2 * I_{1/4}(1/2, 1/2) = 2 * (2/pi) * asin(1/2) = 2/3.
    const r = pearson([1, 2, 3], [1, 3, 2]);
    expect(r.statistic).toBeCloseTo(0.5, 15);
    expect(r.pValue).toBeCloseTo(2 / 3, 14);
  });

  it('gives the sign of the slope and p = 1 for two values', () => {
    expect(pearson([1, 2], [5, 3])).toEqual({ statistic: -1, pValue: 1 });
    expect(pearson([2, 1], [5, 3])).toEqual({ statistic: 1, pValue: 1 });
  });

  it('gives r = +-1 and p = 0 on a perfect line', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toEqual({ statistic: 1, pValue: 0 });
    expect(pearson([1, 2, 3, 4], [-3, -5, -7, -9])).toEqual({ statistic: -1, pValue: 0 });
  });

  it('gives NaN for a constant vector, fewer than two values, or NaN input', () => {
    for (const r of [pearson([1, 2, 3], [4, 4, 4]), pearson([1], [2]), pearson([1, 2, NaN], [1, 2, 3])]) {
      expect(r.statistic).toBeNaN();
      expect(r.pValue).toBeNaN();
    }
  });

  it('does not overflow or underflow on extreme magnitudes', () => {
    const x = [1, 2, 3, 4, 6];
    const y = [2, 1, 4, 3, 7];
    const reference = pearson(x, y).statistic;
    expect(
      pearson(
        x.map((v) => v * 1e200),
        y,
      ).statistic,
    ).toBeCloseTo(reference, 14);
    expect(
      pearson(
        x,
        y.map((v) => v * 1e-200),
      ).statistic,
    ).toBeCloseTo(reference, 14);
  });

  it('is unchanged by shifting and positive scaling', () => {
    const x = [0.3, 1.7, 2.2, 5.1, 4.4, 3.9];
    const y = [1.1, 0.2, 2.5, 3.3, 4.9, 2.8];
    const reference = pearson(x, y).statistic;
    expect(
      pearson(
        x.map((v) => 1000 + 3 * v),
        y,
      ).statistic,
    ).toBeCloseTo(reference, 13);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('student-t p-values', () => {
  it('agree between the beta form and the t form', () => {
    for (const n of [3, 4, 7, 30, 200]) {
      for (const r of [0, 0.1, -0.45, 0.8, 0.999]) {
        const t = r * Math.sqrt((n - 2) / ((1 + r) * (1 - r)));
        expect(studentTwoSidedP(t, n - 2)).toBeCloseTo(pearsonPValue(r, n), 13);
      }
    }
  });

  it('give the closed forms of one and two degrees of freedom', () => {
    // df = 1 (Cauchy): p = 1 - (2/pi) atan|t|; df = 2: p = 1 - |t| / sqrt(2 + t^2).
    for (const t of [0.1, 1, 3.5, -12]) {
      expect(studentTwoSidedP(t, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(Math.abs(t)), 14);
      expect(studentTwoSidedP(t, 2)).toBeCloseTo(1 - Math.abs(t) / Math.sqrt(2 + t * t), 14);
    }
  });

  it('give 1 at t = 0, 0 at infinite t and NaN without degrees of freedom', () => {
    expect(studentTwoSidedP(0, 5)).toBe(1);
    expect(studentTwoSidedP(-Infinity, 5)).toBe(0);
    expect(studentTwoSidedP(1e300, 5)).toBe(0);
    expect(studentTwoSidedP(1, 0)).toBeNaN();
    expect(pearsonPValue(0.5, 2)).toBeNaN();
  });
});
