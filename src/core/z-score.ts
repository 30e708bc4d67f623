/**
 * BenchBench score (METHOD.md section 4): Z of each agreement among all finite agreements,
 * (a - mean) / sample sd (ddof = 1). NaN in, NaN out; fewer than two finite values or a zero
 * sd give NaN for every entry (never an infinity).
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

export function zScores(values: ArrayLike<number>): Float64Array {
  const finite = Array.prototype.filter.call(values, Number.isFinite) as number[];
  const out = new Float64Array(values.length).fill(NaN);
  if (finite.length < 2) return out;
  const mu = mean(finite);
  const sd = sampleStandardDeviation(finite);
  if (!(sd > 0)) return out;
  for (let i = 0; i < values.length; i++) out[i] = (values[i]! - mu) / sd;
  return out;
}
