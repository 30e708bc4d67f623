/**
 * The pull-request comment (DESIGN.md section 5) and the job summary, rendered from a validated
 * `PrReport`. Pure: the same report gives the same text.
 *
 * Every string of the report is untrusted (it comes from the PR's files, or from an artifact):
 * names go through `escapeMarkdownInline`, `escapeCommentHtml` or `codeSpan`, chart labels
 * through a whitelist, so nothing can break a table, inject HTML, mention, link an issue or
 * forge the marker. The only raw `<!--` in the output is the marker itself, on the first line.
 *
 * Size: the comment must stay under GitHub's 65,536 characters. Every list (issues, changed
 * scenarios, rank changes, unmatched models, chart bars) is rendered in full when it fits;
 * otherwise all lists are cut to the largest common number of rows that fits, whole rows only,
 * each cut list saying how many rows were left out and pointing to the job summary.
 */
import type { Issue } from '../model/issue.js';
import type { ChangedBenchmark, PrReport, ReportChange, ReportRow } from '../model/pr-report-schema.js';
import { codeSpan, escapeCommentHtml, escapeMarkdownInline } from './escape.js';
import { CORRELATION_SYMBOL, fixed, range, rankRange, seconds, signed } from './format.js';
import { commentChart } from './comment-chart.js';
import { trustFlags, trustNotes, trustOf } from './comment-trust.js';
import { methodLine } from './method-line.js';
import { causeText, rankDiff } from './rank-diff.js';

export const COMMENT_MARKER = '<!-- benchbench-action:comment -->';
/** GitHub rejects comment bodies of 65,536 characters or more; keep a margin. */
export const COMMENT_LIMIT = 65_000;
/** Job summaries may hold 1 MiB per step. */
export const SUMMARY_LIMIT = 1_000_000;

export interface RenderOptions {
  /** 'comment' starts with the marker; 'summary' does not. */
  readonly target: 'comment' | 'summary';
  /** Most characters (UTF-16 code units, never fewer than GitHub's characters), or units of `measure`. */
  readonly maxLength?: number;
  /** How a text's size is counted against `maxLength`; default UTF-16 units (the job summary counts UTF-8 bytes). */
  readonly measure?: (text: string) => number;
  /** Where the full report is (the job summary's run page), for the cut-rows note. */
  readonly fullReportUrl?: string;
}

const md = escapeMarkdownInline;
/** Names and titles from the catalog are cut to this many characters before escaping. */
export const MAX_NAME_CHARS = 100;
/** Issue messages, hints and file paths: at most this many characters. */
export const MAX_MESSAGE_CHARS = 500;
/** A name cut to MAX_NAME_CHARS characters (code points), with an ellipsis when cut. */
export function cut(s: string, max = MAX_NAME_CHARS): string {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : s;
}
/** A catalog name or title, cut and escaped for Markdown. */
const name = (s: string): string => md(cut(s));
const short = (sha: string): string => sha.slice(0, 7);

export function renderPrComment(report: PrReport, options: RenderOptions): string {
  const max = options.maxLength ?? (options.target === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const size = options.measure ?? ((text: string) => text.length);
  const full = render(report, options, Infinity);
  if (size(full) <= max) return full;
  // The largest per-list row budget that fits; rendering grows with the budget.
  let lo = 0;
  let hi = longestList(report);
  if (size(render(report, options, lo)) > max) return tooLarge(report, options);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(render(report, options, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return render(report, options, lo);
}

/** When not even the headings fit: the title and where the full report is. Never throws. */
function tooLarge(r: PrReport, o: RenderOptions): string {
  const where = o.fullReportUrl
    ? `[the job summary](${o.fullReportUrl})`
    : 'the job summary and the report artifact';
  return [
    ...(o.target === 'comment' ? [COMMENT_MARKER] : []),
    title(r),
    '',
    `This report is too long for a comment (${plural(r.benchmarks.length, 'changed benchmark')}, ${plural(r.issues.length, 'issue')}): see ${where}.`,
    '',
    footer(r),
  ].join('\n');
}

function longestList(r: PrReport): number {
  // A loop, not a spread: a report may list more benchmarks than a call takes arguments.
  let most = Math.max(r.issues.length, r.rows.length, r.changes.length, r.benchmarks.length);
  for (const b of r.benchmarks) most = Math.max(most, b.unmatched.length);
  return most;
}

/** The scenarios the PR adds or changes, as rows of the head board (or of the change list when removed). */
function touched(r: PrReport): { row: ReportRow | null; change: ReportChange | null; scenario: string }[] {
  const rows = new Map(r.rows.map((x) => [x.scenario, x]));
  const changes = new Map(r.changes.map((c) => [c.scenario, c]));
  return r.touched.map(({ scenario: s }) => ({
    scenario: s,
    row: rows.get(s) ?? null,
    change: changes.get(s) ?? null,
  }));
}

/** Where a rendering is: the lines so far, the per-list row budget, and the cut-list note. */
interface Page {
  readonly out: string[];
  readonly budget: number;
  /** Notes that `left` more rows of `what` were cut, and where they all are. */
  cutNote(left: number, what: string): void;
}

function render(r: PrReport, o: RenderOptions, budget: number): string {
  const out: string[] = [];
  const where =
    o.target === 'comment'
      ? o.fullReportUrl
        ? `[the job summary](${o.fullReportUrl})`
        : 'the job summary'
      : 'the report artifact';
  const page: Page = {
    out,
    budget,
    cutNote: (left, what) => {
      if (left > 0) out.push('', `_… and ${left} more ${what}: see ${where}._`);
    },
  };
  if (o.target === 'comment') out.push(COMMENT_MARKER);
  out.push(title(r), '');
  // About the aggregate itself (e.g. a single scenario): beside every board, so here too.
  for (const w of r.aggregate.warnings) out.push(`> ⚠️ **Warning:** ${md(cut(w, MAX_MESSAGE_CHARS))}`, '');
  issuesSection(r, page);
  const scored = touched(r);
  if (scored.length > 0) scoredSection(r, page, scored);
  else if (r.valid) out.push('This pull request changes no results file of the catalog.', '');
  rankDiffSection(r, page, scored.length > 0);
  unmatchedSection(r, page);
  chartSection(r, page, scored);
  out.push(footer(r));
  return out.join('\n') + '\n';
}

function issuesSection(r: PrReport, { out, budget, cutNote }: Page): void {
  if (r.issues.length === 0) return;
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  out.push(
    errors > 0
      ? `**Fix ${plural(errors, 'error')} before merging** (${issueCounts(r.issues)}):`
      : `**Notes on the changed files** (${issueCounts(r.issues)}):`,
    '',
  );
  for (const i of r.issues.slice(0, budget)) out.push(`- ${issueLine(i)}`);
  cutNote(r.issues.length - budget, 'issues');
  out.push('');
}

type Touched = ReturnType<typeof touched>[number];

function scoredSection(r: PrReport, { out, budget, cutNote }: Page, scored: readonly Touched[]): void {
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  out.push(
    `| Benchmark | Score (Z) | Agreement with the aggregate (${sym}) | Rank on ${name(r.board.title)} | Models shared with the aggregate |`,
  );
  out.push('|---|---:|---:|---:|---:|');
  for (const t of scored.slice(0, budget))
    out.push(touchedRow(t, sym, r.board.ranked, trustFlags(trustOf(r, t.scenario))));
  cutNote(scored.length - budget, 'scenarios');
  const notes = scored.slice(0, budget).flatMap((t) => scenarioNotes(r, t, budget));
  // Each note a paragraph; consecutive list items stay one list.
  for (const [i, n] of notes.entries()) {
    if (!(i > 0 && n.startsWith('- ') && notes[i - 1]!.startsWith('- '))) out.push('');
    out.push(n);
  }
  out.push('');
}

/** What the comment says of one touched scenario below the table. */
function scenarioNotes(r: PrReport, t: Touched, budget: number): string[] {
  const row = t.row;
  return [
    ...boardsLine(r, t.scenario, row?.name ?? t.change?.name ?? t.scenario),
    ...(row?.inAggregate
      ? [
          `ⓘ ${name(row.name)} is one of the aggregate's scenarios: it is scored against an aggregate it helps form, which flatters its agreement.`,
        ]
      : []),
    ...(row?.skipped ? [`Not scored: ${name(row.name)} (${md(cut(row.skipped, MAX_MESSAGE_CHARS))}).`] : []),
    ...(row?.warnings ?? []).map((w) => `⚠ ${name(row!.name)}: ${md(cut(w, MAX_MESSAGE_CHARS))}`),
    ...trustNotes(r, trustOf(r, t.scenario), name(row?.name ?? t.scenario), name, budget),
  ];
}

function rankDiffSection(r: PrReport, { out, budget, cutNote }: Page, anyScored: boolean): void {
  const diff = rankDiff(r, (s) => name(s));
  if (!anyScored && diff.shift === null && diff.rows.length === 0) return;
  out.push(`**Rank diff on ${name(r.board.title)}:** ${diff.sentence}`, '');
  if (diff.rows.length === 0) return;
  const fold = diff.rows.length > 10;
  if (fold) out.push(`<details><summary>${diff.rows.length} benchmarks change for a reason</summary>`, '');
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  out.push(
    `| Benchmark | Why | Agreement (${sym}) before → after | Z before → after | Rank before → after |`,
    '|---|---|---:|---:|---:|',
  );
  for (const c of diff.rows.slice(0, budget)) out.push(changeRow(c));
  cutNote(diff.rows.length - budget, 'rank changes');
  out.push('');
  if (fold) out.push('</details>', '');
}

function unmatchedSection(r: PrReport, { out, budget, cutNote }: Page): void {
  const withUnmatched = r.benchmarks.filter((b) => b.unmatched.length > 0);
  for (const b of withUnmatched.slice(0, budget)) {
    out.push(`<details><summary>${unmatchedSummary(b)}</summary>`, '');
    for (const u of b.unmatched.slice(0, budget)) {
      const hint =
        u.suggestions.length > 0
          ? ` — closest: ${u.suggestions.map((x) => codeSpan(cut(x))).join(', ')}`
          : ' — no close match';
      out.push(`- ${codeSpan(cut(u.name))}${hint}`);
    }
    cutNote(b.unmatched.length - budget, 'unmatched models');
    out.push(
      '',
      'Add the missing spellings as `aliases` in `models.yaml`, or rename the rows to catalog names.',
      '',
      '</details>',
      '',
    );
  }
  cutNote(withUnmatched.length - budget, 'benchmarks with unmatched models');
}

function chartSection(r: PrReport, { out }: Page, scored: readonly Touched[]): void {
  const bars = r.rows.filter((x) => x.z !== null);
  if (bars.length < 2) return;
  const c = commentChart(bars, new Set(scored.map((t) => t.scenario)));
  const of =
    c.leftOut > 0
      ? `${c.shown} of ${bars.length} benchmarks: yours, its neighbours by rank, the top and the bottom; ${c.leftOut} left out`
      : `all ${bars.length} benchmarks`;
  out.push(
    `<details><summary>Chart: score (Z) on ${escapeCommentHtml(cut(r.board.title))}, ${of}</summary>`,
    '',
  );
  out.push(c.block, '', '</details>', '');
}

function title(r: PrReport): string {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  if (!r.valid) return `### BenchBench: ❌ ${plural(errors, 'error')} in the changed files`;
  const row = r.rows.find((x) => x.scenario === r.headline);
  if (!row) {
    const removed = r.benchmarks.filter((b) => b.status === 'removed').length;
    return removed > 0
      ? `### BenchBench: ${plural(removed, 'benchmark')} removed`
      : '### BenchBench: no benchmark results changed';
  }
  if (row.z === null || row.rank === null) return `### BenchBench: ${codeSpan(cut(row.name))} has no score`;
  return `### BenchBench: ${codeSpan(cut(row.name))} scores Z = ${signed(row.z)}, rank ${row.rank} of ${r.board.ranked}`;
}

function touchedRow(t: Touched, sym: string, of: number, flags: readonly string[]): string {
  const status =
    t.change?.status === 'added'
      ? ' (new)'
      : t.change?.status === 'removed'
        ? ' (removed)'
        : t.change
          ? ' (changed)'
          : ' (unchanged)';
  const sub = (s: string): string => `<br><sub>${s}</sub>`;
  if (!t.row) {
    const n = name(t.change?.name ?? t.scenario);
    return `| ${n}${status} | ${signed(t.change?.zBefore ?? null)} → –${sub('before → after')} | – | ${t.change?.rankBefore ?? '–'} → – | – |`;
  }
  const x = t.row;
  const z =
    `**${signed(x.z)}**${x.zInterval ? sub(`90% interval ${range(x.zInterval, 2, (v, d) => signed(v, d))}`) : ''}` +
    `${x.inAggregate ? sub('aggregate member ⓘ') : ''}${flags.map(sub).join('')}`;
  const agreement =
    x.agreement === null
      ? '–'
      : `${sym} = ${fixed(x.agreement)}${x.agreementInterval ? sub(`90% interval ${range(x.agreementInterval)}`) : ''}`;
  const rank =
    x.rank === null
      ? '–'
      : `${x.rank} of ${of}${x.rankInterval ? sub(`90% range ${rankRange(x.rankInterval)}`) : ''}`;
  return `| **${name(x.name)}**${status} | ${z} | ${agreement} | ${rank} | ${x.nCommon} of its ${x.models} models |`;
}

/** The scenario's rank on every configured board, when there is more than one. */
function boardsLine(r: PrReport, scenario: string, label: string): string[] {
  if (r.boards.length < 2) return [];
  const places = r.boards.map((b) => {
    const p = b.rows.find((x) => x.scenario === scenario);
    const t = `**${name(b.title)}**`;
    if (!p) return `not on ${t}`;
    if (p.rank === null) return `unscored on ${t}`;
    const iv = p.rankInterval ? ` (90% range ${rankRange(p.rankInterval)})` : '';
    return `rank ${p.rank} of ${b.scored} on ${t}${iv}`;
  });
  return [`${name(label)} on every board: ${places.join(' · ')}.`];
}

function changeRow(c: ReportChange): string {
  const d = c.rankBefore !== null && c.rankAfter !== null ? c.rankBefore - c.rankAfter : 0;
  const arrow = d > 0 ? ` (↑${d})` : d < 0 ? ` (↓${-d})` : '';
  return `| ${name(c.name)} | ${causeText(c)} | ${fixed(c.agreementBefore)} → ${fixed(c.agreementAfter)} | ${signed(c.zBefore)} → ${signed(c.zAfter)} | ${c.rankBefore ?? '–'} → ${c.rankAfter ?? '–'}${arrow} |`;
}

function unmatchedSummary(b: ChangedBenchmark): string {
  const n = b.unmatched.length;
  return `${n} of the ${b.models} models in ${escapeCommentHtml(cut(b.file, MAX_MESSAGE_CHARS))} match no catalog model`;
}

function issueLine(i: Issue): string {
  const icon = i.severity === 'error' ? '❌' : i.severity === 'warning' ? '⚠️' : 'ℹ️';
  const place = [i.file, i.line, i.line !== undefined ? i.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
  const hint = i.hint ? ` Hint: ${md(cut(i.hint, MAX_MESSAGE_CHARS))}` : '';
  return `${icon} ${codeSpan(cut(place, MAX_MESSAGE_CHARS))} ${md(cut(i.message, MAX_MESSAGE_CHARS))} (${md(cut(i.code))}).${hint}`;
}

function issueCounts(issues: readonly Issue[]): string {
  const n = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  return [plural(n('error'), 'error'), plural(n('warning'), 'warning'), plural(n('note'), 'note')].join(', ');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const hash = (h: string): string => h.replace(/^sha256:/, '').slice(0, 12);

function footer(r: PrReport): string {
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  const pr = r.pullRequest !== null ? `PR #\u200B${r.pullRequest}, ` : '';
  return (
    `<sub>${md(methodLine(r.method))} (${sym}); aggregate of ${plural(r.aggregate.scenarios.length, 'scenario')} over ${r.aggregate.models} models; board ${name(r.board.title)}. ` +
    `${pr}base ${short(r.base.sha)} → head ${short(r.head.sha)} (catalog ${hash(r.catalogHash.base)} → ${hash(r.catalogHash.head)}). ` +
    `${md(r.generator)}, computed in ${seconds(r.elapsedMs)}. Reproduce: ${codeSpan(cut(r.reproduce, MAX_MESSAGE_CHARS))}.</sub>`
  );
}
