/**
 * Pearson's r with its two-sided p-value, as scipy 1.10.1's `pearsonr(x, y)`.
 *
 * Contract: x and y have equal length (else RangeError). n < 2, a constant vector (every value
 * equal to the first) or a NaN anywhere gives NaN, NaN. n = 2 gives r = sign(dx) * sign(dy)
 * = +-1 and p = 1. Otherwise r is computed the way scipy does (subtract the numpy-style mean,
 * divide each vector by its Euclidean norm, take the dot product), clamped to [-1, 1], and
 * p = 2 * I_{(1-|r|)/2}(n/2 - 1, n/2 - 1) (student-t.ts). scipy's BLAS norm accumulates in
 * extended precision, so the sums of squares and of products are computed here in doubled
 * precision (accurateDot), and r = sum(dx dy) / sqrt(sum dx^2 * sum dy^2) lands within
 * an ulp or two of scipy's.
 */
import { hasCorrelation, NO_CORRELATION } from './correlation-input.js';
import { pairwiseSum } from './pairwise-sum.js';
import { pearsonPValue } from './student-t.js';
import type { CorrelationResult } from './types.js';

let xm = new Float64Array(64);
let ym = new Float64Array(64);

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): CorrelationResult {
  if (!hasCorrelation(x, y)) return NO_CORRELATION;
  const n = x.length;
  if (xm.length < n) {
    xm = new Float64Array(Math.max(n, 2 * xm.length));
    ym = new Float64Array(xm.length);
  }
  xm.set(x as ArrayLike<number>);
  ym.set(y as ArrayLike<number>);
  if (n === 2) return { statistic: Math.sign(x[1]! - x[0]!) * Math.sign(y[1]! - y[0]!), pValue: 1 };

  const xMean = pairwiseSum(xm, 0, n) / n;
  const yMean = pairwiseSum(ym, 0, n) / n;
  for (let i = 0; i < n; i++) {
    xm[i] = xm[i]! - xMean;
    ym[i] = ym[i]! - yMean;
  }
  let sxx = accurateDot(xm, xm, n);
  let syy = accurateDot(ym, ym, n);
  let sxy: number;
  if (inRange(sxx) && inRange(syy)) sxy = accurateDot(xm, ym, n);
  else {
    // Rescale by powers of two (exact) so that no square overflows or underflows.
    scaleToUnit(xm, n);
    scaleToUnit(ym, n);
    sxx = accurateDot(xm, xm, n);
    syy = accurateDot(ym, ym, n);
    sxy = accurateDot(xm, ym, n);
  }
  // One (commutative) product, so that pearson(x, y) and pearson(y, x) are the same double.
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { statistic: r, pValue: pearsonPValue(r, n) };
}

/** Sums whose product neither overflows nor underflows. */
const inRange = (s: number): boolean => s > 1e-150 && s < 1e150;

/**
 * sum a[i] * b[i] over [0, n) as if in twice the working precision (Ogita, Rump and Oishi's
 * Dot2: error-free products by Veltkamp splitting, error-free sums, corrections added at the
 * end), so the result is within about an ulp of the exact value, like scipy's extended-precision
 * BLAS norm. Needs |a[i]|, |b[i]| well inside 1e-125..1e125 for full accuracy (see inRange).
 */
function accurateDot(a: Float64Array, b: Float64Array, n: number): number {
  let p = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const h = x * y;
    let c = SPLIT * x;
    const xh = c - (c - x);
    const xl = x - xh;
    c = SPLIT * y;
    const yh = c - (c - y);
    const yl = y - yh;
    const r = xl * yl - (h - xh * yh - xl * yh - xh * yl);
    const sum = p + h;
    const z = sum - p;
    const q = p - (sum - z) + (h - z);
    p = sum;
    s += q + r;
  }
  return p + s;
}

const SPLIT = 134217729; // 2^27 + 1

/** Multiplies v[0..n) by the power of two that brings its largest magnitude into [1, 2). */
function scaleToUnit(v: Float64Array, n: number): void {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(v[i]!));
  if (max === 0 || !Number.isFinite(max)) return;
  const e = Math.floor(Math.log2(max));
  // Two steps, so that neither factor overflows or underflows on its own.
  const half = Math.trunc(-e / 2);
  const f1 = 2 ** half;
  const f2 = 2 ** (-e - half);
  for (let i = 0; i < n; i++) v[i] = v[i]! * f1 * f2;
}
