// `npm run bench`: the performance targets of the README, measured as whole processes.
// (a) BenchBench's example workload on ../shared/benchbench (or $BENCHBENCH_DATA) with dist/cli.js,
//     from its 41 CSV files (copied to a temporary folder, never into the repository);
// (b) a simulated scale workload, 2,000 benchmarks x 5,000 models, through the engine;
// (c) the same workload as a user runs it: `benchbench diff` in a git repository whose head
//     commit adds one benchmark to a simulated catalog of 2,000 (catalog written by
//     `benchbench simulate`, in a temporary folder).
// With BENCHBENCH_PY_SRC (a checkout of IBM/benchbench at 1dfd46a), (a) also runs BenchBench's
// own Python package on the same files, side by side (scripts/bench-python.mjs).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchPython } from './bench-python.mjs';

const data = path.resolve(process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const hasTime = existsSync('/usr/bin/time');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

/**
 * Runs node with `args` `count` times (in `cwd`); wall time from here, peak RSS from
 * /usr/bin/time when present, and the last run's output.
 */
function measure(args, { cwd = process.cwd(), count = runs } = {}) {
  const walls = [];
  const rss = [];
  let stdout = '';
  for (let i = 0; i < count; i++) {
    const cmd = hasTime
      ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]]
      : [process.execPath, args];
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${r.stderr}`);
    if (hasTime) rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
    stdout = r.stdout;
  }
  return { wall_s: median(walls), peak_mib: hasTime ? Math.max(...rss) : null, stdout };
}

console.log(`node ${process.version}, ${runs} runs each, median wall time (whole process)\n`);
if (existsSync(data)) {
  // BenchBench's example procedure, as its package runs it: read the 40 catalog files and
  // my_bench.csv, build the aggregate, agreement of every pair of the scenarios of interest.
  // The files are first imported (BenchBench's name rules) into a catalog in a temporary folder.
  const work = mkdtempSync(path.join(os.tmpdir(), 'bb-bench-'));
  const input = path.join(work, 'input');
  mkdirSync(path.join(input, 'catalog'), { recursive: true });
  for (const f of readdirSync(path.join(data, 'catalog')))
    copyFileSync(path.join(data, 'catalog', f), path.join(input, 'catalog', f));
  copyFileSync(path.join(data, 'my_bench.csv'), path.join(input, 'catalog', 'my_bench.csv'));
  for (const f of [
    'lower_is_better_benchmarks.txt',
    'prettified_names.json',
    'scenarios_for_aggregate.txt',
  ]) {
    copyFileSync(path.join(data, f), path.join(input, f));
  }
  const catalog = path.join(work, 'catalog');
  const imported = measure([
    'dist/cli.js',
    'import-benchbench',
    input,
    '--out',
    catalog,
    '--model-column',
    'llm_model',
    '--force',
  ]);
  console.log(
    `(a) import of BenchBench's 41 CSV files into a catalog: ${imported.wall_s.toFixed(3)} s, peak ${imported.peak_mib?.toFixed(0) ?? '?'} MiB`,
  );

  // The scenarios of interest (golden/full_kendall/config.json) by their ids in the catalog.
  const idOf = new Map();
  for (const f of readdirSync(path.join(catalog, 'benchmarks')).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(path.join(catalog, 'benchmarks', f), 'utf8');
    for (const m of text.matchAll(/^  (\S+):\n    name: (.+)$/gm))
      idOf.set(m[2].replace(/^"(.*)"$/, '$1'), m[1]);
  }
  const interest = JSON.parse(
    readFileSync(path.join(data, 'golden', 'full_kendall', 'config.json'), 'utf8'),
  ).scenarios;
  const scenarios = interest.filter((s) => idOf.has(s)).map((s) => idOf.get(s));
  const ours = new Map();
  for (const samples of [3, 50]) {
    const args = [
      'dist/cli.js',
      'agree',
      catalog,
      '--reference',
      'aggregate',
      '--scenarios',
      scenarios.join(','),
      '--all-pairs',
      '--models-per-sample',
      '10',
      '--sampling',
      'random',
      '--samples',
      String(samples),
      '--json',
    ];
    const m = measure(args);
    ours.set(samples, m.wall_s);
    const target = samples === 3 ? 0.3 : 0.5;
    console.log(
      `(a) BenchBench example from its 41 files: aggregate, ${scenarios.length} scenarios + aggregate, all ${((scenarios.length + 1) * scenarios.length) / 2} pairs, 10-model samples x ${samples}: ` +
        `${m.wall_s.toFixed(3)} s, peak ${m.peak_mib?.toFixed(0) ?? '?'} MiB (target < ${target} s; ${m.wall_s < target ? 'met' : 'MISSED'})`,
    );
  }
  rmSync(work, { recursive: true, force: true });
  benchPython({ src: process.env.BENCHBENCH_PY_SRC, data, runs, ours });
} else {
  console.log(`(a) skipped: no BenchBench data at ${data} (set BENCHBENCH_DATA)`);
}

mkdirSync('bench-out', { recursive: true });
await build({
  entryPoints: ['scripts/bench-scale.ts'],
  outfile: 'bench-out/bench-scale.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
for (const extra of process.env.BENCH_SCALE === '0' ? [] : [[]]) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bench-out/bench-scale.mjs', '2000', '5000', ...extra], {
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(r.stderr);
  const res = JSON.parse(r.stdout);
  const met = wall < 10 && res.peak_rss_mb < 1024;
  console.log(
    `(b) ${res.workload}: ${wall.toFixed(2)} s whole process, peak ${res.peak_rss_mb} MiB (target < 10 s and 1 GiB; ${met ? 'met' : 'MISSED'})`,
  );
  console.log(`    ${JSON.stringify(res)}`);
}

if (process.env.BENCH_SCALE !== '0') {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'bb-bench-git-'));
  const cli = path.resolve('dist/cli.js');
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`failed: ${cmd} ${args.join(' ')}\n${r.stderr}`);
  };
  const git = (...args) => run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args]);
  git('init', '-q');
  run(process.execPath, [
    cli,
    'simulate',
    '--out',
    'catalog',
    '--seed',
    '1',
    '--models',
    '5000',
    '--benchmarks',
    '2001',
    '--scenarios-per-benchmark',
    '1',
  ]);
  const held = ['csv', 'yaml'].map((e) => `catalog/benchmarks/sim-bench-math-0240.${e}`);
  const saved = held.map((f) => readFileSync(path.join(repo, f)));
  for (const f of held) rmSync(path.join(repo, f));
  git('add', '-A');
  git('commit', '-qm', 'base: 2,000 benchmarks');
  held.forEach((f, i) => writeFileSync(path.join(repo, f), saved[i]));
  git('add', '-A');
  git('commit', '-qm', 'head: one benchmark added');
  const count = Math.min(runs, 3);
  const res = measure([cli, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--json'], { cwd: repo, count });
  const report = JSON.parse(res.stdout);
  const met = res.wall_s < 10 && res.peak_mib !== null && res.peak_mib < 1024;
  console.log(
    `(c) benchbench diff in a git repository, 2,000 -> 2,001 benchmarks x 5,000 models (2 boards, 100 samples of 10), median of ${count}: ${res.wall_s.toFixed(2)} s whole process, peak ${res.peak_mib?.toFixed(0) ?? '?'} MiB (target < 10 s and 1 GiB; ${met ? 'met' : 'MISSED'}); ${report.changedFiles.length} changed files, valid: ${report.valid}, elapsedMs in the report ${report.elapsedMs}`,
  );
  rmSync(repo, { recursive: true, force: true });
}

// (page) The published page at 2,000 x 5,000: sizes, time to interactive, recomputation, memory.
if (process.env.BENCH_SCALE !== '0')
  spawnSync(process.execPath, ['scripts/bench-page.mjs'], { stdio: 'inherit' });
