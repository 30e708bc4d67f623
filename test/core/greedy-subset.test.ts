import { describe, expect, it } from 'vitest';
import { greedySubset, type SubsetCandidate, type SubsetRequest } from '../../src/core/greedy-subset.js';
import { setAggregate, setTau, setTauInterval } from '../../src/core/subset-tau.js';

const row = (...v: number[]) => Float64Array.from(v);
/** The target ranks four models m0 > m1 > m2 > m3. */
const target = row(4, 3, 2, 1);
const candidate = (
  id: string,
  values: Float64Array,
  cost: number | null = null,
  group = id,
): SubsetCandidate => ({
  id,
  row: values,
  group,
  cost,
});
// Alone, each scenario's aggregate is its win rates. Hand-derived tau-b against the target:
const same = row(4, 3, 2, 1); // tau 1
const reversed = row(1, 2, 3, 4); // tau -1
const lowSwap = row(4, 3, 1, 2); // one discordant pair of 6: (5 - 1) / 6 = 2/3
const midSwap = row(4, 2, 3, 1); // likewise 2/3; with lowSwap the mean win rates are 1, 1/2, 1/3, 1/6: tau 1
/** 2/3 as tau-b computes it (S / sqrt(T - Xt) / sqrt(T - Yt) rounds in the last bits). */
const twoThirds = expect.closeTo(2 / 3, 12);
const run = (candidates: SubsetCandidate[], extra: Partial<SubsetRequest> = {}) =>
  greedySubset({ target, candidates, minAgreement: 0.9, minModels: 2, samples: 50, seed: 0, ...extra });

describe('setTau and setAggregate', () => {
  it('ranks a one-scenario set by its win rates and compares over the models both rank', () => {
    expect(Array.from(setAggregate([lowSwap])!)).toEqual([1, 2 / 3, 0, 1 / 3]);
    expect(setTau(target, [lowSwap])).toEqual({ tau: twoThirds, nModels: 4 });
    expect(setTau(target, [row(2, 1, NaN, NaN)])).toEqual({ tau: 1, nModels: 2 });
    expect(setTau(row(NaN, 3, 2, 1), [same]).nModels).toBe(3);
  });

  it('keeps models in at least floor(|set| / 3) of the set (at least one), as BenchBench does', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(i, i + 1, i === 1 ? 9 : NaN, 0));
    // m2 appears in 1 of 6 scenarios, fewer than floor(6 / 3) = 2: not ranked.
    expect(Number.isNaN(setAggregate(rows)![2]!)).toBe(true);
    expect(Number.isNaN(setAggregate(rows.slice(0, 5))![2]!)).toBe(false);
  });

  it('gives NaN for an empty set, one shared model or a constant ranking', () => {
    expect(setTau(target, [])).toEqual({ tau: NaN, nModels: 0 });
    expect(setTau(target, [row(1, NaN, NaN, NaN)]).tau).toBeNaN();
    expect(setTau(target, [row(5, 5, 5, 5)]).tau).toBeNaN();
  });

  it('bootstraps the models: a perfect set stays perfect, and the same seed gives the same interval', () => {
    expect(setTauInterval(target, [same], 50, 0)).toEqual([1, 1]);
    const noisy = row(4, 1, 3, 2);
    const t = row(5, 4, 3, 2, 1, 0, 7, 6);
    const rows = [row(5, 3, 4, 1, 2, 0, 6, 7), row(4, 5, 3, 2, 0, 1, 7, 6)];
    expect(setTauInterval(t, rows, 200, 3)).toEqual(setTauInterval(t, rows, 200, 3));
    const [lo, hi] = setTauInterval(t, rows, 200, 3)!;
    expect(lo).toBeLessThan(hi);
    expect(setTauInterval(target, [noisy, row(NaN, NaN, NaN, 1)], 10, 0)).not.toBeNull();
    expect(setTauInterval(target, [row(1, NaN, NaN, NaN)], 10, 0)).toBeNull();
  });
});

describe('greedySubset', () => {
  it('stops at the first set that reaches T: one scenario that ranks like the target', () => {
    const r = run([candidate('b', reversed), candidate('a', same)]);
    expect(r.steps).toEqual([{ scenario: 'a', tau: 1, nModels: 4, cost: null }]);
    expect(r).toMatchObject({ subset: ['a'], tau: 1, reached: true, stop: 'reached', interval: [1, 1] });
  });

  it('breaks a tie by the smaller id, whatever the order of the candidates', () => {
    expect(run([candidate('z', same), candidate('y', same)]).subset).toEqual(['y']);
    expect(run([candidate('d', midSwap), candidate('c', lowSwap)]).steps.map((s) => s.scenario)).toEqual([
      'c',
      'd',
    ]);
  });

  it('adds scenarios until their aggregate reaches T, reporting every step', () => {
    const r = run([candidate('b', reversed), candidate('d', midSwap), candidate('c', lowSwap)]);
    expect(r.steps.map((s) => [s.scenario, s.tau])).toEqual([
      ['c', twoThirds],
      ['d', 1],
    ]);
    expect(r).toMatchObject({ subset: ['c', 'd'], tau: 1, reached: true });
  });

  it('adds cumulative cost, paying once per group, and stops when the budget fits no candidate', () => {
    const r = run(
      [
        candidate('c', lowSwap, 5),
        candidate('c2', lowSwap, 5, 'c'),
        candidate('d', midSwap, 5),
        candidate('b', reversed, 1),
      ],
      { maxCost: 7 },
    );
    // c (5); then d would cost 10 > 7, and c2 is free (same file as c) and gives 2/3 again,
    // ahead of b's -1/sqrt(30) (c and b: mean win rates 1/2, 1/2, 1/3, 2/3). Then b (cost 6):
    // c, c2, b give 2/3, 5/9, 2/9, 5/9: 4 concordant, 1 discordant, 1 tied pair: 3 / sqrt(30).
    expect(r.steps).toEqual([
      { scenario: 'c', tau: twoThirds, nModels: 4, cost: 5 },
      { scenario: 'c2', tau: twoThirds, nModels: 4, cost: 5 },
      { scenario: 'b', tau: expect.closeTo(3 / Math.sqrt(30), 12), nModels: 4, cost: 6 },
    ]);
    expect(r).toMatchObject({ subset: ['c'], tau: twoThirds, reached: false, stop: 'cost' });
  });

  it('never tries a candidate of unknown cost under a budget; without one its cost makes the total unknown', () => {
    expect(run([candidate('a', same), candidate('c', lowSwap, 1)], { maxCost: 10 }).subset).toEqual(['c']);
    expect(run([candidate('a', same)], { maxCost: 10 })).toMatchObject({
      steps: [],
      subset: [],
      tau: null,
      interval: null,
      stop: 'cost',
    });
    expect(
      run([candidate('c', lowSwap, 1), candidate('a', same)], { minAgreement: 1 }).steps.map((s) => s.cost),
    ).toEqual([null]);
    expect(
      run([candidate('c', lowSwap, 1), candidate('d', midSwap)], { minAgreement: 1 }).steps.map(
        (s) => s.cost,
      ),
    ).toEqual([1, null]);
  });

  it('fits 0.1 + 0.2 in a budget of 0.3', () => {
    const r = run([candidate('c', lowSwap, 0.1), candidate('d', midSwap, 0.2)], { maxCost: 0.3 });
    expect(r.subset).toEqual(['c', 'd']);
  });

  it('counts only sets ranking minModels models; before that it grows coverage, tau null', () => {
    const top = row(2, 1, NaN, NaN); // tau 1, on 2 models only
    const bottom = row(NaN, NaN, 2, 1);
    // Together: mean win rates 1, 0, 1, 0: 3 concordant, 1 discordant, 2 tied in the set: 2 / sqrt(6 * 4).
    const r = run([candidate('h', bottom), candidate('g', top)], { minModels: 4 });
    expect(r.steps).toEqual([
      { scenario: 'g', tau: null, nModels: 2, cost: null },
      { scenario: 'h', tau: expect.closeTo(2 / Math.sqrt(24), 12), nModels: 4, cost: null },
    ]);
    expect(r).toMatchObject({ subset: ['g', 'h'], reached: false, stop: 'exhausted' });
    expect(run([candidate('g', top), candidate('c', lowSwap)], { minModels: 3 }).steps[0]!.scenario).toBe(
      'c',
    );
  });

  it('when T is never reached, keeps the shortest prefix with the highest tau', () => {
    const r = run([candidate('c', lowSwap), candidate('b', reversed)], { minAgreement: 1 });
    expect(r.steps.map((s) => s.scenario)).toEqual(['c', 'b']);
    expect(r).toMatchObject({ subset: ['c'], tau: twoThirds, reached: false, stop: 'exhausted' });
  });

  it('reports each step to a progress callback, each trial to a checkpoint that may stop it, and rejects a T outside [-1, 1]', () => {
    const seen: [number, number][] = [];
    run([candidate('c', lowSwap), candidate('d', midSwap)], { onStep: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    const tried: string[] = [];
    run([candidate('d', midSwap), candidate('c', lowSwap)], {
      checkpoint: (step, c) => tried.push(`${step}:${c}`),
    });
    expect(tried).toEqual(['1:c', '1:d', '2:d']);
    expect(() =>
      run([candidate('c', lowSwap)], {
        checkpoint: () => {
          throw new Error('time is up');
        },
      }),
    ).toThrow('time is up');
    expect(() => run([], { minAgreement: NaN })).toThrow(RangeError);
    expect(() => run([], { minAgreement: 1.5 })).toThrow(RangeError);
    expect(run([])).toMatchObject({ steps: [], subset: [], tau: null, stop: 'exhausted' });
  });
});
