/**
 * The q-th percentile (q in [0, 100]) of values sorted ascending, as numpy's default
 * `np.percentile(values, q)` (method 'linear'): the virtual index h = (n - 1) * (q / 100)
 * between neighbours lo = floor(h) and hi = min(lo + 1, n - 1), interpolated with numpy's
 * `_lerp` (a + (b - a) * g, or b - (b - a) * (1 - g) when g >= 0.5, g = h - lo).
 * Empty input gives NaN; q outside [0, 100] throws RangeError. The values must already be
 * sorted and free of NaN (not checked).
 */
export function percentile(sortedValues: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 100)) throw new RangeError(`percentile q (${q}) must be in [0, 100]`);
  const n = sortedValues.length;
  if (n === 0) return NaN;
  const h = (n - 1) * (q / 100);
  const lo = Math.floor(h);
  if (lo >= n - 1) return sortedValues[n - 1]!;
  const a = sortedValues[lo]!;
  const b = sortedValues[lo + 1]!;
  const g = h - lo;
  const diff = b - a;
  return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
}
