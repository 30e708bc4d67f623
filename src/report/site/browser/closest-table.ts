/**
 * The "closest benchmarks" table, as the detail dialog shows it for a catalog benchmark and the
 * upload shows it for a scored file: the benchmarks whose ranking of models agrees most with
 * this one, most agreeing first. Each number is a datum (numbers.ts), so the browser tests read
 * the engine's full value; each row carries its scenario id in `data-scenario`.
 */
import type { Interval } from '../../../core/leaderboard.js';
import { fixed } from '../../format.js';
import { h } from './dom.js';
import { countDatum, datum, intervalDatum } from './numbers.js';

export interface ClosestRow {
  readonly scenario: string;
  readonly agreement: number | null;
  readonly interval: Interval | null;
  /** Models with a score in both. */
  readonly nCommon: number;
}

/** `name` gives the first cell of a row: the benchmark's name, as text or as a link to it. */
export function closestTable(
  rows: readonly ClosestRow[],
  name: (scenario: string) => Node | string,
): HTMLTableElement {
  return h(
    'table',
    { class: 'closest' },
    h('caption', {}, 'Closest benchmarks: the ones whose ranking of models agrees most with this one'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Benchmark'),
        h('th', { scope: 'col', class: 'num' }, 'Agreement'),
        h('th', { scope: 'col', class: 'num' }, '90% interval'),
        h('th', { scope: 'col', class: 'num' }, 'Models shared'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((c) =>
        h(
          'tr',
          { 'data-scenario': c.scenario },
          h('td', {}, name(c.scenario)),
          h('td', { class: 'num' }, datum('agreement', c.agreement, fixed(c.agreement))),
          h('td', { class: 'num' }, intervalDatum('interval', c.interval)),
          h('td', { class: 'num' }, countDatum('n-common', c.nCommon)),
        ),
      ),
    ),
  );
}
