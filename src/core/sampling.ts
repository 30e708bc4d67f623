/**
 * Which models an experiment correlates over (METHOD.md section 3, step 2).
 *
 * - `random`: k models drawn uniformly without replacement, a new draw per experiment.
 * - `top` / `bottom` / `middle`: the k best, worst or middle models by the ranking (the
 *   aggregate's score, higher first; models without a ranking score come last, then by model
 *   order). One experiment: the choice is fixed.
 * - `adjacent`: k consecutive models in that ranking from a random start, per experiment.
 * k >= number of shared models (including k = 0, "all") means every shared model, once.
 */
import type { Random } from './random.js';
import type { Sampling } from './types.js';

/** How many experiments a strategy runs (deterministic choices need one). */
export function experimentCount(sampling: Sampling, k: number, nShared: number, samples: number): number {
  if (k === 0 || k >= nShared) return 1;
  return sampling === 'random' || sampling === 'adjacent' ? samples : 1;
}

/** Orders shared model indices by ranking, best first; NaN last; ties by model index. */
export function orderByRanking(shared: Int32Array, ranking: Float64Array | undefined): Int32Array {
  if (!ranking) return shared;
  return Int32Array.from(shared).sort((a, b) => {
    const ra = ranking[a]!;
    const rb = ranking[b]!;
    const na = Number.isNaN(ra);
    const nb = Number.isNaN(rb);
    if (na !== nb) return na ? 1 : -1;
    if (!na && ra !== rb) return rb - ra;
    return a - b;
  });
}

/**
 * Fills `out` with the k model indices of one experiment. `shared` must already be in
 * ranking order for the ranked strategies; `scratch` holds the identity 0..shared.length-1
 * (see `identity` in random.ts) and is left that way.
 */
export function chooseModels(
  sampling: Sampling,
  shared: Int32Array,
  k: number,
  rng: Random,
  out: Int32Array,
  scratch: Int32Array,
): void {
  const n = shared.length;
  if (k === 0 || k >= n) {
    out.set(shared);
    return;
  }
  let start = 0;
  switch (sampling) {
    case 'random':
      rng.sample(n, k, out, scratch);
      for (let i = 0; i < k; i++) out[i] = shared[out[i]!]!;
      return;
    case 'top':
      start = 0;
      break;
    case 'bottom':
      start = n - k;
      break;
    case 'middle':
      start = Math.floor((n - k) / 2);
      break;
    case 'adjacent':
      start = rng.nextInt(n - k + 1);
      break;
  }
  for (let i = 0; i < k; i++) out[i] = shared[start + i]!;
}
