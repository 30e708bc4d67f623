/**
 * The words every renderer uses for saturation and plausibility (docs/method.md): the marks
 * beside a score, the legend that explains them, and one "check this row" line. Plain text:
 * callers escape names and paths for their medium. Pure.
 */
import type { SaturationThresholds } from '../core/saturation.js';
import type { TrustThresholds } from '../model/trust.js';

/** `25%`, `3.6%`, `0.5%`: one decimal below 10%, none above. */
export function percent(v: number): string {
  const p = v * 100;
  return `${p < 10 ? Number(p.toFixed(1)) : Math.round(p)}%`;
}

/** A rank among the shared models: `3`, or `2.5` for a tie. */
export const rankText = (r: number): string => String(r);

export const SATURATED = 'saturated';
export const rowsToCheck = (n: number): string => `${n} row${n === 1 ? '' : 's'} to check`;

/** The marks of a scenario: `saturated`, `2 rows to check`; none when there is nothing to say. */
export function trustMarks(saturated: boolean | null, flagged: number): string[] {
  return [...(saturated ? [SATURATED] : []), ...(flagged > 0 ? [rowsToCheck(flagged)] : [])];
}

/** What the marks mean, with the configured thresholds. */
export function trustLegend({ saturation: s, plausibility: p }: TrustThresholds): string {
  return (
    `${SATURATED}: at least ${percent(s.saturatedShare)} of the models score within ${percent(s.nearBest)} of the ` +
    `score range from the best, or the top ${s.topModels} span less than ${percent(s.minTopSpread)} of the range ` +
    `(no verdict below ${s.minModels} models). N rows to check: models whose rank in the ` +
    `scenario is further from their rank in the aggregate than ${p.madMultiplier} median absolute deviations ` +
    `above the median gap and than ${percent(p.minGapShare)} of the shared models (checked from ` +
    `${p.minModels} shared models). Neither changes the score.`
  );
}

/** `33% of 12 models within 2% of the best; the top 10 span 80% of the range`. */
export function saturationFacts(
  s: {
    readonly models: number;
    readonly nearBestShare: number | null;
    readonly topModels: number;
    readonly topSpread: number | null;
  },
  t: SaturationThresholds,
): string {
  if (s.nearBestShare === null || s.topSpread === null) return 'no scores';
  return (
    `${percent(s.nearBestShare)} of ${s.models} models within ${percent(t.nearBest)} of the best; ` +
    `the top ${s.topModels} span ${percent(s.topSpread)} of the range`
  );
}

const PLAIN = { place: (s: string) => s, name: (s: string) => s };

/** `benchmarks/x.csv:12 gpt-x: rank 3 in this scenario, 18 in the aggregate (of 40 shared models)`. */
export function checkRowLine(
  f: {
    readonly file: string;
    readonly line: number | null;
    readonly name: string;
    readonly rank: number;
    readonly aggregateRank: number;
  },
  shared: number,
  /** How the medium writes the place (`file:line`) and the model's name; plain by default. */
  escape: { readonly place: (s: string) => string; readonly name: (s: string) => string } = PLAIN,
): string {
  return (
    `${escape.place(`${f.file}${f.line === null ? '' : `:${f.line}`}`)} ${escape.name(f.name)}: rank ${rankText(f.rank)} in this scenario, ` +
    `${rankText(f.aggregateRank)} in the aggregate (of ${shared} shared models)`
  );
}
