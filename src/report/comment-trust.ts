/**
 * Saturation and plausibility (pipeline/trust.ts) in the PR comment, in the words of
 * trust-lines.ts: the marks beside the score, a sentence saying why a scenario looks saturated,
 * and the rows to check with file and line. Shown, never scored. Names are untrusted: the
 * caller's `name` escapes and cuts them; places go through `codeSpan`.
 */
import type { PrReport, ReportTrust } from '../model/pr-report-schema.js';
import { codeSpan } from './escape.js';
import { checkRowLine, saturationFacts, trustMarks } from './trust-lines.js';

export function trustOf(r: PrReport, scenario: string): ReportTrust | undefined {
  for (const b of r.benchmarks) {
    const t = b.trust.find((x) => x.scenario === scenario);
    if (t) return t;
  }
  return undefined;
}

/** The marks for the score cell, each with a warning sign. */
export function trustFlags(t: ReportTrust | undefined): string[] {
  return t ? trustMarks(t.saturation.saturated, t.plausibility.flagged.length).map((m) => `⚠ ${m}`) : [];
}

/** Sentences under the table: why it looks saturated, and which rows to check (at most `max`). */
export function trustNotes(
  r: PrReport,
  t: ReportTrust | undefined,
  label: string,
  name: (s: string) => string,
  max: number,
): string[] {
  if (!t) return [];
  const out: string[] = [];
  if (t.saturation.saturated) {
    out.push(
      `⚠ ${label} looks saturated (${saturationFacts(t.saturation, r.trust.saturation)}): it barely tells the best models apart.`,
    );
  }
  const p = t.plausibility;
  if (p.flagged.length > 0) {
    out.push(
      `⚠ ${label}: ${p.flagged.length === 1 ? 'one row ranks' : `${p.flagged.length} rows rank`} far from the aggregate; ` +
        `check ${p.flagged.length === 1 ? 'it' : 'them'} before merging:`,
    );
    for (const f of p.flagged.slice(0, max))
      out.push(`- ${checkRowLine(f, p.shared, { place: codeSpan, name })}`);
    if (p.flagged.length > max) out.push(`- … and ${p.flagged.length - max} more in the job summary`);
  }
  return out;
}
