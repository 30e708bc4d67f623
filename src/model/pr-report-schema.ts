/**
 * The pull-request report: what the check computed, as plain JSON data with a versioned schema
 * (`benchbench-pr-report`, version 3: version 1 plus `trust`, each benchmark's `trust`,
 * `aggregate.warnings`, each change's `cause` with its agreements and flags, and `boards`
 * (version 2), then `touched`, `headline` and `board.ranked` (version 3)). The
 * check writes it to the report artifact; the comment
 * mode (`workflow_run`) reads it back as untrusted bytes, so `validatePrReport` is strict (a zod
 * schema; the first problem found is reported with its JSON path, e.g. `report.rows[0].z`):
 *
 * - every object has exactly the listed keys (an unknown or missing key is an error);
 * - an issue's code is one of the registry's (model/issue.ts), with a severity it allows;
 * - numbers are finite; counts are non-negative safe integers; SHAs are 40 or 64 hex digits;
 * - strings are at most `MAX_STRING` characters, arrays at most their stated length;
 * - it returns a fresh object built only from the checked values, never the input itself.
 *
 * Validation does not make strings safe to render: the renderer escapes every one of them.
 */
import * as z from 'zod/mini';
import type { Saturation } from '../core/saturation.js';
import type { Method } from '../core/types.js';
import { ISSUE_CODES, makeIssue, type Issue, type IssueCode } from './issue.js';
import { METHOD_KEY_NAMES, METHOD_KEYS, methodValue } from './method.js';
import type { FlaggedRow, ScenarioTrust, SubmissionCheck, TrustThresholds } from './trust.js';
import type { UnmatchedModel } from './unmatched-model.js';

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

/** The method as JSON: the fields of core's `Method` (model/method.ts). */
export type ReportMethod = Method;

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

/** A check's message: "is missing" for an absent key, else what the value must be. */
const must =
  (what: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? 'is missing' : `must be ${what}`;

const str = (max = MAX_STRING) => {
  const error = must(`a string of at most ${max} characters`);
  return z.string({ error }).check(z.maxLength(max, { error }));
};
const num = z.number({ error: must('a finite number') });
const count = z
  .int({ error: must('a non-negative integer') })
  .check(z.gte(0, { error: must('a non-negative integer') }));
const bool = z.boolean({ error: must('true or false') });
const pattern = (re: RegExp, what: string) =>
  z.string({ error: must(what) }).check(z.regex(re, { error: must(what) }));
const sha = pattern(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'a commit SHA');
const oneOf = <const T extends readonly [string | number, ...(string | number)[]]>(...allowed: T) =>
  z.union(
    allowed.map((a) => z.literal(a)) as unknown as [z.ZodMiniLiteral<T[number]>, z.ZodMiniLiteral<T[number]>],
    {
      error: must(`one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`),
    },
  );
const arr = <T extends z.ZodMiniType>(item: T, max: number) => {
  const error = must(`an array of at most ${max} items`);
  return z.array(item, { error }).check(z.maxLength(max, { error }));
};
const interval = z.tuple([num, num], { error: must('[low, high]') });
/** A finite number of at least `min` (and at most `max`), or the phrase `what`. */
const range = (what: string, min: number, max = Number.MAX_VALUE) =>
  z.number({ error: must(what) }).check(z.gte(min, { error: must(what) }), z.lte(max, { error: must(what) }));
const fraction = range('from 0 to 1', 0, 1);
const nonNegative = range('a number of at least 0', 0);
const rankValue = range('a rank (at least 1)', 1);
const nullable = z.nullable;
/** An object with exactly these keys (an unknown one is an error). */
const obj = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: must('an object') });

/** An issue: its code registered, its severity one the code allows; rebuilt by `makeIssue`. */
const issueFields = obj({
  severity: oneOf('error', 'warning', 'note'),
  code: z.enum(Object.keys(ISSUE_CODES) as [IssueCode, ...IssueCode[]], {
    error: must('an issue code of the registry'),
  }),
  file: str(),
  line: z.optional(count),
  column: z.optional(count),
  message: str(),
  hint: z.optional(str()),
}).check(
  z.refine((i) => (ISSUE_CODES[i.code].severities as readonly string[]).includes(i.severity), {
    error: 'has a severity its code never has',
  }),
);
const issue = z.pipe(
  issueFields,
  z.transform((i): Issue => makeIssue(i as Parameters<typeof makeIssue>[0])),
);

const row = obj({
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
}) satisfies z.ZodMiniType<ReportRow>;

const change = obj({
  scenario: str(),
  name: str(),
  status: oneOf('added', 'removed', 'changed'),
  cause: oneOf(...(REPORT_CAUSES as readonly ReportCause[] as [ReportCause, ...ReportCause[]])),
  zBefore: nullable(num),
  zAfter: nullable(num),
  agreementBefore: nullable(num),
  agreementAfter: nullable(num),
  rankBefore: nullable(count),
  rankAfter: nullable(count),
  agreementChanged: bool,
  orderChanged: bool,
  listed: bool,
}) satisfies z.ZodMiniType<ReportChange>;

const placement = obj({
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
}) satisfies z.ZodMiniType<BoardPlacement>;

const saturation = obj({
  models: count,
  nearBest: count,
  nearBestShare: nullable(fraction),
  topModels: count,
  topSpread: nullable(fraction),
  saturated: nullable(bool),
}) satisfies z.ZodMiniType<ReportSaturation>;

const flaggedRow = obj({
  model: str(),
  name: str(),
  file: str(),
  line: nullable(count),
  rank: rankValue,
  aggregateRank: rankValue,
  gap: nonNegative,
}) satisfies z.ZodMiniType<ReportFlaggedRow>;

const trust = obj({
  scenario: str(),
  saturation,
  plausibility: obj({
    shared: count,
    checked: bool,
    medianGap: nullable(nonNegative),
    mad: nullable(nonNegative),
    threshold: nullable(nonNegative),
    flagged: arr(flaggedRow, MAX_MODELS),
  }) satisfies z.ZodMiniType<ReportPlausibility>,
}) satisfies z.ZodMiniType<ReportTrust>;

const unmatched = obj({ name: str(), suggestions: arr(str(), 5) }) satisfies z.ZodMiniType<UnmatchedModel>;

const benchmark = obj({
  id: str(),
  file: str(),
  name: str(),
  status: oneOf('added', 'changed', 'removed'),
  scenarios: arr(str(), MAX_ROWS),
  models: count,
  unmatched: arr(unmatched, MAX_MODELS),
  trust: arr(trust, MAX_ROWS),
}) satisfies z.ZodMiniType<ChangedBenchmark>;

const contentHash = pattern(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex digits>');

const thresholds = obj({
  saturation: obj({
    nearBest: fraction,
    saturatedShare: fraction,
    topModels: count,
    minTopSpread: fraction,
    minModels: count,
  }),
  plausibility: obj({ madMultiplier: nonNegative, minGapShare: fraction, minModels: count }),
}) satisfies z.ZodMiniType<ReportTrustThresholds>;

/**
 * The typed method as untrusted JSON (the PR report's `method`), checked by the same rules: a
 * fresh copy or zod's issues, each with its path and the rule.
 */
const methodSchema = obj(
  Object.fromEntries(
    METHOD_KEY_NAMES.map((key) => [
      METHOD_KEYS[key].field,
      z.unknown().check(z.refine((v) => methodValue(key, v).ok, { error: must(METHOD_KEYS[key].rule) })),
    ]),
  ),
) as unknown as z.ZodMiniType<Method>;

const report = obj({
  schema: oneOf(PR_REPORT_SCHEMA),
  version: oneOf(PR_REPORT_VERSION),
  generator: str(200),
  repository: pattern(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/repo'),
  pullRequest: nullable(
    z.int({ error: must('a PR number') }).check(z.gte(1, { error: must('a PR number') })),
  ),
  base: obj({ sha }),
  head: obj({ sha }),
  catalogDir: str(),
  catalogHash: obj({ base: contentHash, head: contentHash }),
  reproduce: str(),
  method: methodSchema,
  trust: thresholds,
  aggregate: obj({ scenarios: arr(str(), MAX_ROWS), models: count, warnings: arr(str(), 20) }),
  board: obj({ id: str(200), title: str(), ranked: count }),
  boards: arr(placement, 200),
  valid: bool,
  issues: arr(issue, MAX_ISSUES),
  changedFiles: arr(str(), MAX_ROWS),
  benchmarks: arr(benchmark, MAX_ROWS),
  touched: arr(
    obj({
      scenario: str(),
      status: oneOf('added', 'changed', 'removed'),
    }) satisfies z.ZodMiniType<TouchedScenario>,
    MAX_ROWS,
  ),
  headline: nullable(str()),
  rows: arr(row, MAX_ROWS),
  changes: arr(change, MAX_ROWS),
  elapsedMs: nonNegative,
}) satisfies z.ZodMiniType<PrReport>;

/** `report.rows[0].z`, from zod's path of the problem. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`),
    'report',
  );
}

/** Checks untrusted JSON data against the schema; returns a fresh, typed copy or throws. */
export function validatePrReport(data: unknown): PrReport {
  const result = report.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0]!;
  const at =
    first.code === 'unrecognized_keys'
      ? `${jsonPath(first.path)}.${first.keys[0]!} is not a known field`
      : `${jsonPath(first.path)} ${first.message}`;
  throw new ReportValidationError(`Invalid report: ${at}.`);
}
