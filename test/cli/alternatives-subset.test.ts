import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFolder } from '../../src/cli/load.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { ensureBuilt, runCli } from '../support/cli.js';
import { matrixScores } from '../support/matrix-scores.js';

let dir: string;
let catalog: string;
/** Benchmark id -> the cost and access written into its metadata. */
const written = new Map<string, { access: string; cost: number | null }>();
const ACCESS = ['open', 'gated', 'private'];

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-alt-'));
  catalog = path.join(dir, 'catalog');
  expect(runCli(['simulate', '--out', catalog, '--seed', '5', '--models', '30']).status).toBe(0);
  const files = readdirSync(path.join(catalog, 'benchmarks'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  files.forEach((f, i) => {
    const id = f.replace(/\.yaml$/, '');
    // The last file has no cost: unknown, never tried under --max-cost.
    const cost = i === files.length - 1 ? null : 1 + (i % 4);
    const access = ACCESS[i % 3]!;
    written.set(id, { access, cost });
    appendFileSync(
      path.join(catalog, 'benchmarks', f),
      `access: ${access}\nitems: ${100 * (i + 1)}\n` +
        (cost === null ? '' : `cost: { value: ${cost}, unit: GPU-hours }\n`),
    );
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = <T>(args: string[]): T => {
  const r = runCli(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

interface Leaderboard {
  aggregate: { scenarios: string[]; min_scenarios_per_model: number; scores: Record<string, number> };
  benchmarks: {
    id: string;
    access: string | null;
    cost: { value: number; unit: string } | null;
    items: number | null;
    scenarios: string[];
  }[];
}
const leaderboard = (): Leaderboard => json<Leaderboard>(['leaderboard', '--catalog', catalog, '--json']);
const benchmarkOf = (lb: Leaderboard, scenario: string) =>
  lb.benchmarks.find((b) => b.scenarios.includes(scenario))!;

interface Alternatives {
  benchmark: string;
  alternatives: {
    scenario: string;
    agreement: number;
    interval: [number, number] | null;
    n_common: number;
    access: string | null;
    cost: { value: number; unit: string; relative: number | null } | null;
  }[];
}

describe('the metadata keys access, cost and items', () => {
  it('are carried into leaderboard.json for every results file', () => {
    const lb = leaderboard();
    for (const b of lb.benchmarks) {
      const w = written.get(b.id)!;
      expect(b.access).toBe(w.access);
      expect(b.cost).toEqual(w.cost === null ? null : { value: w.cost, unit: 'GPU-hours' });
      expect(b.items).toBeGreaterThanOrEqual(100);
    }
  });

  it('are validated with file, line, column and a hint', () => {
    const bad = path.join(dir, 'bad');
    expect(runCli(['simulate', '--out', bad, '--seed', '5', '--benchmarks', '3']).status).toBe(0);
    const yaml = readdirSync(path.join(bad, 'benchmarks')).find((f) => f.endsWith('.yaml'))!;
    const file = path.join(bad, 'benchmarks', yaml);
    expect(runCli(['validate', '--catalog', bad]).status).toBe(0);
    appendFileSync(file, 'access: public\ncost: { value: ten, unit: USD }\n');
    const r = runCli(['validate', '--catalog', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `benchmarks/${yaml.replace('.', '\\.')}:\\d+:9: error \\[invalid-value\\] \`access\` is \`public\``,
      ),
    );
    expect(r.stderr).toMatch(/Allowed values: `open`, `gated`, `private`\./);
    expect(r.stderr).toMatch(/:\d+:16: error \[wrong-type\] `cost.value` must be a number/);
  });
});

describe('benchbench alternatives', () => {
  const target = 'sim-bench-holistic-01';
  const listAlternatives = (...args: string[]) =>
    json<Alternatives>(['alternatives', target, '--catalog', catalog, '--json', ...args]);

  it('lists the scenarios agreeing at least T, with the numbers of `similar`, access and relative cost', () => {
    const out = listAlternatives('--min-agreement', '0.3');
    expect(Object.keys(out)).toEqual(['benchmark', 'alternatives']);
    expect(out.benchmark).toBe(target);
    expect(out.alternatives.length).toBeGreaterThan(0);
    const similar = json<{
      results: {
        similar: { scenario: string; agreement: number | null; interval: unknown; n_common: number }[];
      }[];
    }>(['similar', target, '--catalog', catalog, '--json']).results[0]!.similar;
    // Exactly the similar scenarios at or above T, in the same order, with the same numbers.
    expect(out.alternatives.map((a) => [a.scenario, a.agreement, a.interval, a.n_common])).toEqual(
      similar
        .filter((s) => s.agreement !== null && s.agreement >= 0.3)
        .map((s) => [s.scenario, s.agreement, s.interval, s.n_common]),
    );
    const lb = leaderboard();
    const own = benchmarkOf(lb, target).cost!;
    for (const a of out.alternatives) {
      expect(Object.keys(a)).toEqual(['scenario', 'agreement', 'interval', 'n_common', 'access', 'cost']);
      const b = benchmarkOf(lb, a.scenario);
      expect(a.access).toBe(b.access);
      expect(a.cost).toEqual(b.cost === null ? null : { ...b.cost, relative: b.cost.value / own.value });
    }
  });

  it('filters with --where: one value, several values of one key, and several keys', () => {
    const all = listAlternatives('--min-agreement', '-1').alternatives;
    const where = (...filters: string[]) =>
      listAlternatives('--min-agreement', '-1', ...filters.flatMap((f) => ['--where', f])).alternatives.map(
        (a) => a.scenario,
      );
    expect(where('access=open')).toEqual(all.filter((a) => a.access === 'open').map((a) => a.scenario));
    expect(where('access=open')).not.toEqual([]);
    expect(where('access=open', 'access=gated')).toEqual(
      all.filter((a) => a.access !== 'private' && a.access !== null).map((a) => a.scenario),
    );
    const holistic = all
      .filter((a) => a.access === 'open' && a.scenario.startsWith('sim-bench-holistic'))
      .map((a) => a.scenario);
    expect(holistic).not.toEqual([]);
    expect(where('access=open', 'category=holistic')).toEqual(holistic);
  });

  it('prints a readable list, and says when nothing agrees enough', () => {
    const r = runCli(['alternatives', target, '--catalog', catalog, '--min-agreement', '0.3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Alternatives to Sim Bench Holistic 01 \(sim-bench-holistic-01\): agreement at least 0\.3 \(kendall\)\n  its access: \w+; its cost: \d GPU-hours\n {3}1 {2}/,
    );
    expect(r.stdout).toMatch(
      /shared models {2}access (open|gated|private) {2}cost (\d GPU-hours \(\d\.\d\d × its cost\)|unknown)/,
    );
    const none = runCli(['alternatives', target, '--catalog', catalog, '--min-agreement', '1']);
    expect(none.stdout).toMatch(/none: no other scenario agrees this much/);
  });

  it("takes a method flag in place of benchbench.yaml's", () => {
    const spearman = listAlternatives('--min-agreement', '-1', '--correlation', 'spearman');
    const kendall = listAlternatives('--min-agreement', '-1');
    expect(spearman.alternatives[0]!.agreement).not.toBe(kendall.alternatives[0]!.agreement);
  });

  it('takes --preset as `similar` does: the same numbers', () => {
    // The simulated catalog has none of the Space's aggregate scenarios: both exit 1 for that
    // error, and still compare the scenarios with the preset's method (8 models, 10 samples).
    const args = ['--catalog', catalog, '--json', '--preset', 'benchbench-space'];
    const alt = runCli(['alternatives', target, '--min-agreement', '-1', ...args]);
    const sim = runCli(['similar', target, ...args]);
    expect([alt.status, sim.status]).toEqual([1, 1]);
    expect(alt.stderr).toMatch(/aggregate-too-small/);
    const out = JSON.parse(alt.stdout) as Alternatives;
    const similar = (
      JSON.parse(sim.stdout) as { results: { similar: { scenario: string; agreement: number | null }[] }[] }
    ).results[0]!.similar;
    expect(out.alternatives.map((a) => [a.scenario, a.agreement])).toEqual(
      similar.filter((s) => s.agreement !== null).map((s) => [s.scenario, s.agreement]),
    );
    expect(out.alternatives).not.toEqual(listAlternatives('--min-agreement', '-1').alternatives);
  });

  it('explains a bad command line with exit 1', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--where', 'acces=open'],
        /--where "acces=open": "acces" is not one of access, category, license, benchmark; did you mean "access"\?/,
      ],
      [['--where', 'access'], /--where "access" has no value; write access=VALUE/],
      [['--where', 'access=public'], /access is one of open, gated, private/],
      [['--where', 'constructor=x'], /"constructor" is not one of/],
      [['--min-agreement', '2'], /--min-agreement must be a number from -1 to 1, got "2"/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['alternatives', target, '--catalog', catalog, ...args]);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    const file = runCli(['alternatives', 'sim-bench-holistic-02', '--catalog', catalog]);
    expect(file.status).toBe(1);
    expect(file.stderr).toMatch(
      /the results file "sim-bench-holistic-02" has 3 scenarios \(sim-bench-holistic-02-easy, sim-bench-holistic-02-medium, sim-bench-holistic-02-hard\); name one of them/,
    );
    const unknown = runCli(['alternatives', 'sim-bench-holistic-1', '--catalog', catalog]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/did you mean/);
  });
});

interface Subset {
  target: string;
  min_agreement: number;
  min_models: number;
  cost_unit: string | null;
  steps: { scenario: string; tau: number | null; n_models: number; cost: number | null }[];
  subset: string[];
  tau: number | null;
  tau_interval: [number, number] | null;
  reached: boolean;
  stop: string;
}

/** A long table of the catalog's scores (direction applied), as `aggregate` and `agree` read any table. */
async function longTable(): Promise<string> {
  const { catalog: loaded } = await loadCatalogFolder(catalog);
  const rows = Object.entries(matrixScores(scoreCatalog(loaded).matrix)).flatMap(([s, byModel]) =>
    Object.entries(byModel).map(([m, v]) => `${m},${s},${v}`),
  );
  const file = path.join(dir, 'scores.csv');
  writeFileSync(file, 'model,scenario,score\n' + rows.join('\n') + '\n');
  return file;
}

describe('benchbench subset', () => {
  it('prints the documented JSON, each step with its tau, models and cumulative cost', () => {
    const out = json<Subset>(['subset', '--catalog', catalog, '--json']);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['target', 'min_agreement', 'steps', 'subset', 'tau', 'tau_interval']),
    );
    expect(out).toMatchObject({
      target: 'aggregate',
      min_agreement: 0.9,
      cost_unit: 'GPU-hours',
      reached: true,
      stop: 'reached',
    });
    expect(out.subset).toEqual(out.steps.map((s) => s.scenario));
    expect(out.tau).toBe(out.steps.at(-1)!.tau);
    expect(out.tau!).toBeGreaterThanOrEqual(0.9);
    expect(out.steps.slice(0, -1).every((s) => s.tau === null || s.tau < 0.9)).toBe(true);
    const [lo, hi] = out.tau_interval!;
    expect(lo).toBeLessThanOrEqual(hi);
    expect(hi).toBeLessThanOrEqual(1);
    // Deterministic: seeded by benchbench.yaml's seed.
    expect(json<Subset>(['subset', '--catalog', catalog, '--json'])).toEqual(out);
    expect(json<Subset>(['subset', '--catalog', catalog, '--json', '--seed', '9']).tau_interval).not.toEqual(
      out.tau_interval,
    );
  });

  it('reports a tau that `aggregate` and `agree` recompute on the chosen scenarios', async () => {
    const lb = leaderboard();
    const out = json<Subset>(['subset', '--catalog', catalog, '--json']);
    const table = await longTable();
    const configured = json<{ model: string; score: number }[]>([
      'aggregate',
      table,
      '--scenarios',
      lb.aggregate.scenarios.join(','),
      '--min-scenarios',
      String(lb.aggregate.min_scenarios_per_model),
      '--json',
    ]);
    expect(Object.fromEntries(configured.map((r) => [r.model, r.score]))).toEqual(lb.aggregate.scores);
    const chosen = json<{ model: string; score: number }[]>([
      'aggregate',
      table,
      '--scenarios',
      out.subset.join(','),
      '--json',
    ]);
    const both = path.join(dir, 'both.csv');
    const byModel = new Map(chosen.map((r) => [r.model, r.score]));
    writeFileSync(
      both,
      'model,configured,chosen\n' +
        configured.map((r) => `${r.model},${r.score},${byModel.get(r.model) ?? ''}`).join('\n') +
        '\n',
    );
    const agree = json<{ agreements: { scenario: string; correlation: number; n_common: number }[] }>([
      'agree',
      both,
      '--reference',
      'configured',
      '--models-per-sample',
      '0',
      '--min-common',
      '2',
      '--correlation',
      'kendall',
      '--json',
    ]);
    const r = agree.agreements.find((a) => a.scenario === 'chosen')!;
    expect(r.correlation).toBeCloseTo(out.tau!, 12);
    expect(r.n_common).toBe(out.steps.at(-1)!.n_models);
  });

  it("adds each results file's cost once and keeps under --max-cost", () => {
    const lb = leaderboard();
    const out = json<Subset>(['subset', '--catalog', catalog, '--json', '--max-cost', '3']);
    let paid = new Set<string>();
    let total = 0;
    for (const s of out.steps) {
      const b = benchmarkOf(lb, s.scenario);
      expect(b.cost).not.toBeNull();
      if (!paid.has(b.id)) total += b.cost!.value;
      paid = paid.add(b.id);
      expect(s.cost).toBe(total);
    }
    expect(total).toBeLessThanOrEqual(3);
    expect(['reached', 'cost']).toContain(out.stop);
  });

  it('says clearly when no set reaches T, and when the budget stops it', () => {
    const never = runCli([
      'subset',
      '--catalog',
      catalog,
      '--min-agreement',
      '1',
      '--candidates',
      'sim-bench-holistic-01,sim-bench-holistic-03,sim-bench-holistic-04',
    ]);
    expect(never.status).toBe(0);
    expect(never.stdout).toMatch(
      /\nNot reached: no set of the candidates reaches tau 1\. The best set found: \d scenarios? \([^)]+\), tau \d\.\d{3} \[/,
    );
    const poor = runCli(['subset', '--catalog', catalog, '--max-cost', '0']);
    expect(poor.stdout).toMatch(
      /Not reached: no further candidate fits --max-cost 0 GPU-hours\. No set ranked enough models to count\./,
    );
    expect(poor.stderr).toMatch(/note: 1 of \d+ candidates have no cost and are not tried under --max-cost/);
    const reached = runCli(['subset', '--catalog', catalog]);
    expect(reached.stdout).toMatch(
      /^Greedy subset standing in for the aggregate \(\d+ models\): Kendall tau-b at least 0\.9 over at least \d+ models\n {2}step {2}tau/,
    );
    expect(reached.stdout).toMatch(
      /\nReached: \d+ scenarios? \([^)]+\) rank the models like the aggregate, tau 0\.9\d\d \[/,
    );
  });

  it('takes the aggregate of --preset as its target', () => {
    // The simulated catalog has none of the Space's scenarios: no aggregate to stand in for.
    const r = runCli(['subset', '--catalog', catalog, '--preset', 'benchbench-space']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has no aggregate \(fewer than 2 of its scenarios exist\)/);
  });

  it('says when the catalog has no aggregate to stand in for', () => {
    const none = path.join(dir, 'no-aggregate');
    expect(runCli(['simulate', '--out', none, '--seed', '5', '--benchmarks', '3']).status).toBe(0);
    writeFileSync(path.join(none, 'benchbench.yaml'), 'aggregate:\n  scenarios: [nope-1, nope-2]\n');
    const r = runCli(['subset', '--catalog', none]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/aggregate-too-small/);
    expect(r.stderr).toMatch(/has no aggregate \(fewer than 2 of its scenarios exist\)/);
  });

  it('explains a bad command line with exit 1', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--candidates', 'sim-bench-holistic-1'],
        /--candidates names a scenario not in the catalog: sim-bench-holistic-1; did you mean/,
      ],
      [['--max-cost', '-1'], /--max-cost must be a number of at least 0, got "-1"/],
      [['--min-models', '1'], /--min-models must be a whole number of at least 2/],
      [['--min-agreement', 'x'], /--min-agreement must be a number from -1 to 1/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['subset', '--catalog', catalog, ...args]);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
    }
  });
});
