/**
 * Agreement of two scenarios (METHOD.md section 3): the mean correlation of their scores
 * over experiments on chosen shared models.
 *
 * Contract: NaN scores are missing. The pair is skipped when the models with scores in both
 * number fewer than max(k, minCommonModels). A constant vector in an experiment gives NaN,
 * which is left out of every mean (`experiments` counts the rest). Draws are keyed by
 * (seed, the two ids in sorted order, experiment), so agreement(a, b) = agreement(b, a) and a
 * pair's numbers never depend on which other scenarios exist.
 *
 * Beside the mean, `replicates` holds one value per replicate for intervals: the per-experiment
 * correlations when the strategy runs several experiments, otherwise `samples` bootstrap
 * resamples (with replacement) of the models of the single experiment.
 */
import { correlate } from './correlate.js';
import { percentile } from './percentile.js';
import { Random, hashKey, sampleScratch } from './random.js';
import { chooseModels, experimentCount, orderByRanking } from './sampling.js';
import type { Method } from './types.js';

export interface Agreement {
  readonly nCommon: number;
  /** Models per experiment actually used. */
  readonly modelsPerSample: number;
  /** Mean correlation over the experiments that counted; NaN when none did. */
  readonly correlation: number;
  readonly pValue: number;
  readonly experiments: number;
  readonly replicates: Float64Array;
  /** 5th and 95th percentiles of the finite replicates, or null when there are none. */
  readonly interval: readonly [number, number] | null;
}

export interface Skipped {
  readonly skipped: string;
  readonly nCommon: number;
}

export const isSkipped = (a: Agreement | Skipped): a is Skipped => 'skipped' in a;

export interface AgreementRequest {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly ids: readonly [string, string];
  readonly method: Method;
  /** Ranking used by the top/bottom/middle/adjacent strategies (the aggregate's scores). */
  readonly ranking?: Float64Array;
}

export function agreement({ x, y, ids, method, ranking }: AgreementRequest): Agreement | Skipped {
  const shared = sharedModels(x, y);
  const needed = Math.max(method.modelsPerSample, method.minCommonModels);
  if (shared.length < needed) {
    return {
      skipped: `${shared.length} shared models, fewer than the ${needed} required`,
      nCommon: shared.length,
    };
  }
  const k = method.modelsPerSample === 0 ? shared.length : Math.min(method.modelsPerSample, shared.length);
  const ordered = method.sampling === 'random' ? shared : orderByRanking(shared, ranking);
  const runs = experimentCount(method.sampling, k, shared.length, method.samples);
  const [lo, hi] = ids[0] < ids[1] ? ids : [ids[1], ids[0]];
  const pairKey = hashKey([method.seed, method.sampling, k, lo, hi]);

  const chosen = new Int32Array(k);
  const scratch = sampleScratch(shared.length);
  const xs = new Float64Array(k);
  const ys = new Float64Array(k);
  const perExperiment = new Float64Array(runs);
  let sumR = 0;
  let sumP = 0;
  let counted = 0;
  for (let e = 0; e < runs; e++) {
    chooseModels(method.sampling, ordered, k, new Random(hashKey([pairKey, e])), chosen, scratch, ranking);
    for (let i = 0; i < k; i++) {
      xs[i] = x[chosen[i]!]!;
      ys[i] = y[chosen[i]!]!;
    }
    const { statistic, pValue } = correlate(method.correlation, xs, ys);
    perExperiment[e] = statistic;
    if (Number.isNaN(statistic)) continue;
    sumR += statistic;
    sumP += pValue;
    counted++;
  }
  // The bootstrap sees the pair in id order, so that agreement(a, b) = agreement(b, a) exactly.
  const replicates =
    runs > 1
      ? perExperiment
      : ids[0] <= ids[1]
        ? bootstrap(xs, ys, method, pairKey)
        : bootstrap(ys, xs, method, pairKey);
  return {
    nCommon: shared.length,
    modelsPerSample: k,
    correlation: counted ? sumR / counted : NaN,
    pValue: counted ? sumP / counted : NaN,
    experiments: counted,
    replicates,
    interval: interval90(replicates),
  };
}

/** Indices of the models with a score in both vectors, in model order. */
export function sharedModels(x: Float64Array, y: Float64Array): Int32Array {
  if (sharedScratch.length < x.length) sharedScratch = new Int32Array(x.length);
  let n = 0;
  // NaN is the only value not equal to itself: two comparisons, no calls.
  for (let m = 0; m < x.length; m++) if (x[m] === x[m] && y[m] === y[m]) sharedScratch[n++] = m;
  return sharedScratch.slice(0, n);
}

let sharedScratch = new Int32Array(0);

/**
 * `method.samples` bootstrap resamples (with replacement) of paired scores, each giving one
 * `method.correlation` (NaN for a constant resample). The pairs are first put in value order,
 * so the draws depend on the scores and `key` only, never on model names or their order.
 */
export function bootstrap(
  xs: Float64Array,
  ys: Float64Array,
  method: Pick<Method, 'correlation' | 'samples'>,
  pairKey: number,
): Float64Array {
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => xs[a]! - xs[b]! || ys[a]! - ys[b]!);
  const sx = Float64Array.from(order, (i) => xs[i]!);
  const sy = Float64Array.from(order, (i) => ys[i]!);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const out = new Float64Array(method.samples);
  for (let r = 0; r < method.samples; r++) {
    const rng = new Random(hashKey([pairKey, 'bootstrap', r]));
    for (let i = 0; i < n; i++) {
      const j = rng.nextInt(n);
      bx[i] = sx[j]!;
      by[i] = sy[j]!;
    }
    out[r] = correlate(method.correlation, bx, by).statistic;
  }
  return out;
}

/** The 5th to 95th percentile of the finite values (numpy's linear interpolation). */
export function interval90(values: ArrayLike<number>): [number, number] | null {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite[n++] = values[i]!;
  return interval90Sorted(finite.subarray(0, n).sort());
}

function interval90Sorted(finite: Float64Array): [number, number] | null {
  if (finite.length === 0) return null;
  return [percentile(finite, 5), percentile(finite, 95)];
}
