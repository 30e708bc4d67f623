/**
 * The tabs, one per leaderboard, each with its board view, built the first time its tab is
 * selected. Rebuilt when the method changes; the selected tab is kept (by board id) and
 * reported through `onSelect`.
 */
import type { PageData } from '../page-data.js';
import { boardView } from './board.js';
import { h } from './dom.js';

export interface BoardTabs {
  readonly element: HTMLElement;
  /** Replaces the boards' rows (same boards, same order), keeping the selected tab. */
  show(boards: PageData['boards'], correlationSymbol: string): void;
  select(id: string): void;
}

export function boardTabs(
  openDetail: (scenario: string, board: string) => void,
  onSelect: (id: string) => void,
  trustLegend: string,
): BoardTabs {
  const element = h('div', { class: 'boards' });
  let ids: string[] = [];
  let selected = 0;
  let tabs: HTMLButtonElement[] = [];
  let panels: HTMLElement[] = [];
  let build: ((i: number) => void) | null = null;

  function select(i: number, report = true): void {
    selected = i;
    build?.(i);
    tabs.forEach((t, j) => {
      t.setAttribute('aria-selected', String(i === j));
      t.tabIndex = i === j ? 0 : -1;
      panels[j]!.hidden = i !== j;
    });
    if (report) onSelect(ids[i]!);
  }

  function show(boards: PageData['boards'], symbol: string): void {
    ids = boards.map((b) => b.id);
    const tabList = h('div', { role: 'tablist', 'aria-label': 'Leaderboards', class: 'tabs' });
    tabs = [];
    panels = [];
    build = (i) => {
      if (!panels[i]!.childElementCount)
        panels[i]!.append(boardView(boards[i]!, symbol, openDetail, trustLegend).element);
    };
    boards.forEach((board, i) => {
      const id = board.id.replace(/[^A-Za-z0-9_-]/g, '_');
      const tab = h(
        'button',
        { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` },
        `${board.title} (${board.rows.length})`,
      );
      const panel = h('section', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': tab.id });
      tab.addEventListener('click', () => select(i));
      tab.addEventListener('keydown', (e) => {
        const n = boards.length;
        const keys: Record<string, number> = {
          ArrowRight: (i + 1) % n,
          ArrowLeft: (i + n - 1) % n,
          Home: 0,
          End: n - 1,
        };
        const next = keys[e.key];
        if (next === undefined) return;
        e.preventDefault();
        select(next);
        tabs[next]!.focus();
      });
      tabs.push(tab);
      panels.push(panel);
      tabList.append(tab);
    });
    element.replaceChildren(tabList, ...panels);
    select(Math.min(selected, boards.length - 1), false);
  }

  return {
    element,
    show,
    select: (id) => {
      const i = ids.indexOf(id);
      if (i >= 0) select(i, false);
    },
  };
}
