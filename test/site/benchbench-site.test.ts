/**
 * The site built from BenchBench's public catalog (imported at test time, never copied into the
 * repository) renders every benchmark. `UPDATE_SCREENSHOT=1` writes docs/screenshot.png from it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBenchBench } from '../../src/benchbench/import-benchbench.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { SPACE } from '../../src/report/site/browser/space-preset.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { benchbenchInput, referenceData } from '../support/shared-data.js';
import { chromiumAvailable, launchChromium, recordProblems, serve, writeSite } from './browser.js';
import { repoRoot } from './page-script-bundle.js';

describe.runIf(referenceData('catalog') && chromiumAvailable())(
  "the site of BenchBench's public catalog",
  () => {
    it('renders every benchmark, with no console error', async () => {
      const imported = importBenchBench(benchbenchInput());
      const encoder = new TextEncoder();
      const catalog = loadCatalog(new Map([...imported.files].map(([f, text]) => [f, encoder.encode(text)])));
      const { files, document } = buildSiteWithData(scoreCatalog(catalog), {
        title: 'BenchBench leaderboard',
      });
      const rows = document.boards[0]!.rows;
      expect(rows.length).toBe(document.catalog.scenarios);

      const dir = mkdtempSync(path.join(os.tmpdir(), 'benchbench-real-site-'));
      const browser = await launchChromium();
      let server: Awaited<ReturnType<typeof serve>> | undefined;
      try {
        writeSite(dir, files);
        // Served over HTTP: the Space preset recomputes with every score, read from scores.parquet.
        server = await serve(dir);
        const page = await browser.newPage({
          viewport: { width: 1280, height: 1000 },
          acceptDownloads: true,
        });
        const problems = recordProblems(page);
        await page.goto(server.url);
        await page.waitForSelector('html[data-render-ms]');
        const shown = await page
          .locator('[role=tabpanel]:not([hidden]) tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-scenario')));
        expect(shown).toEqual(rows.map((r) => r.scenario));
        expect(await page.locator('[role=tabpanel]:not([hidden]) svg.bar-chart .bar').count()).toBe(
          rows.filter((r) => r.z !== null).length,
        );
        expect(problems).toEqual([]);
        const update = process.env['UPDATE_SCREENSHOT'] === '1';
        const shot = await page.screenshot({ fullPage: false });
        if (update) writeFileSync(path.join(repoRoot, 'docs/screenshot.png'), shot);
        expect(shot.subarray(1, 4).toString()).toBe('PNG');
        // The clustered agreement heatmap, and a benchmark's detail view opened from the keyboard.
        const heatmap = await page.locator('section.heatmap-section').screenshot();
        if (update) writeFileSync(path.join(repoRoot, 'docs/screenshot-heatmap.png'), heatmap);
        await page.locator('[role=tabpanel]:not([hidden]) tbody tr').first().focus();
        await page.keyboard.press('Enter');
        await page.locator('dialog#detail svg.scatter').waitFor();
        const detail = await page.locator('dialog#detail').screenshot();
        if (update) writeFileSync(path.join(repoRoot, 'docs/screenshot-detail.png'), detail);
        expect(detail.subarray(1, 4).toString()).toBe('PNG');
        // The Space preset: one click sets its aggregate (by display name) and method.
        await page.keyboard.press('Escape');
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
        // The same page at a phone's width: rows become cards, nothing overflows.
        const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await phone.goto(server.url);
        await phone.waitForSelector('html[data-render-ms]');
        expect(await phone.evaluate(() => window.document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        );
        const phoneShot = await phone.screenshot({ fullPage: false });
        if (update) writeFileSync(path.join(repoRoot, 'docs/screenshot-phone.png'), phoneShot);
      } finally {
        await browser.close();
        await server?.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
