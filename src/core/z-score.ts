/**
 * BenchBench score (METHOD.md section 4): Z of each agreement among all finite agreements,
 * (a - mean) / sample sd (ddof = 1). NaN in, NaN out; fewer than two finite values or no
 * spread give NaN for every entry (never an infinity).
 *
 * "No spread" includes a spread made only of rounding: agreements that are equal in exact
 * arithmetic may differ in their last bit (a mean of experiments summed in another order),
 * and dividing by such an sd would turn rounding into Z scores of about +-1. An sd within a
 * few ulps of the values' magnitude counts as zero.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** The mean and sd that Z divides by, or null when the values have no spread. */
export interface ZScale {
  readonly mean: number;
  readonly sd: number;
}

const ROUNDING_SPREAD = 16 * Number.EPSILON;

export function zScale(values: ArrayLike<number>): ZScale | null {
  const finite = Array.prototype.filter.call(values, Number.isFinite) as number[];
  if (finite.length < 2) return null;
  const sd = sampleStandardDeviation(finite);
  let magnitude = 0;
  for (const v of finite) magnitude = Math.max(magnitude, Math.abs(v));
  if (!(sd > ROUNDING_SPREAD * magnitude)) return null;
  return { mean: mean(finite), sd };
}

export function zScores(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const scale = zScale(values);
  if (!scale) return out;
  for (let i = 0; i < values.length; i++) out[i] = (values[i]! - scale.mean) / scale.sd;
  return out;
}
