/**
 * The inputs every correlation refuses alike: vectors of different lengths (a RangeError, a
 * caller's bug), and fewer than two pairs, a NaN anywhere or a constant vector (no correlation:
 * the caller returns NaN, NaN).
 */
export function hasCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`x and y differ in length (${n} and ${y.length})`);
  if (n < 2) return false;
  const x0 = x[0]!;
  const y0 = y[0]!;
  let xConstant = true;
  let yConstant = true;
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
    if (a !== x0) xConstant = false;
    if (b !== y0) yConstant = false;
  }
  return !xConstant && !yConstant;
}

export const NO_CORRELATION = { statistic: NaN, pValue: NaN } as const;
