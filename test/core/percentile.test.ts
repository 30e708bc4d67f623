import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/core/percentile.js';

describe('percentile', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('interpolates linearly between neighbours as numpy does', () => {
    // np.percentile(range(1, 11), q)
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile(ten, 5)).toBe(1.45);
    expect(percentile(ten, 25)).toBe(3.25);
    expect(percentile(ten, 50)).toBe(5.5);
    expect(percentile(ten, 95)).toBe(9.549999999999999);
    expect(percentile(ten, 100)).toBe(10);
  });

  it('rounds as numpy, interpolating from the nearer neighbour', () => {
    // np.percentile([0.1, 0.2, 0.7], q) for q = 5, 25, 95
    expect(percentile([0.1, 0.2, 0.7], 5)).toBe(0.11000000000000001);
    expect(percentile([0.1, 0.2, 0.7], 25)).toBe(0.15000000000000002);
    expect(percentile([0.1, 0.2, 0.7], 95)).toBe(0.6499999999999999);
  });

  it('returns the only value of a single-value input and NaN for none', () => {
    expect(percentile([4.2], 5)).toBe(4.2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rejects q outside [0, 100]', () => {
    expect(() => percentile(ten, -1)).toThrow(RangeError);
    expect(() => percentile(ten, 101)).toThrow(RangeError);
    expect(() => percentile(ten, NaN)).toThrow(RangeError);
  });
});
