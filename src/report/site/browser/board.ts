/**
 * One leaderboard's view: category and text filters, the sortable table (header buttons, rows
 * focusable, Enter or a click opens the detail) and the Z bar chart of the rows shown.
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { fixed, range, signed } from '../../format.js';
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
): BoardView {
  const rows = board.rows;
  const categories = [...new Set(rows.map((r) => r.category ?? ''))].filter(Boolean).sort();
  const base = `board-${board.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  let sortKey: SortKey = 'rank';
  let ascending = true;

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
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const headerButtons = new Map<SortKey, HTMLButtonElement>();
  const headers = COLUMNS.map((c) => {
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : null });
    if (c.key) {
      const key = c.key;
      const button = h('button', { type: 'button', class: 'sort', 'data-key': key }, c.label);
      button.addEventListener('click', () => {
        if (sortKey === key) ascending = !ascending;
        else [sortKey, ascending] = [key, !DESCENDING_FIRST.has(key)];
        render();
      });
      headerButtons.set(key, button);
      th.append(button);
    } else th.textContent = c.label;
    return th;
  });
  headers[4]!.querySelector('button')!.textContent = `Agreement (${correlationSymbol})`;
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'leaderboard' },
    h('caption', {}, `${board.title}: benchmarks by agreement with the aggregate`),
    h('thead', {}, h('tr', {}, ...headers)),
    tbody,
  );
  const chartBox = h('div', { class: 'chart-box' });

  const rowElements = new Map<string, HTMLTableRowElement>();
  for (const r of rows) {
    const name = h('td', { class: 'name' }, r.name);
    if (r.in_aggregate) name.append(h('span', { class: 'badge', title: 'in the aggregate' }, 'aggregate'));
    if (r.warnings.length) name.append(h('span', { class: 'warn', title: r.warnings.join('; ') }, '⚠'));
    name.append(h('span', { class: 'scenario-id' }, r.scenario));
    const tr = h(
      'tr',
      { tabindex: 0, 'data-scenario': r.scenario, 'aria-label': `${r.name}: open details` },
      h('td', { class: 'num' }, r.rank === null ? '–' : String(r.rank)),
      name,
      h('td', { class: 'num' }, r.z === null ? (r.skipped ? 'not scored' : '–') : signed(r.z)),
      h('td', { class: 'num' }, range(r.z_interval, 2, (v, d) => signed(v, d))),
      h('td', { class: 'num' }, fixed(r.agreement)),
      h('td', { class: 'num' }, range(r.agreement_interval)),
      h('td', { class: 'num' }, `${r.n_common} of ${r.models}`),
      h('td', {}, r.category ?? ''),
    );
    if (r.skipped) tr.title = `Not scored: ${r.skipped}`;
    tr.addEventListener('click', () => openDetail(r.scenario, board.id));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        openDetail(r.scenario, board.id);
      }
    });
    rowElements.set(r.scenario, tr);
  }

  function visibleRows(): RowDocument[] {
    const c = category.value;
    const q = search.value.trim().toLowerCase();
    const shown = rows.filter(
      (r) =>
        (!c || r.category === c) &&
        (!q || r.name.toLowerCase().includes(q) || r.scenario.toLowerCase().includes(q) || r.benchmark.toLowerCase().includes(q)),
    );
    const sign = ascending ? 1 : -1;
    return shown.sort((a, b) => {
      const missA = a[sortKey] === null;
      const missB = b[sortKey] === null;
      if (missA !== missB) return missA ? 1 : -1;
      return sign * compare(sortKey, a, b) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.scenario < b.scenario ? -1 : 1);
    });
  }

  function render(): void {
    const shown = visibleRows();
    tbody.replaceChildren(...shown.map((r) => rowElements.get(r.scenario)!));
    for (const [key, button] of headerButtons) {
      const th = button.parentElement!;
      if (key === sortKey) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    count.textContent = `Showing ${shown.length} of ${rows.length} benchmarks.`;
    const byZ = shown.filter((r) => r.z !== null).sort((a, b) => b.z! - a.z! || (a.scenario < b.scenario ? -1 : 1));
    chartBox.replaceChildren(
      byZ.length ? zBarChart(byZ, board.title) : h('p', { class: 'empty' }, 'No scored benchmark matches the filters.'),
    );
  }
  category.addEventListener('change', render);
  search.addEventListener('input', render);
  render();

  const element = h(
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
    count,
    h('div', { class: 'table-wrap' }, table),
    h('h3', {}, 'Score (Z) with 90% intervals'),
    chartBox,
  );
  return { element };
}
