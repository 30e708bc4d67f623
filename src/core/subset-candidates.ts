/**
 * The candidates of `benchbench subset` and of the page's lite subset (greedy-subset.ts), with
 * their rows and costs, from a matrix and each scenario's results file and cost.
 *
 * Contract: `ids` are kept in their order, each once (the greedy selection sorts them itself);
 * every id must be a scenario of the matrix (RangeError otherwise). Costs add up in one unit
 * only: `units` lists the distinct units of the candidates' costs (sorted); with exactly one,
 * every candidate's cost is its value (null when it has none), and with several, every cost is
 * null (unknown) and `unit` is null: the caller says so, and refuses a cost budget.
 */
import { scenarioRow } from './score-matrix.js';
import type { SubsetCandidate } from './greedy-subset.js';
import type { Cost, ScoreMatrix } from './types.js';

/** A candidate's results file (candidates of one file share its cost) and that file's cost. */
export interface CandidateSource {
  readonly group: string;
  readonly cost?: Cost | undefined;
}

export interface SubsetCandidates {
  readonly candidates: SubsetCandidate[];
  readonly units: readonly string[];
  /** The one unit the costs add up in; null with none or several. */
  readonly unit: string | null;
}

export function subsetCandidates(
  matrix: ScoreMatrix,
  ids: readonly string[],
  sourceOf: (scenario: string) => CandidateSource,
): SubsetCandidates {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const sources = [...new Set(ids)].map((id) => {
    if (!index.has(id)) throw new RangeError(`scenario "${id}" is not in the catalog`);
    return { id, source: sourceOf(id) };
  });
  const units = [...new Set(sources.flatMap(({ source }) => source.cost?.unit ?? []))].sort();
  const unit = units.length === 1 ? units[0]! : null;
  const candidates = sources.map(({ id, source }) => ({
    id,
    row: scenarioRow(matrix, index.get(id)!),
    group: source.group,
    cost: unit !== null ? (source.cost?.value ?? null) : null,
  }));
  return { candidates, units, unit };
}

/** The default least number of models a set must rank: half of the aggregate's, rounded up, at least 2. */
export const defaultMinModels = (aggregateModels: number): number =>
  Math.max(2, Math.ceil(aggregateModels / 2));

/** What the caller says when the candidates' costs are in several units (`units` of two or more). */
export const severalUnits = (units: readonly string[]): string =>
  `the candidates' costs are in ${units.length} units (${units.join(', ')})`;
