/**
 * The site built from BenchBench's public catalog (imported at test time, never copied into the
 * repository) renders every benchmark. `UPDATE_SCREENSHOT=1` writes docs/screenshot.png from it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBenchBench } from '../../src/catalog/import-benchbench.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { benchbenchInput, referenceData } from '../support/shared-data.js';
import { chromiumAvailable, launchChromium, recordProblems, writeSite } from './browser.js';
import { repoRoot } from './page-script-bundle.js';

describe.runIf(referenceData('catalog') && chromiumAvailable())("the site of BenchBench's public catalog", () => {
  it('renders every benchmark, with no console error', async () => {
    const imported = importBenchBench(benchbenchInput());
    const encoder = new TextEncoder();
    const catalog = loadCatalog(new Map([...imported.files].map(([f, text]) => [f, encoder.encode(text)])));
    const { files, document } = buildSiteWithData(scoreCatalog(catalog), { title: 'BenchBench leaderboard' });
    const rows = document.boards[0]!.rows;
    expect(rows.length).toBe(document.catalog.scenarios);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'benchbench-real-site-'));
    const browser = await launchChromium();
    try {
      writeSite(dir, files);
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const problems = recordProblems(page);
      await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
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
      const detail = await page.locator('dialog#detail').screenshot();
      if (update) writeFileSync(path.join(repoRoot, 'docs/screenshot-detail.png'), detail);
      expect(detail.subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
