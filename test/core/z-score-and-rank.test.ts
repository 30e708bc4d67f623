import { describe, expect, it } from 'vitest';
import { ranks } from '../../src/core/rank.js';
import { zScores } from '../../src/core/z-score.js';

describe('zScores', () => {
  it('uses the sample standard deviation', () => {
    expect(Array.from(zScores([1, 2, 3]))).toEqual([-1, 0, 1]);
  });
  it('keeps NaN entries out of the mean and sd', () => {
    const z = zScores([1, NaN, 2, 3]);
    expect(Number.isNaN(z[1]!)).toBe(true);
    expect([z[0], z[2], z[3]]).toEqual([-1, 0, 1]);
  });
  it('gives NaN, never infinity, for a single value or zero spread', () => {
    expect(Array.from(zScores([0.5])).every(Number.isNaN)).toBe(true);
    expect(Array.from(zScores([0.5, 0.5, 0.5])).every(Number.isNaN)).toBe(true);
  });
  it('treats a spread made only of rounding as no spread, rather than Z scores of about 0.9', () => {
    // Six agreements of exactly 1/3, two of them one ulp apart, as sums in another order give.
    const third = 0.33333333333333337;
    const values = [third, third, third, third, 0.3333333333333333, third];
    expect(Array.from(zScores(values)).every(Number.isNaN)).toBe(true);
    expect(Array.from(zScores([third, third, third, third, third, third])).every(Number.isNaN)).toBe(true);
  });
  it('still scores a small but real spread', () => {
    const step = 2 ** -30; // about 1e-9, exact beside 0.5
    expect(Array.from(zScores([0.5, 0.5 + step, 0.5 - step]))).toEqual([0, 1, -1]);
  });
});

describe('ranks', () => {
  it('gives equal scores the same rank and skips the next ones', () => {
    expect(Array.from(ranks([3, 2, 2, 1]))).toEqual([1, 2, 2, 4]);
  });
  it('treats scores within 1e-9 as equal', () => {
    expect(Array.from(ranks([1.5914737863575188, 1.5914737863575192, 0]))).toEqual([1, 1, 3]);
  });
  it('leaves unscored entries unranked', () => {
    const r = ranks([NaN, 1, 2]);
    expect(Number.isNaN(r[0]!)).toBe(true);
    expect([r[1], r[2]]).toEqual([2, 1]);
  });
});
