import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBelow } from '../../src/core/count-below.js';

describe('countBelow', () => {
  it('counts the values strictly below v, ties not included', () => {
    const sorted = Float64Array.from([1, 2, 2, 3]);
    expect([0, 1, 2, 2.5, 3, 4].map((v) => countBelow(sorted, v))).toEqual([0, 0, 1, 3, 3, 4]);
    expect(countBelow(new Float64Array(0), 1)).toBe(0);
  });

  it('agrees with a count by filter on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: -6, max: 6 }), (xs, v) => {
        const sorted = Float64Array.from(xs).sort();
        expect(countBelow(sorted, v)).toBe(xs.filter((x) => x < v).length);
      }),
    );
  });
});
