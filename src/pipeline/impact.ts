/**
 * The impact labels of a PR report (input `labels`): one of each group.
 * - `benchbench: valid` when the changed files have no error, else `benchbench: invalid`;
 * - `benchbench: ranks change` when a benchmark present before and after changes its order
 *   relative to another or its agreement beyond rounding (a listed change of the rank diff),
 *   else `benchbench: no rank change`: the mechanical shift of an insertion or removal is not a
 *   rank change.
 */
import type { PrReport } from '../model/pr-report-schema.js';

export interface ImpactLabel {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

export const VALIDITY_LABELS: readonly ImpactLabel[] = [
  {
    name: 'benchbench: valid',
    color: '2da44e',
    description: 'BenchBench: the changed results files have no error',
  },
  {
    name: 'benchbench: invalid',
    color: 'cf222e',
    description: 'BenchBench: a changed results file has an error',
  },
];

export const RANK_LABELS: readonly ImpactLabel[] = [
  {
    name: 'benchbench: no rank change',
    color: 'c5def5',
    description: 'BenchBench: no other benchmark changes order or agreement',
  },
  {
    name: 'benchbench: ranks change',
    color: 'fbca04',
    description: 'BenchBench: other benchmarks change order or agreement',
  },
];

export function impactLabels(r: PrReport): [string, string] {
  const ranks = r.changes.some((c) => c.status === 'changed' && c.listed);
  return [VALIDITY_LABELS[r.valid ? 0 : 1]!.name, RANK_LABELS[ranks ? 1 : 0]!.name];
}
