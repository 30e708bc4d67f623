/**
 * Renders the PR comment's Mermaid chart (renderPrComment's ```mermaid block, an xychart-beta
 * bar chart of Z) with the mermaid library in Chromium, as GitHub does, to prove it draws.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedCatalog } from '../../src/catalog/simulated-catalog.js';
import { simulate } from '../../src/core/simulate.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { chromiumAvailable, launchChromium, recordProblems } from './browser.js';

const mermaidJs = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');

function prComment(): { text: string; scored: number; added: string } {
  const head = simulatedCatalog(simulate({ seed: 4, benchmarks: 12, models: 30 }));
  const added = [...head.keys()].filter((f) => f.endsWith('.csv')).at(-1)!;
  const stem = added.replace(/\.csv$/, '');
  const base = new Map([...head].filter(([f]) => !f.startsWith(stem + '.')));
  const bytes = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, new TextEncoder().encode(v)]));
  const report = buildPrReport({
    base: { sha: 'a'.repeat(40), files: bytes(base), issues: [] },
    head: { sha: 'b'.repeat(40), files: bytes(head), issues: [] },
    changedFiles: [added, `${stem}.yaml`],
    repository: 'acme/catalog',
    pullRequest: 1,
    catalogDir: 'catalog',
  });
  return {
    text: renderPrComment(report, { target: 'comment' }),
    scored: report.rows.filter((r) => r.z !== null).length,
    added: stem,
  };
}

let browser: Browser;
const withChromium = chromiumAvailable();
beforeAll(async () => {
  if (withChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(withChromium)("the PR comment's Mermaid chart", () => {
  it('is drawn by mermaid as an xychart with one bar per scored benchmark in each series', async () => {
    const { text, scored } = prComment();
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(text)?.[1];
    expect(block).toMatch(/\bxychart-beta\n/);
    expect(scored).toBeGreaterThan(5);
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: mermaidJs });
    const result = await page.evaluate(async (source: string) => {
      const m = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const { svg } = await m.render('chart', source);
      const out = document.getElementById('out')!;
      out.innerHTML = svg;
      return {
        bars: out.querySelectorAll('svg .bar-plot-0 rect').length,
        highlighted: out.querySelectorAll('svg .bar-plot-1 rect').length,
        labels: out.querySelectorAll('svg .bottom-axis .label text, svg .bottom-axis text').length,
        error: out.textContent?.includes('Syntax error') ?? false,
      };
    }, block!);
    expect(result.error).toBe(false);
    expect(result.bars).toBe(scored);
    expect(result.highlighted).toBe(scored);
    expect(result.labels).toBeGreaterThanOrEqual(scored);
    expect(problems).toEqual([]);
    await page.close();
  });
});
