/**
 * Agreement testing on any table (the `agree` command): every scenario against one reference
 * scenario, with Z scores and ranks among the scenarios that have an agreement; optionally
 * every pair as well. The reference's own scores rank models for the ranked strategies.
 */
import { isSkipped } from './agreement.js';
import { scoreAgainst, type ScenarioResult } from './leaderboard.js';
import { pairwiseAgreements, type PairResult } from './pairwise.js';
import { scenarioRow } from './score-matrix.js';
import type { Shard } from './shard.js';
import type { Method, ScoreMatrix } from './types.js';

export interface AgreeResult {
  readonly reference: string;
  readonly scores: readonly ScenarioResult[];
  readonly pairs: readonly PairResult[];
}

export function agreeWithReference(
  matrix: ScoreMatrix,
  reference: string,
  method: Method,
  options: { allPairs?: boolean; onProgress?: (done: number, total: number) => void; shard?: Shard } = {},
): AgreeResult {
  const r = matrix.scenarios.indexOf(reference);
  if (r < 0) throw new RangeError(`reference scenario "${reference}" is not in the table`);
  const row = scenarioRow(matrix, r);
  const others = matrix.scenarios.filter((s) => s !== reference);
  const [board] = scoreAgainst(matrix, { id: reference, row }, method, [
    { id: 'agree', title: 'agree', scenarios: others },
  ]);
  const pairs = options.allPairs
    ? pairwiseAgreements(matrix, method, matrix.scenarios, row, options.onProgress, options.shard)
    : [];
  return { reference, scores: board!.rows, pairs: pairs.filter((p) => !isSkipped(p.result)) };
}
