/**
 * Agreement of every unordered pair of the given scenarios (the `agree --all-pairs` table,
 * `similar` and the page's heatmap). Each pair is computed once; agreement is symmetric.
 * With a `shard`, only that share of the pairs (shard.ts), in the same order; a pair's result
 * does not depend on which other pairs are computed, so the shards together are the whole.
 */
import { agreement, type Agreement, type Skipped } from './agreement.js';
import { scenarioRow } from './score-matrix.js';
import { inShard, pairNumber, type Shard } from './shard.js';
import type { Method, ScoreMatrix } from './types.js';

export interface PairResult {
  readonly a: string;
  readonly b: string;
  readonly result: Agreement | Skipped;
}

export function pairwiseAgreements(
  matrix: ScoreMatrix,
  method: Method,
  scenarios: readonly string[] = matrix.scenarios,
  ranking?: Float64Array,
  onProgress?: (done: number, total: number) => void,
  shard?: Shard,
): PairResult[] {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const ids = [...new Set(scenarios)].filter((s) => index.has(s)).sort();
  const total = (ids.length * (ids.length - 1)) / 2;
  const out: PairResult[] = [];
  let done = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = scenarioRow(matrix, index.get(ids[i]!)!);
    for (let j = i + 1; j < ids.length; j++) {
      if (!inShard(pairNumber(i, j, ids.length), shard)) continue;
      const y = scenarioRow(matrix, index.get(ids[j]!)!);
      const result = agreement({ x, y, ids: [ids[i]!, ids[j]!], method, ...(ranking ? { ranking } : {}) });
      out.push({ a: ids[i]!, b: ids[j]!, result });
    }
    done += ids.length - i - 1;
    onProgress?.(done, total);
  }
  return out;
}
