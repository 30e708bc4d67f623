/**
 * A reader's own results file, scored against a catalog (the page's "Score your own benchmark",
 * run in its worker): parsed by the catalog's own parser (issues with file, line, column and
 * hint), its model names matched through models.yaml's aliases and the catalog's naming rules
 * (the unmatched listed with the closest catalog models), then scored and ranked among the
 * board's benchmarks by the same engine, with its closest benchmarks, saturation and the rows
 * to check (plausibility).
 *
 * Contract: pure and deterministic. Uploaded scenarios join the matrix under their ids as
 * written, so their numbers are those `benchbench score` gives for the same file (the sampling's
 * draws depend on the pair's ids); they are ranked with the board's scenarios (so the others' Z
 * moves a little, as it would if the file were in the catalog). A scenario whose id is already
 * the catalog's (ignoring case, as the catalog compares ids) is not scored: a
 * `duplicate-scenario` error says so, as the catalog would. A model written twice under names that resolve to one model keeps
 * its first score (a `duplicate-model` error says so, as in the catalog). Unmatched models take no part in the score.
 */
import type { Issue } from '../model/issue.js';
import { modelSuggester, resolveModel } from '../catalog/model-names.js';
import { parseResultsCsv } from '../catalog/parse-csv.js';
import type { Limits, ModelNaming, ModelRegistry } from '../catalog/types.js';
import { flipLowerIsBetter } from '../core/direction.js';
import { computeLeaderboard, type BoardSpec, type ScenarioResult } from '../core/leaderboard.js';
import { plausibility, type PlausibilityThresholds } from '../core/plausibility.js';
import { saturation, type Saturation, type SaturationThresholds } from '../core/saturation.js';
import { withScenario } from '../core/score-matrix.js';
import { similarScenarios, type SimilarScenario } from '../core/similar.js';
import type { Direction, Method, ScoreMatrix } from '../core/types.js';

export interface UploadInput {
  readonly file: string;
  readonly text: string;
  readonly direction: Direction;
  readonly matrix: ScoreMatrix;
  readonly registry: Pick<ModelRegistry, 'aliases'>;
  readonly naming: ModelNaming;
  readonly limits: Limits;
  readonly method: Method;
  readonly aggregate: { readonly scenarios: readonly string[]; readonly minScenariosPerModel: number };
  readonly board: BoardSpec;
  readonly thresholds: {
    readonly saturation: SaturationThresholds;
    readonly plausibility: PlausibilityThresholds;
  };
  /** Closest benchmarks listed per scenario. */
  readonly closest: number;
}

export interface UnmatchedName {
  readonly name: string;
  readonly line: number;
  readonly suggestions: readonly string[];
}

export interface RowToCheck {
  readonly model: string;
  readonly name: string;
  readonly line: number;
  readonly rank: number;
  readonly aggregateRank: number;
}

export interface UploadedScenario {
  /** As written in the file. */
  readonly id: string;
  readonly models: number;
  readonly matched: number;
  readonly unmatched: readonly UnmatchedName[];
  /** Its row among the board's benchmarks (rank, Z, agreement and intervals). */
  readonly result: ScenarioResult;
  /** Scored benchmarks on the board, this one included. */
  readonly ranked: number;
  readonly closest: readonly SimilarScenario[];
  readonly saturation: Saturation;
  readonly shared: number;
  readonly rowsToCheck: readonly RowToCheck[];
}

export interface UploadResult {
  readonly format: 'wide' | 'long' | null;
  readonly issues: readonly Issue[];
  readonly scenarios: readonly UploadedScenario[];
}

/**
 * The scenarios whose ids are not the catalog's (ignoring case, as the catalog compares ids);
 * each of the others gets a `duplicate-scenario` error and is not scored.
 */
function newScenarios<S extends { id: string; line: number; column: number }>(
  scenarios: readonly S[],
  matrix: ScoreMatrix,
  file: string,
  issues: Issue[],
): S[] {
  const taken = new Map(matrix.scenarios.map((id) => [id.toLowerCase(), id]));
  return scenarios.filter((sc) => {
    const owner = taken.get(sc.id.toLowerCase());
    if (owner === undefined) return true;
    issues.push({
      severity: 'error',
      code: 'duplicate-scenario',
      file,
      line: sc.line,
      column: sc.column,
      message: `The scenario id \`${sc.id}\` is already the catalog's${owner === sc.id ? '' : ` \`${owner}\``}, so it is not scored.`,
      hint: 'Scenario ids are unique across the catalog, ignoring case: rename the column (or the scenario) to score it here.',
    });
    return false;
  });
}

export function scoreUpload(input: UploadInput): UploadResult {
  const parsed = parseResultsCsv(input.file, input.text, input.limits);
  const issues: Issue[] = [...parsed.issues];
  const { matrix } = input;
  const index = new Map(matrix.models.map((m, i) => [m, i]));
  const suggest = modelSuggester(matrix.models);
  const fresh = newScenarios(parsed.scenarios, matrix, input.file, issues);
  const prepared = fresh.map((sc) => {
    const row = new Float64Array(matrix.models.length).fill(NaN);
    const raw: number[] = [];
    const unmatched: UnmatchedName[] = [];
    const lineOf = new Map<string, { name: string; line: number }>();
    for (const cell of sc.cells) {
      const id = resolveModel(input.registry as ModelRegistry, cell.model, input.naming);
      const m = index.get(id);
      raw.push(cell.value);
      if (m === undefined) {
        unmatched.push({ name: cell.model, line: cell.line, suggestions: suggest(cell.model, 3) });
      } else if (lineOf.has(id)) {
        issues.push({
          severity: 'error',
          code: 'duplicate-model',
          file: input.file,
          line: cell.line,
          column: cell.column,
          message: `"${cell.model}" is the catalog's model "${id}", already scored on line ${lineOf.get(id)!.line}.`,
          hint: 'Keep one row per model; the first score is used.',
        });
      } else {
        row[m] = cell.value;
        lineOf.set(id, { name: cell.model, line: cell.line });
      }
    }
    return { sc, row: input.direction === 'lower' ? flipLowerIsBetter(row) : row, raw, unmatched, lineOf };
  });
  if (!prepared.length) return { format: parsed.format ?? null, issues, scenarios: [] };

  let scored = matrix;
  for (const p of prepared) scored = withScenario(scored, p.sc.id, p.row);
  const uploadIds = prepared.map((p) => p.sc.id);
  const lb = computeLeaderboard({
    matrix: scored,
    aggregate: input.aggregate,
    method: input.method,
    boards: [{ ...input.board, scenarios: [...input.board.scenarios, ...uploadIds] }],
  });
  const rows = lb.boards[0]!.rows;
  const aggregate = new Float64Array(scored.models.length).fill(NaN);
  for (const [m, v] of lb.aggregate.scores) aggregate[index.get(m)!] = v;
  // Closest among the catalog's scenarios only (not the other uploaded ones).
  const catalogOnly = (id: string): boolean => !uploadIds.includes(id);

  const scenarios = prepared.map((p, k): UploadedScenario => {
    const id = uploadIds[k]!;
    const check = plausibility(p.row, aggregate, scored.models, input.thresholds.plausibility);
    return {
      id: p.sc.id,
      models: p.raw.length,
      matched: p.lineOf.size,
      unmatched: p.unmatched,
      result: rows.find((r) => r.scenario === id)!,
      ranked: rows.filter((r) => r.rank !== null).length,
      closest: similarScenarios(scored, input.method, id, aggregate)
        .filter((s) => catalogOnly(s.scenario) && s.agreement !== null)
        .slice(0, input.closest),
      saturation: saturation(Float64Array.from(p.raw), input.direction, input.thresholds.saturation),
      shared: check.shared,
      rowsToCheck: check.flagged.map((g) => ({
        model: g.model,
        name: p.lineOf.get(g.model)?.name ?? g.model,
        line: p.lineOf.get(g.model)?.line ?? 0,
        rank: g.rank,
        aggregateRank: g.aggregateRank,
      })),
    };
  });
  return { format: parsed.format ?? null, issues, scenarios };
}
