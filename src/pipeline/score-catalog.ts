/**
 * From a loaded catalog to its leaderboard: the one place where catalog data meets the
 * engine, shared by the CLI, the action and the site.
 */
import { Deadline } from '../catalog/deadline.js';
import type { Benchmark, Catalog, LeaderboardConfig, Scenario } from '../catalog/types.js';
import { computeLeaderboard, type BoardSpec, type Leaderboard } from '../core/leaderboard.js';
import type { AgreementReuse } from '../core/agreement-reuse.js';
import { buildScoreMatrix, matrixCells, type ScenarioColumn } from '../core/score-matrix.js';
import type { ScoreMatrix } from '../core/types.js';

export interface ScenarioInfo {
  readonly scenario: Scenario;
  readonly benchmark: Benchmark;
}

export interface CatalogScores {
  readonly catalog: Catalog;
  readonly matrix: ScoreMatrix;
  readonly leaderboard: Leaderboard;
  /** Scenario id -> its scenario and benchmark. */
  readonly info: ReadonlyMap<string, ScenarioInfo>;
}

/** Every scenario of the catalog, by id. A scenario id used twice keeps its first file (an error was reported). */
export function scenarioIndex(catalog: Catalog): Map<string, ScenarioInfo> {
  const info = new Map<string, ScenarioInfo>();
  for (const benchmark of catalog.benchmarks) {
    for (const scenario of benchmark.scenarios) {
      if (!info.has(scenario.id)) info.set(scenario.id, { scenario, benchmark });
    }
  }
  return info;
}

/** The scenarios a configured leaderboard shows. */
export function boardScenarios(board: LeaderboardConfig, info: ReadonlyMap<string, ScenarioInfo>): string[] {
  const out: string[] = [];
  for (const [id, { benchmark }] of info) {
    if (board.categories && !board.categories.includes(benchmark.metadata.category ?? '')) continue;
    if (board.scenarios && !board.scenarios.includes(id)) continue;
    out.push(id);
  }
  return out.sort();
}

/**
 * The catalog's scores as a matrix (lower-is-better scenarios flipped), models and scenarios by
 * id; written over `storage` when it is large enough, moving the rows of `previous`, the matrix
 * it holds, that are the same (buildScoreMatrix).
 */
export function catalogMatrix(
  info: ReadonlyMap<string, ScenarioInfo>,
  storage?: Float64Array,
  previous?: ScoreMatrix,
): ScoreMatrix {
  return buildScoreMatrix(columnsOf(info), storage, previous);
}

/** Cells enough for the catalog's matrix, to size a storage for it (matrixCells). */
export function catalogMatrixCells(catalog: Catalog): number {
  return matrixCells(columnsOf(scenarioIndex(catalog)));
}

function columnsOf(info: ReadonlyMap<string, ScenarioInfo>): ScenarioColumn[] {
  return [...info.values()].map(({ scenario }) => ({
    id: scenario.id,
    direction: scenario.direction,
    scores: scenario.scores,
  }));
}

/**
 * Scores within the catalog's time budget (`limits.max_seconds`, or the Deadline given); past it,
 * throws TimeLimitError.
 * `onProgress` hears of each scenario scored (for a progress line). `reuse` carries agreements
 * from one catalog to the next (a pull request's base to its head): exact (agreement-reuse.ts).
 * `storage`: memory the matrix may be written over (catalogMatrix), given up by its owner;
 * `previous` the matrix it holds, whose rows the new one may take over.
 */
export function scoreCatalog(
  catalog: Catalog,
  clock?: (() => number) | Deadline,
  onProgress?: (done: number, total: number) => void,
  reuse?: AgreementReuse,
  storage?: Float64Array,
  previous?: ScoreMatrix,
): CatalogScores {
  // A Deadline given is the run's, shared with reading (a pull request's report: one budget).
  const deadline = clock instanceof Deadline ? clock : new Deadline(catalog.config.limits.maxSeconds, clock);
  let done = 0;
  const info = scenarioIndex(catalog);
  const matrix = catalogMatrix(info, storage, previous);
  const boards: BoardSpec[] = catalog.config.leaderboards.map((b) => ({
    id: b.id,
    title: b.title,
    scenarios: boardScenarios(b, info),
  }));
  // The engine scores each scenario once, however many boards show it.
  const total = new Set(boards.flatMap((b) => b.scenarios)).size;
  const leaderboard = computeLeaderboard({
    matrix,
    aggregate: catalog.config.aggregate,
    method: catalog.config.method,
    boards,
    checkpoint: (scenario) => {
      deadline.check(`scenario ${scenario}`);
      onProgress?.(done++, total);
    },
    ...(reuse && { reuse }),
  });
  return { catalog, matrix, leaderboard, info };
}

/** The aggregate's scores as a row over the matrix's models (NaN where a model is not in it). */
export function aggregateRow({ matrix, leaderboard }: CatalogScores): Float64Array {
  const index = new Map(matrix.models.map((m, i) => [m, i]));
  const row = new Float64Array(matrix.models.length).fill(NaN);
  for (const [m, v] of leaderboard.aggregate.scores) row[index.get(m)!] = v;
  return row;
}

/** A scenario's display name and the id of its benchmark (the id itself and '' when unknown). */
export function scenarioLabel(scores: CatalogScores, scenario: string): { name: string; benchmark: string } {
  const info = scores.info.get(scenario);
  return { name: info?.scenario.name ?? scenario, benchmark: info?.benchmark.id ?? '' };
}
