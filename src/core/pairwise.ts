/**
 * Agreement of every unordered pair of the given scenarios (the `agree --all-pairs` table,
 * `similar` and the page's heatmap). Each pair is computed once; agreement is symmetric.
 */
import { agreement, type Agreement, type Skipped } from './agreement.js';
import { scenarioRow } from './score-matrix.js';
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
): PairResult[] {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const ids = [...new Set(scenarios)].filter((s) => index.has(s)).sort();
  const total = (ids.length * (ids.length - 1)) / 2;
  const out: PairResult[] = [];
  for (let i = 0; i < ids.length; i++) {
    const x = scenarioRow(matrix, index.get(ids[i]!)!);
    for (let j = i + 1; j < ids.length; j++) {
      const y = scenarioRow(matrix, index.get(ids[j]!)!);
      const result = agreement({ x, y, ids: [ids[i]!, ids[j]!], method, ...(ranking ? { ranking } : {}) });
      out.push({ a: ids[i]!, b: ids[j]!, result });
    }
    onProgress?.(out.length, total);
  }
  return out;
}
