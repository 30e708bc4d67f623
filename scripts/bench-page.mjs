// The published page at scale (issue 10, point 5): a simulated catalog of 2,000 benchmarks x
// 5,000 models (`benchbench simulate`, docs/simulation.md), `benchbench site` on it, then the page
// in headless Debian Chromium (playwright-core, CHROMIUM_PATH or /usr/bin/chromium) served by
// `benchbench site --serve` on 127.0.0.1. Prints: the sizes of index.html, leaderboard.json,
// scores.parquet and checks.parquet; the time to interactive (navigation start to the boards shown and the engine
// idle, as the page's own performance.now() reads it); a recomputation with another correlation
// through the method panel (its first one, which loads and decodes scores.parquet, then a second
// one); and the browser's peak memory: the sum of the proportional set sizes (Pss, from
// /proc/<pid>/smaps_rollup: shared pages counted once in all, where summing RSS would count
// Chromium's shared libraries once per process) of every Chromium process, sampled every 100 ms,
// and the peak resident set (VmHWM) of the page's renderer process, which holds its workers (a
// dedicated worker is a thread of its page's renderer).
// Targets: index.html < 1 MB, interactive < 3 s, recomputation < 10 s, memory < 1 GiB.
//
// Run on its own (`node scripts/bench-page.mjs`, after `npm run build`) or from scripts/bench.mjs.
// BENCH_PAGE_MODELS / BENCH_PAGE_BENCHMARKS change the size (for a quick try); BENCH_PAGE_SITE
// names a site already written, to measure only the page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const models = Number(process.env.BENCH_PAGE_MODELS ?? 5000);
const benchmarks = Number(process.env.BENCH_PAGE_BENCHMARKS ?? 2000);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cli = path.resolve('dist/cli.js');
const MiB = 1024 * 1024;

if (!existsSync(chromiumPath)) {
  console.log(`(page) skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  process.exit(0);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'bb-bench-page-'));
const catalog = path.join(root, 'catalog');
const site = process.env.BENCH_PAGE_SITE ?? path.join(root, 'site');

function run(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // `site` exits 1 for a catalog error and still writes the site (the simulated models.yaml is over
  // the YAML size limit at 5,000 models); anything else is a failure.
  if (r.status !== 0 && !(args[0] === 'site' && r.status === 1 && /^Wrote /m.test(r.stderr)))
    throw new Error(`failed: benchbench ${args.join(' ')}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/** Every process descended from this one, by pid: [pid, command line]. */
function descendants() {
  const parent = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const ours = new Set([String(process.pid)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
  }
  ours.delete(String(process.pid));
  const out = [];
  for (const pid of ours) {
    try {
      out.push([pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')]);
    } catch {
      // Ended.
    }
  }
  return out;
}

const statusKb = (pid, key, file = 'status') => {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
};

try {
  if (!process.env.BENCH_PAGE_SITE)
    run([
      'simulate',
      '--out',
      catalog,
      '--seed',
      '1',
      '--models',
      String(models),
      '--benchmarks',
      String(benchmarks),
      '--scenarios-per-benchmark',
      '1',
    ]);
  const siteSeconds = process.env.BENCH_PAGE_SITE ? NaN : run(['site', '--catalog', catalog, '--out', site]);
  const size = (f) => statSync(path.join(site, f)).size;
  const [html, json, parquet, checks] = [
    'index.html',
    'leaderboard.json',
    'scores.parquet',
    'checks.parquet',
  ].map(size);
  const workload = `${benchmarks.toLocaleString('en')} benchmarks x ${models.toLocaleString('en')} models`;
  console.log(`(page) ${workload}: benchbench site ${siteSeconds.toFixed(1)} s`);
  console.log(
    `(page) index.html ${(html / MiB).toFixed(2)} MiB (target < 1 MB; ${html < 1e6 ? 'met' : 'MISSED'}), ` +
      `leaderboard.json ${(json / MiB).toFixed(1)} MiB, scores.parquet ${(parquet / MiB).toFixed(1)} MiB, ` +
      `checks.parquet ${(checks / MiB).toFixed(1)} MiB`,
  );

  const server = spawn(process.execPath, [cli, 'site', '--serve', '--port', '0', '--out', site], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (d) => {
      err += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`site --serve ended (${code}): ${err}`)));
  });
  const serverPid = String(server.pid);

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  let peak = 0;
  const sample = () => {
    const procs = descendants().filter(([pid]) => pid !== serverPid);
    peak = Math.max(
      peak,
      procs.reduce((sum, [pid]) => sum + statusKb(pid, 'Pss', 'smaps_rollup'), 0),
    );
    return procs;
  };
  const sampler = setInterval(sample, 100);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-engine=idle]', { timeout: 120_000 });
    const interactive = await page.evaluate(() => performance.now());
    sample();
    const loadedPeak = peak;
    const rows = await page.locator('[role=tabpanel]:not([hidden]) tbody tr').count();
    console.log(
      `(page) interactive after ${(interactive / 1000).toFixed(2)} s (${rows} rows shown; target < 3 s; ${interactive < 3000 ? 'met' : 'MISSED'})`,
    );

    await page.locator('details.method-panel summary').click();
    const current = await page.locator('#m-correlation').inputValue();
    const others = ['kendall', 'pearson', 'spearman'].filter((c) => c !== current);
    for (const [i, correlation] of others.entries()) {
      const t = Date.now();
      await page.locator('#m-correlation').selectOption(correlation);
      await page.waitForSelector('html[data-engine=idle]', { timeout: 600_000 });
      const seconds = (Date.now() - t) / 1000;
      const what = i === 0 ? 'first, loading and decoding scores.parquet' : 'scores already loaded';
      console.log(
        `(page) recomputed with ${correlation} (was ${current}) in ${seconds.toFixed(2)} s (${what}; target < 10 s; ${seconds < 10 ? 'met' : 'MISSED'})`,
      );
    }
    const procs = sample();
    const renderers = procs.filter(([, cmd]) => /--type=renderer/.test(cmd));
    const rendererPeak = Math.max(0, ...renderers.map(([pid]) => statusKb(pid, 'VmHWM')));
    console.log(
      `(page) browser peak memory ${(peak / 1024).toFixed(0)} MiB, the sum of every Chromium process's Pss sampled every 100 ms ` +
        `(target < 1 GiB; ${peak < 1024 * 1024 ? 'met' : 'MISSED'}; ${(loadedPeak / 1024).toFixed(0)} MiB until interactive, before any recomputation); the page's renderer (with its workers) peaked at ${(rendererPeak / 1024).toFixed(0)} MiB (VmHWM)`,
    );
  } finally {
    clearInterval(sampler);
    await browser.close();
    server.kill();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
