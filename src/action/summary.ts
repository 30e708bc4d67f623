/**
 * The job summary: the full report (nothing cut below 1 MiB), with the run's notes (a comment
 * that could not be posted, a report that was refused) on top. Notes are our own sentences,
 * possibly quoting untrusted text, so they are escaped like everything else.
 *
 * GitHub refuses a step summary over 1 MiB counted in bytes of UTF-8, not in characters (a CJK
 * name is one UTF-16 unit but three bytes): the report is cut to fit SUMMARY_BYTES, measured in
 * UTF-8, after the notes (each cut to 1,000 characters by the escaper, at most MAX_NOTES).
 */
import type { PrReport } from '../model/pr-report-schema.js';
import { escapeMarkdownInline } from '../report/escape.js';
import { renderPrComment } from '../report/pr-comment.js';

/** GitHub's limit, 1 MiB, less 4 KiB for what the runner or a later step adds. */
export const SUMMARY_BYTES = 1_048_576 - 4_096;
export const MAX_NOTES = 20;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export function summaryMarkdown(report: PrReport | null, notes: readonly string[]): string {
  const head = notes
    .slice(0, MAX_NOTES)
    .map((n) => `> ⚠️ ${escapeMarkdownInline(n)}\n`)
    .join('\n');
  const body = report
    ? renderPrComment(report, {
        target: 'summary',
        maxLength: SUMMARY_BYTES - utf8Bytes(head) - 1,
        measure: utf8Bytes,
      })
    : '';
  return [head, body].filter((s) => s !== '').join('\n');
}
