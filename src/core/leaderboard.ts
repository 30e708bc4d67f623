/**
 * The leaderboard (METHOD.md sections 2-4): the aggregate, every scenario's agreement with
 * it, and per board the Z score, rank and their intervals.
 *
 * Intervals of Z and rank follow from the agreement's interval (the 5th to 95th percentile of
 * its replicates: experiments, or bootstrap resamples of the models of a single experiment):
 * its ends go through the same Z transform as the mean (the board's mean and sd), and are
 * ranked among the other scenarios' scores. So Z lies in its interval exactly when the
 * agreement lies in its own, and a scenario's interval never depends on others' sampling.
 */
import { aggregateWarnings } from './aggregate-warnings.js';
import { agreement, isSkipped, type Agreement, type Skipped } from './agreement.js';
import type { AgreementReuse } from './agreement-reuse.js';
import { meanWinRate } from './mean-win-rate.js';
import { RANK_TOLERANCE, countAbove, ranks } from './rank.js';
import { countScored, scenarioRow } from './score-matrix.js';
import type { Method, ScoreMatrix } from './types.js';
import { zScale, zScores, type ZScale } from './z-score.js';

export const AGGREGATE_ID = 'aggregate';
/** Fewer shared models than this earn a warning beside the score. */
export const FEW_SHARED_MODELS = 10;

export interface BoardSpec {
  readonly id: string;
  readonly title: string;
  readonly scenarios: readonly string[];
}

export interface LeaderboardInput {
  /** Direction already applied (see buildScoreMatrix); no aggregate row. */
  readonly matrix: ScoreMatrix;
  readonly aggregate: { readonly scenarios: readonly string[]; readonly minScenariosPerModel: number };
  readonly method: Method;
  readonly boards: readonly BoardSpec[];
  /** Called before each scenario is scored; may throw to stop the work (a time budget). */
  readonly checkpoint?: (scenario: string) => void;
  /** Agreements of another matrix to take over where they are certain to be the same (agreement-reuse.ts). */
  readonly reuse?: AgreementReuse;
}

export type Interval = readonly [number, number];

export interface ScenarioResult {
  readonly scenario: string;
  /** Models with a score in this scenario. */
  readonly models: number;
  /** Models it shares with the aggregate. */
  readonly nCommon: number;
  readonly modelsPerSample: number;
  readonly experiments: number;
  readonly agreement: number | null;
  readonly pValue: number | null;
  readonly agreementInterval: Interval | null;
  readonly z: number | null;
  readonly zInterval: Interval | null;
  readonly rank: number | null;
  readonly rankInterval: Interval | null;
  readonly inAggregate: boolean;
  /** Why there is no score, when there is none. */
  readonly skipped: string | null;
  readonly warnings: readonly string[];
}

export interface Board {
  readonly id: string;
  readonly title: string;
  /** Scored rows by rank (then id), then unscored rows by id. */
  readonly rows: readonly ScenarioResult[];
}

export interface Leaderboard {
  readonly method: Method;
  readonly aggregate: {
    readonly scenarios: readonly string[];
    readonly missing: readonly string[];
    readonly minScenariosPerModel: number;
    /** Shown beside every board (aggregate-warnings.ts): e.g. a single-scenario aggregate. */
    readonly warnings: readonly string[];
    /** Model id -> aggregate score, for the models kept in the aggregate, by model id. */
    readonly scores: readonly (readonly [string, number])[];
  };
  readonly boards: readonly Board[];
}

export function computeLeaderboard({
  matrix,
  aggregate,
  method,
  boards,
  checkpoint,
  reuse,
}: LeaderboardInput): Leaderboard {
  const { present, missing, minScenarios, row: aggregateRow } = aggregateOf(matrix, aggregate);
  const reference = aggregateRow ? { id: AGGREGATE_ID, row: aggregateRow } : null;
  return {
    method,
    aggregate: {
      scenarios: present,
      missing,
      minScenariosPerModel: minScenarios,
      warnings: aggregateWarnings(present),
      scores: aggregateRow
        ? matrix.models.flatMap((m, i) =>
            Number.isNaN(aggregateRow[i]!) ? [] : [[m, aggregateRow[i]!] as const],
          )
        : [],
    },
    boards: scoreAgainst(matrix, reference, method, boards, new Set(present), checkpoint, reuse),
  };
}

/** The configured aggregate over a matrix, as the leaderboard computes it. */
export interface AggregateOf {
  /** The configured scenarios in the matrix, in configured order; the others are `missing`. */
  readonly present: readonly string[];
  readonly missing: readonly string[];
  /** The configured minimum of scenarios per model, capped at the scenarios present. */
  readonly minScenarios: number;
  /** Mean win rate over the present scenarios per model (NaN: not in it); null when none is present. */
  readonly row: Float64Array | null;
}

export function aggregateOf(matrix: ScoreMatrix, aggregate: LeaderboardInput['aggregate']): AggregateOf {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const present = aggregate.scenarios.filter((s) => index.has(s));
  const missing = aggregate.scenarios.filter((s) => !index.has(s));
  const minScenarios = Math.min(aggregate.minScenariosPerModel, present.length);
  const row =
    present.length >= 1
      ? meanWinRate(
          present.map((s) => scenarioRow(matrix, index.get(s)!)),
          minScenarios,
        )
      : null;
  return { present, missing, minScenarios, row };
}

/**
 * Scores the boards' scenarios by their agreement with a reference row (the aggregate, or any
 * scenario for `agree`). A null reference leaves every scenario unscored, saying why.
 */
export function scoreAgainst(
  matrix: ScoreMatrix,
  reference: { readonly id: string; readonly row: Float64Array } | null,
  method: Method,
  boards: readonly BoardSpec[],
  inAggregate: ReadonlySet<string> = new Set(),
  checkpoint?: (scenario: string) => void,
  reuse?: AgreementReuse,
): Board[] {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const agreements = new Map<string, Agreement | Skipped>();
  for (const s of [...new Set(boards.flatMap((b) => b.scenarios))].sort()) {
    checkpoint?.(s);
    const i = index.get(s);
    if (i === undefined) agreements.set(s, { skipped: 'not in the catalog', nCommon: 0 });
    else if (!reference) agreements.set(s, { skipped: 'no aggregate scenario in the catalog', nCommon: 0 });
    else {
      const x = scenarioRow(matrix, i);
      const request = {
        x,
        y: reference.row,
        ids: [s, reference.id] as const,
        method,
        ranking: reference.row,
      };
      agreements.set(
        s,
        reuse
          ? reuse.agreement({ ...request, models: matrix.models, source: matrix.sources?.[i] })
          : agreement(request),
      );
    }
  }
  // Counted once per scenario, however many boards show it.
  const counts = new Map<string, number>();
  const modelsIn = (s: string): number => {
    const i = index.get(s);
    if (i === undefined) return 0;
    let n = counts.get(s);
    if (n === undefined) {
      n = matrix.scored?.[i] ?? countScored(scenarioRow(matrix, i));
      counts.set(s, n);
    }
    return n;
  };
  return boards.map((b) => scoreBoard(b, agreements, inAggregate, modelsIn));
}

function scoreBoard(
  board: BoardSpec,
  agreements: ReadonlyMap<string, Agreement | Skipped>,
  inAggregate: ReadonlySet<string>,
  modelsIn: (s: string) => number,
): Board {
  const ids = [...new Set(board.scenarios)].sort();
  const results = ids.map((s) => agreements.get(s)!);
  const means = results.map((a) => (isSkipped(a) ? NaN : a.correlation));
  const scale = zScale(means);
  const z = zScores(means);
  const rank = ranks(z);
  const { zIntervals, rankIntervals } = mappedIntervals(results, scale, z);

  const rows: ScenarioResult[] = ids.map((scenario, i) => {
    const a = results[i]!;
    const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
    const warnings: string[] = [];
    if (a.nCommon > 0 && a.nCommon < FEW_SHARED_MODELS) {
      warnings.push(`only ${a.nCommon} models shared with the aggregate: the score is noisy`);
    }
    if (isSkipped(a)) {
      return {
        scenario,
        models: modelsIn(scenario),
        nCommon: a.nCommon,
        modelsPerSample: 0,
        experiments: 0,
        agreement: null,
        pValue: null,
        agreementInterval: null,
        z: null,
        zInterval: null,
        rank: null,
        rankInterval: null,
        inAggregate: inAggregate.has(scenario),
        skipped: a.skipped,
        warnings,
      };
    }
    const skipped = Number.isFinite(a.correlation)
      ? Number.isFinite(z[i]!)
        ? null
        : 'fewer than 2 scored scenarios or no spread among them'
      : 'every experiment had a constant score vector';
    return {
      scenario,
      models: modelsIn(scenario),
      nCommon: a.nCommon,
      modelsPerSample: a.modelsPerSample,
      experiments: a.experiments,
      agreement: finite(a.correlation),
      pValue: finite(a.pValue),
      agreementInterval: a.interval,
      z: finite(z[i]!),
      zInterval: skipped ? null : zIntervals[i]!,
      rank: finite(rank[i]!),
      rankInterval: skipped ? null : rankIntervals[i]!,
      inAggregate: inAggregate.has(scenario),
      skipped,
      warnings,
    };
  });
  rows.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : 0),
  );
  return { id: board.id, title: board.title, rows };
}

/** Z and rank at the ends of each agreement interval, with the board's mean and sd. */
function mappedIntervals(
  results: readonly (Agreement | Skipped)[],
  scale: ZScale | null,
  z: Float64Array,
): { zIntervals: (Interval | null)[]; rankIntervals: (Interval | null)[] } {
  const others = Array.from(z)
    .filter(Number.isFinite)
    .sort((a, b) => b - a);
  const zIntervals: (Interval | null)[] = [];
  const rankIntervals: (Interval | null)[] = [];
  results.forEach((a, i) => {
    if (isSkipped(a) || !a.interval || !scale || !Number.isFinite(z[i]!)) {
      zIntervals.push(null);
      rankIntervals.push(null);
      return;
    }
    const lo = (a.interval[0] - scale.mean) / scale.sd;
    const hi = (a.interval[1] - scale.mean) / scale.sd;
    zIntervals.push([lo, hi]);
    // Rank among the others: count the other scores above, excluding this scenario's own.
    const above = (t: number): number =>
      countAbove(others, t + RANK_TOLERANCE) - (z[i]! > t + RANK_TOLERANCE ? 1 : 0);
    rankIntervals.push([1 + above(hi), 1 + above(lo)]);
  });
  return { zIntervals, rankIntervals };
}
