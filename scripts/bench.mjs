// `npm run bench`: the performance targets of the README, measured as whole processes.
// (a) BenchBench's example workload on ../shared/benchbench (or $BENCHBENCH_DATA) with dist/cli.js;
// (b) a simulated scale workload, 2,000 benchmarks x 5,000 models.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const data = path.resolve(process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const hasTime = existsSync('/usr/bin/time');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

/** Runs a command `runs` times; wall time from here, peak RSS from /usr/bin/time when present. */
function measure(args) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const cmd = hasTime
      ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]]
      : [process.execPath, args];
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${r.stderr}`);
    if (hasTime) rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  return { wall_s: median(walls), peak_mib: hasTime ? Math.max(...rss) : null };
}

console.log(`node ${process.version}, ${runs} runs each, median wall time (whole process)\n`);
if (existsSync(data)) {
  const golden = path.join(data, 'golden');
  const aggregate = readFileSync(path.join(data, 'scenarios_for_aggregate.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const inputLong = readFileSync(path.join(golden, 'full_kendall', 'input_long.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1);
  const scenarios = [
    ...new Set(
      inputLong.map((l) => l.split(',')[1]).filter((s) => s && s !== 'aggregate' && s !== 'my_bench'),
    ),
  ];
  for (const samples of [3, 50]) {
    const args = [
      'dist/cli.js',
      'agree',
      path.join(golden, 'catalog_long.csv'),
      '--aggregate',
      aggregate.join(','),
      '--scenarios',
      scenarios.join(','),
      '--reference',
      'aggregate',
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
    const target = samples === 3 ? 0.3 : 0.5;
    console.log(
      `(a) BenchBench example, ${scenarios.length} scenarios + aggregate, all pairs, 10-model samples x ${samples}: ` +
        `${m.wall_s.toFixed(3)} s, peak ${m.peak_mib?.toFixed(0) ?? '?'} MiB (target < ${target} s; ${m.wall_s < target ? 'met' : 'MISSED'})`,
    );
  }
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
  target: 'node20',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
for (const extra of [[], ['--files']]) {
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
