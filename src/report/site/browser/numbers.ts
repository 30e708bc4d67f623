/**
 * Numbers in the page: shown rounded, each in a <data> element whose `value` is the full number
 * the engine computed (what a reader's tools copy, and what the browser tests compare with the
 * CLI's JSON). `data-field` names what the number is.
 */
import type { Interval } from '../../../core/leaderboard.js';
import { fixed } from '../../format.js';
import { h } from './dom.js';

export function datum(field: string, value: number | null, text: string): HTMLDataElement {
  return h(
    'data',
    { 'data-field': field, value: value === null || !Number.isFinite(value) ? null : String(value) },
    text,
  );
}

/** `lo – hi`, each end a datum (`FIELD-lo`, `FIELD-hi`); `–` without an interval. */
export function intervalDatum(
  field: string,
  iv: Interval | null,
  digits = 2,
  format: (v: number, d: number) => string = fixed,
): HTMLSpanElement {
  return iv
    ? h(
        'span',
        { class: 'interval' },
        datum(`${field}-lo`, iv[0], format(iv[0], digits)),
        ' – ',
        datum(`${field}-hi`, iv[1], format(iv[1], digits)),
      )
    : h('span', { class: 'interval' }, '–');
}

/** An input for a correlation threshold: a number from −1 to 1. */
export const thresholdInput = (id: string, step: number, value: number): HTMLInputElement =>
  h('input', { id, type: 'number', min: -1, max: 1, step, value, inputmode: 'decimal' });

/** A count as a datum. */
export const countDatum = (field: string, n: number): HTMLDataElement => datum(field, n, String(n));
