/**
 * Efficient alternatives and the lite subset on the page: the worker runs the engines of
 * `benchbench alternatives` and `benchbench subset`, so for the method in force the page's
 * numbers equal the CLI's JSON on the same catalog (to 1e-12): every alternative with its
 * agreement, interval, shared models, access and cost, after the reader's access and cost
 * filters too; every step of the subset, the chosen scenarios, their cost and the tau they
 * reach with its interval, with the subset's parameters set in the page. Both are worked from
 * the keyboard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { simulate } from '../../src/simulate/simulate.js';
import type { LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import { runCli } from '../support/cli.js';
import { seriousAxeViolations, siteOfCatalog, useSite } from './browser.js';

const UNIT = 'GPU-hours per model';
const ACCESS = ['open', 'gated', 'private', null] as const;

/**
 * The simulated catalog, with access and cost in its results files' metadata: access cycles
 * through open, gated, private and none; every third file has no cost.
 */
function catalogFiles(): Map<string, string> {
  const files = simulatedCatalog(simulate({ seed: 21, benchmarks: 16, models: 40 }));
  [...files.keys()]
    .filter((f) => /^benchmarks\/.*\.yaml$/.test(f))
    .sort()
    .forEach((f, i) => {
      const access = ACCESS[i % 4];
      const cost = i % 3 === 2 ? '' : `cost:\n  value: ${((i * 7) % 13) + 0.5}\n  unit: ${UNIT}\n`;
      files.set(f, files.get(f)! + (access ? `access: ${access}\n` : '') + cost);
    });
  return files;
}

const site = useSite('efficient', siteOfCatalog(catalogFiles()));
const catalogDir = path.join(site.root, 'catalog');
let written: LeaderboardDocument | undefined;
/** The site's leaderboard.json, read once. */
const doc = (): LeaderboardDocument =>
  (written ??= JSON.parse(
    readFileSync(path.join(site.dir, 'leaderboard.json'), 'utf8'),
  ) as LeaderboardDocument);

function cli<T>(args: readonly string[]): T {
  const r = runCli([...args, '--catalog', catalogDir, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

interface AlternativeJson {
  scenario: string;
  agreement: number;
  interval: [number, number] | null;
  n_common: number;
  access: string | null;
  cost: { value: number; unit: string; relative: number | null } | null;
}

/** `benchbench alternatives SCENARIO --min-agreement T ... --json`. */
const cliAlternatives = (scenario: string, t: string, ...more: string[]): AlternativeJson[] =>
  cli<{ alternatives: AlternativeJson[] }>(['alternatives', scenario, '--min-agreement', t, ...more])
    .alternatives;

interface SubsetJson {
  min_models: number;
  steps: { scenario: string; tau: number | null; n_models: number; cost: number | null }[];
  subset: string[];
  tau: number | null;
  tau_interval: [number, number] | null;
  stop: string;
}

const open = (query: string, width = 1280): Promise<{ page: Page; problems: string[] }> =>
  site.open(query, { width, ready: 'html[data-engine=idle]', timeout: 120_000 });

/** The full value of the datum `field` in `scope`; null when it shows none. */
function valueIn(scope: Element, field: string): number | null {
  const d = scope.querySelector(`data[data-field="${field}"]`);
  return d?.hasAttribute('value') ? Number(d.getAttribute('value')) : null;
}

/** The alternatives the detail shows, read back as the CLI's JSON writes them. */
function shownAlternatives(page: Page): Promise<AlternativeJson[]> {
  return page.locator('table.alternatives-table tbody tr').evaluateAll((trs, valueSource) => {
    const value = new Function(`return ${valueSource}`)() as typeof valueIn;
    return trs.map((tr) => {
      const lo = value(tr, 'interval-lo');
      const cost = value(tr, 'cost');
      const cells = (tr as HTMLTableRowElement).cells;
      return {
        scenario: tr.getAttribute('data-scenario')!,
        agreement: value(tr, 'agreement')!,
        interval: lo === null ? null : ([lo, value(tr, 'interval-hi')!] as [number, number]),
        n_common: value(tr, 'n-common')!,
        access: cells[4]!.textContent === 'not stated' ? null : cells[4]!.textContent,
        cost:
          cost === null
            ? null
            : {
                value: cost,
                unit: cells[5]!.textContent!.replace(/^[\d.]+ /, '').replace(/ \(.*$/, ''),
                relative: value(tr, 'relative-cost'),
              },
      };
    });
  }, valueIn.toString());
}

function expectClose(got: number | null, want: number | null, what: string): void {
  if (want === null) expect(got, what).toBeNull();
  else expect(Math.abs(got! - want), `${what}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12);
}

function expectSameAlternatives(got: AlternativeJson[], want: AlternativeJson[]): void {
  expect(got.map((a) => a.scenario)).toEqual(want.map((a) => a.scenario));
  want.forEach((w, i) => {
    const g = got[i]!;
    expectClose(g.agreement, w.agreement, `${w.scenario} agreement`);
    expectClose(g.interval?.[0] ?? null, w.interval?.[0] ?? null, `${w.scenario} interval low`);
    expectClose(g.interval?.[1] ?? null, w.interval?.[1] ?? null, `${w.scenario} interval high`);
    expect(g.n_common, w.scenario).toBe(w.n_common);
    expect(g.access, w.scenario).toBe(w.access);
    expect(g.cost?.value ?? null, w.scenario).toBe(w.cost?.value ?? null);
    expect(g.cost?.unit ?? null, w.scenario).toBe(w.cost?.unit ?? null);
    expectClose(g.cost?.relative ?? null, w.cost?.relative ?? null, `${w.scenario} relative cost`);
  });
}

/** Sets the minimum agreement from the keyboard (typed, then Enter) and waits for the list. */
async function minAgreement(page: Page, t: string): Promise<void> {
  const min = page.locator('#alt-min');
  await min.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(t);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('.alt-status').textContent())
    .toContain(`at least ${Number(t).toFixed(2)}`);
  await page.waitForSelector('html[data-alternatives=done]');
}

/** A scenario with a cost and at least `n` alternatives agreeing 0.3 or more, some open, some priced relative to it. */
function scenarioWithAlternatives(n: number): { scenario: string; alternatives: AlternativeJson[] } {
  for (const row of doc().boards[0]!.rows) {
    const alternatives = cliAlternatives(row.scenario, '0.3');
    const priced = alternatives.some((a) => a.cost !== null && a.cost.relative !== null);
    if (alternatives.length >= n && priced && alternatives.some((a) => a.access === 'open'))
      return { scenario: row.scenario, alternatives };
  }
  throw new Error(`no scenario has ${n} alternatives`);
}

describe.runIf(site.available)('a benchmark\u2019s efficient alternatives on the page', () => {
  it('lists the alternatives `benchbench alternatives --json` lists, with every number within 1e-12', async () => {
    const { scenario, alternatives } = scenarioWithAlternatives(4);
    expect(alternatives.some((a) => a.cost?.relative !== null && a.cost !== null)).toBe(true);
    const { page, problems } = await open(`#${scenario}`);
    await page.waitForSelector('html[data-alternatives=done]');
    // The CLI's default minimum is the page's.
    const byDefault = cli<{ alternatives: AlternativeJson[] }>(['alternatives', scenario]).alternatives;
    expect(await page.locator('#alt-min').inputValue()).toBe('0.6');
    expectSameAlternatives(await shownAlternatives(page), byDefault);
    await minAgreement(page, '0.3');
    expectSameAlternatives(await shownAlternatives(page), alternatives);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by access as --where access=... does, and by a highest cost', async () => {
    const { scenario, alternatives } = scenarioWithAlternatives(4);
    const { page } = await open(`#${scenario}`);
    await page.waitForSelector('html[data-alternatives=done]');
    await minAgreement(page, '0.3');
    // Keep open access only: uncheck the others with the keyboard (Space on a focused box).
    for (const level of ['gated', 'private', 'not-stated']) {
      await page.locator(`#alt-access-${level}`).focus();
      await page.keyboard.press('Space');
    }
    const openOnly = cliAlternatives(scenario, '0.3', '--where', 'access=open');
    expect(openOnly.length).toBeGreaterThan(0);
    expectSameAlternatives(await shownAlternatives(page), openOnly);
    // Open or gated, at most 6 GPU-hours per model: unknown costs are left out.
    await page.locator('#alt-access-gated').check();
    await page.locator('#alt-cost-unit').selectOption(UNIT);
    await page.locator('#alt-max-cost').fill('6');
    const cheap = cliAlternatives(
      scenario,
      '0.3',
      '--where',
      'access=open',
      '--where',
      'access=gated',
    ).filter((a) => a.cost !== null && a.cost.value <= 6);
    expect(cheap.length).toBeLessThan(alternatives.length);
    expectSameAlternatives(await shownAlternatives(page), cheap);
    expect(await page.locator('.alt-status').textContent()).toContain(`; ${cheap.length} pass the filters.`);
    expect(await seriousAxeViolations(page), 'alternatives with access and cost filters').toEqual([]);
    await page.close();
  });

  it('uses the method in force: a Pearson permalink gives `alternatives --correlation pearson`', async () => {
    const { scenario } = scenarioWithAlternatives(4);
    const { page } = await open(`?correlation=pearson&models_per_sample=0#${scenario}`);
    await page.waitForSelector('html[data-alternatives=done]');
    await minAgreement(page, '0.2');
    const want = cliAlternatives(scenario, '0.2', '--correlation', 'pearson', '--models-per-sample', '0');
    expect(want.length).toBeGreaterThan(0);
    expectSameAlternatives(await shownAlternatives(page), want);
    // An alternative's name opens its own detail.
    const first = page.locator('table.alternatives-table tbody tr button.link').first();
    const other = await first.getAttribute('data-scenario');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${other}`);
    await page.close();
  });
});

/** The subset the page shows, read back as `benchbench subset --json` writes it. */
async function shownSubset(page: Page): Promise<SubsetJson> {
  const result = page.locator('.subset-result');
  const steps = await result.locator('table.subset-steps tbody tr').evaluateAll((trs, valueSource) => {
    const value = new Function(`return ${valueSource}`)() as typeof valueIn;
    return trs.map((tr) => ({
      scenario: tr.getAttribute('data-scenario')!,
      tau: value(tr, 'tau'),
      n_models: value(tr, 'n-models')!,
      cost: value(tr, 'cost'),
      chosen: tr.classList.contains('chosen'),
    }));
  }, valueIn.toString());
  const summary = await result.locator('.subset-summary').evaluate((p, valueSource) => {
    const value = new Function(`return ${valueSource}`)() as typeof valueIn;
    const lo = value(p, 'tau-interval-lo');
    return {
      tau: value(p, 'tau'),
      tau_interval: lo === null ? null : ([lo, value(p, 'tau-interval-hi')!] as [number, number]),
      stop: p.getAttribute('data-stop')!,
    };
  }, valueIn.toString());
  const minModels = await result.locator('data[data-field=min-models]').getAttribute('value');
  return {
    min_models: Number(minModels),
    steps: steps.map(({ chosen: _, ...s }) => s),
    subset: steps.filter((s) => s.chosen).map((s) => s.scenario),
    ...summary,
  };
}

function expectSameSubset(got: SubsetJson, want: SubsetJson): void {
  expect(got.steps.map((s) => s.scenario)).toEqual(want.steps.map((s) => s.scenario));
  want.steps.forEach((w, i) => {
    expectClose(got.steps[i]!.tau, w.tau, `step ${i + 1} tau`);
    expect(got.steps[i]!.n_models).toBe(w.n_models);
    expectClose(got.steps[i]!.cost, w.cost, `step ${i + 1} cost`);
  });
  expect(got.subset).toEqual(want.subset);
  expectClose(got.tau, want.tau, 'tau');
  expectClose(got.tau_interval?.[0] ?? null, want.tau_interval?.[0] ?? null, 'tau interval low');
  expectClose(got.tau_interval?.[1] ?? null, want.tau_interval?.[1] ?? null, 'tau interval high');
  expect(got.min_models).toBe(want.min_models);
  expect(got.stop).toBe(want.stop);
}

async function findSubset(run: Locator): Promise<void> {
  await run.focus();
  await run.page().keyboard.press('Enter');
  await run.page().waitForSelector('html[data-subset=done]', { timeout: 120_000 });
}

describe.runIf(site.available)('the lite subset on the page', () => {
  it('finds the subset `benchbench subset --json` finds, every step within 1e-12', async () => {
    const { page, problems } = await open('');
    await findSubset(page.locator('button.subset-run'));
    const want = cli<SubsetJson>(['subset']);
    expect(want.stop).toBe('reached');
    expectSameSubset(await shownSubset(page), want);
    expect(await page.locator('.subset-summary').textContent()).toMatch(
      /^Reached τ ≥ 0\.90\. Chosen: \d+ scenarios?, τ \d\.\d{3} \(90% interval [\d.]+ – [\d.]+\) over \d+ models, cost /,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes the target, the least models, a cost budget and the candidates as the CLI\u2019s options do', async () => {
    const { page } = await open('?samples=40&seed=3');
    const openIds = doc()
      .benchmarks.filter((b) => b.access === 'open')
      .flatMap((b) => b.scenarios);
    // From the keyboard: type into each field, choose the candidates, press the button.
    await page.locator('#subset-target').fill('0.97');
    await page.locator('#subset-min-models').fill('12');
    await page.locator('#subset-max-cost').fill('20');
    await page.locator('#subset-candidates').focus();
    await page.locator('#subset-candidates').selectOption('open');
    await findSubset(page.locator('button.subset-run'));
    // The parameters set in the page, and the permalink's samples and seed.
    const set = ['--min-agreement', '0.97', '--min-models', '12', '--samples', '40', '--seed', '3'];
    const want = cli<SubsetJson>(['subset', ...set, '--max-cost', '20', '--candidates', openIds.join(',')]);
    expect(want.steps.length).toBeGreaterThan(1);
    expectSameSubset(await shownSubset(page), want);
    expect(await seriousAxeViolations(page), 'lite subset with costs').toEqual([]);
    // One board's scenarios, without a budget.
    await page.locator('#subset-max-cost').fill('');
    await page.locator('#subset-candidates').selectOption('board:safety');
    await findSubset(page.locator('button.subset-run'));
    const safety = doc()
      .boards.find((b) => b.id === 'safety')!
      .rows.map((r) => r.scenario);
    expectSameSubset(
      await shownSubset(page),
      cli<SubsetJson>(['subset', ...set, '--candidates', safety.join(',')]),
    );
    await page.close();
  });

  it('says why it cannot start when a parameter is wrong, and that a result is stale after the method changes', async () => {
    const { page } = await open('');
    await page.locator('#subset-min-models').fill('1');
    await page.locator('button.subset-run').click();
    expect(await page.locator('section.subset .field-error').textContent()).toMatch(/at least 2/);
    await page.locator('#subset-min-models').fill('');
    await findSubset(page.locator('button.subset-run'));
    await page.locator('details.method-panel summary').click();
    await page.locator('#m-correlation').selectOption('pearson');
    await page.waitForSelector('html[data-engine=idle]');
    expect(await page.locator('.subset-result').textContent()).toMatch(/method changed/);
    await page.close();
  });
});
