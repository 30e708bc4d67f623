/**
 * Which models an experiment correlates over (METHOD.md section 3, step 2).
 *
 * - `random`: k models drawn uniformly without replacement, a new draw per experiment.
 * - `top` / `bottom` / `middle`: a window of k positions of the ranking (the aggregate's score,
 *   higher first; models without a ranking score come last). `top` is positions [0, k),
 *   `bottom` [n - k, n), `middle` BenchBench's [floor(n/2) - floor(k/2), that + k). One
 *   experiment: the choice is fixed.
 * - `adjacent`: a window of k consecutive positions from a random start, per experiment.
 * k >= number of shared models (including k = 0, "all") means every shared model, once.
 *
 * Ties (docs/method.md, "Windows and ties"): a window is a set of positions; a group of models
 * with equal ranking scores (or all without one) that a window edge cuts fills the positions it
 * has inside the window with its members of smallest model index (ascending model id), at either
 * edge. That is BenchBench's `nlargest` / `nsmallest(keep="first")` on its id-ordered table, and
 * it never depends on file or row order.
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
 * The first ranking position of a window of k among n (0 < k < n) for the ranked strategies.
 * `middle` is n//2 - k//2, BenchBench's `iloc` start: for n even and k odd it is one position
 * later than floor((n - k) / 2).
 */
export function windowStart(
  sampling: Exclude<Sampling, 'random'>,
  n: number,
  k: number,
  rng: Random,
): number {
  switch (sampling) {
    case 'top':
      return 0;
    case 'bottom':
      return n - k;
    case 'middle':
      return Math.floor(n / 2) - Math.floor(k / 2);
    case 'adjacent':
      return rng.nextInt(n - k + 1);
  }
}

/**
 * Fills `out` with the models of positions [start, start + k) of `ordered` (from
 * `orderByRanking`), except that the tie group cut by the window's first edge gives its
 * smallest-index members; the group cut by the last edge already does, as ties come in index
 * order. Without a ranking no two models tie.
 */
export function takeWindow(
  ordered: Int32Array,
  ranking: Float64Array | undefined,
  start: number,
  k: number,
  out: Int32Array,
): void {
  const end = start + k;
  const tied = (i: number, j: number): boolean => {
    if (!ranking) return false;
    const a = ranking[ordered[i]!]!;
    const b = ranking[ordered[j]!]!;
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
  };
  let groupStart = start;
  while (groupStart > 0 && tied(groupStart - 1, start)) groupStart--;
  let groupEnd = start;
  while (groupEnd < end && tied(groupEnd, start)) groupEnd++;
  // The group has groupEnd - start (at least 1) positions in the window: its first members fill them.
  let o = 0;
  for (let i = groupStart; i < groupStart + (groupEnd - start); i++) out[o++] = ordered[i]!;
  for (let i = groupEnd; i < end; i++) out[o++] = ordered[i]!;
}

/**
 * Fills `out` with the k model indices of one experiment. `shared` must already be in
 * ranking order (`orderByRanking`) for the ranked strategies; `scratch` holds the identity
 * 0..shared.length-1 (see `identity` in random.ts) and is left that way.
 */
export function chooseModels(
  sampling: Sampling,
  shared: Int32Array,
  k: number,
  rng: Random,
  out: Int32Array,
  scratch: Int32Array,
  ranking?: Float64Array,
): void {
  const n = shared.length;
  if (k === 0 || k >= n) {
    out.set(shared);
    return;
  }
  if (sampling === 'random') {
    rng.sample(n, k, out, scratch);
    for (let i = 0; i < k; i++) out[i] = shared[out[i]!]!;
    return;
  }
  takeWindow(shared, ranking, windowStart(sampling, n, k, rng), k, out);
}
