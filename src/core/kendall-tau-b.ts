/**
 * Kendall's tau-b with scipy 1.10.1's two-sided p-value (`scipy.stats.kendalltau(x, y)`,
 * METHOD.md section 5), in O(n log n) by Knight's algorithm.
 *
 * Contract: x and y have equal length (else RangeError). n < 2, a constant vector, or a NaN
 * anywhere gives NaN, NaN. tau_b = S / sqrt(T - Xt) / sqrt(T - Yt), clamped to [-1, 1], with
 * T = n(n-1)/2 pairs, Xt and Yt the pairs tied in x and in y, J the pairs tied in both, D the
 * discordant pairs and S = T - Xt - Yt + J - 2D. The p-value is exact (kendall-exact-p.ts)
 * when there are no ties and (n <= 33 or min(D, T - D) <= 1), else from the normal
 * approximation with the tie-corrected variance, as erfc(|z| / sqrt 2).
 *
 * Knight: sort the pairs by (x, y); runs of equal x and of equal (x, y) give Xt and J; then
 * a merge sort of the y values in that order counts the swaps it makes, which are exactly the
 * pairs with x_i < x_j and y_i > y_j, that is D; runs of the sorted y give Yt. Up to 16
 * values, comparing every pair is faster and counts the same integers. Scratch buffers are reused across calls, so the hot path (about 10^6 calls on n = 10)
 * allocates only its result.
 */
import erfc from '@stdlib/math-base-special-erfc';
import { kendallExactP } from './kendall-exact-p.js';
import { sortIndices } from './sort-indices.js';
import type { CorrelationResult } from './types.js';

const RUN = 16;
let xs = new Float64Array(64);
let ys = new Float64Array(64);
let yOrdered = new Float64Array(64);
let mergeScratch = new Float64Array(64);
let order = new Uint32Array(64);

let xSame = new Int32Array(64);
let ySame = new Int32Array(64);

/** Below this size every pair is compared directly. */
const DIRECT_MAX = 16;

/** What both counting methods produce, by index. */
const counts = new Float64Array(6);
const DISCORDANT = 0;
const X_TIES = 1;
const Y_TIES = 2;
const JOINT = 3;
/** sum over tie groups of t(t-1)(t-2), in x and in y. */
const X0 = 4;
const Y0 = 5;

export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): CorrelationResult {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`x and y differ in length (${n} and ${y.length})`);
  if (n < 2) return { statistic: NaN, pValue: NaN };
  if (xs.length < n) grow(n);
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) return { statistic: NaN, pValue: NaN };
    xs[i] = a;
    ys[i] = b;
  }
  if (n <= DIRECT_MAX) countPairsDirectly(n);
  else countPairsKnight(n);
  const discordant = counts[DISCORDANT]!;
  const xTies = counts[X_TIES]!;
  const yTies = counts[Y_TIES]!;
  const joint = counts[JOINT]!;

  const total = (n * (n - 1)) / 2;
  if (xTies === total || yTies === total) return { statistic: NaN, pValue: NaN };
  const s = total - xTies - yTies + joint - 2 * discordant;
  const tau = Math.min(1, Math.max(-1, s / Math.sqrt(total - xTies) / Math.sqrt(total - yTies)));

  let pValue: number;
  if (xTies === 0 && yTies === 0 && (n <= 33 || Math.min(discordant, total - discordant) <= 1)) {
    pValue = kendallExactP(n, total - discordant);
  } else {
    const x0 = counts[X0]!;
    const y0 = counts[Y0]!;
    // sum t(t-1)(2t+5) = 2 sum t(t-1)(t-2) + 9 sum t(t-1): exact integers, as scipy's.
    const x1 = 2 * x0 + 18 * xTies;
    const y1 = 2 * y0 + 18 * yTies;
    const m = n * (n - 1);
    const variance =
      (m * (2 * n + 5) - x1 - y1) / 18 + (2 * xTies * yTies) / m + (x0 * y0) / (9 * m * (n - 2));
    const z = s / Math.sqrt(variance);
    // scipy: 2 * ndtr(-|z|); cephes' ndtr scales by sqrt(1/2) and, in the tail, halves erfc.
    pValue = erfc(Math.abs(z) * Math.SQRT1_2);
  }
  return { statistic: tau, pValue };
}

/**
 * Knight's algorithm, O(n log n): sort by (x, y), count joint ties and x ties along that
 * order, then merge sort the y values counting swaps (the discordant pairs) and y ties.
 */
function countPairsKnight(n: number): void {
  sortIndices(order, n, xs, ys);

  // mergeScratch holds x in sorted order until the merge sort of y needs it.
  let joint = 0;
  let run = 1;
  for (let k = 0; k < n; k++) {
    const cur = order[k]!;
    mergeScratch[k] = xs[cur]!;
    yOrdered[k] = ys[cur]!;
    if (k === 0) continue;
    const prev = order[k - 1]!;
    if (xs[cur] === xs[prev] && ys[cur] === ys[prev]) run++;
    else {
      joint += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  joint += (run * (run - 1)) / 2;
  counts[JOINT] = joint;
  tieStatistics(mergeScratch, n, X_TIES, X0);
  counts[DISCORDANT] = sortCountingInversions(n);
  tieStatistics(yOrdered, n, Y_TIES, Y0);
}

/**
 * Every pair in turn, O(n^2), for small n where it is faster than sorting. It counts the same
 * integers as Knight's algorithm; sum t(t-1)(t-2) over tie groups comes as sum c(c-1) over
 * values, c being how many other values equal this one.
 */
function countPairsDirectly(n: number): void {
  let discordant = 0;
  let xTies = 0;
  let yTies = 0;
  let joint = 0;
  for (let i = 0; i < n; i++) {
    xSame[i] = 0;
    ySame[i] = 0;
  }
  for (let i = 0; i < n - 1; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      const xj = xs[j]!;
      const yj = ys[j]!;
      // Branch-free on the common path: random data mispredicts "which way" half the time.
      discordant += (+(xi < xj) & +(yi > yj)) | (+(xi > xj) & +(yi < yj));
      if (xi === xj) {
        xTies++;
        xSame[i]!++;
        xSame[j]!++;
        if (yi === yj) joint++;
      }
      if (yi === yj) {
        yTies++;
        ySame[i]!++;
        ySame[j]!++;
      }
    }
  }
  let x0 = 0;
  let y0 = 0;
  for (let i = 0; i < n; i++) {
    x0 += xSame[i]! * (xSame[i]! - 1);
    y0 += ySame[i]! * (ySame[i]! - 1);
  }
  counts[DISCORDANT] = discordant;
  counts[X_TIES] = xTies;
  counts[Y_TIES] = yTies;
  counts[JOINT] = joint;
  counts[X0] = x0;
  counts[Y0] = y0;
}

function grow(n: number): void {
  const size = Math.max(n, 2 * xs.length);
  xs = new Float64Array(size);
  ys = new Float64Array(size);
  yOrdered = new Float64Array(size);
  mergeScratch = new Float64Array(size);
  order = new Uint32Array(size);
  xSame = new Int32Array(size);
  ySame = new Int32Array(size);
}

/**
 * Sorts yOrdered[0..n) ascending and returns the number of strict inversions (i < j with
 * y_i > y_j): insertion sort on runs of 16 counts each shift, bottom-up merges count, for each
 * value taken from the right half, the values left in the left half. Ties never count.
 */
function sortCountingInversions(n: number): number {
  const a = yOrdered;
  let inversions = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= lo && a[j]! > v) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
      inversions += i - 1 - j;
    }
  }
  let src = a;
  let dst = mergeScratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (src[j]! < src[i]!) {
          dst[k++] = src[j++]!;
          inversions += mid - i;
        } else dst[k++] = src[i++]!;
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i]!;
  return inversions;
}

/** Tied pairs and sum t(t-1)(t-2) over the tie groups of the sorted a[0..n), into counts[pairsAt], counts[cubicAt]. */
function tieStatistics(a: Float64Array, n: number, pairsAt: number, cubicAt: number): void {
  let pairs = 0;
  let cubic = 0;
  let run = 1;
  for (let k = 1; k <= n; k++) {
    if (k < n && a[k] === a[k - 1]) {
      run++;
      continue;
    }
    if (run > 1) {
      pairs += (run * (run - 1)) / 2;
      cubic += run * (run - 1) * (run - 2);
    }
    run = 1;
  }
  counts[pairsAt] = pairs;
  counts[cubicAt] = cubic;
}
