import { describe, expect, it } from 'vitest';
import { alternatives, relativeCost, type Resources } from '../../src/core/alternatives.js';
import type { SimilarScenario } from '../../src/core/similar.js';

const similar = (scenario: string, agreement: number | null, nCommon = 20): SimilarScenario => ({
  scenario,
  agreement,
  interval: agreement === null ? null : [agreement / 2, agreement],
  pValue: agreement === null ? null : 0.01,
  nCommon,
  skipped: agreement === null ? '3 shared models, fewer than the 10 required' : null,
});
// As similarScenarios orders them: agreement descending, unscored last.
const closest = [
  similar('a', 0.9),
  similar('b', 0.6),
  similar('c', 0.59),
  similar('d', -0.2),
  similar('e', null),
];
const resources: Record<string, Resources> = {
  a: { access: 'private', cost: { value: 5, unit: 'GPU-hours' } },
  b: { access: 'open', cost: { value: 40, unit: 'USD' } },
};
const of = (s: string): Resources => resources[s] ?? {};
const own: Resources = { access: 'open', cost: { value: 20, unit: 'GPU-hours' } };

describe('alternatives', () => {
  it('keeps the scenarios agreeing at least T, in the order given, T itself included', () => {
    const r = alternatives(closest, 0.6, own, of);
    expect(r).toEqual([
      {
        scenario: 'a',
        agreement: 0.9,
        interval: [0.45, 0.9],
        nCommon: 20,
        access: 'private',
        cost: { value: 5, unit: 'GPU-hours', relative: 0.25 },
      },
      {
        scenario: 'b',
        agreement: 0.6,
        interval: [0.3, 0.6],
        nCommon: 20,
        access: 'open',
        cost: { value: 40, unit: 'USD', relative: null },
      },
    ]);
  });

  it('never counts a pair without an agreement, even with T = -1', () => {
    expect(alternatives(closest, -1, own, of).map((a) => a.scenario)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters with keep, and says null where access or cost is unknown', () => {
    const r = alternatives(closest, 0, {}, of, (s) => s !== 'a');
    expect(r.map((a) => [a.scenario, a.access, a.cost])).toEqual([
      ['b', 'open', { value: 40, unit: 'USD', relative: null }],
      ['c', null, null],
    ]);
  });

  it('rejects a T that is not a number', () => {
    expect(() => alternatives(closest, NaN, own, of)).toThrow(RangeError);
  });
});

describe('relativeCost', () => {
  it('divides by the reference cost in the same unit only', () => {
    expect(relativeCost({ value: 3, unit: 'USD' }, { value: 12, unit: 'USD' })).toBe(0.25);
    expect(relativeCost({ value: 0, unit: 'USD' }, { value: 12, unit: 'USD' })).toBe(0);
    expect(relativeCost({ value: 3, unit: 'USD' }, { value: 12, unit: 'usd' })).toBeNull();
    expect(relativeCost({ value: 3, unit: 'USD' }, { value: 0, unit: 'USD' })).toBeNull();
    expect(relativeCost({ value: 0, unit: 'USD' }, { value: 0, unit: 'USD' })).toBeNull();
    expect(relativeCost(undefined, { value: 1, unit: 'USD' })).toBeNull();
    expect(relativeCost({ value: 1, unit: 'USD' }, undefined)).toBeNull();
  });
});
