/**
 * A clustered order for the agreement heatmap: average-linkage agglomerative clustering on the
 * distance 1 − agreement, leaves read left to right, each merge flipping its two halves so that
 * the closest ends meet (so similar benchmarks sit side by side).
 *
 * Contract: pure and deterministic (ties go to the lower index pair, then the first
 * orientation). A missing agreement (null or NaN) counts as 0, i.e. distance 1. O(n³) time:
 * meant for a heatmap of up to a few hundred scenarios. Returns a permutation of 0..n−1.
 */
export function clusteredOrder(n: number, agreement: (i: number, j: number) => number | null): number[] {
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const leafDistance = (i: number, j: number): number => {
    const a = agreement(i, j);
    return a === null || !Number.isFinite(a) ? 1 : 1 - a;
  };
  const base = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) base[i * n + j] = base[j * n + i] = leafDistance(i, j);

  // Clusters live at the index of their first member; `alive` marks the ones not merged away.
  const d = Float64Array.from(base);
  const size = new Int32Array(n).fill(1);
  const leaves: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  for (let merges = 0; merges < n - 1; merges++) {
    let bi = -1;
    let bj = -1;
    let best = Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && d[i * n + j]! < best) [best, bi, bj] = [d[i * n + j]!, i, j];
      }
    }
    leaves[bi] = join(leaves[bi]!, leaves[bj]!, base, n);
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const v = (size[bi]! * d[k * n + bi]! + size[bj]! * d[k * n + bj]!) / (size[bi]! + size[bj]!);
      d[k * n + bi] = d[bi * n + k] = v;
    }
    size[bi] = size[bi]! + size[bj]!;
    alive[bj] = 0;
  }
  return leaves[alive.indexOf(1)]!;
}

/** Concatenates two leaf orders, reversing either so that the meeting leaves are closest. */
function join(a: number[], b: number[], base: Float64Array, n: number): number[] {
  const options: [number[], number[]][] = [
    [a, b],
    [a, [...b].reverse()],
    [[...a].reverse(), b],
    [[...a].reverse(), [...b].reverse()],
  ];
  let best = options[0]!;
  let bestD = Infinity;
  for (const option of options) {
    const dist = base[option[0][option[0].length - 1]! * n + option[1][0]!]!;
    if (dist < bestD) [best, bestD] = [option, dist];
  }
  return [...best[0], ...best[1]];
}
