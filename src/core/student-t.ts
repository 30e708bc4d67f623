/**
 * Two-sided p-values of a correlation coefficient, through the regularised incomplete beta
 * function I_x(a, b) of @stdlib (a port of Boost's ibeta).
 */
import betainc from '@stdlib/math-base-special-betainc';

/**
 * pearsonr's p-value (scipy 1.10.1): under independence r follows a Beta(n/2 - 1, n/2 - 1)
 * law on [-1, 1], so p = 2 * I_{(1 - |r|)/2}(n/2 - 1, n/2 - 1), the same as Student's t
 * with n - 2 degrees of freedom. Defined for n >= 3; NaN for n < 3 or NaN r; |r| = 1 gives 0.
 * Clipped to [0, 1] (rounding can put 2 * I_{1/2}(a, a) a hair above 1; scipy does not clip).
 */
export function pearsonPValue(r: number, n: number): number {
  if (!(n >= 3) || Number.isNaN(r)) return NaN;
  const ab = n / 2 - 1;
  return Math.min(1, 2 * betainc(0.5 * (1 - Math.abs(r)), ab, ab));
}

/**
 * The two-sided p-value of Student's t with `df` degrees of freedom: 2 * stdtr(df, -|t|),
 * which is I_x(df/2, 1/2) with x = df / (df + t^2). The smaller of x and 1 - x goes to the
 * beta function, each computed directly, so that neither tail loses digits to 1 - x.
 * df <= 0 or NaN input gives NaN (scipy's stdtr does too); |t| = Infinity gives 0.
 */
export function studentTwoSidedP(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN;
  const tt = t * t;
  if (tt === Infinity) return 0;
  const x = df / (df + tt);
  if (x <= 0.5) return Math.min(1, betainc(x, df / 2, 0.5));
  return Math.min(1, betainc(tt / (df + tt), 0.5, df / 2, true, true));
}
