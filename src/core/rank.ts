/**
 * Rank (METHOD.md section 4): 1 + the number of scores that exceed this one by more than
 * 1e-9, so equal scores share a rank (1, 2, 2, 4). NaN scores get NaN and are not counted.
 * O(n log n).
 */
export const RANK_TOLERANCE = 1e-9;

export function ranks(scores: ArrayLike<number>): Float64Array {
  const finite = (Array.prototype.filter.call(scores, Number.isFinite) as number[]).sort((a, b) => b - a);
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const z = scores[i]!;
    out[i] = Number.isFinite(z) ? 1 + countAbove(finite, z + RANK_TOLERANCE) : NaN;
  }
  return out;
}

/** Number of values strictly greater than t in a descending array. */
export function countAbove(desc: readonly number[], t: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (desc[mid]! > t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
