/**
 * Lower-is-better scores turned higher-is-better as BenchBench does: min-max normalised, then
 * 1 - x; NaN stays missing; the same written in place as into a new array.
 */
import { describe, expect, it } from 'vitest';
import { flipLowerIsBetter } from '../../src/core/direction.js';

describe('flipping a lower-is-better scenario', () => {
  it('normalises to [0, 1] and turns it round, the lowest score becoming 1', () => {
    expect([...flipLowerIsBetter([2, 4, 3])]).toEqual([1, 0, 0.5]);
  });

  it('leaves a missing score missing and ignores it for the min and max', () => {
    expect([...flipLowerIsBetter([NaN, 10, 20])]).toEqual([NaN, 1, 0]);
  });

  it('gives every model 0 in a constant scenario', () => {
    expect([...flipLowerIsBetter([5, 5, NaN])]).toEqual([0, 0, NaN]);
  });

  it('does not overflow on scores spanning more than the largest double', () => {
    expect([...flipLowerIsBetter([-1e308, 1e308, 0])]).toEqual([1, 0, 0.5]);
  });

  it('writes over its input when asked to, with the same result as a new array', () => {
    const scores = Float64Array.from([3, NaN, 1, 7, 7]);
    const copy = flipLowerIsBetter(scores);
    const same = flipLowerIsBetter(scores, scores);
    expect(same).toBe(scores);
    expect([...same]).toEqual([...copy]);
    expect(copy).not.toBe(scores);
  });
});
