// `npm run bench`: the README's performance table, before and after, from one run.
//
// It builds this tree (scripts/build.mjs) and the baseline, commit BENCH_BASELINE (default 1f34c37,
// the state before issue 11's speed work), in a temporary git worktree (`git worktree add
// --detach`, node_modules symlinked, `npm run build` there), then runs the same workloads, as
// whole processes, with both builds' dist/cli.js and prints one table: before, after, target.
//
//   example     BenchBench's example from its 41 files (../shared/benchbench or $BENCHBENCH_DATA,
//               imported into a temporary catalog): the aggregate and all pairs of the 26
//               scenarios of interest with 3 and with 50 experiments; with BENCHBENCH_PY_SRC (a
//               checkout of IBM/benchbench at 1dfd46a) BenchBench's own Python package runs the
//               same work side by side (scripts/bench-python.mjs);
//   diff        `benchbench diff` in a git repository whose head adds one benchmark to a simulated
//               catalog of 2,000 benchmarks x 5,000 models: in a clone of it (objects packed, as
//               actions/checkout leaves them) and in the repository itself (objects loose);
//   leaderboard `benchbench leaderboard` (text) on a simulated catalog of 4,000 x 5,000;
//   models      `benchbench validate` of a catalog whose models.yaml lists 5,000 and 20,000
//               models, less the same catalog with an empty registry: the parse, and the
//               exponent of its growth (1 is linear, 2 quadratic);
//   page        the published page at 2,000 x 5,000 (scripts/bench-page.mjs, this tree only).
//
// It prints the machine's load average at the start and at the end: figures taken while other
// work runs are high, and say so.
//
// Environment: BENCH_RUNS (runs per workload, median; default 5, 3 for the long ones),
// BENCH_ROWS (comma-separated workloads above; default all), BENCH_BASELINE (a commit, or `none`
// to measure this tree only), BENCHBENCH_PY_SRC. Every catalog is written to a temporary folder
// and removed at the end; nothing is copied into the repository.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchPython } from './bench-python.mjs';

const data = path.resolve(process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const long = Math.min(runs, 3);
const rows = new Set((process.env.BENCH_ROWS ?? 'example,diff,leaderboard,models,page').split(','));
const baselineCommit = process.env.BENCH_BASELINE ?? '1f34c37';
const hasTime = existsSync('/usr/bin/time');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(path.join(os.tmpdir(), 'bb-bench-'));

/** Runs `cmd args` in `cwd`; throws with its stderr when it fails. */
function run(cmd, args, { cwd = process.cwd(), input } = {}) {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`failed: ${cmd} ${args.join(' ')}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Runs node with `args` `count` times (in `cwd`): median wall time from here, the highest peak
 * RSS from /usr/bin/time when present, and the last run's output and exit code (`ok` lists the
 * exit codes that count as success).
 */
function measure(args, { cwd = process.cwd(), count = runs, ok = [0] } = {}) {
  const walls = [];
  const rss = [];
  let last;
  for (let i = 0; i < count; i++) {
    const [cmd, cmdArgs] = hasTime
      ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]]
      : [process.execPath, args];
    const t = process.hrtime.bigint();
    last = spawnSync(cmd, cmdArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (!ok.includes(last.status)) throw new Error(`failed: ${args.join(' ')}\n${last.stderr}`);
    if (hasTime) rss.push(Number(last.stderr.trim().split('\n').pop()) / 1024);
  }
  return {
    wall_s: median(walls),
    peak_mib: hasTime ? Math.max(...rss) : null,
    stdout: last.stdout,
    stderr: last.stderr,
    status: last.status,
  };
}

/** This tree's build, and the baseline's in a temporary worktree (removed by `cleanup`). */
function builds() {
  run(process.execPath, ['scripts/build.mjs']);
  // A copy, so that rebuilding this tree during the run changes nothing measured.
  const after = path.join(work, 'after');
  cpSync('dist', after, { recursive: true });
  // dist/package.json says how Node reads the bundles (CommonJS); a tree without one has ES modules.
  if (!existsSync(path.join(after, 'package.json')))
    writeFileSync(path.join(after, 'package.json'), '{ "type": "module" }\n');
  const out = [{ name: 'after', cli: path.join(after, 'cli.js') }];
  if (baselineCommit === 'none') return { list: out, cleanup: () => {} };
  const tree = path.join(work, 'baseline');
  run('git', ['worktree', 'add', '--detach', '--quiet', tree, baselineCommit]);
  const cleanup = () => spawnSync('git', ['worktree', 'remove', '--force', tree]);
  try {
    symlinkSync(realpathSync('node_modules'), path.join(tree, 'node_modules'));
    run('npm', ['run', 'build', '--silent'], { cwd: tree });
  } catch (e) {
    cleanup();
    throw e;
  }
  return { list: [{ name: 'before', cli: path.join(tree, 'dist/cli.js') }, ...out], cleanup };
}

const fmtS = (s) => (s < 1 ? `${s.toFixed(3)} s` : `${s.toFixed(2)} s`);
const fmtM = (m) => (m === null ? '' : `, ${m.toFixed(0)} MiB`);
const verdict = (met) => (met ? 'met' : 'MISSED');
/** One table row: `results` maps a build name to a measurement or a text; `met` a boolean or a verdict's text. */
const table = [];
function row(workload, results, target, met, extra = '') {
  const cell = (r) =>
    r === undefined ? '–' : typeof r === 'string' ? r : `${fmtS(r.wall_s)}${fmtM(r.peak_mib)}`;
  table.push({
    workload,
    before: cell(results.before),
    after: cell(results.after),
    target: `${target}${met === undefined ? '' : ` (${typeof met === 'string' ? met : verdict(met)})`}`,
    extra,
  });
}

/** BenchBench's example: its 41 files imported into a catalog, then `agree` with 3 and 50 experiments. */
function example(list) {
  if (!existsSync(data)) {
    console.log(`example skipped: no BenchBench data at ${data} (set BENCHBENCH_DATA)`);
    return;
  }
  const input = path.join(work, 'example-input');
  mkdirSync(path.join(input, 'catalog'), { recursive: true });
  for (const f of readdirSync(path.join(data, 'catalog')))
    copyFileSync(path.join(data, 'catalog', f), path.join(input, 'catalog', f));
  copyFileSync(path.join(data, 'my_bench.csv'), path.join(input, 'catalog', 'my_bench.csv'));
  for (const f of ['lower_is_better_benchmarks.txt', 'prettified_names.json', 'scenarios_for_aggregate.txt'])
    copyFileSync(path.join(data, f), path.join(input, f));
  const catalog = path.join(work, 'example-catalog');
  const cli = list.at(-1).cli;
  run(process.execPath, [cli, 'import-benchbench', input, '--out', catalog, '--model-column', 'llm_model']);

  // The scenarios of interest (golden/full_kendall/config.json) by their ids in the catalog.
  const idOf = new Map();
  for (const f of readdirSync(path.join(catalog, 'benchmarks')).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(path.join(catalog, 'benchmarks', f), 'utf8');
    for (const m of text.matchAll(/^ {2}(\S+):\n {4}name: (.+)$/gm))
      idOf.set(m[2].replace(/^"(.*)"$/, '$1'), m[1]);
  }
  const interest = JSON.parse(readFileSync(path.join(data, 'golden', 'full_kendall', 'config.json'), 'utf8'));
  const scenarios = interest.scenarios.filter((s) => idOf.has(s)).map((s) => idOf.get(s));
  const ours = new Map();
  const measured = new Map();
  for (const samples of [3, 50]) {
    const results = {};
    for (const b of list) {
      // One untimed run first: it fills Node's compile cache, as any earlier run on the machine does.
      const args = [b.cli, 'agree', catalog, '--reference', 'aggregate', '--scenarios', scenarios.join(',')];
      args.push(
        '--all-pairs',
        '--models-per-sample',
        '10',
        '--sampling',
        'random',
        '--samples',
        String(samples),
        '--json',
      );
      measure(args, { count: 1 });
      results[b.name] = measure(args);
    }
    ours.set(samples, results.after.wall_s);
    measured.set(samples, results);
  }
  const python = benchPython({ src: process.env.BENCHBENCH_PY_SRC, data, runs: long, ours });
  for (const samples of [3, 50]) {
    const results = measured.get(samples);
    const target = samples === 3 ? 0.12 : 0.15;
    const py = python?.get(samples);
    row(
      samples === 3
        ? `BenchBench's example from its 41 files: aggregate, ${scenarios.length} scenarios + aggregate, all ${((scenarios.length + 1) * scenarios.length) / 2} pairs, 10-model samples x 3`
        : 'the same with 50 experiments',
      results,
      `≤ ${target} s`,
      results.after.wall_s <= target,
      py
        ? `Python ${fmtS(py.wall_s)}${fmtM(py.peak_mib)} (${(py.wall_s / results.after.wall_s).toFixed(0)}x)`
        : '',
    );
  }
}

/** A simulated catalog of `benchmarks` x 5,000 models in `dir` (the total-size cap raised to fit). */
function simulated(cli, dir, benchmarks) {
  run(
    process.execPath,
    [cli, 'simulate', '--out', dir, '--seed', '1', '--models', '5000'].concat([
      '--benchmarks',
      String(benchmarks),
      '--scenarios-per-benchmark',
      '1',
    ]),
  );
  const config = path.join(dir, 'benchbench.yaml');
  writeFileSync(config, `${readFileSync(config, 'utf8')}limits:\n  max_total_bytes: 2147483647\n`);
}

/**
 * `benchbench diff` at 2,000 -> 2,001 benchmarks x 5,000 models, in a git repository: in a clone
 * of it (the target's row: objects packed, as `git clone` and actions/checkout leave them), and
 * in the repository where the two commits were made (objects loose until git packs them).
 */
function diff(list) {
  const repo = path.join(work, 'diff-repo');
  mkdirSync(repo);
  const git = (...args) =>
    run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], { cwd: repo });
  git('init', '-q');
  simulated(list.at(-1).cli, path.join(repo, 'catalog'), 2001);
  const held = ['csv', 'yaml'].map((e) => `catalog/benchmarks/sim-bench-math-0240.${e}`);
  const saved = held.map((f) => readFileSync(path.join(repo, f)));
  for (const f of held) rmSync(path.join(repo, f));
  git('add', '-A');
  git('commit', '-qm', 'base: 2,000 benchmarks');
  held.forEach((f, i) => writeFileSync(path.join(repo, f), saved[i]));
  git('add', '-A');
  git('commit', '-qm', 'head: one benchmark added');
  // --no-local: git's own transport, which sends a pack, as a fetch from GitHub does.
  const clone = path.join(work, 'diff-clone');
  run('git', ['clone', '--quiet', '--no-local', repo, clone]);
  const timed = (cwd) => {
    const results = {};
    for (const b of list)
      results[b.name] = measure([b.cli, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], {
        cwd,
        count: long,
        // The baseline refuses the simulated models.yaml of 5,000 models (limit-yaml-chars): exit 1.
        ok: [0, 1],
      });
    return results;
  };
  const verdicts = (a) =>
    `time ${verdict(a.wall_s <= 3)}, memory ${verdict(a.peak_mib !== null && a.peak_mib <= 600)}`;
  const packed = timed(clone);
  row(
    '`benchbench diff --json` in a clone of a git repository whose head adds one benchmark to 2,000 x 5,000 models (objects packed, as `git clone` and actions/checkout leave them; two leaderboards, 100 samples of 10)',
    packed,
    '≤ 3 s, ≤ 600 MiB',
    verdicts(packed.after),
  );
  const loose = timed(repo);
  row(
    'the same in the repository where the two commits were made (objects loose: git inflates each from its own file)',
    loose,
    '≤ 3 s, ≤ 600 MiB',
    verdicts(loose.after),
  );
  rmSync(clone, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
}

/** `benchbench leaderboard` (text) at 4,000 x 5,000. */
function leaderboard(list) {
  const catalog = path.join(work, 'leaderboard-catalog');
  simulated(list.at(-1).cli, catalog, 4000);
  const results = {};
  for (const b of list)
    results[b.name] = measure([b.cli, 'leaderboard', '--catalog', catalog], { count: long, ok: [0, 1] });
  const a = results.after;
  row(
    '`benchbench leaderboard` (text) of a simulated catalog of 4,000 benchmarks x 5,000 models (100 samples of 10)',
    results,
    '≤ 1 GiB',
    a.peak_mib !== null && a.peak_mib <= 1024,
  );
  rmSync(catalog, { recursive: true, force: true });
}

/**
 * `models.yaml` with `n` models (a name and two aliases each), in the smallest catalog: the
 * `validate` of it less that of the same catalog with no models, for each build, and the exponent
 * over 5,000 -> 20,000 models.
 */
function models(list) {
  const catalog = path.join(work, 'models-catalog');
  mkdirSync(path.join(catalog, 'benchmarks'), { recursive: true });
  writeFileSync(path.join(catalog, 'benchbench.yaml'), 'aggregate:\n  scenarios: [a]\n');
  writeFileSync(path.join(catalog, 'benchmarks', 'a.csv'), 'model,score\nmodel-1,1\nmodel-2,2\nmodel-3,3\n');
  const write = (n) => {
    const lines = ['models:'];
    for (let i = 0; i < n; i++)
      lines.push(
        `  model-${i}:`,
        `    name: Model ${i} 7B`,
        `    aliases: [org/model-${i}, "Model ${i} (7B)"]`,
      );
    writeFileSync(path.join(catalog, 'models.yaml'), `${lines.join('\n')}\n`);
  };
  const times = {};
  for (const b of list) {
    const t = {};
    for (const n of [0, 5000, 20000]) {
      write(n);
      const r = measure([b.cli, 'validate', '--catalog', catalog, '--json'], { count: runs, ok: [0, 1] });
      const refused = /limit-yaml-[a-z]+/.exec(r.stdout)?.[0];
      t[n] = { ...r, refused };
    }
    times[b.name] = t;
  }
  const parse = (t, n) =>
    t[n].refused
      ? `refused (${t[n].refused})`
      : { wall_s: t[n].wall_s - t[0].wall_s, peak_mib: t[n].peak_mib };
  const exponent = (t) =>
    t[5000].refused || t[20000].refused
      ? undefined
      : Math.log((t[20000].wall_s - t[0].wall_s) / (t[5000].wall_s - t[0].wall_s)) / Math.log(4);
  for (const n of [5000, 20000]) {
    const results = Object.fromEntries(list.map((b) => [b.name, parse(times[b.name], n)]));
    row(
      `\`models.yaml\` with ${n.toLocaleString('en')} models (name and two aliases each): parse, whole process less an empty registry`,
      results,
      'linear',
    );
  }
  const exps = Object.fromEntries(list.map((b) => [b.name, exponent(times[b.name])]));
  const e = exps.after;
  row(
    '`models.yaml`: exponent of the parse time over 5,000 -> 20,000 models',
    Object.fromEntries(Object.entries(exps).map(([k, v]) => [k, v === undefined ? 'refused' : v.toFixed(2)])),
    '≈ 1',
    e !== undefined && e < 1.3,
  );
  rmSync(catalog, { recursive: true, force: true });
}

/** The machine's load averages (1, 5 and 15 minutes) and its cores: times taken under load are high. */
const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${os.availableParallelism()} cores`;

const { list, cleanup } = builds();
try {
  console.log(
    `node ${process.version}; before = ${baselineCommit}, after = this tree; ${runs} runs each (${long} for diff, leaderboard and Python), median wall time of the whole process, peak RSS`,
  );
  console.log(`at the start: ${load()}`);
  const workloads = { example, diff, leaderboard, models };
  for (const [name, f] of Object.entries(workloads)) if (rows.has(name)) f(list);
  console.log(`at the end: ${load()}`);
} finally {
  cleanup();
  rmSync(work, { recursive: true, force: true });
}

console.log('\n| workload | before | after | target | Python BenchBench |\n|---|---:|---:|---:|---:|');
for (const r of table)
  console.log(`| ${r.workload} | ${r.before} | ${r.after} | ${r.target} | ${r.extra || '–'} |`);

// (page) The published page at 2,000 x 5,000: sizes, time to interactive, recomputation, memory.
if (rows.has('page')) spawnSync(process.execPath, ['scripts/bench-page.mjs'], { stdio: 'inherit' });
