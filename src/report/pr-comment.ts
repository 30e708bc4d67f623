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
import type { Issue } from '../catalog/issue.js';
import type { ChangedBenchmark, PrReport, ReportChange, ReportRow } from '../pipeline/pr-report-schema.js';
import { codeSpan, escapeCommentHtml, escapeMarkdownInline } from './escape.js';
import { CORRELATION_SYMBOL, fixed, range, rankRange, seconds, signed } from './format.js';
import { methodLine } from './method-line.js';

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
  const ids = [...new Set(r.benchmarks.flatMap((b) => b.scenarios))];
  return ids.map((s) => ({ scenario: s, row: rows.get(s) ?? null, change: changes.get(s) ?? null }));
}

function render(r: PrReport, o: RenderOptions, budget: number): string {
  const out: string[] = [];
  const cutNote = (left: number, what: string): void => {
    if (left <= 0) return;
    const where =
      o.target === 'comment'
        ? o.fullReportUrl
          ? `[the job summary](${o.fullReportUrl})`
          : 'the job summary'
        : 'the report artifact';
    out.push('', `_… and ${left} more ${what}: see ${where}._`);
  };
  if (o.target === 'comment') out.push(COMMENT_MARKER);
  out.push(title(r), '');

  const errors = r.issues.filter((i) => i.severity === 'error').length;
  if (r.issues.length > 0) {
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

  const scored = touched(r);
  if (scored.length > 0) {
    const sym = CORRELATION_SYMBOL[r.method.correlation];
    out.push('| Benchmark | Score (Z) | Agreement with aggregate | 90% interval | Models shared | Rank |');
    out.push('|---|---:|---:|---:|---:|---:|');
    const ranked = r.rows.filter((x) => x.rank !== null).length;
    for (const t of scored.slice(0, budget)) out.push(touchedRow(t, sym, ranked));
    cutNote(scored.length - budget, 'scenarios');
    const warnings = scored.flatMap((t) =>
      (t.row?.warnings ?? []).map((w) => `⚠ ${md(t.row!.name)}: ${md(w)}`),
    );
    const skipped = scored.flatMap((t) =>
      t.row?.skipped ? [`Not scored: ${md(t.row.name)} (${md(t.row.skipped)}).`] : [],
    );
    if (warnings.length + skipped.length > 0)
      out.push('', ...[...skipped, ...warnings].slice(0, budget).map((w) => `${w}  `));
    out.push('');
  } else if (r.valid) {
    out.push('This pull request changes no results file of the catalog.', '');
  }

  const moved = r.changes.filter((c) => c.status === 'changed' && c.rankBefore !== c.rankAfter);
  if (scored.length > 0 || moved.length > 0) {
    if (moved.length === 0) {
      out.push('No other benchmark changes rank.', '');
    } else {
      const heading = `Rank changes (${plural(moved.length, 'benchmark')} ${moved.length === 1 ? 'moves' : 'move'})`;
      // A long list folds away; a short one stays in view.
      const fold = moved.length > 10;
      out.push(fold ? `<details><summary>${heading}</summary>` : heading, '');
      out.push('| Benchmark | Score before → after | Rank before → after |', '|---|---:|---:|');
      for (const c of moved.slice(0, budget)) out.push(changeRow(c));
      cutNote(moved.length - budget, 'rank changes');
      out.push('');
      if (fold) out.push('</details>', '');
    }
  }

  const withUnmatched = r.benchmarks.filter((b) => b.unmatched.length > 0);
  for (const b of withUnmatched.slice(0, budget)) {
    out.push(`<details><summary>${unmatchedSummary(b)}</summary>`, '');
    for (const u of b.unmatched.slice(0, budget)) {
      const hint =
        u.suggestions.length > 0
          ? ` — closest: ${u.suggestions.map(codeSpan).join(', ')}`
          : ' — no close match';
      out.push(`- ${codeSpan(u.name)}${hint}`);
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

  const bars = r.rows.filter((x) => x.z !== null);
  if (bars.length >= 2) {
    if (bars.length <= budget) {
      out.push('<details><summary>Chart: every benchmark’s score (Z), yours highlighted</summary>', '');
      out.push(chart(bars, new Set(scored.map((t) => t.scenario))), '', '</details>', '');
    } else {
      cutNote(1, 'section (the chart of all benchmarks)');
      out.push('');
    }
  }

  out.push(footer(r));
  return out.join('\n') + '\n';
}

function title(r: PrReport): string {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  if (!r.valid) return `### BenchBench: ❌ ${plural(errors, 'error')} in the changed files`;
  const first = touched(r).find((t) => t.row !== null);
  if (!first?.row) {
    const removed = r.benchmarks.filter((b) => b.status === 'removed').length;
    return removed > 0
      ? `### BenchBench: ${plural(removed, 'benchmark')} removed`
      : '### BenchBench: no benchmark results changed';
  }
  const row = first.row;
  const of = r.rows.filter((x) => x.rank !== null).length;
  if (row.z === null || row.rank === null) return `### BenchBench: ${codeSpan(row.name)} has no score`;
  return `### BenchBench: ${codeSpan(row.name)} scores Z = ${signed(row.z)}, rank ${row.rank} of ${of}`;
}

function touchedRow(
  t: { row: ReportRow | null; change: ReportChange | null; scenario: string },
  sym: string,
  of: number,
): string {
  const status =
    t.change?.status === 'added'
      ? ' (new)'
      : t.change?.status === 'removed'
        ? ' (removed)'
        : t.change
          ? ' (changed)'
          : ' (unchanged)';
  if (!t.row) {
    const name = md(t.change?.name ?? t.scenario);
    return `| ${name}${status} | ${signed(t.change?.zBefore ?? null)} → – | – | – | – | ${t.change?.rankBefore ?? '–'} → – |`;
  }
  const x = t.row;
  const rank =
    x.rank === null
      ? '–'
      : `${x.rank} of ${of}${x.rankInterval && rankRange(x.rankInterval) !== String(x.rank) ? ` (${rankRange(x.rankInterval)})` : ''}`;
  return `| **${md(x.name)}**${status} | **${signed(x.z)}** | ${x.agreement === null ? '–' : `${sym} = ${fixed(x.agreement)}`} | ${range(x.agreementInterval)} | ${x.nCommon} of ${x.models} | ${rank} |`;
}

function changeRow(c: ReportChange): string {
  const d = c.rankBefore !== null && c.rankAfter !== null ? c.rankBefore - c.rankAfter : 0;
  const arrow = d > 0 ? ` (↑${d})` : d < 0 ? ` (↓${-d})` : '';
  return `| ${md(c.name)} | ${signed(c.zBefore)} → ${signed(c.zAfter)} | ${c.rankBefore ?? '–'} → ${c.rankAfter ?? '–'}${arrow} |`;
}

function unmatchedSummary(b: ChangedBenchmark): string {
  const n = b.unmatched.length;
  return `${n} of the ${b.models} models in ${escapeCommentHtml(b.file)} match no catalog model`;
}

function issueLine(i: Issue): string {
  const icon = i.severity === 'error' ? '❌' : i.severity === 'warning' ? '⚠️' : 'ℹ️';
  const place = [i.file, i.line, i.line !== undefined ? i.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
  const hint = i.hint ? ` Hint: ${md(i.hint)}` : '';
  return `${icon} ${codeSpan(place)} ${md(i.message)} (${md(i.code)}).${hint}`;
}

function issueCounts(issues: readonly Issue[]): string {
  const n = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  return [plural(n('error'), 'error'), plural(n('warning'), 'warning'), plural(n('note'), 'note')].join(', ');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Chart labels: letters, digits and a few safe signs; nothing Mermaid or Markdown could read as syntax. */
export function chartLabel(name: string): string {
  const clean = name
    .replace(/[^\p{L}\p{N} ._+()-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = [...clean];
  return (cut.length > 36 ? cut.slice(0, 35).join('') + '…' : clean) || '?';
}

/**
 * Mermaid's xychart has one colour per series, so the highlighted bars are a second bar series
 * drawn over the first: its other values sit at the axis minimum, which draws nothing.
 */
function chart(rows: readonly ReportRow[], highlight: ReadonlySet<string>): string {
  const zs = rows.map((x) => x.z!);
  const lo = Math.floor(zs.reduce((a, z) => Math.min(a, z), 0) * 2) / 2 - 0.5;
  const hi = Math.ceil(zs.reduce((a, z) => Math.max(a, z), 0) * 2) / 2 + 0.5;
  const v = (z: number): string => (Math.round(z * 1000) / 1000).toString();
  return [
    '```mermaid',
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#9ca3af, #d97706"}}}}%%',
    'xychart-beta',
    '    title "BenchBench score (Z) of every benchmark"',
    `    x-axis [${rows.map((x) => `"${chartLabel(x.name)}"`).join(', ')}]`,
    `    y-axis "Z" ${v(lo)} --> ${v(hi)}`,
    `    bar [${zs.map(v).join(', ')}]`,
    `    bar [${rows.map((x) => (highlight.has(x.scenario) ? v(x.z!) : v(lo))).join(', ')}]`,
    '```',
  ].join('\n');
}

const hash = (h: string): string => h.replace(/^sha256:/, '').slice(0, 12);

function footer(r: PrReport): string {
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  const pr = r.pullRequest !== null ? `PR #\u200B${r.pullRequest}, ` : '';
  return (
    `<sub>${md(methodLine(r.method))} (${sym}); aggregate of ${plural(r.aggregate.scenarios.length, 'scenario')} over ${r.aggregate.models} models; board ${md(r.board.title)}. ` +
    `${pr}base ${short(r.base.sha)} → head ${short(r.head.sha)} (catalog ${hash(r.catalogHash.base)} → ${hash(r.catalogHash.head)}). ` +
    `${md(r.generator)}, computed in ${seconds(r.elapsedMs)}. Reproduce: ${codeSpan(r.reproduce)}.</sub>`
  );
}
