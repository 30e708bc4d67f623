/**
 * Saturation of a scenario (docs/method.md, "Saturation"): can its scores still tell the best
 * models apart? Shown beside the score, never changing it.
 *
 * Over the n models with a finite score (NaN and infinities are missing and ignored):
 * best and worst are the highest and lowest score (the lowest and highest when lower is
 * better), range = |best - worst|.
 * - nearBest: the models whose score lies within `nearBest * range` of the best (inclusive; the
 *   best itself counts, and so does every model tied with it). nearBestShare = nearBest / n.
 * - topSpread: |best - s_k| / range, where s_k is the k-th best score and k = min(topModels, n);
 *   ties take their places in the order (ten models tied at the top give 0).
 * - saturated: nearBestShare >= saturatedShare or topSpread < minTopSpread.
 *
 * Contract: a range of 0 (every score equal, n >= 1) gives nearBestShare 1 and topSpread 0: a
 * scenario that cannot tell any two models apart is saturated. The comparison with the
 * `nearBest` band allows 1e-9 of the range for rounding (so 98 is within 2% of 100 on 0..100).
 * n = 0 gives nulls. With fewer than `minModels` models the measures are given but `saturated`
 * is null (no verdict): the best model alone is a quarter of four models. Scores so far apart
 * that their range overflows a double are halved first (the shares do not change). Pure; O(n log n).
 */
import type { Direction } from './types.js';

export interface SaturationThresholds {
  /** The band near the best, as a fraction of the range (default 0.02). */
  readonly nearBest: number;
  /** Saturated when at least this share of the models is in the band (default 0.25). */
  readonly saturatedShare: number;
  /** How many of the best models span `topSpread` (default 10). */
  readonly topModels: number;
  /** Saturated when the top models span less than this fraction of the range (default 0.05). */
  readonly minTopSpread: number;
  /** Fewer models than this get no verdict (default 10). */
  readonly minModels: number;
}

export const DEFAULT_SATURATION: SaturationThresholds = {
  nearBest: 0.02,
  saturatedShare: 0.25,
  topModels: 10,
  minTopSpread: 0.05,
  minModels: 10,
};

export interface Saturation {
  /** Models with a finite score. */
  readonly models: number;
  /** Models within the band near the best. */
  readonly nearBest: number;
  readonly nearBestShare: number | null;
  /** k = min(topModels, models). */
  readonly topModels: number;
  readonly topSpread: number | null;
  /** null: fewer than minModels models. */
  readonly saturated: boolean | null;
}

const ROUNDING = 1e-9;

export function saturation(
  scores: ArrayLike<number>,
  direction: Direction,
  thresholds: SaturationThresholds = DEFAULT_SATURATION,
): Saturation {
  // As losses (lower is better), sorted ascending: the best first. Negation is exact.
  const sign = direction === 'lower' ? 1 : -1;
  let n = 0;
  const losses = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (Number.isFinite(v)) losses[n++] = sign * v;
  }
  if (n === 0) {
    return { models: 0, nearBest: 0, nearBestShare: null, topModels: 0, topSpread: null, saturated: null };
  }
  const values = losses.subarray(0, n).sort();
  if (values[n - 1]! - values[0]! === Infinity) for (let i = 0; i < n; i++) values[i] = values[i]! / 2;
  const best = values[0]!;
  const range = values[n - 1]! - best;
  const band = thresholds.nearBest * range + ROUNDING * range;
  let nearBest = 0;
  while (nearBest < n && values[nearBest]! - best <= band) nearBest++;
  const k = Math.min(thresholds.topModels, n);
  const nearBestShare = nearBest / n;
  const topSpread = range > 0 ? (values[k - 1]! - best) / range : 0;
  const saturated =
    n < thresholds.minModels
      ? null
      : nearBestShare >= thresholds.saturatedShare || topSpread < thresholds.minTopSpread;
  return { models: n, nearBest, nearBestShare, topModels: k, topSpread, saturated };
}
