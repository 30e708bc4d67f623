/**
 * A list of labelled facts (a <dl class="facts">), as the detail dialog shows a benchmark and
 * the upload shows a scored file: each fact a label and its value, text or an element.
 */
import { h } from './dom.js';

export type Fact = readonly [label: string, value: Node | string];

export const factList = (facts: readonly Fact[]): HTMLDListElement =>
  h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
