/**
 * The pull-request report: what the check computed, as plain JSON data with a versioned schema
 * (`benchbench-pr-report`, version 3: version 1 plus `trust`, each benchmark's `trust`,
 * `aggregate.warnings`, each change's `cause` with its agreements and flags, and `boards`
 * (version 2), then `touched`, `headline` and `board.ranked` (version 3)). The
 * check writes it to the report artifact; the comment
 * mode (`workflow_run`) reads it back as untrusted bytes, so `validatePrReport` is strict:
 *
 * - every object has exactly the listed keys (an unknown or missing key is an error);
 * - numbers are finite; counts are non-negative safe integers; SHAs are 40 or 64 hex digits;
 * - strings are at most `MAX_STRING` characters, arrays at most their stated length;
 * - it returns a fresh object built only from the checked values, never the input itself.
 *
 * Validation does not make strings safe to render: the renderer escapes every one of them.
 */
import type { Issue } from './issue.js';
import type { Saturation } from '../core/saturation.js';
import type { FlaggedRow, ScenarioTrust, SubmissionCheck, TrustThresholds } from './trust.js';

export const PR_REPORT_SCHEMA = 'benchbench-pr-report';
export const PR_REPORT_VERSION = 3;
/** The artifact's JSON may not be larger than this many bytes. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
export const MAX_STRING = 2_000;
const MAX_ROWS = 20_000;
const MAX_MODELS = 200_000;
const MAX_ISSUES = 100_000;

export type Interval = readonly [number, number];

/** One scenario of the board after the change. */
export interface ReportRow {
  readonly scenario: string;
  readonly name: string;
  readonly benchmark: string;
  readonly z: number | null;
  readonly zInterval: Interval | null;
  readonly agreement: number | null;
  readonly agreementInterval: Interval | null;
  readonly nCommon: number;
  readonly models: number;
  readonly rank: number | null;
  readonly rankInterval: Interval | null;
  readonly inAggregate: boolean;
  readonly skipped: string | null;
  readonly warnings: readonly string[];
}

/** Why a scenario changed (see core/change-causes.ts). */
export type ReportCause = 'inserted' | 'removed' | 'own scores' | 'aggregate changed' | 'names changed';
export const REPORT_CAUSES: readonly ReportCause[] = [
  'inserted',
  'removed',
  'own scores',
  'aggregate changed',
  'names changed',
];

/** A scenario whose score or rank differs between base and head, with why. */
export interface ReportChange {
  readonly scenario: string;
  readonly name: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly cause: ReportCause;
  readonly zBefore: number | null;
  readonly zAfter: number | null;
  readonly agreementBefore: number | null;
  readonly agreementAfter: number | null;
  readonly rankBefore: number | null;
  readonly rankAfter: number | null;
  /** Agreement moved by at least 0.0005 (beyond its 3-decimal rounding). */
  readonly agreementChanged: boolean;
  /** Its order relative to another scenario present before and after changed. */
  readonly orderChanged: boolean;
  /** A meaningful change (agreement or order), not a mechanical shift: a row of the rank diff. */
  readonly listed: boolean;
}

/** Where the touched scenarios stand on one configured board. */
export interface BoardPlacement {
  readonly id: string;
  readonly title: string;
  /** Scored scenarios on the board. */
  readonly scored: number;
  /** The touched scenarios this board shows (none: it does not show them). */
  readonly rows: readonly {
    readonly scenario: string;
    readonly z: number | null;
    readonly zInterval: Interval | null;
    readonly rank: number | null;
    readonly rankInterval: Interval | null;
  }[];
}

export interface UnmatchedModel {
  readonly name: string;
  readonly suggestions: readonly string[];
}

/**
 * How far to trust one scenario of an added or changed benchmark, at the head (pipeline/trust.ts):
 * its saturation (core/saturation.ts) and its rows to check (core/plausibility.ts; ranks among
 * the shared models, ties averaged, so a rank may end in .5).
 */
export type ReportTrust = ScenarioTrust;
export type ReportSaturation = Saturation;
export type ReportPlausibility = SubmissionCheck;
export type ReportFlaggedRow = FlaggedRow;
/** The thresholds of `trust` (benchbench.yaml `trust:`, the base's). */
export type ReportTrustThresholds = TrustThresholds;

/** A results file the pull request adds, changes or removes. */
export interface ChangedBenchmark {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly status: 'added' | 'changed' | 'removed';
  readonly scenarios: readonly string[];
  /** Models in the file. */
  readonly models: number;
  /** Models of the file no other benchmark of the catalog has, with the closest known names. */
  readonly unmatched: readonly UnmatchedModel[];
  /** One per scenario at the head, in the order of `scenarios`; empty for a removed benchmark. */
  readonly trust: readonly ReportTrust[];
}

/** A scenario of a changed benchmark, with that benchmark's status. */
export interface TouchedScenario {
  readonly scenario: string;
  readonly status: ChangedBenchmark['status'];
}

export interface ReportMethod {
  readonly correlation: 'kendall' | 'pearson' | 'spearman';
  readonly modelsPerSample: number;
  readonly sampling: 'random' | 'top' | 'bottom' | 'middle' | 'adjacent';
  readonly samples: number;
  readonly seed: number;
  readonly minCommonModels: number;
}

export interface PrReport {
  readonly schema: typeof PR_REPORT_SCHEMA;
  readonly version: typeof PR_REPORT_VERSION;
  /** e.g. `benchbench-action 1.0.0` */
  readonly generator: string;
  /** `owner/repo` */
  readonly repository: string;
  readonly pullRequest: number | null;
  readonly base: { readonly sha: string };
  readonly head: { readonly sha: string };
  readonly catalogDir: string;
  /** `sha256:<hex>` of each catalog's files (see content-hash.ts), to reproduce the report. */
  readonly catalogHash: { readonly base: string; readonly head: string };
  /** The CLI command that recomputes this report. */
  readonly reproduce: string;
  readonly method: ReportMethod;
  readonly trust: ReportTrustThresholds;
  readonly aggregate: {
    readonly scenarios: readonly string[];
    readonly models: number;
    /** About the aggregate itself, e.g. a single scenario (see core/aggregate-warnings.ts). */
    readonly warnings: readonly string[];
  };
  /** The board the comment shows: the first configured one; `ranked` of its rows have a rank. */
  readonly board: { readonly id: string; readonly title: string; readonly ranked: number };
  /** Every configured board, with the touched scenarios' places on it. */
  readonly boards: readonly BoardPlacement[];
  /** No error in the changed files. */
  readonly valid: boolean;
  /** Issues of the changed files (and of the catalog as a whole), sorted. */
  readonly issues: readonly Issue[];
  readonly changedFiles: readonly string[];
  readonly benchmarks: readonly ChangedBenchmark[];
  /** The scenarios of `benchmarks`, in file order, each once. */
  readonly touched: readonly TouchedScenario[];
  /**
   * The scenario the comment's title and the step's `score` and `rank` speak of: the first
   * touched scenario of an added or changed benchmark with a row on the board; null when none.
   */
  readonly headline: string | null;
  /** Every row of the board at the head, by rank. */
  readonly rows: readonly ReportRow[];
  /** Rows added, removed or changed, in board order (removed last). */
  readonly changes: readonly ReportChange[];
  /** Time to read, validate, score and diff both catalogs (no network). */
  readonly elapsedMs: number;
}

export class ReportValidationError extends Error {}

type Check<T> = (v: unknown, at: string) => T;

const fail = (at: string, what: string): never => {
  throw new ReportValidationError(`Invalid report: ${at} ${what}.`);
};

const str =
  (max = MAX_STRING): Check<string> =>
  (v, at) =>
    typeof v === 'string' && v.length <= max ? v : fail(at, `must be a string of at most ${max} characters`);
const num: Check<number> = (v, at) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'must be a finite number');
const count: Check<number> = (v, at) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(at, 'must be a non-negative integer');
const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'must be true or false'));
const sha: Check<string> = (v, at) =>
  typeof v === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) ? v : fail(at, 'must be a commit SHA');
const literal =
  <T extends string | number>(...allowed: readonly T[]): Check<T> =>
  (v, at) =>
    allowed.includes(v as T)
      ? (v as T)
      : fail(at, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
const nullable =
  <T>(c: Check<T>): Check<T | null> =>
  (v, at) =>
    v === null ? null : c(v, at);
const arr =
  <T>(c: Check<T>, max: number): Check<T[]> =>
  (v, at) => {
    if (!Array.isArray(v) || v.length > max) return fail(at, `must be an array of at most ${max} items`);
    return v.map((x, i) => c(x, `${at}[${i}]`));
  };
const interval: Check<Interval> = (v, at) => {
  const [a, b] = arr(num, 2)(v, at);
  return a === undefined || b === undefined ? fail(at, 'must be [low, high]') : [a, b];
};

type Shape<T> = { readonly [K in keyof T]-?: Check<T[K]> };

/** An object with exactly these keys; optional ones (`?`) may be absent. */
function obj<T>(shape: Shape<T>, optional: readonly (keyof T)[] = []): Check<T> {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'must be an object');
    const rec = v as Record<string, unknown>;
    for (const k of Object.keys(rec)) if (!(k in shape)) fail(`${at}.${k}`, 'is not a known field');
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(shape) as (keyof T & string)[]) {
      if (!Object.hasOwn(rec, k)) {
        if (optional.includes(k)) continue;
        fail(`${at}.${k}`, 'is missing');
      }
      out[k] = shape[k](rec[k], `${at}.${k}`);
    }
    return out as T;
  };
}

const issue = obj<Issue>(
  {
    severity: literal('error', 'warning', 'note'),
    code: str(200),
    file: str(),
    line: count,
    column: count,
    message: str(),
    hint: str(),
  },
  ['line', 'column', 'hint'],
);

const row = obj<ReportRow>({
  scenario: str(),
  name: str(),
  benchmark: str(),
  z: nullable(num),
  zInterval: nullable(interval),
  agreement: nullable(num),
  agreementInterval: nullable(interval),
  nCommon: count,
  models: count,
  rank: nullable(count),
  rankInterval: nullable(interval),
  inAggregate: bool,
  skipped: nullable(str()),
  warnings: arr(str(), 20),
});

const change = obj<ReportChange>({
  scenario: str(),
  name: str(),
  status: literal('added', 'removed', 'changed'),
  cause: literal(...REPORT_CAUSES),
  zBefore: nullable(num),
  zAfter: nullable(num),
  agreementBefore: nullable(num),
  agreementAfter: nullable(num),
  rankBefore: nullable(count),
  rankAfter: nullable(count),
  agreementChanged: bool,
  orderChanged: bool,
  listed: bool,
});

const placement = obj<BoardPlacement>({
  id: str(200),
  title: str(),
  scored: count,
  rows: arr(
    obj({
      scenario: str(),
      z: nullable(num),
      zInterval: nullable(interval),
      rank: nullable(count),
      rankInterval: nullable(interval),
    }),
    MAX_ROWS,
  ),
});

const fraction: Check<number> = (v, at) =>
  num(v, at) >= 0 && (v as number) <= 1 ? (v as number) : fail(at, 'must be from 0 to 1');
const nonNegative: Check<number> = (v, at) =>
  num(v, at) >= 0 ? (v as number) : fail(at, 'must not be negative');
const rankValue: Check<number> = (v, at) =>
  num(v, at) >= 1 ? (v as number) : fail(at, 'must be a rank (at least 1)');

const trust = obj<ReportTrust>({
  scenario: str(),
  saturation: obj<ReportSaturation>({
    models: count,
    nearBest: count,
    nearBestShare: nullable(fraction),
    topModels: count,
    topSpread: nullable(fraction),
    saturated: nullable(bool),
  }),
  plausibility: obj<ReportPlausibility>({
    shared: count,
    checked: bool,
    medianGap: nullable(nonNegative),
    mad: nullable(nonNegative),
    threshold: nullable(nonNegative),
    flagged: arr(
      obj<ReportFlaggedRow>({
        model: str(),
        name: str(),
        file: str(),
        line: nullable(count),
        rank: rankValue,
        aggregateRank: rankValue,
        gap: nonNegative,
      }),
      MAX_MODELS,
    ),
  }),
});

const benchmark = obj<ChangedBenchmark>({
  id: str(),
  file: str(),
  name: str(),
  status: literal('added', 'changed', 'removed'),
  scenarios: arr(str(), MAX_ROWS),
  models: count,
  unmatched: arr(obj<UnmatchedModel>({ name: str(), suggestions: arr(str(), 5) }), MAX_MODELS),
  trust: arr(trust, MAX_ROWS),
});

const contentHash = (v: unknown, at: string): string =>
  typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v) ? v : fail(at, 'must be sha256:<64 hex digits>');

const report = obj<PrReport>({
  schema: literal(PR_REPORT_SCHEMA),
  version: literal(PR_REPORT_VERSION),
  generator: str(200),
  repository: (v, at) =>
    typeof v === 'string' && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(v)
      ? v
      : fail(at, 'must be owner/repo'),
  pullRequest: nullable((v, at) => (count(v, at) >= 1 ? (v as number) : fail(at, 'must be a PR number'))),
  base: obj({ sha }),
  head: obj({ sha }),
  catalogDir: str(),
  catalogHash: obj({ base: contentHash, head: contentHash }),
  reproduce: str(),
  method: obj<ReportMethod>({
    correlation: literal('kendall', 'pearson', 'spearman'),
    modelsPerSample: count,
    sampling: literal('random', 'top', 'bottom', 'middle', 'adjacent'),
    samples: count,
    seed: num,
    minCommonModels: count,
  }),
  trust: obj<ReportTrustThresholds>({
    saturation: obj({
      nearBest: fraction,
      saturatedShare: fraction,
      topModels: count,
      minTopSpread: fraction,
      minModels: count,
    }),
    plausibility: obj({ madMultiplier: nonNegative, minGapShare: fraction, minModels: count }),
  }),
  aggregate: obj({ scenarios: arr(str(), MAX_ROWS), models: count, warnings: arr(str(), 20) }),
  board: obj({ id: str(200), title: str(), ranked: count }),
  boards: arr(placement, 200),
  valid: bool,
  issues: arr(issue, MAX_ISSUES),
  changedFiles: arr(str(), MAX_ROWS),
  benchmarks: arr(benchmark, MAX_ROWS),
  touched: arr(
    obj<TouchedScenario>({ scenario: str(), status: literal('added', 'changed', 'removed') }),
    MAX_ROWS,
  ),
  headline: nullable(str()),
  rows: arr(row, MAX_ROWS),
  changes: arr(change, MAX_ROWS),
  elapsedMs: (v, at) => (num(v, at) >= 0 ? (v as number) : fail(at, 'must not be negative')),
});

/** Checks untrusted JSON data against the schema; returns a fresh, typed copy or throws. */
export function validatePrReport(data: unknown): PrReport {
  return report(data, 'report');
}
