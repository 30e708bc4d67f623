/**
 * How well a set of scenarios stands in for the aggregate (`benchbench subset`, METHOD.md
 * "Subset"): Kendall's tau-b between the configured aggregate and the set's own mean-win-rate
 * aggregate, over the models both rank, and a bootstrap interval for it.
 *
 * Contract: NaN = not ranked. The set's aggregate keeps the models with scores in at least
 * max(1, floor(|set| / 3)) of its scenarios (BenchBench's default rule, `aggregate`'s default)
 * and ties count as losses (mean-win-rate.ts). Tau-b handles ties in either ranking; fewer than
 * 2 shared models or a constant ranking give NaN. An empty set ranks no model (NaN, 0 models).
 */
import { bootstrap, interval90, sharedModels } from './agreement.js';
import { kendallTauB } from './kendall-tau-b.js';
import { defaultMinScenarios, meanWinRate } from './mean-win-rate.js';
import { hashKey } from './random.js';

export interface SetTau {
  /** Tau-b over the shared models; NaN when undefined. */
  readonly tau: number;
  /** Models ranked by both the target and the set's aggregate. */
  readonly nModels: number;
}

/** The mean-win-rate aggregate of a set of scenario rows, with the default minimum of scenarios per model. */
export function setAggregate(rows: readonly Float64Array[]): Float64Array | null {
  return rows.length ? meanWinRate(rows, defaultMinScenarios(rows.length)) : null;
}

/** The shared models' scores of the target and of a set's aggregate, in model order. */
function paired(target: Float64Array, aggregate: Float64Array): [Float64Array, Float64Array] {
  const shared = sharedModels(target, aggregate);
  return [Float64Array.from(shared, (m) => target[m]!), Float64Array.from(shared, (m) => aggregate[m]!)];
}

export function setTau(target: Float64Array, rows: readonly Float64Array[]): SetTau {
  const aggregate = setAggregate(rows);
  if (!aggregate) return { tau: NaN, nModels: 0 };
  const [x, y] = paired(target, aggregate);
  return { tau: kendallTauB(x, y).statistic, nModels: x.length };
}

/**
 * The 5th to 95th percentile of tau-b over `samples` bootstrap resamples of the shared models
 * (the set's aggregate is computed once, on all its data; the models are resampled). Seeded
 * by `seed` alone: the same inputs give the same interval. Null when no resample has a tau.
 */
export function setTauInterval(
  target: Float64Array,
  rows: readonly Float64Array[],
  samples: number,
  seed: number,
): [number, number] | null {
  const aggregate = setAggregate(rows);
  if (!aggregate) return null;
  const [x, y] = paired(target, aggregate);
  if (x.length < 2) return null;
  return interval90(bootstrap(x, y, { correlation: 'kendall', samples }, hashKey([seed, 'subset'])));
}
