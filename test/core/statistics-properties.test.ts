import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/core/average-ranks.js';
import { correlate } from '../../src/core/correlate.js';
import { pearson } from '../../src/core/pearson.js';
import type { Correlation } from '../../src/core/types.js';

const kinds: readonly Correlation[] = ['kendall', 'pearson', 'spearman'];

/** Paired samples, small integers (many ties) or doubles, 2 to 60 of them. */
const pairs = fc.oneof(
  fc.array(fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 })), {
    minLength: 2,
    maxLength: 60,
  }),
  fc.array(
    fc.tuple(
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
    { minLength: 2, maxLength: 60 },
  ),
);

/** Integer samples, so that increasing transforms stay exact and strictly increasing. */
const integerPairs = fc.array(
  fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })),
  {
    minLength: 2,
    maxLength: 60,
  },
);

const split = (ps: readonly (readonly [number, number])[]): [number[], number[]] => [
  ps.map((p) => p[0]),
  ps.map((p) => p[1]),
];

/** Equal as numbers, with NaN equal to NaN and 0 equal to -0. */
function expectSame(actual: number, expected: number, digits?: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else if (digits === undefined) expect(actual === expected, `${actual} vs ${expected}`).toBe(true);
  else expect(actual).toBeCloseTo(expected, digits);
}

describe('properties of the three correlations', () => {
  it('stay within [-1, 1] with p in [0, 1], or are NaN together', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom(...kinds), (ps, kind) => {
        const [x, y] = split(ps);
        const r = correlate(kind, x, y);
        if (Number.isNaN(r.statistic)) expect(r.pValue).toBeNaN();
        else {
          expect(Math.abs(r.statistic)).toBeLessThanOrEqual(1);
          // scipy leaves the p of Spearman on two values undefined.
          if (!(kind === 'spearman' && x.length === 2)) {
            expect(r.pValue).toBeGreaterThanOrEqual(0);
            expect(r.pValue).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are symmetric in x and y', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom(...kinds), (ps, kind) => {
        const [x, y] = split(ps);
        const a = correlate(kind, x, y);
        const b = correlate(kind, y, x);
        expectSame(b.statistic, a.statistic, 12);
        expectSame(b.pValue, a.pValue, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('do not depend on the order of the pairs', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom(...kinds), fc.integer(), (ps, kind, seed) => {
        const [x, y] = split(ps);
        // A permutation applied to both vectors: rotate, then reverse.
        const k = Math.abs(seed) % ps.length;
        const shuffled = [...ps.slice(k), ...ps.slice(0, k)].reverse();
        const [px, py] = split(shuffled);
        const a = correlate(kind, x, y);
        const b = correlate(kind, px, py);
        // Counts and rank sums are exact; Pearson's sums may round differently.
        const digits = kind === 'pearson' ? 12 : undefined;
        expectSame(b.statistic, a.statistic, digits);
        expectSame(b.pValue, a.pValue, digits);
      }),
      { numRuns: 300 },
    );
  });

  it('flip sign, and only sign, when one vector is negated', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom(...kinds), (ps, kind) => {
        const [x, y] = split(ps);
        const a = correlate(kind, x, y);
        const b = correlate(
          kind,
          x,
          y.map((v) => -v),
        );
        expectSame(b.statistic, -a.statistic);
        expectSame(b.pValue, a.pValue);
      }),
      { numRuns: 300 },
    );
  });

  it('see Kendall and Spearman unchanged by strictly increasing transforms', () => {
    const transforms = [
      (v: number) => v * v * v + 1000 * v,
      (v: number) => Math.exp(v / 100),
      (v: number) => 3 * v - 7,
    ];
    fc.assert(
      fc.property(integerPairs, fc.constantFrom('kendall', 'spearman' as const), fc.nat(2), (ps, kind, t) => {
        const [x, y] = split(ps);
        const f = transforms[t]!;
        const a = correlate(kind, x, y);
        const b = correlate(kind, x.map(f), y);
        expectSame(b.statistic, a.statistic);
        expectSame(b.pValue, a.pValue);
      }),
      { numRuns: 300 },
    );
  });

  it('make Spearman the Pearson correlation of the average ranks', () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const [x, y] = split(ps);
        const rho = correlate('spearman', x, y).statistic;
        const r = pearson(averageRanks(x), averageRanks(y)).statistic;
        // For two values scipy's rho is +-0.9999999999999999 (corrcoef's rounding), r is +-1.
        expectSame(rho, r, x.length === 2 ? 15 : 12);
      }),
      { numRuns: 300 },
    );
  });

  it('give 1 for a vector against itself whenever it is not constant', () => {
    fc.assert(
      fc.property(pairs, fc.constantFrom(...kinds), (ps, kind) => {
        const [x] = split(ps);
        const r = correlate(kind, x, x);
        if (x.every((v) => v === x[0])) expect(r.statistic).toBeNaN();
        else expect(r.statistic).toBeCloseTo(1, 14);
      }),
      { numRuns: 200 },
    );
  });
});
