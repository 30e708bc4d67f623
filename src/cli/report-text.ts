/** A PR report (the `score` and `diff` commands) as plain text for a terminal. */
import { formatIssue } from '../model/issue.js';
import type { PrReport, ReportRow, ReportTrust } from '../model/pr-report-schema.js';
import { CORRELATION_SYMBOL, fixed, range, rankRange, signed } from '../report/format.js';
import { causeText, rankDiff } from '../report/rank-diff.js';
import { checkRowLine, saturationFacts, SATURATED, trustLegend } from '../report/trust-lines.js';
import { plural } from './common-options.js';

export interface ReportTextOptions {
  /** Unmatched models listed per benchmark (0 = all). */
  readonly limit?: number;
  /** Notes too, not only errors and warnings. */
  readonly verbose?: boolean;
}

export const DEFAULT_UNMATCHED_LIMIT = 50;

const clean = (s: string): string => s.replace(/[\x00-\x1f\x7f]/g, ' ');
const hash = (h: string): string => h.replace(/^sha256:/, '').slice(0, 12);

export function reportText(report: PrReport, options: ReportTextOptions = {}): string {
  const limit = options.limit ?? DEFAULT_UNMATCHED_LIMIT;
  const sym = CORRELATION_SYMBOL[report.method.correlation];
  const scored = report.board.ranked;
  const out: string[] = report.aggregate.warnings.map((w) => `warning: ${clean(w)}`);
  if (out.length) out.push('');
  let marked = false;
  for (const b of report.benchmarks) {
    out.push(`${clean(b.name)} (${b.file}, ${b.status}, ${plural(b.models, 'model')})`);
    for (const s of b.scenarios) {
      const row = report.rows.find((r) => r.scenario === s);
      out.push(row ? '  ' + rowLine(row, sym, scored) : `  ${clean(s)}: not on the leaderboard`);
      if (report.boards.length > 1) out.push(`    on every board: ${boardPlaces(report, s).join('; ')}`);
      const t = b.trust.find((x) => x.scenario === s);
      const lines = t ? trustLines(t, report) : [];
      out.push(...lines);
      marked ||= lines.length > 0;
    }
    if (b.unmatched.length) {
      out.push(
        `  ${b.unmatched.length} of ${plural(b.models, 'model')} ${b.unmatched.length === 1 ? 'matches' : 'match'} no other benchmark's model:`,
      );
      const shown = limit ? b.unmatched.slice(0, limit) : b.unmatched;
      for (const u of shown) {
        out.push(
          `    ${clean(u.name)}${u.suggestions.length ? `  (closest: ${u.suggestions.map(clean).join(', ')})` : ''}`,
        );
      }
      if (b.unmatched.length > shown.length)
        out.push(`    ... and ${b.unmatched.length - shown.length} more (--limit 0 or --json lists all)`);
    }
  }
  if (report.benchmarks.length > 0 || report.changes.length > 0) {
    const diff = rankDiff(report, clean);
    out.push('', `Rank diff on ${clean(report.board.title)}: ${diff.sentence}`);
    for (const c of diff.rows) {
      out.push(
        `  ${clean(c.name)} (${causeText(c)}): ${sym} ${fixed(c.agreementBefore)} -> ${fixed(c.agreementAfter)}, ` +
          `Z ${signed(c.zBefore)} -> ${signed(c.zAfter)}, rank ${c.rankBefore ?? '–'} -> ${c.rankAfter ?? '–'}`,
      );
    }
  }
  if (marked) out.push('', `trust: ${trustLegend(report.trust)}`);
  const problems = report.issues.filter((i) => options.verbose || i.severity !== 'note');
  if (problems.length) out.push('', ...problems.map(formatIssue));
  out.push(
    '',
    `${report.valid ? 'valid' : 'INVALID'}; catalog ${hash(report.catalogHash.base)} -> ${hash(report.catalogHash.head)}; ` +
      `reproduce: ${report.reproduce}`,
  );
  return out.join('\n') + '\n';
}

function boardPlaces(report: PrReport, scenario: string): string[] {
  return report.boards.map((b) => {
    const p = b.rows.find((x) => x.scenario === scenario);
    if (!p) return `not on ${clean(b.title)}`;
    if (p.rank === null) return `unscored on ${clean(b.title)}`;
    return `rank ${p.rank} of ${b.scored} [90% range ${rankRange(p.rankInterval)}] on ${clean(b.title)}`;
  });
}

function rowLine(r: ReportRow, sym: string, scored: number): string {
  if (r.rank === null) return `${clean(r.name)}: not scored (${r.skipped ?? 'no agreement'})`;
  return (
    `${clean(r.name)}: Z ${signed(r.z)} [90% interval ${range(r.zInterval, 2, (v, d) => signed(v, d))}], ` +
    `rank ${r.rank} of ${scored} [90% range ${rankRange(r.rankInterval)}], ` +
    `agreement ${sym} = ${fixed(r.agreement)} [90% interval ${range(r.agreementInterval)}], ` +
    `${r.nCommon} of ${plural(r.models, 'model')} shared with the aggregate` +
    (r.inAggregate ? ' (aggregate member: scored against an aggregate it helps form)' : '') +
    (r.warnings.length ? `\n    warning: ${r.warnings.join('; ')}` : '')
  );
}

/** A scenario's saturation and its rows to check, when there is something to say. */
function trustLines(t: ReportTrust, report: PrReport): string[] {
  const out: string[] = [];
  if (t.saturation.saturated)
    out.push(`    ${SATURATED}: ${saturationFacts(t.saturation, report.trust.saturation)}`);
  for (const f of t.plausibility.flagged.slice(0, 50)) {
    out.push(`    check this row: ${clean(checkRowLine(f, t.plausibility.shared))}`);
  }
  if (t.plausibility.flagged.length > 50) {
    out.push(`    ... and ${t.plausibility.flagged.length - 50} more rows to check (--json lists all)`);
  }
  return out;
}
