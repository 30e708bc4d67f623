/**
 * The rank diff of a PR report, shared by the comment (Markdown) and the `diff`/`score` text:
 * one sentence for the mechanical shift an insertion or removal causes, and the changes that
 * mean something (`listed`: agreement or relative order changed; see core/change-causes.ts).
 *
 * Names go through the caller's `name` function, so each renderer escapes them its own way.
 */
import type { PrReport, ReportCause, ReportChange } from '../model/pr-report-schema.js';

export interface RankDiff {
  /** e.g. "The 55 benchmarks below my_bench each move down one place". Null: nothing shifted. */
  readonly shift: string | null;
  /** Changed benchmarks (not added or removed) whose agreement or order changed, in board order. */
  readonly rows: readonly ReportChange[];
  /** The whole sentence: the shift and what else changed. */
  readonly sentence: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `a`, `a and b`, `a, b and c`, `a, b, c and 4 more`. */
function names(list: readonly string[]): string {
  const shown = list.length > 4 ? [...list.slice(0, 3), `${list.length - 3} more`] : list;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function places(moves: readonly number[]): string {
  const lo = Math.min(...moves);
  const hi = Math.max(...moves);
  if (lo === hi) return `${lo === 1 ? 'one place' : `${lo} places`} each`;
  return `${lo} to ${hi} places`;
}

export function rankDiff(r: PrReport, name: (s: string) => string): RankDiff {
  const added = r.changes.filter((c) => c.status === 'added');
  const removed = r.changes.filter((c) => c.status === 'removed');
  const rows = r.changes.filter((c) => c.status === 'changed' && c.listed);
  const shifted = r.changes.filter(
    (c) =>
      c.status === 'changed' &&
      !c.listed &&
      c.rankBefore !== null &&
      c.rankAfter !== null &&
      c.rankBefore !== c.rankAfter,
  );
  const down = shifted.filter((c) => c.rankAfter! > c.rankBefore!).map((c) => c.rankAfter! - c.rankBefore!);
  const up = shifted.filter((c) => c.rankAfter! < c.rankBefore!).map((c) => c.rankBefore! - c.rankAfter!);
  const parts: string[] = [];
  if (down.length > 0) {
    const why = added.length > 0 ? ` below ${names(added.map((c) => name(c.name)))}` : '';
    parts.push(
      `the ${plural(down.length, 'benchmark')}${why} ${down.length === 1 ? 'moves' : 'move'} down ${places(down)}`,
    );
  }
  if (up.length > 0) {
    const why = removed.length > 0 ? ` that were below ${names(removed.map((c) => name(c.name)))}` : '';
    parts.push(
      `the ${plural(up.length, 'benchmark')}${why} ${up.length === 1 ? 'moves' : 'move'} up ${places(up)}`,
    );
  }
  const shift = parts.length > 0 ? capitalise(parts.join(', and ')) : null;
  const rest =
    rows.length === 0
      ? shift
        ? 'no other benchmark changes order or agreement'
        : 'No other benchmark changes rank, order or agreement'
      : `${plural(rows.length, 'benchmark')} ${rows.length === 1 ? 'changes' : 'change'} agreement or order for a reason of ${rows.length === 1 ? 'its' : 'their'} own`;
  const sentence = shift ? `${shift}; ${rest}.` : `${capitalise(rest)}.`;
  return { shift, rows, sentence };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const CAUSE_TEXT: Record<ReportCause, string> = {
  inserted: 'order changed',
  removed: 'order changed',
  'own scores': 'its results changed',
  'aggregate changed': 'the aggregate changed',
  'names changed': 'its model names match differently (models.yaml)',
};

/** Why a listed change happened, in words. */
export function causeText(c: ReportChange): string {
  if (c.agreementChanged) return CAUSE_TEXT[c.cause];
  // Same agreement, new order: another benchmark moved past it.
  return c.cause === 'own scores' || c.cause === 'inserted' || c.cause === 'removed'
    ? 'a changed benchmark moved past it'
    : `${CAUSE_TEXT[c.cause]}; its agreement did not, another benchmark moved past it`;
}
