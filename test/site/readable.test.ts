/**
 * The page reads well at every width and for every reader: nothing wider than a phone's screen,
 * no scroll box inside the page for the main table, a heatmap whose pairs can be read by hover
 * and from the keyboard, a legend for every mark, and no serious or critical axe-core
 * violation on any view (every board, the heatmap, the detail dialog with its alternatives, the
 * lite subset, at desktop and phone widths).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { AGGREGATE_MARK, WARNING_MARK } from '../../src/report/marks.js';
import { builtSite, readPageData, seriousAxeViolations, useSite } from './browser.js';
import { simulatedScores } from './simulated-catalog-scores.js';

// 40 benchmarks: a heatmap of every pair of their scenarios, read through its cursor.
const scores = simulatedScores({ seed: 5, benchmarks: 40, models: 40 });
const { files, document: doc } = buildSiteWithData(scores);
const main = doc.boards[0]!;

const site = useSite('readable', builtSite(files));
const open = (width: number): Promise<{ page: Page; problems: string[] }> =>
  site.open('', { width, height: 800 });

/** Shows every alternative of the open detail (minimum agreement −1) and waits for them. */
async function everyAlternative(page: Page): Promise<void> {
  await page.waitForSelector('html[data-alternatives=done]');
  await page.locator('#alt-min').fill('-1');
  await page.locator('#alt-min').press('Enter');
  await expect.poll(() => page.locator('.alt-status').textContent()).toContain('at least −1.00');
  await page.waitForSelector('html[data-alternatives=done]');
  expect(await page.locator('table.alternatives-table tbody tr').count()).toBeGreaterThan(0);
}

/** Finds the lite subset with the page's defaults and waits for it. */
async function liteSubset(page: Page): Promise<void> {
  await page.locator('button.subset-run').click();
  await page.waitForSelector('html[data-subset=done]', { timeout: 120_000 });
  expect(await page.locator('table.subset-steps tbody tr').count()).toBeGreaterThan(0);
}

const pageWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

/** Elements wider than the viewport, by tag and class, to say what overflows. */
const tooWide = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > document.documentElement.clientWidth + 0.5;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  );

describe.runIf(site.available)('the page at phone widths', () => {
  for (const width of [360, 400]) {
    it(`has no horizontal overflow at ${width} px, on the board, in the detail and in the lite subset`, async () => {
      const { page, problems } = await open(width);
      expect(await tooWide(page)).toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.locator('[role=tabpanel]:not([hidden]) tbody tr').first().click();
      await expect
        .poll(() => page.locator('dialog#detail').evaluate((d) => (d as HTMLDialogElement).open))
        .toBe(true);
      await everyAlternative(page);
      expect(await tooWide(page), 'the detail with its alternatives').toEqual([]);
      await page.keyboard.press('Escape');
      await liteSubset(page);
      expect(await tooWide(page), 'the lite subset').toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('labels every value of a row when the rows become cards, and sorts with a select', async () => {
    const { page } = await open(360);
    const panel = page.locator('[role=tabpanel]:not([hidden])');
    const first = panel.locator('tbody tr').first();
    const before = await first
      .locator('td.num')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(before).toBe('"Rank: "');
    await panel.locator('select.phone-sort').selectOption('n_common');
    const shown = await panel
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-scenario')));
    const shared = shown.map((s) => main.rows.find((r) => r.scenario === s)!.n_common);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    await page.close();
  });
});

describe.runIf(site.available)('the main table', () => {
  it('is not a scroll box inside the page: every row is in the page\u2019s own flow', async () => {
    const { page } = await open(1280);
    const wrap = page.locator('[role=tabpanel]:not([hidden]) .table-wrap');
    const style = await wrap.evaluate((e) => {
      const s = getComputedStyle(e);
      return { overflowY: s.overflowY, maxHeight: s.maxHeight, fits: e.scrollHeight <= e.clientHeight + 1 };
    });
    expect(style).toEqual({ overflowY: 'visible', maxHeight: 'none', fits: true });
    expect(await page.locator('[role=tabpanel]:not([hidden]) tbody tr').count()).toBe(main.rows.length);
    await page.close();
  });
});

describe.runIf(site.available)('the legend', () => {
  it('explains every mark the board shows, and the rows carry the aggregate badge and the warnings', async () => {
    const { page } = await open(1280);
    const panel = page.locator('[role=tabpanel]:not([hidden])');
    const legend = await panel.locator('ul.marks').textContent();
    expect(main.rows.some((r) => r.in_aggregate)).toBe(true);
    expect(legend).toContain(AGGREGATE_MARK.meaning);
    expect(legend).toContain('not scored');
    expect(await panel.locator('tbody .badge:not(.trust)').count()).toBe(
      main.rows.filter((r) => r.in_aggregate).length,
    );
    const trusted = main.rows.filter((r) => r.saturation.saturated || r.plausibility.flagged.length);
    expect(await panel.locator('tbody .badge.trust').count()).toBe(
      main.rows.filter((r) => r.saturation.saturated).length +
        main.rows.filter((r) => r.plausibility.flagged.length).length,
    );
    if (trusted.length) expect(legend).toMatch(/saturated: at least/);
    const warned = main.rows.filter((r) => r.warnings.length);
    expect(await panel.locator('tbody .warn').count()).toBe(warned.length);
    if (warned.length) expect(legend).toContain(WARNING_MARK.meaning);
    expect(await panel.locator('p.legend').first().textContent()).toMatch(/whisker is its 90% interval/);
    await page.close();
  });

  it('says in the detail that an aggregate member is scored against an aggregate it helps form', async () => {
    const { page } = await open(1280);
    const member = main.rows.find((r) => r.in_aggregate)!;
    await page.locator(`[role=tabpanel]:not([hidden]) tbody tr[data-scenario="${member.scenario}"]`).click();
    expect(await page.locator('dialog#detail .facts').textContent()).toContain(AGGREGATE_MARK.meaning);
    await page.close();
  });
});

describe.runIf(site.available)('the heatmap', () => {
  it('names its rows, names the pair under the pointer, and moves a cursor over the pairs with the arrow keys', async () => {
    const { page } = await open(1280);
    const hm = readPageData(await (await fetch(site.url)).text()).heatmap.scenarios;
    expect(hm.length).toBeGreaterThan(20);
    const nameOf = (id: string): string => main.rows.find((r) => r.scenario === id)!.name;
    const svg = page.locator('svg.heatmap');
    const readout = page.locator('#heat-readout');
    // Every row is named (readable labels up to 100 benchmarks).
    expect(await svg.locator('text.label').count()).toBe(hm.length);
    // The cell of row 2, column 3 (0-based): hover its centre.
    const cell = svg.locator('g.heat-row').nth(2).locator('rect.cell').nth(3);
    await cell.hover();
    expect(await readout.textContent()).toMatch(
      new RegExp(`^${escape(nameOf(hm[2]!))} × ${escape(nameOf(hm[3]!))}: agreement`),
    );

    await svg.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await readout.textContent()).toMatch(
      new RegExp(`^${escape(nameOf(hm[3]!))} × ${escape(nameOf(hm[4]!))}: agreement`),
    );
    await page.keyboard.press('End');
    expect(await readout.textContent()).toContain(`× ${nameOf(hm.at(-1)!)}`);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    expect(await svg.locator('rect.cursor').getAttribute('visibility')).toBe('visible');
    await page.close();
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.runIf(site.available)('accessibility (axe-core)', () => {
  for (const width of [1280, 375]) {
    it(`finds no serious or critical violation on any view at ${width} px`, async () => {
      const { page } = await open(width);
      expect(await seriousAxeViolations(page), 'first board').toEqual([]);
      for (const tab of (await page.getByRole('tab').all()).slice(1)) {
        await tab.click();
        expect(await seriousAxeViolations(page), (await tab.textContent()) ?? 'tab').toEqual([]);
      }
      await page.locator('details.method-panel summary').click();
      expect(await seriousAxeViolations(page), 'method panel open').toEqual([]);
      expect(await tooWide(page), 'method panel open').toEqual([]);
      await page.locator('svg.heatmap').focus();
      await page.keyboard.press('ArrowRight');
      expect(await seriousAxeViolations(page), 'heatmap with its cursor').toEqual([]);
      await page.getByRole('tab').first().click();
      await page.locator('[role=tabpanel]:not([hidden]) tbody tr').first().click();
      expect(await seriousAxeViolations(page), 'detail dialog').toEqual([]);
      await everyAlternative(page);
      expect(await seriousAxeViolations(page), 'detail dialog with its alternatives').toEqual([]);
      await page.keyboard.press('Escape');
      await liteSubset(page);
      expect(await seriousAxeViolations(page), 'lite subset').toEqual([]);
      await page.close();
    }, 300_000);
  }
});

describe.runIf(site.available)('accessibility of an invalid link', () => {
  it('finds no serious or critical violation with the message shown', async () => {
    const { page } = await site.open('?correlation=cosine#nope', { width: 375, height: 800 });
    expect(await page.locator('.problems').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await tooWide(page)).toEqual([]);
    await page.close();
  });
});

describe.runIf(site.available)('the axe-core check itself', () => {
  it('reports a serious violation when the page has one (an image without a text alternative)', async () => {
    const { page } = await open(1280);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:,';
      document.getElementById('app')!.append(img);
    });
    expect((await seriousAxeViolations(page)).join('\n')).toMatch(/^image-alt:/m);
    await page.close();
  });
});
