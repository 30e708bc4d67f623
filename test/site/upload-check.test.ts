/**
 * The upload check: a results CSV scored in the page shows the numbers `benchbench score --json`
 * gives for the same file and catalog, every one within 1e-12: its Z, agreement and their 90%
 * intervals, its rank and rank range among the board's benchmarks, the models it shares with
 * the aggregate, the models matched and unmatched (with the same suggestions), its saturation
 * and its rows to check. Its closest benchmarks are those of `benchbench similar --json` on the
 * catalog with the file added, as `score` scores it (`score` itself does not list them).
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { simulate } from '../../src/simulate/simulate.js';
import { runCli } from '../support/cli.js';
import { seriousAxeViolations, siteOfCatalog, useSite } from './browser.js';

const files = simulatedCatalog(simulate({ seed: 21, benchmarks: 16, models: 40 }));
const site = useSite('upload-check', siteOfCatalog(files));
const catalogDir = path.join(site.root, 'catalog');

/**
 * `mine.csv`: a catalog benchmark's rows as written (display names), its best and worst models
 * swapped (rows to check), a misspelt model (suggestions) and one that matches nothing.
 */
function mineCsv(): string {
  const [source] = [...files.keys()].filter((f) => /^benchmarks\/.*\.csv$/.test(f)).sort();
  const meta = parse(files.get(source!.replace(/\.csv$/, '.yaml'))!) as { direction?: string };
  const rows = files
    .get(source!)!
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((cells) => cells.length === 2 && cells[1] !== '');
  const order = [...rows].sort((a, b) => Number(a[1]) - Number(b[1]));
  const [low, high] = [order[0]!, order.at(-1)!];
  [low[1], high[1]] = [high[1]!, low[1]!];
  const sign = meta.direction === 'lower' ? -1 : 1;
  return [
    'model,mine',
    ...rows.map(([m, v]) => `${m},${sign * Number(v)}`),
    `${rows[0]![0]}x,0.5`,
    'qqq-no-such-model,0.25',
  ].join('\n');
}

const csvFile = path.join(site.root, 'mine.csv');
writeFileSync(csvFile, mineCsv());

interface ScoreRow {
  scenario: string;
  z: number | null;
  zInterval: [number, number] | null;
  agreement: number | null;
  agreementInterval: [number, number] | null;
  nCommon: number;
  rank: number | null;
  rankInterval: [number, number] | null;
}

interface ScoreReport {
  rows: ScoreRow[];
  boards: { id: string; scored: number }[];
  benchmarks: {
    id: string;
    models: number;
    unmatched: { name: string; suggestions: string[] }[];
    trust: {
      scenario: string;
      saturation: {
        models: number;
        nearBest: number;
        nearBestShare: number | null;
        topModels: number;
        topSpread: number | null;
        saturated: boolean | null;
      };
      plausibility: {
        shared: number;
        flagged: { model: string; rank: number; aggregateRank: number; line: number }[];
      };
    }[];
  }[];
}

interface SimilarJson {
  results: {
    scenario: string;
    similar: {
      scenario: string;
      agreement: number | null;
      interval: [number, number] | null;
      n_common: number;
    }[];
  }[];
}

/** `benchbench similar mine --json` on a copy of the catalog with the file added. */
function cliClosest(): SimilarJson['results'][number]['similar'] {
  const copy = path.join(site.root, 'with-mine');
  cpSync(catalogDir, copy, { recursive: true });
  cpSync(csvFile, path.join(copy, 'benchmarks', 'mine.csv'));
  writeFileSync(path.join(copy, 'benchmarks', 'mine.yaml'), 'name: "mine"\n');
  const r = runCli(['similar', 'mine', '--catalog', copy, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as SimilarJson).results[0]!.similar;
}

/** Every datum of the uploaded file's block: field -> full value (null when none is shown). */
function data(page: Page, selector: string): Promise<Record<string, number | null>> {
  return page
    .locator(selector)
    .evaluate((el) =>
      Object.fromEntries(
        [...el.querySelectorAll('data[data-field]')].map((d) => [
          d.getAttribute('data-field')!,
          d.hasAttribute('value') ? Number(d.getAttribute('value')) : null,
        ]),
      ),
    );
}

function expectClose(got: number | null | undefined, want: number | null, what: string): void {
  if (want === null) expect(got ?? null, what).toBeNull();
  else expect(Math.abs(got! - want), `${what}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12);
}

describe.runIf(site.available)('the upload check', () => {
  it('shows for an uploaded file every number `benchbench score --json` gives, within 1e-12', async () => {
    const r = runCli(['score', csvFile, '--catalog', catalogDir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ScoreReport;
    const row = report.rows.find((x) => x.scenario === 'mine')!;
    const benchmark = report.benchmarks.find((b) => b.id === 'mine')!;
    const trust = benchmark.trust.find((t) => t.scenario === 'mine')!;
    expect(trust.plausibility.flagged.length, 'the swapped rows are to be checked').toBeGreaterThan(0);

    const { page, problems } = await site.open('', { ready: 'html[data-engine=idle]' });
    await page.locator('#upload-file').setInputFiles(csvFile);
    await page.waitForSelector('html[data-upload=done]');
    const block = 'article.uploaded[data-scenario=mine]';
    const got = await data(page, `${block} .facts`);

    // Score, agreement, intervals, rank, shared models.
    expectClose(got['z'], row.z, 'Z');
    expectClose(got['z-interval-lo'], row.zInterval?.[0] ?? null, 'Z interval low');
    expectClose(got['z-interval-hi'], row.zInterval?.[1] ?? null, 'Z interval high');
    expectClose(got['agreement'], row.agreement, 'agreement');
    expectClose(got['agreement-interval-lo'], row.agreementInterval?.[0] ?? null, 'agreement interval low');
    expectClose(got['agreement-interval-hi'], row.agreementInterval?.[1] ?? null, 'agreement interval high');
    expect(got['n-common']).toBe(row.nCommon);
    expect(got['rank']).toBe(row.rank);
    expect(got['rank-interval-lo']).toBe(row.rankInterval?.[0]);
    expect(got['rank-interval-hi']).toBe(row.rankInterval?.[1]);
    expect(got['ranked']).toBe(report.boards.find((b) => b.id === 'main')!.scored);

    // Models matched, and the unmatched with the same suggestions.
    expect(got['models']).toBe(benchmark.models);
    expect(got['matched']).toBe(benchmark.models - benchmark.unmatched.length);
    const unmatched = await page.locator(`${block} .unmatched li`).evaluateAll((lis) =>
      lis.map((li) => ({
        name: li.getAttribute('data-name')!,
        suggestions: (li.getAttribute('data-suggestions') ?? '').split('\n').filter(Boolean),
      })),
    );
    const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : 1);
    expect(unmatched.sort(byName)).toEqual([...benchmark.unmatched].sort(byName));

    // Saturation.
    const sat = await page
      .locator(`${block} .saturation`)
      .evaluate((e) => ({ ...(e as HTMLElement).dataset }));
    const want = trust.saturation;
    expect(Number(sat['models'])).toBe(want.models);
    expect(Number(sat['nearBest'])).toBe(want.nearBest);
    expectClose(
      sat['nearBestShare'] === undefined ? null : Number(sat['nearBestShare']),
      want.nearBestShare,
      'near-best share',
    );
    expect(Number(sat['topModels'])).toBe(want.topModels);
    expectClose(
      sat['topSpread'] === undefined ? null : Number(sat['topSpread']),
      want.topSpread,
      'top spread',
    );
    expect(sat['saturated'] === undefined ? null : sat['saturated'] === 'true').toBe(want.saturated);

    // Plausibility: the rows to check, with their lines and both ranks, of the same shared models.
    expect(got['rows-to-check']).toBe(trust.plausibility.flagged.length);
    const list = page.locator(`${block} ul.rows-to-check`);
    expect(Number(await list.getAttribute('data-shared'))).toBe(trust.plausibility.shared);
    const flagged = await list.locator('li').evaluateAll((lis) =>
      lis.map((li) => {
        const d = (li as HTMLElement).dataset;
        return {
          model: d['model'],
          line: Number(d['line']),
          rank: Number(d['rank']),
          aggregateRank: Number(d['aggregateRank']),
        };
      }),
    );
    const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
    expect(flagged.sort(byLine)).toEqual(
      trust.plausibility.flagged
        .map(({ model, line, rank, aggregateRank }) => ({ model, line, rank, aggregateRank }))
        .sort(byLine),
    );

    // Closest benchmarks: `similar` on the catalog with the file in it, the first ten with an agreement.
    const closest = cliClosest()
      .filter((c) => c.agreement !== null)
      .slice(0, 10);
    const shown = await page.locator(`${block} table.closest tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => {
        const v = (f: string): number | null => {
          const d = tr.querySelector(`data[data-field="${f}"]`);
          return d?.hasAttribute('value') ? Number(d.getAttribute('value')) : null;
        };
        return {
          scenario: tr.getAttribute('data-scenario')!,
          agreement: v('agreement'),
          lo: v('interval-lo'),
          hi: v('interval-hi'),
          n_common: v('n-common'),
        };
      }),
    );
    expect(shown.map((c) => c.scenario)).toEqual(closest.map((c) => c.scenario));
    closest.forEach((c, i) => {
      expectClose(shown[i]!.agreement, c.agreement, `${c.scenario} agreement`);
      expectClose(shown[i]!.lo, c.interval?.[0] ?? null, `${c.scenario} interval low`);
      expectClose(shown[i]!.hi, c.interval?.[1] ?? null, `${c.scenario} interval high`);
      expect(shown[i]!.n_common).toBe(c.n_common);
    });

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
