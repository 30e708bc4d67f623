/**
 * Spearman's rho with its two-sided p-value, as scipy 1.10.1's `spearmanr(x, y)`.
 *
 * Contract: x and y have equal length (else RangeError). n < 2, a constant vector or a NaN
 * anywhere gives NaN, NaN. rho is Pearson's r of the average ranks (ties share their mean
 * rank), computed as numpy's `corrcoef` does: covariances c = sum(dx dy) * (1/(n-1)), then
 * c_xy / sqrt(c_yy) / sqrt(c_xx), clamped to [-1, 1]. Ranks are multiples of 1/2, so the sums
 * are exact and rho equals scipy's to the bit; for n = 2 that is +-0.9999999999999999, as in
 * scipy. p comes from t = rho * sqrt((n-2) / ((rho+1)(1-rho))) with n - 2 degrees of freedom,
 * two-sided; n = 2 (no degrees of freedom) gives NaN as scipy does; |rho| = 1 gives 0.
 */
import { averageRanks } from './average-ranks.js';
import { hasCorrelation, NO_CORRELATION } from './correlation-input.js';
import { studentTwoSidedP } from './student-t.js';
import type { CorrelationResult } from './types.js';

let rx = new Float64Array(64);
let ry = new Float64Array(64);

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): CorrelationResult {
  if (!hasCorrelation(x, y)) return NO_CORRELATION;
  const n = x.length;
  if (rx.length < n) {
    rx = new Float64Array(Math.max(n, 2 * rx.length));
    ry = new Float64Array(rx.length);
  }
  averageRanks(x, rx);
  averageRanks(y, ry);

  const mean = (n + 1) / 2; // the mean of any average ranks, exactly
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const f = 1 / (n - 1);
  const rho = Math.max(-1, Math.min(1, (sxy * f) / Math.sqrt(syy * f) / Math.sqrt(sxx * f)));
  const dof = n - 2;
  const t = rho * Math.sqrt(Math.max(0, dof / ((rho + 1) * (1 - rho))));
  return { statistic: rho, pValue: studentTwoSidedP(t, dof) };
}
