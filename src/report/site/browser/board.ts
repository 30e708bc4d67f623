/**
 * One leaderboard's view: category and text filters, the sortable table (header buttons, rows
 * focusable, Enter or a click opens the detail) and the Z bar chart of the rows shown.
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { fixed, range, signed } from '../../format.js';
import { AGGREGATE_MARK, WARNING_MARK, marksUsed } from '../../marks.js';
import { trustMarks } from '../../trust-lines.js';
import { zBarChart } from './charts.js';
import { h } from './dom.js';

type SortKey = 'rank' | 'name' | 'z' | 'agreement' | 'n_common' | 'category';
interface Column {
  readonly key: SortKey | null;
  readonly label: string;
  readonly numeric: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'name', label: 'Benchmark', numeric: false },
  { key: 'z', label: 'Score (Z)', numeric: true },
  { key: null, label: 'Z 90% interval', numeric: true },
  { key: 'agreement', label: 'Agreement', numeric: true },
  { key: null, label: 'Agreement 90% interval', numeric: true },
  { key: 'n_common', label: 'Models shared', numeric: true },
  { key: 'category', label: 'Category', numeric: false },
];

/**
 * Rows shown before the reader asks for all (sorting and filtering still see every row): a
 * catalog of thousands of benchmarks shows its boards at once, and the page stays small.
 */
export const FIRST_ROWS = 200;

/** The category select and the text search of a board. */
function filterControls(base: string, rows: readonly RowDocument[]) {
  const categories = [...new Set(rows.map((r) => r.category ?? ''))].filter(Boolean).sort();
  const category = h(
    'select',
    { id: `${base}-category`, class: 'category-filter' },
    h('option', { value: '' }, 'All categories'),
    ...categories.map((c) => h('option', { value: c }, c)),
  );
  const search = h('input', {
    id: `${base}-search`,
    class: 'search',
    type: 'search',
    placeholder: 'name, scenario or benchmark file',
    autocomplete: 'off',
  });
  return { category, search };
}

/** A row's element, built the first time it is shown, then kept. */
function rowCache(build: (r: RowDocument) => HTMLTableRowElement): (r: RowDocument) => HTMLTableRowElement {
  const made = new Map<string, HTMLTableRowElement>();
  return (r) => {
    let tr = made.get(r.scenario);
    if (!tr) made.set(r.scenario, (tr = build(r)));
    return tr;
  };
}

/** "Showing 200 of 2000 benchmarks.", naming the matching ones when a filter is on. */
function shownCount(shown: number, matching: number, all: number): string {
  if (shown === matching) return `Showing ${shown} of ${all} benchmarks.`;
  return `Showing the first ${shown} of ${matching === all ? '' : `${matching} matching of `}${all} benchmarks.`;
}

/** Descending by default for these (bigger is better); ascending for the rest. */
const DESCENDING_FIRST: ReadonlySet<SortKey> = new Set(['z', 'agreement', 'n_common']);

function compare(key: SortKey, a: RowDocument, b: RowDocument): number {
  const va = a[key];
  const vb = b[key];
  // Missing values sort last whatever the direction: handled by the caller.
  if (typeof va === 'number' && typeof vb === 'number') return va - vb;
  return String(va ?? '').localeCompare(String(vb ?? ''));
}

export interface BoardView {
  readonly element: HTMLElement;
}

export function boardView(
  board: { id: string; title: string; rows: RowDocument[] },
  correlationSymbol: string,
  openDetail: (scenario: string, board: string) => void,
  /** What the trust badges mean, with the catalog's thresholds. */
  trustLegend = '',
): BoardView {
  const rows = board.rows;
  const base = `board-${board.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const order: Order = { key: 'rank', ascending: true };
  const { category, search } = filterControls(base, rows);
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const labels = COLUMNS.map((c, i) => (i === 4 ? `Agreement (${correlationSymbol})` : c.label));
  const { headers, buttons } = sortHeaders(labels, order, () => render());
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'leaderboard' },
    h('caption', {}, `${board.title}: benchmarks by agreement with the aggregate`),
    h('thead', {}, h('tr', {}, ...headers)),
    tbody,
  );
  const chartBox = h('div', { class: 'chart-box' });
  const rowOf = rowCache((r) => rowElement(r, labels, () => openDetail(r.scenario, board.id)));
  const phoneSort = phoneSortSelect(base, labels, order, () => render());
  let limit: number = FIRST_ROWS;
  const more = h('button', { type: 'button', class: 'show-all', hidden: true });
  more.addEventListener('click', () => {
    limit = Infinity;
    render();
  });

  function render(): void {
    phoneSort.value = order.key;
    const matching = visibleRows(rows, category.value, search.value, order);
    const shown = matching.slice(0, limit);
    tbody.replaceChildren(...shown.map(rowOf));
    for (const [key, button] of buttons) {
      const th = button.parentElement!;
      if (key === order.key) th.setAttribute('aria-sort', order.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    count.textContent = shownCount(shown.length, matching.length, rows.length);
    more.hidden = shown.length === matching.length;
    more.textContent = `Show all ${matching.length} benchmarks`;
    const byZ = shown
      .filter((r) => r.z !== null)
      .sort((a, b) => b.z! - a.z! || (a.scenario < b.scenario ? -1 : 1));
    chartBox.replaceChildren(
      byZ.length
        ? zBarChart(byZ, board.title, chartWidth())
        : h('p', { class: 'empty' }, 'No scored benchmark matches the filters.'),
    );
  }
  category.addEventListener('change', render);
  search.addEventListener('input', render);
  render();

  const filters = { category, search, phoneSort };
  const element = boardElement(filters, count, marksLegend(rows, trustLegend), [table, more], chartBox);
  return { element };
}

/** The board: its filters and sort, the count, the legend, the table and the Z chart. */
function boardElement(
  { category, search, phoneSort }: { category: HTMLElement; search: HTMLElement; phoneSort: HTMLElement },
  count: HTMLElement,
  legend: HTMLElement,
  [table, more]: readonly [HTMLElement, HTMLElement],
  chartBox: HTMLElement,
): HTMLElement {
  return h(
    'div',
    { class: 'board' },
    h(
      'div',
      { class: 'filters' },
      h('label', { for: category.id }, 'Category '),
      category,
      h('label', { for: search.id }, 'Search '),
      search,
    ),
    h('div', { class: 'sort-phone' }, h('label', { for: phoneSort.id }, 'Sort by '), phoneSort),
    count,
    legend,
    h('div', { class: 'table-wrap' }, table),
    more,
    h('h3', {}, 'Score (Z) with 90% intervals'),
    h(
      'p',
      { class: 'legend' },
      'Each bar is a benchmark\u2019s Z (blue above 0, orange below); the black whisker is its 90% interval.',
    ),
    chartBox,
  );
}

/** The table's sort: a column and its direction, changed by the header buttons and the select. */
interface Order {
  key: SortKey;
  ascending: boolean;
}

/** Sorts by `key`; the same key again turns the direction. */
function sortBy(order: Order, key: SortKey, toggle: boolean): void {
  if (toggle && order.key === key) order.ascending = !order.ascending;
  else [order.key, order.ascending] = [key, !DESCENDING_FIRST.has(key)];
}

/** The header cells; a sortable column's is a button that sorts by it. */
function sortHeaders(labels: readonly string[], order: Order, render: () => void) {
  const buttons = new Map<SortKey, HTMLButtonElement>();
  const headers = COLUMNS.map((c, i) => {
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : null });
    if (c.key) {
      const key = c.key;
      const button = h('button', { type: 'button', class: 'sort', 'data-key': key }, labels[i]!);
      button.addEventListener('click', () => {
        sortBy(order, key, true);
        render();
      });
      buttons.set(key, button);
      th.append(button);
    } else th.textContent = c.label;
    return th;
  });
  return { headers, buttons };
}

/** On a phone the header row is hidden (rows become cards): a select sorts instead. */
function phoneSortSelect(
  base: string,
  labels: readonly string[],
  order: Order,
  render: () => void,
): HTMLSelectElement {
  const select = h(
    'select',
    { id: `${base}-sort`, class: 'phone-sort' },
    ...COLUMNS.flatMap((c, i) => (c.key ? [h('option', { value: c.key }, labels[i]!)] : [])),
  );
  select.addEventListener('change', () => {
    sortBy(order, select.value as SortKey, false);
    render();
  });
  return select;
}

/** One benchmark's row: focusable, Enter, Space or a click opens its detail. */
function rowElement(r: RowDocument, labels: readonly string[], open: () => void): HTMLTableRowElement {
  const name = h('td', { class: 'name' }, r.name);
  if (r.in_aggregate) name.append(aggregateBadge());
  if (r.warnings.length) name.append(warningMark(r.warnings.join('; ')));
  for (const mark of trustMarks(r.saturation.saturated, r.plausibility.flagged_count))
    name.append(h('span', { class: 'badge trust', title: 'see the legend above the table' }, mark));
  name.append(h('span', { class: 'scenario-id' }, r.scenario));
  // data-label names each value in the phone layout, where the header row is hidden.
  const cell = (column: number, text: string): HTMLTableCellElement =>
    h('td', { class: COLUMNS[column]!.numeric ? 'num' : null, 'data-label': labels[column] }, text);
  const tr = h(
    'tr',
    { tabindex: 0, 'data-scenario': r.scenario, 'aria-label': `${r.name}: open details` },
    cell(0, r.rank === null ? '–' : String(r.rank)),
    name,
    cell(2, r.z === null ? (r.skipped ? 'not scored' : '–') : signed(r.z)),
    cell(
      3,
      range(r.z_interval, 2, (v, d) => signed(v, d)),
    ),
    cell(4, fixed(r.agreement)),
    cell(5, range(r.agreement_interval)),
    cell(6, `${r.n_common} of ${r.models}`),
    cell(7, r.category ?? ''),
  );
  if (r.skipped) tr.title = `Not scored: ${r.skipped}`;
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  });
  return tr;
}

/** The rows the filters let through, in the table's order (missing values last either way). */
function visibleRows(
  rows: readonly RowDocument[],
  category: string,
  query: string,
  order: Order,
): RowDocument[] {
  const q = query.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!category || r.category === category) &&
      (!q ||
        r.name.toLowerCase().includes(q) ||
        r.scenario.toLowerCase().includes(q) ||
        r.benchmark.toLowerCase().includes(q)),
  );
  const sign = order.ascending ? 1 : -1;
  return shown.sort((a, b) => {
    const missA = a[order.key] === null;
    const missB = b[order.key] === null;
    if (missA !== missB) return missA ? 1 : -1;
    return (
      sign * compare(order.key, a, b) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (a.scenario < b.scenario ? -1 : 1)
    );
  });
}

/** The "aggregate" badge: the row is one of the aggregate's scenarios (AGGREGATE_MARK). */
export function aggregateBadge(): HTMLElement {
  return h('span', { class: 'badge', title: AGGREGATE_MARK.meaning }, `${AGGREGATE_MARK.symbol} aggregate`);
}

/** The warning sign, with its warnings as its title and, for screen readers, as text. */
export function warningMark(warnings: string): HTMLElement {
  return h(
    'span',
    { class: 'warn', title: warnings },
    h('span', { 'aria-hidden': 'true' }, WARNING_MARK.symbol),
    h('span', { class: 'visually-hidden' }, ` warning: ${warnings}`),
  );
}

/** The legend of the marks this board's rows carry. */
function marksLegend(rows: readonly RowDocument[], trustLegend: string): HTMLElement {
  const trusted = rows.some((r) => trustMarks(r.saturation.saturated, r.plausibility.flagged_count).length);
  return h(
    'ul',
    { class: 'marks', 'aria-label': 'What the marks beside a name mean' },
    ...marksUsed(rows).map((m) =>
      h(
        'li',
        {},
        m === AGGREGATE_MARK
          ? h('span', { class: 'badge' }, `${m.symbol} aggregate`)
          : h('span', { class: 'warn', 'aria-hidden': 'true' }, m.symbol),
        m === AGGREGATE_MARK ? m.meaning : `${m.meaning} (hover the sign, or open the row, to read it)`,
      ),
    ),
    h('li', {}, h('strong', {}, 'not scored: '), 'the benchmark has no Z (its row\u2019s tooltip says why)'),
    h('li', {}, h('strong', {}, '–: '), 'no value'),
    trusted && trustLegend ? h('li', {}, h('span', { class: 'badge trust' }, 'trust'), trustLegend) : null,
  );
}

/** The Z chart's width: the page's content width, between 320 and 680 pixels. */
function chartWidth(): number {
  const main = document.getElementById('app');
  const w = main ? main.clientWidth - 12 : 680;
  return Math.max(300, Math.min(680, w));
}
