/**
 * Plausibility of a submission (docs/method.md, "Plausibility"): the rows of a scenario whose
 * model ranks far from where the aggregate ranks it, for a maintainer to check ("check this
 * row") before merging. Shown beside the score, never changing it.
 *
 * Over the n models with a finite score in both the scenario and the aggregate (the shared
 * models; others are left out): r_i is model i's rank among them in the scenario, a_i its rank
 * among them in the aggregate (1 = best, both higher-is-better: apply the direction first), and
 * its gap g_i = |r_i - a_i|. With m = median(g) and MAD = median(|g_i - m|) (unscaled), a row
 * is flagged when
 *
 *     g_i - m > madMultiplier * MAD   and   g_i > minGapShare * n
 *
 * i.e. g_i > threshold = max(m + madMultiplier * MAD, minGapShare * n).
 *
 * Contract: ties get the mean of the ranks they span (1, 2.5, 2.5, 4), so ranks and gaps are
 * multiples of 1/2, and with the default thresholds every comparison is exact. MAD = 0 (most gaps equal the median, e.g.
 * perfect agreement but for a few rows) leaves the second test alone to decide: a row is
 * flagged when its gap is above the median and above a quarter of the models. With fewer than
 * `minModels` shared models nothing is checked (`checked` false, no rows): ranks among a handful
 * of models are too coarse to accuse one. Rows come by gap (largest first), then model id.
 * Pure; O(n log n).
 */
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import { averageRanks } from './average-ranks.js';

export interface PlausibilityThresholds {
  /** Median absolute deviations above the median gap (default 3). */
  readonly madMultiplier: number;
  /** A flagged gap is also more than this share of the shared models (default 0.25). */
  readonly minGapShare: number;
  /** Fewer shared models than this are not checked (default 10). */
  readonly minModels: number;
}

export const DEFAULT_PLAUSIBILITY: PlausibilityThresholds = {
  madMultiplier: 3,
  minGapShare: 0.25,
  minModels: 10,
};

export interface RankGap {
  readonly model: string;
  /** Rank in the scenario among the shared models. */
  readonly rank: number;
  /** Rank in the aggregate among the shared models. */
  readonly aggregateRank: number;
  readonly gap: number;
}

export interface Plausibility {
  /** Models with a score in both. */
  readonly shared: number;
  /** false: fewer than minModels shared models; the figures below are then null. */
  readonly checked: boolean;
  readonly medianGap: number | null;
  readonly mad: number | null;
  /** Rows with a gap above this are flagged. */
  readonly threshold: number | null;
  readonly flagged: readonly RankGap[];
}

/**
 * `scores` and `aggregate` are rows over the same `models` (NaN = missing), higher is better.
 */
export function plausibility(
  scores: ArrayLike<number>,
  aggregate: ArrayLike<number>,
  models: readonly string[],
  thresholds: PlausibilityThresholds = DEFAULT_PLAUSIBILITY,
): Plausibility {
  const shared: number[] = [];
  for (let i = 0; i < models.length; i++) {
    if (Number.isFinite(scores[i]!) && Number.isFinite(aggregate[i]!)) shared.push(i);
  }
  const n = shared.length;
  if (n < thresholds.minModels || n === 0) {
    return { shared: n, checked: false, medianGap: null, mad: null, threshold: null, flagged: [] };
  }
  // averageRanks ranks ascending; negating makes rank 1 the best.
  const r = averageRanks(shared.map((i) => -scores[i]!));
  const a = averageRanks(shared.map((i) => -aggregate[i]!));
  const gaps = shared.map((_, k) => Math.abs(r[k]! - a[k]!));
  const m = median(gaps);
  const mad = medianAbsoluteDeviation(gaps);
  const threshold = Math.max(m + thresholds.madMultiplier * mad, thresholds.minGapShare * n);
  const flagged: RankGap[] = [];
  shared.forEach((i, k) => {
    if (gaps[k]! > threshold)
      flagged.push({ model: models[i]!, rank: r[k]!, aggregateRank: a[k]!, gap: gaps[k]! });
  });
  flagged.sort((x, y) => y.gap - x.gap || (x.model < y.model ? -1 : x.model > y.model ? 1 : 0));
  return { shared: n, checked: true, medianGap: m, mad, threshold, flagged };
}
