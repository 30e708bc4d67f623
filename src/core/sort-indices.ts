/**
 * Sorts the indices 0..n-1 into `order` so that (primary, secondary) ascends lexicographically:
 * a merge sort (insertion sort on runs of 16, then bottom-up merges), O(n log n) and stable.
 * The keys must not hold NaN (the callers reject it first). Scratch space is kept between
 * calls, so small inputs allocate nothing; the function is not reentrant (it never needs to be).
 */
const RUN = 16;
let scratch = new Uint32Array(64);

export function sortIndices(
  order: Uint32Array,
  n: number,
  primary: Float64Array,
  secondary: Float64Array,
): void {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, 2 * scratch.length));
  for (let i = 0; i < n; i++) order[i] = i;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = order[i]!;
      const pv = primary[v]!;
      const sv = secondary[v]!;
      let j = i - 1;
      while (j >= lo) {
        const w = order[j]!;
        const pw = primary[w]!;
        if (pw < pv || (pw === pv && secondary[w]! <= sv)) break;
        order[j + 1] = w;
        j--;
      }
      order[j + 1] = v;
    }
  }
  let src: Uint32Array = order;
  let dst: Uint32Array = scratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = src[i]!;
        const b = src[j]!;
        const pa = primary[a]!;
        const pb = primary[b]!;
        // Take from the right only when strictly smaller: stability.
        if (pb < pa || (pb === pa && secondary[b]! < secondary[a]!)) {
          dst[k++] = b;
          j++;
        } else {
          dst[k++] = a;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== order) for (let i = 0; i < n; i++) order[i] = src[i]!;
}
