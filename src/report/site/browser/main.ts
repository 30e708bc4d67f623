/**
 * The page script (bundled into src/report/site/page-script.generated.ts; see docs/site.md):
 * reads the inlined data and builds the tabs, the boards, the heatmap and the detail dialog.
 * The time it took is left in <html data-render-ms> for the browser test.
 */
import { CORRELATION_SYMBOL } from '../../format.js';
import type { PageData } from '../page-data.js';
import { boardView } from './board.js';
import { heatmap, heatmapLegend } from './charts.js';
import { detailDialog } from './detail.js';
import { h } from './dom.js';

function main(): void {
  const started = performance.now();
  const data = JSON.parse(document.getElementById('benchbench-data')!.textContent!) as PageData;
  const app = document.getElementById('app')!;
  const detail = detailDialog(data);
  const symbol = CORRELATION_SYMBOL[data.method.correlation as keyof typeof CORRELATION_SYMBOL] ?? 'r';

  const tabList = h('div', { role: 'tablist', 'aria-label': 'Leaderboards', class: 'tabs' });
  const panels: HTMLElement[] = [];
  const tabs: HTMLButtonElement[] = [];
  data.boards.forEach((board, i) => {
    const id = board.id.replace(/[^A-Za-z0-9_-]/g, '_');
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        'aria-controls': `panel-${id}`,
        'aria-selected': i === 0 ? 'true' : 'false',
        tabindex: i === 0 ? 0 : -1,
      },
      `${board.title} (${board.rows.length})`,
    );
    const panel = h('section', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': tab.id, hidden: i !== 0 });
    panel.append(boardView(board, symbol, detail.open).element);
    tab.addEventListener('click', () => select(i));
    tab.addEventListener('keydown', (e) => {
      const n = data.boards.length;
      const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
      if (next >= 0) {
        e.preventDefault();
        select(next);
        tabs[next]!.focus();
      }
    });
    tabs.push(tab);
    panels.push(panel);
    tabList.append(tab);
  });
  function select(i: number): void {
    tabs.forEach((t, j) => {
      t.setAttribute('aria-selected', String(i === j));
      t.tabIndex = i === j ? 0 : -1;
      panels[j]!.hidden = i !== j;
    });
  }

  const rowName = new Map<string, string>();
  for (const b of data.boards) for (const r of b.rows) rowName.set(r.scenario, r.name);
  const hm = data.heatmap;
  const heat = h(
    'section',
    { class: 'heatmap-section', 'aria-labelledby': 'heatmap-title' },
    h('h2', { id: 'heatmap-title' }, 'Agreement between benchmarks'),
    h(
      'p',
      {},
      hm.scenarios.length < hm.of
        ? `The ${hm.scenarios.length} benchmarks with the most models (of ${hm.of}), clustered so that benchmarks that agree sit together.`
        : `Every pair of the ${hm.scenarios.length} benchmarks, clustered so that benchmarks that agree sit together.`,
    ),
    heatmapLegend(),
    ...heatmapBlock(hm, rowName),
  );

  app.replaceChildren(tabList, ...panels, heat);
  document.documentElement.dataset['renderMs'] = String(Math.round(performance.now() - started));
}

function heatmapBlock(hm: PageData['heatmap'], rowName: ReadonlyMap<string, string>): HTMLElement[] {
  if (!hm.scenarios.length) return [h('p', {}, 'No pair of benchmarks was compared.')];
  const { svg, readout } = heatmap(hm.scenarios, hm.scenarios.map((s) => rowName.get(s) ?? s), hm.agreement);
  return [readout, h('div', { class: 'chart-box' }, svg)];
}

main();
