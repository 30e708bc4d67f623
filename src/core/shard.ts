/**
 * A deterministic share of the unordered pairs of n items, for splitting the work that grows
 * with the square of a catalog (`agree --all-pairs`) across machines.
 *
 * Contract: the pairs (i, j), i < j, of items 0..n-1 are numbered in row order
 * (`pairNumber`: (0,1) is 0, (0,2) is 1, ..., (n-2,n-1) is n(n-1)/2 - 1). Shard `index` of
 * `count` (1-based) holds the pairs whose number k has k mod count = index - 1: round robin, so
 * the shards differ in size by at most one pair and share the long and the short rows alike.
 * The shards of one count are disjoint and together hold every pair exactly once; a shard may be
 * empty (count above the number of pairs). No randomness: the same n and shard give the same pairs.
 */

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** The number of pair (i, j), i < j, of n items, in row order. */
export const pairNumber = (i: number, j: number, n: number): number =>
  (i * (2 * n - i - 1)) / 2 + (j - i - 1);

/** Whether pair number k belongs to the shard (every pair when there is no shard). */
export const inShard = (k: number, shard?: Shard): boolean => !shard || k % shard.count === shard.index - 1;

/** A shard as written on the command line, `I/N` with 1 <= I <= N; null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^([1-9]\d{0,6})\/([1-9]\d{0,6})$/.exec(text.trim());
  if (!m) return null;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index <= count ? { index, count } : null;
}
