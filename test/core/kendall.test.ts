import { describe, expect, it } from 'vitest';
import { kendallExactP } from '../../src/core/kendall-exact-p.js';
import { kendallTauB } from '../../src/core/kendall-tau-b.js';

/** The definition, pair by pair: tau_b = (C - D) / sqrt((T - Xt)(T - Yt)). */
function naiveTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  let xt = 0;
  let yt = 0;
  const n = x.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[j]! - x[i]!);
      const dy = Math.sign(y[j]! - y[i]!);
      s += dx * dy;
      if (dx === 0) xt++;
      if (dy === 0) yt++;
    }
  }
  const t = (n * (n - 1)) / 2;
  return s / Math.sqrt((t - xt) * (t - yt));
}

/** Counts the permutations of 0..n-1 by their number of inversions. */
function inversionCounts(n: number): number[] {
  const counts = new Array<number>((n * (n - 1)) / 2 + 1).fill(0);
  const perm = Array.from({ length: n }, (_, i) => i);
  const visit = (k: number): void => {
    if (k === n) {
      let inv = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (perm[i]! > perm[j]!) inv++;
      counts[inv]!++;
      return;
    }
    for (let i = k; i < n; i++) {
      [perm[k], perm[i]] = [perm[i]!, perm[k]!];
      visit(k + 1);
      [perm[k], perm[i]] = [perm[i]!, perm[k]!];
    }
  };
  visit(0);
  return counts;
}

/** A small deterministic generator for large test inputs (src/core forbids Math.random; tests keep to it too). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('kendallTauB', () => {
  it('reproduces the asymptotic check value of METHOD.md', () => {
    const r = kendallTauB([1, 2, 3, 4, 5, 6], [1, 3, 2, 4, 4, 6]);
    expect(r.statistic).toBeCloseTo(0.8280786712108251, 15);
    expect(r.pValue).toBeCloseTo(0.021717302554090816, 15);
  });

  it('reproduces the exact check value of METHOD.md', () => {
    const r = kendallTauB([1, 2, 3, 4, 5, 6, 7], [2, 1, 4, 3, 6, 5, 7]);
    expect(r.statistic).toBeCloseTo(0.7142857142857143, 15);
    expect(r.pValue).toBeCloseTo(0.03015873015873016, 15);
  });

  it('gives +-1 with p = 1 for two values', () => {
    expect(kendallTauB([1, 2], [3, 4])).toEqual({ statistic: 1, pValue: 1 });
    expect(kendallTauB([1, 2], [4, 3])).toEqual({ statistic: -1, pValue: 1 });
  });

  it('gives tau 1 and the exact p = 2/3! for three values in the same order', () => {
    const r = kendallTauB([1, 2, 3], [10, 20, 30]);
    expect(r.statistic).toBe(1);
    expect(r.pValue).toBe(2 / 6);
  });

  it('counts a tie in x as neither concordant nor discordant and uses the tie-corrected variance', () => {
    // Pairs: (1,2) tied in x, (1,3) and (2,3) concordant: S = 2, T - Xt = 2, T - Yt = 3.
    const r = kendallTauB([1, 1, 2], [1, 2, 3]);
    expect(r.statistic).toBe(2 / Math.sqrt(2) / Math.sqrt(3));
    // var = (6 * 11 - 18) / 18 (x1 = 2 * 1 * 9 for the tie group of 2), z = 2 / sqrt(var).
    expect(r.pValue).toBeCloseTo(0.22067136191984693, 15);
  });

  it('gives NaN for a constant vector, fewer than two values, or NaN input', () => {
    for (const r of [
      kendallTauB([1, 2, 3], [5, 5, 5]),
      kendallTauB([7, 7], [1, 2]),
      kendallTauB([1], [1]),
      kendallTauB([], []),
      kendallTauB([1, NaN, 3], [1, 2, 3]),
    ]) {
      expect(r.statistic).toBeNaN();
      expect(r.pValue).toBeNaN();
    }
  });

  it('rejects vectors of different lengths', () => {
    expect(() => kendallTauB([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('uses the exact p-value beyond 33 values when at most one pair is discordant', () => {
    const x = Array.from({ length: 40 }, (_, i) => i);
    const y = [1, 0, ...x.slice(2)];
    const r = kendallTauB(x, y);
    expect(r.statistic).toBeCloseTo(1 - 2 / 780, 15);
    expect(r.pValue).toBe(9.804939513027087e-47); // 2 / 39!
  });

  it('agrees with the pair-by-pair definition on both sides of the small-n threshold, ties included', () => {
    const next = lcg(7);
    for (const n of [3, 5, 10, 16, 17, 31, 64, 200]) {
      for (let rep = 0; rep < 20; rep++) {
        const x = Array.from({ length: n }, () => Math.floor(next() * 8));
        const y = x.map((v) => (next() < 0.7 ? v + Math.floor(next() * 3) : Math.floor(next() * 8)));
        const expected = naiveTauB(x, y);
        const actual = kendallTauB(x, y).statistic;
        if (Number.isNaN(expected)) expect(actual).toBeNaN();
        else expect(actual).toBeCloseTo(expected, 13);
      }
    }
  });

  it('handles 100,000 values in O(n log n) and agrees with a sorted copy of itself', () => {
    const next = lcg(11);
    const n = 100_000;
    const x = Float64Array.from({ length: n }, () => Math.floor(next() * 1000));
    const y = Float64Array.from(x, (v) => v + Math.floor(next() * 300));
    const start = performance.now();
    const r = kendallTauB(x, y);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(r.statistic).toBeGreaterThan(0.7);
    expect(r.statistic).toBeLessThan(1);
    expect(r.pValue).toBe(0);
  });
});

describe('kendallExactP', () => {
  it('equals twice the share of permutations with at most c inversions, counted one by one', () => {
    for (let n = 3; n <= 7; n++) {
      const counts = inversionCounts(n);
      const total = (n * (n - 1)) / 2;
      let factorial = 1;
      for (let i = 2; i <= n; i++) factorial *= i;
      let cumulative = 0;
      for (let c = 0; c <= total; c++) {
        cumulative += counts[c]!;
        if (4 * c > n * (n - 1)) break;
        const expected = 4 * c === n * (n - 1) ? 1 : Math.min(1, (2 * cumulative) / factorial);
        expect(kendallExactP(n, c)).toBeCloseTo(expected, 15);
        expect(kendallExactP(n, total - c)).toBe(kendallExactP(n, c));
      }
    }
  });

  it('gives 1 for n <= 2 and 2/n! or 2/(n-1)! at the extremes', () => {
    expect(kendallExactP(1, 0)).toBe(1);
    expect(kendallExactP(2, 0)).toBe(1);
    expect(kendallExactP(10, 0)).toBe(2 / 3628800);
    expect(kendallExactP(10, 45)).toBe(2 / 3628800);
    expect(kendallExactP(10, 1)).toBe(2 / 362880);
    expect(kendallExactP(171, 0)).toBe(0);
    expect(kendallExactP(172, 1)).toBe(0);
  });

  it('is a p-value that grows with c up to the middle, for n up to 33', () => {
    for (const n of [8, 20, 33]) {
      let previous = 0;
      for (let c = 0; 4 * c <= n * (n - 1); c++) {
        const p = kendallExactP(n, c);
        expect(p).toBeGreaterThanOrEqual(previous);
        expect(p).toBeLessThanOrEqual(1);
        previous = p;
      }
      expect(previous).toBeGreaterThan(0.9);
    }
  });

  it('matches scipy 1.10 to the last bit on both of its recurrences', () => {
    // scipy.stats._mstats_basic._kendall_p_exact(n, c); the exact rationals agree within an ulp.
    expect(kendallExactP(25, 60)).toBe(8.331428345950857e-6);
    expect(kendallExactP(33, 100)).toBe(4.4484131942210905e-8);
    expect(kendallExactP(170, 3)).toBe(2.2960487428682036e-301);
    // From n = 171 scipy divides by j at each step so that nothing overflows.
    expect(kendallExactP(171, 3)).toBe(1.3664168481467601e-303);
  });

  it('rejects counts outside [0, n(n-1)/2]', () => {
    expect(() => kendallExactP(5, 11)).toThrow(RangeError);
    expect(() => kendallExactP(5, -1)).toThrow(RangeError);
    expect(() => kendallExactP(0, 0)).toThrow(RangeError);
  });
});
