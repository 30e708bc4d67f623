import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAUSIBILITY, plausibility } from '../../src/core/plausibility.js';
import { MODELS } from '../support/trust-catalog.js';

/** Models m01..m12; the aggregate ranks them in that order (m01 best). */
const AGGREGATE = MODELS.map((_, i) => 12 - i);
/** Scores that rank model i (aggregate rank i + 1) at `ranks[i]` in the scenario. */
const scoresRanking = (ranks: readonly number[]): number[] => ranks.map((r) => 100 - r);

describe('plausibility', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_PLAUSIBILITY).toEqual({ madMultiplier: 3, minGapShare: 0.25, minModels: 10 });
  });

  it('flags the two rows of a swap of the best and the worst model, and no other', () => {
    // Gaps: 11 for m01 and m12, 0 for the rest. Median 0, MAD 0: the threshold is a quarter of
    // the 12 shared models, 3.
    const ranks = [12, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1];
    expect(plausibility(scoresRanking(ranks), AGGREGATE, MODELS)).toEqual({
      shared: 12,
      checked: true,
      medianGap: 0,
      mad: 0,
      threshold: 3,
      flagged: [
        { model: 'm01', rank: 12, aggregateRank: 1, gap: 11 },
        { model: 'm12', rank: 1, aggregateRank: 12, gap: 11 },
      ],
    });
  });

  it('takes the median plus 3 MAD when that is the larger bound, and flags only gaps strictly above it', () => {
    // Scenario ranks by aggregate rank: 1 2 5 6 3 11 7 4 9 10 8 12.
    // Gaps: 0 0 2 2 2 5 0 4 0 0 3 0; sorted 0 0 0 0 0 0 2 2 2 3 4 5: median (0 + 2) / 2 = 1.
    // |gap - 1|: 1 1 1 1 1 1 1 1 1 2 3 4: MAD 1. Threshold max(1 + 3 * 1, 12 / 4) = 4.
    // m06 (gap 5) is flagged; m08 (gap 4, equal to the threshold) is not.
    const ranks = [1, 2, 5, 6, 3, 11, 7, 4, 9, 10, 8, 12];
    expect(plausibility(scoresRanking(ranks), AGGREGATE, MODELS)).toEqual({
      shared: 12,
      checked: true,
      medianGap: 1,
      mad: 1,
      threshold: 4,
      flagged: [{ model: 'm06', rank: 11, aggregateRank: 6, gap: 5 }],
    });
  });

  it('needs both bounds: a gap of a quarter of the models is not enough when MAD is 0', () => {
    // Adjacent swaps (1 2)(3 4)(5 6)(7 8) give gaps of 1; m09 drops to 12 and m10..m12 move up
    // one: gaps 3 1 1 1. Median 1, MAD 0: threshold max(1, 3) = 3, and 3 is not above 3.
    const ranks = [2, 1, 4, 3, 6, 5, 8, 7, 12, 9, 10, 11];
    const r = plausibility(scoresRanking(ranks), AGGREGATE, MODELS);
    expect(r).toMatchObject({ medianGap: 1, mad: 0, threshold: 3, flagged: [] });
    // With a fifth of the models as the second bound (2.4), m09 is flagged.
    const fifth = plausibility(scoresRanking(ranks), AGGREGATE, MODELS, {
      ...DEFAULT_PLAUSIBILITY,
      minGapShare: 0.2,
    });
    expect(fifth.threshold).toBeCloseTo(2.4, 12);
    expect(fifth.flagged).toEqual([{ model: 'm09', rank: 12, aggregateRank: 9, gap: 3 }]);
  });

  it('gives tied models the mean of the ranks they span', () => {
    // Scenario: a and b tie for best (ranks 1.5, 1.5), then c, d. Aggregate: a, b, c, d.
    // Gaps 0.5 0.5 0 0: median 0.25, MAD 0.25, threshold max(0.25 + 0.75, 4 / 4) = 1.
    const r = plausibility([3, 3, 1, 0], [4, 3, 2, 1], ['a', 'b', 'c', 'd'], {
      ...DEFAULT_PLAUSIBILITY,
      minModels: 2,
    });
    expect(r).toEqual({ shared: 4, checked: true, medianGap: 0.25, mad: 0.25, threshold: 1, flagged: [] });
  });

  it('ranks among the shared models only, leaving out a model missing on either side', () => {
    const ranks = [12, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1];
    const scores = [...scoresRanking(ranks), 1000, NaN];
    const aggregate = [...AGGREGATE, NaN, 50];
    const r = plausibility(scores, aggregate, [...MODELS, 'only-here', 'only-there']);
    expect(r).toEqual(plausibility(scoresRanking(ranks), AGGREGATE, MODELS));
  });

  it('checks nothing below min_models shared models', () => {
    const ranks = [9, 2, 3, 4, 5, 6, 7, 8, 1];
    const r = plausibility(scoresRanking(ranks), AGGREGATE.slice(0, 9), MODELS.slice(0, 9));
    expect(r).toEqual({
      shared: 9,
      checked: false,
      medianGap: null,
      mad: null,
      threshold: null,
      flagged: [],
    });
    expect(plausibility([], [], [])).toMatchObject({ shared: 0, checked: false });
    const low = plausibility(scoresRanking(ranks), AGGREGATE.slice(0, 9), MODELS.slice(0, 9), {
      ...DEFAULT_PLAUSIBILITY,
      minModels: 9,
    });
    // Gaps 8 0 ... 0 8: threshold max(0, 9 / 4) = 2.25.
    expect(low.flagged.map((f) => f.model)).toEqual(['m01', 'm09']);
  });

  it('does not flag a scenario that agrees with the aggregate, nor one that reverses it entirely', () => {
    expect(plausibility(AGGREGATE, AGGREGATE, MODELS).flagged).toEqual([]);
    // Reversed: gaps 11 9 7 5 3 1 1 3 5 7 9 11, median 6, MAD 3: threshold 15, above every gap.
    const reversed = plausibility(
      AGGREGATE.map((v) => -v),
      AGGREGATE,
      MODELS,
    );
    expect(reversed).toMatchObject({ medianGap: 6, mad: 3, threshold: 15, flagged: [] });
  });

  it('does not depend on the order of the models, and lists rows by gap then id', () => {
    const ranks = [12, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1];
    const order = [5, 11, 0, 3, 7, 1, 9, 2, 10, 4, 8, 6];
    const scores = scoresRanking(ranks);
    const r = plausibility(
      order.map((i) => scores[i]!),
      order.map((i) => AGGREGATE[i]!),
      order.map((i) => MODELS[i]!),
    );
    expect(r).toEqual(plausibility(scores, AGGREGATE, MODELS));
  });
});
