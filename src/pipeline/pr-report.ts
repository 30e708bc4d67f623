/**
 * Base vs head: what a pull request does to the catalog, as a `PrReport`
 * (see pr-report-schema.ts).
 *
 * - Both catalogs are loaded from files the caller read (from git objects: see read-git.ts).
 * - Both are scored with the same settings: the base's `benchbench.yaml` (the PR cannot tune the
 *   method that judges it); a PR changing the config gets a note saying so. A catalog that is new
 *   in the PR (no base config) uses its own.
 * - Issues: those of the changed files, plus any error or warning at the head that the base did
 *   not have (a new file can break an old one, e.g. a duplicate scenario id), plus the reader's.
 * - Benchmarks: a results file or its metadata among the changed files is 'added' (no benchmark
 *   of that id at the base), 'changed', or 'removed' (gone at the head).
 * - The board is the first configured leaderboard; `boards` gives the touched scenarios' place on
 *   every configured board, and each change carries its cause (report-changes.ts).
 */
import { makeIssue, formatIssue, hasErrors, sortIssues, type Issue } from '../model/issue.js';
import { configuredLimits } from '../catalog/config.js';
import { Deadline } from '../catalog/deadline.js';
import { SuggestionBudget } from '../catalog/did-you-mean.js';
import { FileMemo } from '../catalog/file-memo.js';
import { AgreementReuse } from '../core/agreement-reuse.js';
import { CONFIG_FILE, loadCatalog, unmatchedModels } from '../catalog/load-catalog.js';
import type { PresetName } from '../catalog/presets.js';
import type { Catalog, CatalogSnapshot } from '../catalog/types.js';
import { diffBoards } from '../core/leaderboard-diff.js';
import { VERSION } from '../version.js';
import {
  PR_REPORT_SCHEMA,
  PR_REPORT_VERSION,
  type ChangedBenchmark,
  type PrReport,
  type ReportRow,
  type ReportTrust,
} from '../model/pr-report-schema.js';
import { headlineScenario, touchedScenarios } from './pr-headline.js';
import { boardPlacements, changeFacts, reportChanges } from './report-changes.js';
import { catalogMatrixCells, scenarioLabel, scoreCatalog, type CatalogScores } from './score-catalog.js';
import { methodFields } from '../model/method.js';
import type { ScenarioTrust } from '../model/trust.js';
import { trustOf } from './trust.js';

export interface PrReportInput {
  readonly base: CatalogSnapshot;
  readonly head: CatalogSnapshot;
  /** Catalog-relative paths changed between base and head. */
  readonly changedFiles: readonly string[];
  readonly repository: string;
  readonly pullRequest: number | null;
  readonly catalogDir: string;
  /** The CLI command that recomputes the report; default: `benchbench diff` of the two commits. */
  readonly reproduce?: string;
  /** Hears of each scenario scored, base first then head (for a progress line). */
  readonly onProgress?: (side: 'base' | 'head', done: number, total: number) => void;
  /** Score both sides with this preset (`--preset`), in place of the config's aggregate and method. */
  readonly preset?: PresetName;
  /**
   * When the run began (a reading of `clock`): one time budget, the base's `max_seconds`, covers
   * reading, loading and scoring both catalogs. Default: now.
   */
  readonly startedAt?: number;
  readonly clock?: () => number;
  /** What reading the two sides already gave (readRevisions' memo): their files are not read again. */
  readonly memo?: FileMemo;
}

export function buildPrReport(input: PrReportInput): PrReport {
  return buildPrAnalysis(input).report;
}

/** The report, and the head catalog as loaded for it (for the suggested fixes). */
export function buildPrAnalysis(input: PrReportInput): { report: PrReport; head: Catalog } {
  const changed = new Set(input.changedFiles);
  const sides = loadSides(input, changed);
  const { deadline, base, head } = sides;
  const hear = input.onProgress;
  // The head takes over the base's agreements where its scenario and the aggregate are unchanged.
  const reuse = new AgreementReuse();
  // One matrix in memory at a time: the base's is written first, then the head's over it, with
  // the base's rows of unchanged scenarios moved into place (so the base's is not read once the
  // head's is built, which the type of `before` says).
  const storage = new Float64Array(Math.max(catalogMatrixCells(base), catalogMatrixCells(head)));
  const scored = scoreCatalog(base, deadline, hear && ((d, t) => hear('base', d, t)), reuse, storage);
  const after = scoreCatalog(
    head,
    deadline,
    hear && ((d, t) => hear('head', d, t)),
    reuse,
    storage,
    scored.matrix,
  );
  const before: Omit<CatalogScores, 'matrix'> = scored;
  const boardAfter = after.leaderboard.boards[0];
  if (!boardAfter) throw new Error('The catalog configures no leaderboard.');
  const boardBefore = before.leaderboard.boards.find((b) => b.id === boardAfter.id) ?? null;
  const diff = diffBoards(boardBefore, boardAfter);

  const name = (s: string): string =>
    after.info.get(s)?.scenario.name ?? before.info.get(s)?.scenario.name ?? s;
  const benchmarks = changedBenchmarks(base, head, changed, trustOf(after), deadline);
  const changes = reportChanges(diff, changeFacts(before, after, benchmarks, changed), name);
  const touched = touchedScenarios(benchmarks);
  const rows = boardAfter.rows.map((r) => reportRow(r, after));
  const issues = sortIssues(reportIssues(input, sides, changed));
  const report: PrReport = {
    ...reportHeader(input, sides),
    method: methodFields(head.config.method),
    trust: {
      saturation: { ...head.config.trust.saturation },
      plausibility: { ...head.config.trust.plausibility },
    },
    aggregate: {
      scenarios: [...after.leaderboard.aggregate.scenarios],
      models: after.leaderboard.aggregate.scores.length,
      warnings: [...after.leaderboard.aggregate.warnings],
    },
    board: { id: boardAfter.id, title: boardAfter.title, ranked: rows.filter((r) => r.rank !== null).length },
    boards: boardPlacements(
      after,
      touched.map((t) => t.scenario),
    ),
    valid: !hasErrors(issues),
    issues,
    changedFiles: [...changed].sort(),
    benchmarks,
    touched,
    headline: headlineScenario(touched, rows),
    rows,
    changes,
    elapsedMs: 0,
  };
  return { report, head };
}

/** Both catalogs as loaded for the report, and the run's one time budget. */
interface Sides {
  readonly deadline: Deadline;
  readonly base: Catalog;
  /** The head as loaded (its own issues and hash) ... */
  readonly headLoaded: Catalog;
  /** ... and as scored: with the base's config when the base has one. */
  readonly head: Catalog;
  readonly hasBaseConfig: boolean;
}

function loadSides(input: PrReportInput, changed: ReadonlySet<string>): Sides {
  // Base and head share most files: the memo reads each shared file once.
  const memo = input.memo ?? new FileMemo();
  const baseLimits = configuredLimits(input.base.files.get(CONFIG_FILE));
  const deadline = new Deadline(baseLimits.maxSeconds, input.clock, input.startedAt);
  const preset = input.preset ? { preset: input.preset } : {};
  const base = loadCatalog(input.base.files, { memo, deadline, ...preset });
  const hasBaseConfig = input.base.files.has(CONFIG_FILE);
  // The head is judged by the base's settings and limits: a pull request cannot raise its own.
  // Its unchanged files keep their ids, so a clash is reported on the file the PR changed.
  const headLoaded = loadCatalog(input.head.files, {
    memo,
    deadline,
    ...preset,
    ...(hasBaseConfig ? { limits: base.config.limits, modelNames: base.config.modelNames } : {}),
    established: new Set([...input.head.files.keys()].filter((p) => !changed.has(p))),
  });
  const head = hasBaseConfig ? { ...headLoaded, config: base.config } : headLoaded;
  return { deadline, base, headLoaded, head, hasBaseConfig };
}

/**
 * The reader's issues at the head, those of the changed files, any error or warning the base did
 * not have, and a note when the pull request changes the config it is not judged by.
 */
function reportIssues(input: PrReportInput, sides: Sides, changed: ReadonlySet<string>): Issue[] {
  const baseKeys = new Set(sides.base.issues.map(formatIssue));
  const issues: Issue[] = [
    ...input.head.issues,
    ...sides.headLoaded.issues.filter(
      (i) => changed.has(i.file) || (i.severity !== 'note' && !baseKeys.has(formatIssue(i))),
    ),
  ];
  if (sides.hasBaseConfig && changed.has(CONFIG_FILE)) {
    issues.push(
      makeIssue({
        code: 'config-from-base',
        file: CONFIG_FILE,
        message:
          "Scores here use the base branch's benchbench.yaml; this change to it takes effect after merging.",
      }),
    );
  }
  return issues;
}

/** What the report is, for which commits, and how to compute it again. */
function reportHeader(
  input: PrReportInput,
  sides: Sides,
): Pick<
  PrReport,
  | 'schema'
  | 'version'
  | 'generator'
  | 'repository'
  | 'pullRequest'
  | 'base'
  | 'head'
  | 'catalogDir'
  | 'catalogHash'
  | 'reproduce'
> {
  return {
    schema: PR_REPORT_SCHEMA,
    version: PR_REPORT_VERSION,
    generator: `benchbench-action ${VERSION}`,
    repository: input.repository,
    pullRequest: input.pullRequest,
    base: { sha: input.base.sha },
    head: { sha: input.head.sha },
    catalogDir: input.catalogDir,
    catalogHash: { base: sides.base.contentHash, head: sides.headLoaded.contentHash },
    reproduce:
      input.reproduce ??
      `benchbench diff --base ${input.base.sha.slice(0, 12)} --head ${input.head.sha.slice(0, 12)}` +
        (input.catalogDir === 'catalog' ? '' : ` --catalog ${input.catalogDir}`) +
        (input.preset ? ` --preset ${input.preset}` : ''),
  };
}

function reportRow(
  r: CatalogScores['leaderboard']['boards'][number]['rows'][number],
  s: CatalogScores,
): ReportRow {
  return {
    scenario: r.scenario,
    ...scenarioLabel(s, r.scenario),
    z: r.z,
    zInterval: r.zInterval,
    agreement: r.agreement,
    agreementInterval: r.agreementInterval,
    nCommon: r.nCommon,
    models: r.models,
    rank: r.rank,
    rankInterval: r.rankInterval,
    inAggregate: r.inAggregate,
    skipped: r.skipped,
    warnings: [...r.warnings],
  };
}

function changedBenchmarks(
  base: Catalog,
  head: Catalog,
  changed: ReadonlySet<string>,
  trust: (scenario: string) => ScenarioTrust | null,
  deadline: Deadline,
): ChangedBenchmark[] {
  // One suggestion budget for the whole report: the PR chooses how many benchmarks it changes.
  const budget = new SuggestionBudget();
  const touches = (b: Catalog['benchmarks'][number]): boolean =>
    changed.has(b.file) ||
    (b.metadataFile !== undefined && changed.has(b.metadataFile)) ||
    changed.has(b.file.replace(/\.csv$/, '.yaml'));
  const baseIds = new Set(base.benchmarks.map((b) => b.id));
  const headIds = new Set(head.benchmarks.map((b) => b.id));
  const out: ChangedBenchmark[] = [];
  for (const b of head.benchmarks) {
    if (!touches(b)) continue;
    deadline.check(b.file);
    out.push({
      id: b.id,
      file: b.file,
      name: b.metadata.name,
      status: baseIds.has(b.id) ? 'changed' : 'added',
      scenarios: b.scenarios.map((s) => s.id),
      models: b.modelNames.size,
      unmatched: unmatchedModels(head, b.id, budget),
      trust: b.scenarios.flatMap((s) => {
        const t = trust(s.id);
        return t ? [reportTrust(t)] : [];
      }),
    });
  }
  for (const b of base.benchmarks) {
    if (headIds.has(b.id) || !touches(b)) continue;
    out.push({
      id: b.id,
      file: b.file,
      name: b.metadata.name,
      status: 'removed',
      scenarios: b.scenarios.map((s) => s.id),
      models: b.modelNames.size,
      unmatched: [],
      trust: [],
    });
  }
  return out;
}

/** A scenario's trust as report data: fresh objects, nothing shared with the engine's. */
function reportTrust({ scenario, saturation, plausibility }: ScenarioTrust): ReportTrust {
  return {
    scenario,
    saturation: { ...saturation },
    plausibility: { ...plausibility, flagged: plausibility.flagged.map((f) => ({ ...f })) },
  };
}
