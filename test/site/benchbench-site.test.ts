/**
 * The site built from BenchBench's public catalog (imported at test time, never copied into the
 * repository) renders every benchmark and every view. `UPDATE_SCREENSHOT=1` writes the README's
 * screenshots from it: docs/screenshot.png (the page), screenshot-heatmap.png,
 * screenshot-detail.png, screenshot-alternatives.png (a benchmark's efficient alternatives),
 * screenshot-subset.png (the lite subset) and the 390 px screenshot-phone.png.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importBenchBench } from '../../src/benchbench/import-benchbench.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { SPACE } from '../../src/report/site/browser/space-preset.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { benchbenchInput, referenceData } from '../support/shared-data.js';
import { builtSite, useSite } from './browser.js';
import { repoRoot } from './page-script-bundle.js';

function benchbenchSite(): ReturnType<typeof buildSiteWithData> {
  const imported = importBenchBench(benchbenchInput());
  const encoder = new TextEncoder();
  const catalog = loadCatalog(new Map([...imported.files].map(([f, text]) => [f, encoder.encode(text)])));
  return buildSiteWithData(scoreCatalog(catalog), { title: 'BenchBench leaderboard' });
}

const withData = referenceData('catalog');
const built = withData ? benchbenchSite() : undefined;
// Served over HTTP: the Space preset and the scatter plots read every score from scores.parquet.
const site = useSite('real-site', (root) => builtSite(built!.files)(root), withData);
const rows = built?.document.boards[0]!.rows ?? [];

/** The screenshots this file writes, each shown in the README. */
const SCREENSHOTS = [
  'screenshot.png',
  'screenshot-heatmap.png',
  'screenshot-detail.png',
  'screenshot-alternatives.png',
  'screenshot-subset.png',
  'screenshot-phone.png',
] as const;

/** Writes the PNG to docs/NAME under UPDATE_SCREENSHOT=1; either way checks that it is one. */
function screenshot(name: (typeof SCREENSHOTS)[number], png: Buffer): void {
  if (process.env['UPDATE_SCREENSHOT'] === '1') writeFileSync(path.join(repoRoot, 'docs', name), png);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
}

/**
 * A screenshot of one element, whole: scrolled into view first and given two frames to lay out,
 * because the page renders sections only near the viewport (content-visibility: auto) and an
 * element measured off screen has only its placeholder height (its screenshot then shows what
 * stood above it). `margin` pads it with the page's background, for a view read alone in the
 * README. The PNG's size is checked against the element's, measured once it is rendered.
 */
async function elementShot(view: Locator, margin = false): Promise<Buffer> {
  if (margin) await view.evaluate((el) => ((el as HTMLElement).style.padding = '12px'));
  await view.scrollIntoViewIfNeeded();
  await view.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  const png = await view.screenshot();
  // Its size as laid out now that it is rendered, within the pixel each fractional edge may round to.
  const box = (await view.boundingBox())!;
  expect(Math.abs(png.readUInt32BE(16) - box.width), 'width').toBeLessThan(2);
  expect(Math.abs(png.readUInt32BE(20) - box.height), 'height').toBeLessThan(2);
  return png;
}

const open = (width = 1280, height = 1000): Promise<{ page: Page; problems: string[] }> =>
  site.open('', { width, height, acceptDownloads: true });

/** Opens the first benchmark's detail from the keyboard, its scatter plot drawn. */
async function firstDetail(page: Page): Promise<void> {
  await page.locator('[role=tabpanel]:not([hidden]) tbody tr').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('dialog#detail svg.scatter').waitFor();
}

describe("the README's screenshots", () => {
  it('are each in docs/ and shown in the README with a text alternative', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of SCREENSHOTS) {
      expect(existsSync(path.join(repoRoot, 'docs', name)), name).toBe(true);
      const shown = new RegExp(
        `!\\[[^\\]]{20,}\\]\\(docs/${name}\\)|<img src="docs/${name}" alt="[^"]{20,}"`,
      );
      expect(readme, name).toMatch(shown);
    }
  });
});

describe.runIf(site.available)("the site of BenchBench's public catalog", () => {
  it('renders every benchmark, with no console error, and the clustered heatmap', async () => {
    expect(rows.length).toBe(built!.document.catalog.scenarios);
    const { page, problems } = await open();
    const shown = await page
      .locator('[role=tabpanel]:not([hidden]) tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-scenario')));
    expect(shown).toEqual(rows.map((r) => r.scenario));
    expect(await page.locator('[role=tabpanel]:not([hidden]) svg.bar-chart .bar').count()).toBe(
      rows.filter((r) => r.z !== null).length,
    );
    expect(problems).toEqual([]);
    screenshot('screenshot.png', await page.screenshot({ fullPage: false }));
    screenshot('screenshot-heatmap.png', await elementShot(page.locator('section.heatmap-section')));
    await page.close();
  });

  it("opens a benchmark's detail view from the keyboard, with its scatter plot", async () => {
    const { page, problems } = await open();
    await firstDetail(page);
    expect(await page.locator('dialog#detail h2').textContent()).toBe(rows[0]!.name);
    expect(problems).toEqual([]);
    screenshot('screenshot-detail.png', await elementShot(page.locator('dialog#detail')));
    await page.close();
  });

  it("lists a benchmark's efficient alternatives in its detail view", async () => {
    const { page, problems } = await open();
    await firstDetail(page);
    await page.waitForSelector('html[data-alternatives=done]');
    const alternatives = page.locator('dialog#detail section.alternatives');
    expect(await alternatives.locator('table.alternatives-table tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    screenshot('screenshot-alternatives.png', await elementShot(alternatives, true));
    await page.close();
  });

  it('finds a lite subset of scenarios that ranks the models like the aggregate', async () => {
    const { page, problems } = await open();
    await page.locator('button.subset-run').click();
    await page.waitForSelector('html[data-subset=done]', { timeout: 120_000 });
    const subset = page.locator('section.subset');
    expect(await subset.locator('table.subset-steps tbody tr.chosen').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    screenshot('screenshot-subset.png', await elementShot(subset, true));
    await page.close();
  });

  it("sets the Space preset's aggregate (by display name) and method with one click", async () => {
    const { page, problems } = await open();
    await page.locator('details.method-panel summary').click();
    await page.locator('button.preset').click();
    await page.waitForSelector('html[data-engine=idle]', { timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button.download[data-format=json]').click(),
    ]);
    const view = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      method: Record<string, unknown>;
      aggregate: { scenarios: string[] };
    };
    expect(view.method).toMatchObject({
      correlation: 'kendall',
      models_per_sample: 8,
      sampling: 'random',
      samples: 10,
    });
    const names = new Map(rows.map((r) => [r.scenario, r.name]));
    expect(view.aggregate.scenarios.map((id) => names.get(id)).sort()).toEqual(
      SPACE.aggregate.filter((n) => rows.some((r) => r.name === n)).sort(),
    );
    expect(view.aggregate.scenarios).toHaveLength(7);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows rows as cards at a phone's width, nothing wider than the screen", async () => {
    const { page, problems } = await open(390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    screenshot('screenshot-phone.png', await page.screenshot({ fullPage: false }));
    await page.close();
  });
});
