/**
 * Lower-is-better scenarios are turned into higher-is-better ones as BenchBench does
 * (METHOD.md section 1): min-max normalise to [0, 1], then 1 - x. A constant scenario
 * (max = min) normalises to 1 before the flip, so every model gets 0. NaN (missing)
 * stays NaN and is ignored when finding the min and max. Written into `out`, which may be
 * `scores` itself (each score is read before its place is written).
 */
export function flipLowerIsBetter(
  scores: ArrayLike<number>,
  out: Float64Array = new Float64Array(scores.length),
): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Scores spanning more than the largest double (e.g. -1e308 and 1e308) overflow max - min; halves do not.
  const wide = max - min === Infinity;
  const range = wide ? max / 2 - min / 2 : max - min;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    const normalised = range > 0 ? (wide ? v / 2 - min / 2 : v - min) / range : 1;
    out[i] = Number.isNaN(v) ? NaN : 1 - normalised;
  }
  return out;
}
