import { describe, expect, it } from 'vitest';
import { pairwiseAgreements } from '../../src/core/pairwise.js';
import { inShard, pairNumber, parseShard } from '../../src/core/shard.js';
import { simulatedScores } from '../site/simulated-catalog-scores.js';

describe('pairNumber', () => {
  it('numbers the pairs of n items in row order, from 0 to n(n-1)/2 - 1', () => {
    for (const n of [2, 3, 7]) {
      const numbers: number[] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) numbers.push(pairNumber(i, j, n));
      expect(numbers).toEqual(numbers.map((_, k) => k));
    }
  });
});

describe('inShard', () => {
  it('gives every pair to exactly one shard of a count, the shards differing by at most one pair', () => {
    for (const pairs of [0, 1, 5, 45]) {
      for (const count of [1, 2, 3, 7, 50]) {
        const sizes = Array.from(
          { length: count },
          (_, s) =>
            Array.from({ length: pairs }, (_, k) => k).filter((k) => inShard(k, { index: s + 1, count }))
              .length,
        );
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(pairs);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps every pair when there is no shard', () => {
    expect(inShard(12)).toBe(true);
  });
});

describe('parseShard', () => {
  it('reads I/N with 1 <= I <= N and refuses anything else', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', '1/2/3', '-1/2', '1.5/2', 'a/b', ''])
      expect(parseShard(bad), bad).toBeNull();
  });
});

describe('pairwiseAgreements with a shard', () => {
  it('computes exactly the whole run’s pairs, split between the shards with the same numbers', () => {
    const scores = simulatedScores({ seed: 3, benchmarks: 8, models: 25 });
    const method = scores.leaderboard.method;
    const whole = pairwiseAgreements(scores.matrix, method);
    const parts = [1, 2, 3].map((index) =>
      pairwiseAgreements(scores.matrix, method, undefined, undefined, undefined, { index, count: 3 }),
    );
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const key = (p: { a: string; b: string }) => `${p.a}\u0000${p.b}`;
    const merged = parts.flat().sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    expect(merged).toEqual(whole);
  });
});
