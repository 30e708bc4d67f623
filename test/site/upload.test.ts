/**
 * Score your own benchmark, privately: a results CSV chosen, dropped or pasted in the page is
 * parsed by the catalog's parser (issues with file, line, column and hint), matched with the
 * catalog's models (aliases, suggestions for the rest), scored and ranked among the board's
 * benchmarks with its closest ones, saturation and rows to check, and no request leaves the
 * page while it is scored but the page's own GET of scores.parquet (the catalog's scores, served
 * beside the page), which carries nothing of the reader's file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { matrixScores } from '../support/matrix-scores.js';
import { builtSite, seriousAxeViolations, useSite } from './browser.js';
import { simulatedScores } from './simulated-catalog-scores.js';

const scores = simulatedScores({ seed: 13, benchmarks: 20, models: 40 });
const { files, document: doc } = buildSiteWithData(scores);
const main = doc.boards[0]!;
// A copy of a scored benchmark: its closest benchmark is itself, at agreement 1.
const copied = main.rows.find((r) => r.z !== null && !r.in_aggregate)!;
const copiedScores = Object.entries(matrixScores(scores.matrix)[copied.scenario]!);

const site = useSite('upload', builtSite(files));

async function open(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const { page, problems } = await site.open('', { acceptDownloads: true, ready: 'html[data-engine=idle]' });
  // From here on, every request the page makes (blob: URLs are in-memory, not network), but
  // the one GET of the catalog's own scores.parquet, with no body.
  const requests: string[] = [];
  page.on('request', (r) => {
    const own = r.method() === 'GET' && r.url() === `${site.url}scores.parquet` && r.postData() === null;
    if (!/^(blob|data):/.test(r.url()) && !own) requests.push(`${r.method()} ${r.url()}`);
  });
  return { page, problems, requests };
}

const scored = (page: Page): Promise<unknown> => page.waitForSelector('html[data-upload=done]');

describe.runIf(site.available)('scoring your own benchmark', () => {
  it('scores a chosen file among the catalog\u2019s benchmarks, privately, with its closest benchmarks', async () => {
    const csv = [
      'model,my_copy',
      ...copiedScores.map(([m, v]) => `${m},${v}`),
      // Close to a catalog model's name: suggested; and one that matches nothing.
      `${copiedScores[0]![0]}-typo,0.5`,
      'zzz-unknown-model-qqq,0.4',
    ].join('\n');
    const file = path.join(site.root, 'mine.csv');
    writeFileSync(file, csv);
    const { page, problems, requests } = await open();
    await page.locator('#upload-file').setInputFiles(file);
    await scored(page);
    const result = page.locator('article.uploaded[data-scenario=my_copy]');
    const facts = await result.locator('.facts').textContent();
    expect(facts).toContain(
      `Models matched${copiedScores.length} of ${copiedScores.length + 2} in the catalog`,
    );
    expect(facts).toMatch(/Rank\d+ of \d+ benchmarks/);
    expect(facts).toMatch(/Score \(Z\)[+−]\d/);
    const closest = await result.locator('table.closest tbody tr').first().locator('td').allTextContents();
    expect(closest[0]).toBe(copied.name);
    expect(closest[1]).toBe('1.000');
    const unmatched = await result.locator('.unmatched li').allTextContents();
    expect(unmatched).toHaveLength(2);
    expect(unmatched[0]).toMatch(
      new RegExp(`line ${copiedScores.length + 2}: "${copiedScores[0]![0]}-typo" \\(did you mean "`),
    );
    expect(unmatched[1]).toMatch(/"zzz-unknown-model-qqq"/);
    expect(await result.locator('.facts').textContent()).toMatch(/Saturation/);
    expect(requests).toEqual([]);
    expect(await seriousAxeViolations(page), 'the scored file').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the parser\u2019s issues with file, line, column and hint for a pasted CSV', async () => {
    const { page, requests } = await open();
    const [m1, m2] = [copiedScores[0]![0], copiedScores[1]![0]];
    await page.locator('#upload-paste').fill(`model,mine\n${m1},0.5\n${m2},"not a number\n`);
    await page.locator('button.score-paste').click();
    await scored(page);
    const issues = await page.locator('.upload-issues li').allTextContents();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatch(/^pasted\.csv:\d+:\d+: error \[[a-z-]+\] .+hint: /s);
    expect(requests).toEqual([]);
    expect(await seriousAxeViolations(page), 'the issues').toEqual([]);
    await page.close();
  });

  it('does not score a scenario whose id is already the catalog’s, and says how to score it', async () => {
    const { page, requests } = await open();
    const [m1, m2] = [copiedScores[0]![0], copiedScores[1]![0]];
    await page
      .locator('#upload-paste')
      .fill(`model,${copied.scenario.toUpperCase()},mine\n${m1},0.5,0.1\n${m2},0.4,0.2\n`);
    await page.locator('button.score-paste').click();
    await scored(page);
    const issues = await page.locator('.upload-issues li').allTextContents();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      new RegExp(
        `^pasted\\.csv:1:7: error \\[duplicate-scenario\\] .*already the catalog's \`${copied.scenario}\`.*hint: .*rename the column`,
        's',
      ),
    );
    expect(
      await page
        .locator('article.uploaded')
        .evaluateAll((a) => a.map((x) => x.getAttribute('data-scenario'))),
    ).toEqual(['mine']);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('offers an example CSV that scores as it is, and reads a lower-is-better file the other way', async () => {
    const { page, requests } = await open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button.example').click(),
    ]);
    const example = readFileSync((await download.path())!, 'utf8');
    expect(example.split('\n')[0]).toBe('model,my_benchmark');
    await page.locator('#upload-paste').fill(example);
    await page.locator('button.score-paste').click();
    await scored(page);
    const facts = await page.locator('article.uploaded .facts').textContent();
    const lines = example.trim().split('\n').length - 1;
    expect(facts).toContain(`Models matched${lines} of ${lines}`);
    const agreement = (text: string): number =>
      Number(/Agreement with the aggregate(−?[\d.]+)/.exec(text)![1]!.replace('−', '-'));
    const higher = agreement(facts!);
    await page.locator('#upload-lower').check();
    await page.locator('button.score-paste').click();
    await page.waitForSelector('html[data-upload=busy]', { state: 'detached' }).catch(() => undefined);
    await scored(page);
    const flipped = agreement((await page.locator('article.uploaded .facts').textContent())!);
    expect(flipped).toBeCloseTo(-higher, 9);
    expect(requests).toEqual([]);
    await page.close();
  });
});
