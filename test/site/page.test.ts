import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSite, buildSiteWithData } from '../../src/pipeline/build-site.js';
import type { RowDocument } from '../../src/report/leaderboard-document.js';
import { FIRST_ROWS } from '../../src/report/site/browser/board.js';
import { matrixScores } from '../support/matrix-scores.js';
import { builtSite, readPageData, useSite, writeSite } from './browser.js';
import { simulatedScores } from './simulated-catalog-scores.js';

const scores = simulatedScores({ seed: 7, benchmarks: 24, models: 36 });
const { files, document: doc } = buildSiteWithData(scores);
const main = doc.boards[0]!;
const safety = doc.boards[1]!;
const catalogScores = matrixScores(scores.matrix);
const pageData = readPageData(files.get('index.html') as string);

const site = useSite('site', builtSite(files));
/** The page at the site's address, or at `url` (its file:// one). */
const open = (url?: string): Promise<{ page: Page; problems: string[] }> => site.open('', { at: url });

const visibleRows = (page: Page): Promise<string[]> =>
  page
    .locator('[role=tabpanel]:not([hidden]) tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scenario')!));

describe.runIf(site.available)('the leaderboard page', () => {
  it('loads over HTTP with no console error and no failed request', async () => {
    const { page, problems } = await open();
    expect(await page.title()).toBe('BenchBench leaderboard');
    expect(await visibleRows(page)).toEqual(main.rows.map((r) => r.scenario));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads from file:// with no console error and no failed request', async () => {
    const { page, problems } = await open(pathToFileURL(path.join(site.dir, 'index.html')).href);
    expect(await visibleRows(page)).toHaveLength(main.rows.length);
    expect(await page.locator('.scores-notice').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('from file://, says that every score needs the page served by benchbench site --serve, or the file chosen', async () => {
    const { page, problems } = await open(pathToFileURL(path.join(site.dir, 'index.html')).href);
    const row = main.rows[0]!;
    await page.locator(`[role=tabpanel]:not([hidden]) tbody tr[data-scenario="${row.scenario}"]`).click();
    const dialog = page.locator('dialog#detail');
    // What needs no raw score is there; the scatter plot says why it is not.
    await expect.poll(() => dialog.locator('.scatter-section').textContent()).toContain('No scatter plot');
    expect(await dialog.locator('table.closest tbody tr').count()).toBeGreaterThan(0);
    expect(await dialog.locator('.scatter-section').textContent()).toContain('benchbench site --serve');
    const notice = page.locator('.scores-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('benchbench site --serve --out <site folder>');
    await page.keyboard.press('Escape');
    // Choosing the site's scores.parquet makes the page whole, from file:// too.
    await page.locator('#scores-file').setInputFiles(path.join(site.dir, 'scores.parquet'));
    expect(await notice.isHidden()).toBe(true);
    await page.locator(`[role=tabpanel]:not([hidden]) tbody tr[data-scenario="${row.scenario}"]`).click();
    await dialog.locator('svg.scatter').waitFor();
    const shared = Object.keys(catalogScores[row.scenario]!).filter(
      (m) => doc.aggregate.scores[m] !== undefined,
    );
    expect(await dialog.locator('svg.scatter circle.dot').count()).toBe(shared.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('from file://, refuses a scores.parquet of another catalog with a clear message', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'benchbench-other-'));
    try {
      writeSite(other, buildSite(simulatedScores({ seed: 8, benchmarks: 5, models: 10 })));
      const { page } = await open(pathToFileURL(path.join(site.dir, 'index.html')).href);
      await page.locator('details.method-panel summary').click();
      await page.locator('#m-correlation').selectOption('pearson');
      await page.waitForSelector('html[data-engine=error]');
      expect(await page.locator('.engine-status').textContent()).toContain('benchbench site --serve');
      await page.locator('#scores-file').setInputFiles(path.join(other, 'scores.parquet'));
      await page.waitForSelector('html[data-engine=error]');
      await expect
        .poll(() => page.locator('.engine-status').textContent())
        .toMatch(
          /this scores\.parquet is not the page's: its catalog is sha256:[\w-]+, the page's is sha256:/,
        );
      // The right file then recomputes.
      await page.locator('#scores-file').setInputFiles(path.join(site.dir, 'scores.parquet'));
      await page.waitForSelector('html[data-engine=idle]');
      expect(await page.locator('.method-note').textContent()).toContain('Scored in your browser with');
      await page.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('shows one tab per configured leaderboard, switched with the arrow keys', async () => {
    const { page } = await open();
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual([
      `All benchmarks (${main.rows.length})`,
      `Safety (${safety.rows.length})`,
    ]);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await visibleRows(page)).toEqual(safety.rows.map((r) => r.scenario));
    await page.close();
  });

  it('sorts by a column on click and reverses on a second click, missing values last', async () => {
    const { page } = await open();
    const z = page.locator('[role=tabpanel]:not([hidden]) button.sort[data-key=z]');
    await z.click();
    const byZ = (dir: number) =>
      [...main.rows]
        .sort((a, b) => (a.z === null ? 1 : b.z === null ? -1 : dir * (a.z - b.z)))
        .map((r) => r.scenario);
    const descending = await visibleRows(page);
    expect(descending).toEqual(byZ(-1));
    expect(await z.locator('..').getAttribute('aria-sort')).toBe('descending');
    await z.press('Enter');
    expect(await visibleRows(page)).toEqual(byZ(1));
    const names = page.locator('[role=tabpanel]:not([hidden]) button.sort[data-key=name]');
    await names.click();
    const sortedNames = [...main.rows].map((r) => r.name).sort((a, b) => a.localeCompare(b));
    const shown = await visibleRows(page);
    expect(shown.map((s) => main.rows.find((r) => r.scenario === s)!.name)).toEqual(sortedNames);
    await page.close();
  });

  it('filters by category and by text, and the chart follows the rows', async () => {
    const { page } = await open();
    const panel = page.locator('[role=tabpanel]:not([hidden])');
    const category = 'holistic';
    const expected = main.rows.filter((r) => r.category === category);
    await panel.locator('select.category-filter').selectOption(category);
    expect(await visibleRows(page)).toEqual(expected.map((r) => r.scenario));
    expect(await panel.locator('.count').textContent()).toBe(
      `Showing ${expected.length} of ${main.rows.length} benchmarks.`,
    );
    expect(await panel.locator('.bar').count()).toBe(expected.filter((r) => r.z !== null).length);

    await panel.locator('select.category-filter').selectOption('');
    const needle = main.rows[3]!.scenario;
    await panel.locator('input.search').fill(needle.toUpperCase());
    const matching = main.rows.filter((r) =>
      [r.name, r.scenario, r.benchmark].some((t) => t.toLowerCase().includes(needle)),
    );
    expect(await visibleRows(page)).toEqual(matching.map((r) => r.scenario));
    await panel.locator('input.search').fill('no such benchmark at all');
    expect(await visibleRows(page)).toEqual([]);
    expect(await panel.locator('.empty').textContent()).toMatch(/No scored benchmark/);
    await page.close();
  });

  it('draws one labelled bar per scored benchmark and one heatmap cell per pair', async () => {
    const { page } = await open();
    const panel = page.locator('[role=tabpanel]:not([hidden])');
    const scored = main.rows.filter((r) => r.z !== null);
    const bars = panel.locator('svg.bar-chart .mark');
    expect(await bars.count()).toBe(scored.length);
    expect(await panel.locator('svg.bar-chart .bar').count()).toBe(scored.length);
    expect(await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-scenario')))).toEqual(
      [...scored].sort((a, b) => b.z! - a.z! || (a.scenario < b.scenario ? -1 : 1)).map((r) => r.scenario),
    );
    const first = scored.reduce((a, b) => (b.z! > a.z! ? b : a));
    expect(await bars.first().locator('title').textContent()).toContain(`${first.name}: Z +`);
    expect(await panel.locator('svg.bar-chart').getAttribute('role')).toBe('img');
    expect(await panel.locator('svg.bar-chart').getAttribute('aria-label')).toMatch(
      new RegExp(`Z score of ${scored.length} benchmarks`),
    );
    const n = doc.pair_scenarios.length;
    expect(await page.locator('svg.heatmap rect.cell').count()).toBe(n * n);
    expect(await page.locator('svg.heatmap rect.cell title').count()).toBe(n * n);
    await page.close();
  });

  it('labels the Z axis with evenly spaced round ticks, 0 among them, that span every bar and whisker', async () => {
    const { page } = await open();
    const chart = page.locator('[role=tabpanel]:not([hidden]) svg.bar-chart');
    const ticks = await chart
      .locator('.axis text')
      .evaluateAll((ts) => ts.map((t) => ({ text: t.textContent!, at: Number(t.getAttribute('x')) })));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(t.text).toMatch(/^(0|[+−]\d+(\.\d+)?)$/);
    const values = ticks.map((t) => Number(t.text.replace('−', '-')));
    expect(values).toContain(0);
    const steps = values.slice(1).map((v, i) => v - values[i]!);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 9);
    expect(await chart.locator('.axis line.zero').count()).toBe(1);

    const [left, right] = [ticks[0]!.at, ticks.at(-1)!.at];
    const xs = await chart.locator('.mark').evaluateAll((gs) =>
      gs.flatMap((g) => {
        const bar = g.querySelector('rect')!;
        const x = Number(bar.getAttribute('x'));
        const ends = [x, x + Number(bar.getAttribute('width'))];
        const whisker = g.querySelector('path')?.getAttribute('d') ?? '';
        return [...ends, ...[...whisker.matchAll(/[MH](-?[\d.]+)/g)].map((m) => Number(m[1]))];
      }),
    );
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(left - 0.1);
      expect(x).toBeLessThanOrEqual(right + 0.1);
    }
    await page.close();
  });

  it('colours the heatmap orange to white to blue by agreement, and grey where it is missing', async () => {
    const { page } = await open();
    const swatches = await page
      .locator('.legend .swatch')
      .evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor));
    expect(swatches).toEqual([
      'rgb(179, 88, 6)',
      'rgb(217, 172, 131)',
      'rgb(255, 255, 255)',
      'rgb(132, 162, 202)',
      'rgb(8, 69, 148)',
      'rgb(208, 212, 217)',
    ]);
    await page.close();
  });

  it('opens the detail view from the keyboard and closes it with Escape', async () => {
    const { page, problems } = await open();
    const row: RowDocument = main.rows[0]!;
    await page.keyboard.press('Tab');
    const firstRow = page.locator(`[role=tabpanel]:not([hidden]) tbody tr[data-scenario="${row.scenario}"]`);
    await firstRow.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#detail');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe(row.name);
    const shared = Object.keys(catalogScores[row.scenario]!).filter(
      (m) => doc.aggregate.scores[m] !== undefined,
    );
    // Over HTTP the scatter plot's scores come from scores.parquet, loaded when the dialog opens.
    await dialog.locator('svg.scatter').waitFor();
    expect(await dialog.locator('svg.scatter circle.dot').count()).toBe(shared.length);
    // Round tick labels (d3 ticks), and every dot inside the frame the ticks span.
    const scatter = dialog.locator('svg.scatter');
    const labels = await scatter.locator('.ticks text').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const l of labels) expect(l).toMatch(/^−?[\d,]+(\.\d+)?$/);
    const frame = await scatter.locator('.ticks line').evaluateAll((ls) => {
      const num = (l: Element, a: string): number => Number(l.getAttribute(a));
      const vertical = ls.filter((l) => num(l, 'x1') === num(l, 'x2')).map((l) => num(l, 'x1'));
      const horizontal = ls.filter((l) => num(l, 'y1') === num(l, 'y2')).map((l) => num(l, 'y1'));
      return {
        x: [Math.min(...vertical), Math.max(...vertical)],
        y: [Math.min(...horizontal), Math.max(...horizontal)],
      };
    });
    const dots = await scatter
      .locator('circle.dot')
      .evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    for (const [cx, cy] of dots) {
      expect(cx).toBeGreaterThanOrEqual(frame.x[0]! - 0.1);
      expect(cx).toBeLessThanOrEqual(frame.x[1]! + 0.1);
      expect(cy).toBeGreaterThanOrEqual(frame.y[0]! - 0.1);
      expect(cy).toBeLessThanOrEqual(frame.y[1]! + 0.1);
    }
    expect(await dialog.locator('.shared-models li').count()).toBe(shared.length);
    const closest = dialog.locator('table.closest tbody tr');
    expect(await closest.count()).toBeGreaterThan(0);
    expect(await closest.first().locator('td').last().textContent()).toMatch(/^\d+$/);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scenario'))).toBe(
      row.scenario,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saves a screenshot', async () => {
    const { page } = await open();
    const file = path.join(site.dir, 'screenshot.png');
    await page.screenshot({ path: file, fullPage: false });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
  it("lists a benchmark's closest benchmarks with the page data's numbers, each opening that benchmark", async () => {
    const { page, problems } = await open();
    const row = main.rows.find((r) => pageData.closest[r.scenario]?.length)!;
    const want = pageData.closest[row.scenario]!;
    await page.locator(`[role=tabpanel]:not([hidden]) tbody tr[data-scenario="${row.scenario}"]`).click();
    const dialog = page.locator('dialog#detail');
    const shown = await dialog.locator('table.closest tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const v = (f: string): number | null => {
          const d = tr.querySelector(`data[data-field="${f}"]`);
          return d?.hasAttribute('value') ? Number(d.getAttribute('value')) : null;
        };
        const interval = v('interval-lo') === null ? null : [v('interval-lo'), v('interval-hi')];
        return {
          scenario: tr.getAttribute('data-scenario'),
          agreement: v('agreement'),
          interval,
          n_common: v('n-common'),
        };
      }),
    );
    expect(shown).toEqual(
      want.map((c) => ({
        scenario: c.scenario,
        agreement: c.agreement,
        interval: c.interval,
        n_common: c.n_common,
      })),
    );
    const other = want[0]!.scenario;
    await dialog.locator(`table.closest button.link[data-scenario="${other}"]`).click();
    await expect
      .poll(() => dialog.locator('h2').textContent())
      .toBe(main.rows.find((r) => r.scenario === other)!.name);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.runIf(site.available)('the leaderboard page with 1,000 benchmarks', () => {
  it('shows the first rows and bars within two seconds, and every one when asked', async () => {
    const big = simulatedScores({ seed: 11, benchmarks: 1000, models: 60 });
    const bigDir = mkdtempSync(path.join(os.tmpdir(), 'benchbench-site-big-'));
    try {
      writeSite(bigDir, buildSite(big, { maxPairScenarios: 40 }));
      const { page, problems } = await open(pathToFileURL(path.join(bigDir, 'index.html')).href);
      const ms = Number(await page.evaluate(() => document.documentElement.dataset['renderMs']));
      const rows = big.leaderboard.boards[0]!.rows;
      expect(rows.length).toBeGreaterThanOrEqual(1000);
      const bars = page.locator('[role=tabpanel]:not([hidden]) svg.bar-chart .bar');
      const panel = page.locator('[role=tabpanel]:not([hidden])');
      // The first FIRST_ROWS rows in rank order, and their bars.
      expect(await visibleRows(page)).toEqual(rows.slice(0, FIRST_ROWS).map((r) => r.scenario));
      expect(await bars.count()).toBe(rows.slice(0, FIRST_ROWS).filter((r) => r.z !== null).length);
      expect(await panel.locator('.count').textContent()).toBe(
        `Showing the first ${FIRST_ROWS} of ${rows.length} benchmarks.`,
      );
      console.log(`render of ${rows.length} scenarios: ${ms} ms`);
      expect(ms).toBeLessThan(2000);
      // A filter sees every row, not only those shown.
      const last = rows.at(-1)!;
      await panel.locator('input.search').fill(last.scenario);
      expect(await visibleRows(page)).toEqual([last.scenario]);
      await panel.locator('input.search').fill('');
      await panel.locator('button.show-all').click();
      expect(await visibleRows(page)).toEqual(rows.map((r) => r.scenario));
      expect(await bars.count()).toBe(rows.filter((r) => r.z !== null).length);
      expect(await panel.locator('button.show-all').isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      rmSync(bigDir, { recursive: true, force: true });
    }
  });
});
