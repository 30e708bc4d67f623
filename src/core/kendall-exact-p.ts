/**
 * The exact two-sided p-value of Kendall's tau without ties, as scipy 1.10.1 computes it
 * (`scipy.stats._mstats_basic._kendall_p_exact`, alternative 'two-sided').
 *
 * n values, T = n(n-1)/2 pairs, `concordant` = the number of concordant pairs (any count in
 * [0, T]; the distribution is symmetric, so c = min(concordant, T - concordant) is used):
 * - n <= 2: 1.
 * - c = 0: 2/n! (0 from n = 171); c = 1: 2/(n-1)! (0 from n = 172); 4c = n(n-1): 1.
 * - otherwise 2 * (permutations of n with at most c inversions) / n!, clipped to [0, 1]; the
 *   counts are the Mahonian numbers, built as scipy does in floating point (cumulative sums,
 *   then subtracting the sum shifted by j, for j = 3..n; from n = 171 each step also divides
 *   by j so that nothing overflows), and summed in numpy's pairwise order. Every operation is
 *   scipy's own in the same order, so the p-values agree to the last bit.
 *
 * Rows for n <= 33 (the sizes `kendalltau` sends here with any c) are built once and kept:
 * entry k of a row depends only on entries <= k, so a full row truncated at c equals scipy's
 * row built to width c + 1.
 */
import { pairwiseSum } from './pairwise-sum.js';

const CACHED_N = 33;
const rows: (Float64Array | undefined)[] = [];

/** n! as the nearest double (exact integers through BigInt, then one correct rounding), n <= 170. */
const factorials: Float64Array = (() => {
  const out = new Float64Array(171);
  let f = 1n;
  out[0] = 1;
  for (let i = 1; i <= 170; i++) {
    f *= BigInt(i);
    out[i] = Number(f);
  }
  return out;
})();

export function kendallExactP(n: number, concordant: number): number {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n (${n}) must be a positive integer`);
  const total = (n * (n - 1)) / 2;
  if (!Number.isInteger(concordant) || concordant < 0 || concordant > total) {
    throw new RangeError(`the concordant count (${concordant}) must be an integer in [0, ${total}]`);
  }
  const c = Math.min(concordant, total - concordant);
  if (n <= 2) return 1;
  if (c === 0) return n < 171 ? 2 / factorials[n]! : 0;
  if (c === 1) return n < 172 ? 2 / factorials[n - 1]! : 0;
  if (4 * c === n * (n - 1)) return 1;
  let prob: number;
  if (n < 171) {
    const row = n <= CACHED_N ? cachedRow(n) : mahonianRow(n, c + 1, false);
    prob = (2 * pairwiseSum(row, 0, c + 1)) / factorials[n]!;
  } else {
    prob = pairwiseSum(mahonianRow(n, c + 1, true), 0, c + 1);
  }
  return Math.min(1, Math.max(0, prob));
}

function cachedRow(n: number): Float64Array {
  let row = rows[n];
  if (row === undefined) {
    row = mahonianRow(n, Math.floor((n * (n - 1)) / 4) + 1, false);
    rows[n] = row;
  }
  return row;
}

/**
 * Entries 0..width-1 of the number of permutations of n with k inversions (divided by n!/2
 * when `normalised`), by scipy's recurrence: start from n = 2 ([1, 1, 0, ...]); for j = 3..n
 * take the running sum, then subtract the running sum shifted by j.
 */
function mahonianRow(n: number, width: number, normalised: boolean): Float64Array {
  const row = new Float64Array(width);
  row[0] = 1;
  if (width > 1) row[1] = 1;
  for (let j = 3; j <= n; j++) {
    for (let k = 1; k < width; k++) row[k] = row[k]! + row[k - 1]!;
    if (normalised) for (let k = 0; k < width; k++) row[k] = row[k]! / j;
    // Descending, so that row[k - j] is still the running sum (numpy copies the overlapping operand).
    for (let k = width - 1; k >= j; k--) row[k] = row[k]! - row[k - j]!;
  }
  return row;
}
