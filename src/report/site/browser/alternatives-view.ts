/**
 * A benchmark's efficient alternatives, in its detail view: the benchmarks whose ranking of
 * models agrees with it at least T, computed in the worker by the engine of `benchbench
 * alternatives` (efficient-answers.ts) with the method in force, each with its agreement, 90%
 * interval, shared models, access and cost (relative to this benchmark's). The reader filters by
 * access (as `--where access=...`) and by a highest cost in one unit; the list is asked for once
 * per minimum agreement, and the filters only hide rows.
 * While the worker works <html data-alternatives> is "busy", then "done".
 */
import { DEFAULT_MIN_AGREEMENT, type Alternative } from '../../../core/alternatives.js';
import { ACCESS_LEVELS, type Access } from '../../../core/types.js';
import { fixed } from '../../format.js';
import type { ScenarioResources } from './engine-protocol.js';
import { h } from './dom.js';
import type { AnswerCallbacks } from './engine-client.js';
import { countDatum, datum, intervalDatum, thresholdInput } from './numbers.js';

const NOT_STATED = 'not stated';

export interface AlternativesContext {
  readonly scenario: string;
  readonly own: ScenarioResources | undefined;
  ask(minAgreement: number, on: AnswerCallbacks<Alternative[]>): void;
  nameOf(scenario: string): string;
  open(scenario: string): void;
}

/** The reader's filters: the access levels kept, and a highest cost in one unit (null: any). */
export interface AlternativesFilter {
  readonly access: ReadonlySet<Access | typeof NOT_STATED>;
  readonly maxCost: { readonly value: number; readonly unit: string } | null;
}

/**
 * Whether an alternative passes the filters. A level of access not stated passes only when
 * "not stated" is kept; with a highest cost, an alternative of unknown cost or in another unit
 * does not pass.
 */
export function keepAlternative(a: Alternative, filter: AlternativesFilter): boolean {
  if (!filter.access.has(a.access ?? NOT_STATED)) return false;
  const max = filter.maxCost;
  return !max || (a.cost !== null && a.cost.unit === max.unit && a.cost.value <= max.value);
}

const costText = (c: { value: number; unit: string } | null | undefined): string =>
  c ? `${c.value} ${c.unit}` : 'unknown';

/** The filters' controls: the minimum agreement, a box per access level, a highest cost and its unit. */
function filterControls() {
  const min = thresholdInput('alt-min', 0.05, DEFAULT_MIN_AGREEMENT);
  const accessBoxes = [...ACCESS_LEVELS, NOT_STATED].map((level) => {
    const id = `alt-access-${level.replace(' ', '-')}`;
    const box = h('input', { type: 'checkbox', id, value: level, checked: true });
    return { level, box, label: h('span', { class: 'check' }, box, h('label', { for: id }, level)) };
  });
  const maxCost = h('input', {
    id: 'alt-max-cost',
    type: 'number',
    min: 0,
    step: 'any',
    inputmode: 'decimal',
  });
  const unit = h('select', { id: 'alt-cost-unit', 'aria-label': 'Unit of the highest cost' });
  const filter = (): AlternativesFilter => {
    const value = maxCost.value.trim() === '' ? NaN : Number(maxCost.value);
    return {
      access: new Set(accessBoxes.filter((a) => a.box.checked).map((a) => a.level as Access)),
      maxCost: Number.isFinite(value) && unit.value ? { value, unit: unit.value } : null,
    };
  };
  /** The units to choose from: those of the alternatives, and this benchmark's own first. */
  const offerUnits = (list: readonly Alternative[], own: string | undefined): void => {
    const units = [...new Set(list.flatMap((a) => a.cost?.unit ?? []))].sort();
    if (own && !units.includes(own)) units.unshift(own);
    const chosen = unit.value || own || units[0] || '';
    unit.replaceChildren(...units.map((u) => h('option', { value: u, selected: u === chosen }, u)));
    unit.disabled = maxCost.disabled = units.length === 0;
  };
  const element = h(
    'div',
    { class: 'alt-filters' },
    h('div', { class: 'field' }, h('label', { for: min.id }, 'Agreeing at least'), min),
    h('fieldset', { class: 'alt-access' }, h('legend', {}, 'Access'), ...accessBoxes.map((a) => a.label)),
    h(
      'div',
      { class: 'field' },
      h('label', { for: maxCost.id }, 'Cost at most'),
      h('span', { class: 'alt-cost' }, maxCost, unit),
    ),
  );
  const onFilter = (show: () => void): void => {
    for (const a of accessBoxes) a.box.addEventListener('change', show);
    maxCost.addEventListener('input', show);
    unit.addEventListener('change', show);
  };
  return { min, filter, offerUnits, onFilter, element };
}

export function alternativesSection(ctx: AlternativesContext): HTMLElement {
  const root = document.documentElement;
  const controls = filterControls();
  const { min } = controls;
  const status = h('p', { class: 'alt-status', 'aria-live': 'polite' });
  const table = h('div', { class: 'alt-table' });
  let found: Alternative[] = [];

  function show(): void {
    const f = controls.filter();
    const kept = found.filter((a) => keepAlternative(a, f));
    const t = Number(min.value);
    status.textContent =
      `${found.length} benchmark${found.length === 1 ? '' : 's'} agree at least ${fixed(t, 2)} with this one` +
      (kept.length === found.length ? '.' : `; ${kept.length} pass the filters.`);
    table.replaceChildren(kept.length ? alternativesTable(kept, ctx) : h('p', {}, 'No alternative passes.'));
  }

  function ask(): void {
    const t = Number(min.value);
    if (min.value.trim() === '' || !(t >= -1 && t <= 1)) {
      status.textContent = 'The minimum agreement is a number from −1 to 1.';
      return;
    }
    root.dataset['alternatives'] = 'busy';
    status.textContent = 'Finding alternatives in your browser…';
    ctx.ask(t, {
      result: (list) => {
        found = list;
        controls.offerUnits(list, ctx.own?.cost?.unit);
        show();
        root.dataset['alternatives'] = 'done';
      },
      error: (message) => {
        status.textContent = `The alternatives could not be computed: ${message}`;
        root.dataset['alternatives'] = 'done';
      },
    });
  }

  min.addEventListener('change', ask);
  controls.onFilter(show);
  ask();

  return h(
    'section',
    { class: 'alternatives', 'aria-labelledby': 'alt-title' },
    h('h3', { id: 'alt-title' }, 'Efficient alternatives'),
    h(
      'p',
      { class: 'hint' },
      `Benchmarks that rank models like this one, with what it takes to run them. This one: access ${
        ctx.own?.access ?? NOT_STATED
      }, cost ${costText(ctx.own?.cost)}. As "benchbench alternatives ${ctx.scenario}".`,
    ),
    controls.element,
    status,
    table,
  );
}

function alternativesTable(list: readonly Alternative[], ctx: AlternativesContext): HTMLElement {
  const head = ['Benchmark', 'Agreement', '90% interval', 'Models shared', 'Access', 'Cost'];
  return h(
    'table',
    { class: 'alternatives-table' },
    h('caption', {}, 'Alternatives, most agreeing first'),
    h(
      'thead',
      {},
      h('tr', {}, ...head.map((t, i) => h('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : null }, t))),
    ),
    h(
      'tbody',
      {},
      ...list.map((a) => {
        const link = h(
          'button',
          { type: 'button', class: 'link', 'data-scenario': a.scenario },
          ctx.nameOf(a.scenario),
        );
        link.addEventListener('click', () => ctx.open(a.scenario));
        const relative = a.cost?.relative;
        return h(
          'tr',
          { 'data-scenario': a.scenario },
          h('td', { class: 'name' }, link),
          h(
            'td',
            { class: 'num', 'data-label': 'Agreement' },
            datum('agreement', a.agreement, fixed(a.agreement)),
          ),
          h('td', { class: 'num', 'data-label': '90% interval' }, intervalDatum('interval', a.interval)),
          h('td', { class: 'num', 'data-label': 'Models shared' }, countDatum('n-common', a.nCommon)),
          h('td', { 'data-label': 'Access' }, a.access ?? NOT_STATED),
          h(
            'td',
            { 'data-label': 'Cost' },
            a.cost ? datum('cost', a.cost.value, String(a.cost.value)) : 'unknown',
            a.cost ? ` ${a.cost.unit}` : '',
            relative !== undefined && relative !== null
              ? h(
                  'span',
                  { class: 'hint' },
                  ' (',
                  datum('relative-cost', relative, fixed(relative, 2)),
                  ' × its cost)',
                )
              : null,
          ),
        );
      }),
    ),
  );
}
