/**
 * The marks beside a benchmark's name in LEADERBOARD.md, the CLI's text table and the page, and
 * the one sentence that explains each (every output that shows a mark prints its legend).
 */
import type { RowDocument } from './leaderboard-document.js';

export interface Mark {
  /** In Markdown and on the page. */
  readonly symbol: string;
  /** In the terminal table (ASCII where the Markdown symbol is an emoji-like sign). */
  readonly text: string;
  readonly meaning: string;
}

export const AGGREGATE_MARK: Mark = {
  symbol: 'ᵃ',
  text: 'ᵃ',
  meaning:
    'one of the aggregate\u2019s scenarios: it is scored against an aggregate it helps form, so its agreement is biased upward',
};

export const WARNING_MARK: Mark = {
  symbol: '⚠',
  text: '!',
  meaning: 'a warning about this score, such as too few models shared with the aggregate',
};

/** The marks a row carries, in display order. */
export function marksOf(r: Pick<RowDocument, 'in_aggregate' | 'warnings'>): Mark[] {
  return [...(r.in_aggregate ? [AGGREGATE_MARK] : []), ...(r.warnings.length ? [WARNING_MARK] : [])];
}

/** The marks used by any of `rows`, in display order: the legend to print beside them. */
export function marksUsed(rows: readonly Pick<RowDocument, 'in_aggregate' | 'warnings'>[]): Mark[] {
  const used = new Set(rows.flatMap(marksOf));
  return [AGGREGATE_MARK, WARNING_MARK].filter((m) => used.has(m));
}
