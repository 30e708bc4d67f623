/**
 * The job summary: the full report (nothing cut below 1 MiB), with the run's notes (a comment
 * that could not be posted, a report that was refused) on top. Notes are our own sentences,
 * possibly quoting untrusted text, so they are escaped like everything else.
 */
import type { PrReport } from '../pipeline/pr-report-schema.js';
import { escapeMarkdownInline } from '../report/escape.js';
import { renderPrComment } from '../report/pr-comment.js';

export function summaryMarkdown(report: PrReport | null, notes: readonly string[]): string {
  const head = notes.map((n) => `> ⚠️ ${escapeMarkdownInline(n)}\n`).join('\n');
  const body = report ? renderPrComment(report, { target: 'summary' }) : '';
  return [head, body].filter((s) => s !== '').join('\n');
}
