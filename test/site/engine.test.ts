/**
 * The engine in the browser: the page's worker runs the same src/core as the CLI, so for a
 * method set in the page (through a permalink, and through the controls) every Z and agreement
 * equals `benchbench leaderboard --json` run on the same catalog with that method in
 * benchbench.yaml, to 1e-12. The page stays responsive while it works, and shows progress.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { simulate } from '../../src/simulate/simulate.js';
import type { LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import type { ViewDocument } from '../../src/report/site/browser/view-download.js';
import { runCli } from '../support/cli.js';
import { readPageData, recordProblems, siteOfCatalog, useSite, writeSite } from './browser.js';

const served = useSite(
  'engine',
  siteOfCatalog(simulatedCatalog(simulate({ seed: 21, benchmarks: 16, models: 40 }))),
);
let site: LeaderboardDocument;

beforeAll(() => {
  if (served.available)
    site = JSON.parse(readFileSync(path.join(served.dir, 'leaderboard.json'), 'utf8')) as LeaderboardDocument;
});

/** `benchbench leaderboard --json` on a copy of the catalog whose benchbench.yaml has this method. */
function cliLeaderboard(method: Record<string, unknown>, aggregate: readonly string[]): LeaderboardDocument {
  const copy = path.join(mkdtempSync(path.join(served.root, 'method-')), 'catalog');
  const files = simulatedCatalog(simulate({ seed: 21, benchmarks: 16, models: 40 }));
  writeSite(copy, files);
  const config = parse(files.get('benchbench.yaml')!) as Record<string, Record<string, unknown>>;
  config['method'] = method;
  // The page keeps the catalog's minimum of scenarios per model (capped as the engine caps it).
  config['aggregate'] = { scenarios: aggregate, min_scenarios_per_model: minScenarios };
  writeFileSync(path.join(copy, 'benchbench.yaml'), stringify(config));
  const r = runCli(['leaderboard', '--json', '--catalog', copy]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as LeaderboardDocument;
}

let minScenarios = 0;

async function openView(query: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await served.open(query, {
    acceptDownloads: true,
    ready: 'html[data-engine=idle]',
    timeout: 120_000,
  });
  minScenarios = readPageData(
    readFileSync(path.join(served.dir, 'index.html'), 'utf8'),
  ).aggregate_min_scenarios_per_model;
  return { page, problems };
}

async function downloadJson(page: Page): Promise<ViewDocument> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button.download[data-format=json]').click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as ViewDocument;
}

function expectSameScores(view: ViewDocument, cli: LeaderboardDocument): void {
  const board = cli.boards.find((b) => b.id === view.board.id)!;
  expect(view.rows.map((r) => r.scenario)).toEqual(board.rows.map((r) => r.scenario));
  board.rows.forEach((want, i) => {
    const got = view.rows[i]!;
    for (const key of ['z', 'agreement'] as const) {
      if (want[key] === null) expect(got[key], `${want.scenario} ${key}`).toBeNull();
      else expect(Math.abs(got[key]! - want[key]), `${want.scenario} ${key}`).toBeLessThanOrEqual(1e-12);
    }
    expect(got.rank).toBe(want.rank);
    expect(got.skipped).toBe(want.skipped);
  });
}

describe.runIf(served.available)('the engine in the page', () => {
  it('asks one worker every question, none before one needs the scores, and shows the last of a burst of changes', async () => {
    const page = await served.browser.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const problems = recordProblems(page);
    // Count the workers the page starts.
    await page.addInitScript(() => {
      const counted = window as unknown as { workers: number };
      counted.workers = 0;
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          counted.workers++;
        }
      };
    });
    const workers = () => page.evaluate(() => (window as unknown as { workers: number }).workers);
    await page.goto(served.url);
    await page.waitForSelector('html[data-engine=idle]');
    minScenarios = readPageData(
      readFileSync(path.join(served.dir, 'index.html'), 'utf8'),
    ).aggregate_min_scenarios_per_model;
    expect(await workers()).toBe(0);

    await page.locator('details.method-panel summary').click();
    for (const correlation of ['pearson', 'kendall', 'spearman'])
      await page.locator('#m-correlation').selectOption(correlation);
    await page.waitForSelector('html[data-engine=idle]');
    const view = await downloadJson(page);
    const method = { ...site.method, correlation: 'spearman' };
    expect(view.method).toEqual(method);
    expectSameScores(view, cliLeaderboard(method, site.aggregate.scenarios));

    // The detail's scatter plot and alternatives, and the lite subset, from the same worker.
    await page.locator('[role=tabpanel]:not([hidden]) tbody tr').first().click();
    await page.waitForSelector('dialog#detail svg.scatter');
    await page.waitForSelector('html[data-alternatives=done]');
    await page.keyboard.press('Escape');
    await page.locator('button.subset-run').click();
    await page.waitForSelector('html[data-subset=done]', { timeout: 60_000 });
    expect(await workers()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('computes the method of a permalink as the CLI does, every Z and agreement within 1e-12', async () => {
    const scenarios = site.benchmarks.flatMap((b) => b.scenarios).sort();
    const aggregate = [scenarios[0]!, scenarios[3]!, scenarios[5]!, scenarios[8]!];
    const method = {
      correlation: 'spearman',
      models_per_sample: 7,
      sampling: 'random',
      samples: 30,
      seed: 4,
      min_common_models: 6,
    };
    const query = `?${new URLSearchParams(Object.entries(method).map(([k, v]) => [k, String(v)])).toString()}&aggregate=${aggregate.join(',')}`;
    const { page, problems } = await openView(query);
    const cli = cliLeaderboard(method, aggregate);
    const view = await downloadJson(page);
    expect(view.method).toEqual(method);
    expect(view.catalog.hash).toBe(site.catalog.hash);
    expectSameScores(view, cli);
    for (const [model, score] of Object.entries(cli.aggregate.scores))
      expect(Math.abs(view.aggregate.scores[model]! - score)).toBeLessThanOrEqual(1e-12);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('recomputes when the controls change, for each correlation and all shared models, as the CLI does', async () => {
    const { page, problems } = await openView('');
    await page.locator('details.method-panel summary').click();
    for (const correlation of ['pearson', 'kendall']) {
      await page.locator('#m-correlation').selectOption(correlation);
      await page.locator('#m-all-models').check();
      await page.waitForSelector('html[data-engine=idle]');
      const view = await downloadJson(page);
      const method = { ...site.method, correlation, models_per_sample: 0 };
      expect(view.method).toEqual(method);
      expectSameScores(view, cliLeaderboard(method, site.aggregate.scenarios));
      await page.locator('#m-all-models').uncheck();
      await page.waitForSelector('html[data-engine=idle]');
    }
    // Back to the catalog's method but Kendall: the link says only what differs.
    expect(new URL(page.url()).search).toBe(
      site.method.correlation === 'kendall' ? '' : '?correlation=kendall',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('chooses the aggregate from a searchable list, and stays responsive with progress while it works', async () => {
    const { page } = await openView('');
    await page.locator('details.method-panel summary').click();
    const first = site.benchmarks.flatMap((b) => b.scenarios).sort()[1]!;
    await page.locator('#m-aggregate-search').fill(first);
    expect(await page.locator('ul.aggregate-list li').count()).toBeGreaterThanOrEqual(1);
    await page.locator('#m-samples').fill('3000');
    await page.locator('#m-samples').dispatchEvent('change');
    // While the worker runs, the page shows its progress and the main thread answers at once.
    await page.waitForSelector('html[data-engine=busy] progress:not([hidden])');
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(500);
    await page.waitForSelector('html[data-engine=idle]', { timeout: 120_000 });
    const box = page.locator(`ul.aggregate-list input[value="${first}"]`);
    const was = await box.isChecked();
    await box.setChecked(!was);
    await page.waitForSelector('html[data-engine=idle]', { timeout: 120_000 });
    const view = await downloadJson(page);
    expect(view.aggregate.scenarios.includes(first)).toBe(!was);
    expect(view.method.samples).toBe(3000);
    await page.close();
  });
});

describe.runIf(served.available)('permalinks in the page', () => {
  it('reproduces the view of a link: the board, the method in the controls and the open benchmark', async () => {
    const board = site.boards[1]!;
    const open = board.rows[0]!.scenario;
    const { page, problems } = await openView(
      `?board=${board.id}&correlation=pearson&models_per_sample=0#${open}`,
    );
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toMatch(
      new RegExp(`^${board.title}`),
    );
    await expect
      .poll(() => page.locator('dialog#detail').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    expect(await page.locator('dialog#detail h2').textContent()).toBe(board.rows[0]!.name);
    expect(await page.locator('#m-correlation').inputValue()).toBe('pearson');
    expect(await page.locator('#m-all-models').isChecked()).toBe(true);
    expect(await page.locator('.method-note').textContent()).toMatch(/^Scored in your browser with: Pearson/);
    // Closing the detail drops the fragment; the method stays in the link.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).search).toBe(`?board=${board.id}&correlation=pearson&models_per_sample=0`);
    // Opening a row writes it back.
    await page.locator(`[role=tabpanel]:not([hidden]) tbody tr`).nth(1).click();
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(board.rows[1]!.scenario)}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says what is wrong with an invalid link and shows the catalog\u2019s method', async () => {
    const { page, problems } = await openView('?correlation=cosine&samples=0#no_such_benchmark');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be followed' });
    const text = await alert.textContent();
    expect(text).toContain('"correlation=cosine" is not valid: write one of kendall, pearson, spearman.');
    expect(text).toContain('"samples=0" is not valid: write a whole number of at least 1.');
    expect(text).toContain('Showing the catalog\u2019s method instead.');
    expect(text).toContain('There is no benchmark "no_such_benchmark" in this catalog');
    expect(await page.locator('#m-correlation').inputValue()).toBe(site.method.correlation);
    expect(await page.locator('.method-note').textContent()).toMatch(
      /^Scored with the catalog\u2019s method/,
    );
    const view = await downloadJson(page);
    expect(view.method).toEqual(site.method);
    expect(view.rows.map((r) => [r.scenario, r.z])).toEqual(
      site.boards[0]!.rows.map((r) => [r.scenario, r.z]),
    );
    // The link is rewritten to the view shown.
    expect(page.url()).toBe(served.url);
    expect(problems).toEqual([]);
    await page.close();
  });
});
