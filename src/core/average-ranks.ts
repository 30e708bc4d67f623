/**
 * Ranks 1..n with ties given the mean of the ranks they span (scipy's `rankdata`, method
 * 'average'): [10, 20, 20, 30] ranks as [1, 2.5, 2.5, 4]. Values must not be NaN (the order
 * of NaN is undefined here; callers remove missing values first). Ranks go to `out` (a new
 * array when absent) and are returned.
 */
import { sortIndices } from './sort-indices.js';

let keys = new Float64Array(64);
let order = new Uint32Array(64);

export function averageRanks(values: ArrayLike<number>, out?: Float64Array): Float64Array {
  const n = values.length;
  const ranks = out ?? new Float64Array(n);
  if (ranks.length < n) throw new RangeError(`out holds ${ranks.length} values, fewer than ${n}`);
  if (keys.length < n) {
    keys = new Float64Array(Math.max(n, 2 * keys.length));
    order = new Uint32Array(keys.length);
  }
  for (let i = 0; i < n; i++) keys[i] = values[i]!;
  sortIndices(order, n, keys, keys);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && keys[order[end]!] === keys[order[start]!]) end++;
    // scipy: 0.5 * (count[dense] + count[dense - 1] + 1), the group spanning [start, end).
    const rank = 0.5 * (end + start + 1);
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}
