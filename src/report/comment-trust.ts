/**
 * Saturation and plausibility (pipeline/trust.ts) in the PR comment: a flag beside the score,
 * a sentence saying why, and the rows to check with file and line. Shown, never scored.
 * Names are untrusted: the caller's `name` escapes and cuts them; places go through `codeSpan`.
 */
import type { PrReport, ReportTrust } from '../pipeline/pr-report-schema.js';
import { codeSpan } from './escape.js';

const pct = (v: number | null): string => (v === null ? '–' : `${Math.round(v * 100)}%`);
const half = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function trustOf(r: PrReport, scenario: string): ReportTrust | undefined {
  for (const b of r.benchmarks) {
    const t = b.trust.find((x) => x.scenario === scenario);
    if (t) return t;
  }
  return undefined;
}

/** Short flags for the score cell. */
export function trustFlags(t: ReportTrust | undefined): string[] {
  if (!t) return [];
  const out: string[] = [];
  if (t.saturation.saturated) out.push('⚠ saturated');
  const n = t.plausibility.flagged.length;
  if (n > 0) out.push(`⚠ ${n} ${n === 1 ? 'row' : 'rows'} to check`);
  return out;
}

/** Sentences under the table: why it is saturated, and which rows to check (at most `max`). */
export function trustNotes(
  r: PrReport,
  t: ReportTrust | undefined,
  label: string,
  name: (s: string) => string,
  max: number,
): string[] {
  if (!t) return [];
  const out: string[] = [];
  const s = t.saturation;
  const th = r.trust.saturation;
  if (s.saturated) {
    out.push(
      `⚠ ${label} looks saturated: ${s.nearBest} of its ${s.models} models (${pct(s.nearBestShare)}) score within ` +
        `${pct(th.nearBest)} of the score range from the best (saturated from ${pct(th.saturatedShare)}), and its top ` +
        `${s.topModels} span ${pct(s.topSpread)} of the range (saturated below ${pct(th.minTopSpread)}): it barely tells the best models apart.`,
    );
  }
  const p = t.plausibility;
  if (p.flagged.length > 0) {
    out.push(
      `⚠ ${label}: ${p.flagged.length === 1 ? 'one row ranks' : `${p.flagged.length} rows rank`} far from the aggregate ` +
        `(rank gap above ${half(p.threshold ?? 0)} among ${p.shared} shared models); check ${p.flagged.length === 1 ? 'it' : 'them'}:`,
    );
    for (const f of p.flagged.slice(0, max)) {
      const place = f.line === null ? f.file : `${f.file}:${f.line}`;
      out.push(
        `- ${codeSpan(place)} ${name(f.name)}: rank ${half(f.rank)} here, ${half(f.aggregateRank)} in the aggregate (gap ${half(f.gap)})`,
      );
    }
    if (p.flagged.length > max) out.push(`- … and ${p.flagged.length - max} more in the job summary`);
  }
  return out;
}
