// The optional Python step of `npm run bench`: BenchBench's own package, run side by side with
// this project on the same machine and the same files, so that the README's ratios are measured.
//
//   BENCHBENCH_PY_SRC=/path/to/benchbench npm run bench
//
// BENCHBENCH_PY_SRC is a checkout of the public IBM/benchbench repository at commit 1dfd46a
// ("update benchmarks, add classes"). Nothing of it is copied into this repository: it is
// exported to a temporary folder, where its catalog folder receives the 40 files of
// ../shared/benchbench (byte for byte the same; lvbench's first column renamed to `model`, as the
// golden results were produced) and the lower-is-better list of that folder. Then its own example,
// `examples/newbench_example.py`, runs as a whole process with 3 experiments and with 50.
// It needs Debian's python3-pandas, python3-scipy (and the example's python3-seaborn,
// python3-matplotlib, python3-tqdm); run as root, this step installs them with apt-get.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PYTHON = '/usr/bin/python3';
const MODULES = ['pandas', 'scipy', 'seaborn', 'matplotlib', 'tqdm'];
const PACKAGES = MODULES.map((m) => `python3-${m}`);
const hasTime = existsSync('/usr/bin/time');

/** Whether Debian's Python has the example's modules; installs them with apt-get when it may. */
function ensurePython() {
  const probe = () =>
    spawnSync(PYTHON, ['-c', `import ${MODULES.join(', ')}`], { encoding: 'utf8' }).status === 0;
  if (probe()) return true;
  if (process.getuid?.() !== 0) return false;
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  spawnSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return probe();
}

/** A copy of the package at its checked-out commit, fed with the shared catalog files. */
function prepare(src, data) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bb-python-'));
  const archive = spawnSync('git', ['-C', src, 'archive', 'HEAD'], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive failed in ${src}`);
  spawnSync('tar', ['-x', '-C', work], { input: archive.stdout });
  const assets = path.join(work, 'src', 'bat', 'assets');
  const benchmarks = path.join(assets, 'benchmarks');
  for (const f of readdirSync(benchmarks)) rmSync(path.join(benchmarks, f));
  for (const f of readdirSync(path.join(data, 'catalog')))
    copyFileSync(path.join(data, 'catalog', f), path.join(benchmarks, f));
  const lv = path.join(benchmarks, 'lvbench_241189_longcontext.csv');
  if (existsSync(lv)) writeFileSync(lv, readFileSync(lv, 'utf8').replace(/^llm_model,/, 'model,'));
  copyFileSync(
    path.join(data, 'lower_is_better_benchmarks.txt'),
    path.join(assets, 'lower_is_better_benchmarks.txt'),
  );
  const example = readFileSync(path.join(work, 'examples', 'newbench_example.py'), 'utf8');
  if (!/^n_exps = 3\b/m.test(example))
    throw new Error('the example no longer sets n_exps = 3: is this commit 1dfd46a?');
  writeFileSync(
    path.join(work, 'examples', 'example_50.py'),
    example.replace(/^n_exps = 3\b/m, 'n_exps = 50'),
  );
  return work;
}

/** Median wall time and peak memory of `count` runs of the example with `samples` experiments. */
function runExample(work, samples, count) {
  const script = samples === 3 ? 'examples/newbench_example.py' : 'examples/example_50.py';
  const walls = [];
  const rss = [];
  for (let i = 0; i < count; i++) {
    const args = hasTime ? ['-f', '%M', PYTHON, script] : [script];
    const t = process.hrtime.bigint();
    const r = spawnSync(hasTime ? '/usr/bin/time' : PYTHON, args, {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: 'src', MPLBACKEND: 'Agg' },
    });
    walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (r.status !== 0) throw new Error(`the Python example failed:\n${r.stderr.slice(-2000)}`);
    if (hasTime) rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  const sorted = [...walls].sort((a, b) => a - b);
  return { wall_s: sorted[Math.floor(sorted.length / 2)], peak_mib: hasTime ? Math.max(...rss) : null };
}

/**
 * BenchBench's example through its own package, with 3 and with 50 experiments: a Map from the
 * number of experiments to its median wall time and peak memory, or `null` with a reason printed
 * when the step cannot run. `ours` maps the number of experiments to this project's wall time for
 * the same work, for the ratio printed.
 */
export function benchPython({ src, data, runs, ours }) {
  if (!src) {
    console.log(
      '(a) Python side by side: skipped (set BENCHBENCH_PY_SRC to a checkout of IBM/benchbench at 1dfd46a)',
    );
    return null;
  }
  if (!ensurePython()) {
    console.log(
      `(a) Python side by side: skipped (${PYTHON} lacks ${MODULES.join(', ')}; apt-get install ${PACKAGES.join(' ')})`,
    );
    return null;
  }
  const work = prepare(path.resolve(src), data);
  const out = new Map();
  try {
    for (const samples of [3, 50]) {
      const m = runExample(work, samples, Math.min(runs, 3));
      out.set(samples, m);
      const ratio = ours.get(samples)
        ? ` = ${(m.wall_s / ours.get(samples)).toFixed(0)}x this project's`
        : '';
      console.log(
        `(a) Python BenchBench (its examples/newbench_example.py), ${samples} experiments: ${m.wall_s.toFixed(2)} s whole process, peak ${m.peak_mib?.toFixed(0) ?? '?'} MiB${ratio}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}
