/**
 * The worker's answers to the page's alternatives and lite-subset requests: the engine of
 * `benchbench alternatives` (core/similar.ts then core/alternatives.ts) and of `benchbench
 * subset` (core/subset-candidates.ts then core/greedy-subset.ts), over the worker's score
 * matrix and the aggregate in force, with the CLI's defaults where a request leaves one open.
 */
import { alternatives, type Alternative, type Resources } from '../../../core/alternatives.js';
import { greedySubset } from '../../../core/greedy-subset.js';
import { aggregateOf } from '../../../core/leaderboard.js';
import { similarScenarios } from '../../../core/similar.js';
import { defaultMinModels, severalUnits, subsetCandidates } from '../../../core/subset-candidates.js';
import type { ScoreMatrix } from '../../../core/types.js';
import type {
  AlternativesRequest,
  ScenarioResources,
  SubsetAnswer,
  SubsetRequest,
} from './engine-protocol.js';

/** The aggregate as a row over the matrix's models; NaN everywhere when it has no scenario (as the CLI's). */
function aggregateRow(matrix: ScoreMatrix, aggregate: AlternativesRequest['aggregate']) {
  const of = aggregateOf(matrix, aggregate);
  return { ...of, row: of.row ?? new Float64Array(matrix.models.length).fill(NaN) };
}

const resources = (all: Readonly<Record<string, ScenarioResources>>, scenario: string): Resources => {
  const r = all[scenario];
  return { ...(r?.access ? { access: r.access } : {}), ...(r?.cost ? { cost: r.cost } : {}) };
};

export function answerAlternatives(matrix: ScoreMatrix, request: AlternativesRequest): Alternative[] {
  const { row } = aggregateRow(matrix, request.aggregate);
  return alternatives(
    similarScenarios(matrix, request.method, request.scenario, row),
    request.minAgreement,
    resources(request.resources, request.scenario),
    (s) => resources(request.resources, s),
  );
}

export function answerSubset(
  matrix: ScoreMatrix,
  request: SubsetRequest,
  onStep: (done: number, total: number) => void,
): SubsetAnswer {
  const { present, row } = aggregateRow(matrix, request.aggregate);
  if (present.length < 2) throw new Error('the aggregate has fewer than 2 scenarios in the catalog');
  const aggregateModels = row.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0);
  const minModels = request.minModels ?? defaultMinModels(aggregateModels);
  const { candidates, units, unit } = subsetCandidates(
    matrix,
    request.candidates ?? matrix.scenarios,
    (s) => ({ group: request.resources[s]?.group ?? s, cost: request.resources[s]?.cost }),
  );
  if (units.length > 1 && request.maxCost !== null)
    throw new Error(
      `${severalUnits(units)}: a cost budget needs one; choose candidates whose cost is in one unit`,
    );
  const result = greedySubset({
    target: row,
    candidates,
    minAgreement: request.minAgreement,
    minModels,
    ...(request.maxCost !== null ? { maxCost: request.maxCost } : {}),
    samples: request.method.samples,
    seed: request.method.seed,
    onStep,
  });
  return { result, aggregateModels, minModels, candidates: candidates.length, unit, units };
}
