/**
 * Renders the PR comment's Mermaid chart (renderPrComment's ```mermaid block) with the real
 * mermaid library in Chromium, as GitHub does, and measures the SVG: what shows of each bar
 * lies between the zero line and its Z, the orange bar is the pull request's benchmark, and no
 * two category labels overlap. The chart is horizontal (see src/report/comment-chart.ts), so
 * "below zero" is left of the zero line. A screenshot is written to $CHART_SCREENSHOT if set.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { simulate } from '../../src/simulate/simulate.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import type { PrReport } from '../../src/model/pr-report-schema.js';
import { MAX_CHART_ROWS } from '../../src/report/comment-chart.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { chromiumAvailable, launchChromium, recordProblems } from './browser.js';

const mermaidJs = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');

/** A PR adding one benchmark to a simulated catalog of `benchmarks` benchmarks. */
function prReport(benchmarks: number, pick: (csvs: string[]) => string): { report: PrReport; added: string } {
  const head = simulatedCatalog(simulate({ seed: 4, benchmarks, models: 30 }));
  const added = pick([...head.keys()].filter((f) => f.endsWith('.csv')));
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
  return { report, added: stem.replace(/^benchmarks\//, '') };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Drawn {
  error: boolean;
  bars: Box[][];
  zeroX: number;
  labels: (Box & { text: string })[];
}

let browser: Browser;
const withChromium = chromiumAvailable();
beforeAll(async () => {
  if (withChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function draw(report: PrReport): Promise<Drawn> {
  const text = renderPrComment(report, { target: 'comment' });
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(text)?.[1];
  expect(block).toMatch(/\bxychart-beta horizontal\n/);
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const problems = recordProblems(page);
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="out"></div></body></html>');
  await page.addScriptTag({ content: mermaidJs });
  const drawn = await page.evaluate(async (source: string) => {
    const m = (
      window as unknown as {
        mermaid: { initialize(o: object): void; render(id: string, s: string): Promise<{ svg: string }> };
      }
    ).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await m.render('chart', source);
    const out = document.getElementById('out')!;
    out.innerHTML = svg;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const bars = [0, 1, 2].map((i) => [...out.querySelectorAll(`svg .bar-plot-${i} rect`)].map(box));
    const line = out.querySelector('svg [class*="line-plot-"] path')!;
    return {
      error: out.textContent?.includes('Syntax error') ?? false,
      bars,
      zeroX: box(line).x + box(line).width / 2,
      labels: [...out.querySelectorAll('svg .left-axis .label text')].map((e) => ({
        ...box(e),
        text: e.textContent ?? '',
      })),
    };
  }, block!);
  if (process.env['CHART_SCREENSHOT'])
    await page.screenshot({ path: process.env['CHART_SCREENSHOT'], fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
  return drawn;
}

/** What shows of bar i: the coloured bar minus the background-coloured cover drawn over it. */
function visible(d: Drawn, i: number): { from: number; to: number; series: number } {
  const grey = d.bars[0]![i]!;
  const orange = d.bars[1]![i]!;
  const cover = d.bars[2]![i]!;
  const bar = orange.width > grey.width ? orange : grey;
  return {
    from: cover.x + cover.width,
    to: bar.x + bar.width,
    series: orange.width > cover.width + 0.5 ? 1 : 0,
  };
}

describe.runIf(withChromium)("the PR comment's Mermaid chart", () => {
  it('draws each bar from the zero line, left of it when Z is negative and right when positive', async () => {
    const { report } = prReport(12, (c) => c.at(-1)!);
    const rows = report.rows.filter((r) => r.z !== null);
    expect(rows.length).toBeLessThanOrEqual(MAX_CHART_ROWS);
    expect(rows.some((r) => r.z! < -0.2) && rows.some((r) => r.z! > 0.2)).toBe(true);
    const d = await draw(report);
    expect(d.error).toBe(false);
    expect(d.bars[0]).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      const v = visible(d, i);
      if (r.z! > 0.05) {
        expect(v.from).toBeCloseTo(d.zeroX, 0);
        expect(v.to).toBeGreaterThan(d.zeroX + 1);
      } else if (r.z! < -0.05) {
        expect(v.to).toBeCloseTo(d.zeroX, 0);
        expect(v.from).toBeLessThan(d.zeroX - 1);
      }
    });
    // Longer bars for larger |Z|: the drawing is to scale.
    const px = rows.map((r, i) => [r.z!, visible(d, i)] as const).filter(([z]) => Math.abs(z) > 0.05);
    const [z1, v1] = px[0]!;
    const [z2, v2] = px.at(-1)!;
    expect((v1.to - v1.from) / (v2.to - v2.from)).toBeCloseTo(Math.abs(z1) / Math.abs(z2), 1);
  });

  it("highlights the pull request's benchmark and nothing else", async () => {
    const { report, added } = prReport(12, (c) => c[2]!);
    const d = await draw(report);
    const rows = report.rows.filter((r) => r.z !== null);
    const orange = rows.flatMap((_, i) => (visible(d, i).series === 1 ? [i] : []));
    expect(orange.map((i) => rows[i]!.benchmark)).toEqual([added]);
    const label = d.labels.find((l) => l.text.endsWith(rows[orange[0]!]!.name))!;
    const bar = d.bars[1]![orange[0]!]!;
    expect(Math.abs(label.y + label.height / 2 - (bar.y + bar.height / 2))).toBeLessThan(bar.height / 2);
  });

  it(`shows at most ${MAX_CHART_ROWS} benchmarks of a long board, with labels that never overlap`, async () => {
    const { report, added } = prReport(60, (c) => c[30]!);
    const rows = report.rows.filter((r) => r.z !== null);
    expect(rows.length).toBeGreaterThan(MAX_CHART_ROWS + 10);
    const d = await draw(report);
    const named = d.labels.filter((l) => !l.text.startsWith('('));
    expect(named).toHaveLength(MAX_CHART_ROWS);
    expect(d.labels.filter((l) => /^\(\d+ more: ranks \d+-\d+\)$/.test(l.text)).length).toBeGreaterThan(0);
    const mine = rows.find((r) => r.benchmark === added)!;
    expect(named.map((l) => l.text)).toEqual(expect.arrayContaining([`${mine.rank}. ${mine.name}`]));
    expect(named[0]!.text).toBe(`1. ${rows[0]!.name}`);
    expect(named.at(-1)!.text).toBe(`${rows.at(-1)!.rank}. ${rows.at(-1)!.name}`);
    const sorted = [...d.labels].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height - 0.5);
    }
  });
});
