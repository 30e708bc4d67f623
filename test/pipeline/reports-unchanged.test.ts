/**
 * The catalog layer was rewritten for speed (issue 11): the reports it feeds must not change by
 * a byte. The "before" side is the CLI as it was built at BASELINE (its dist/cli.js, read from
 * git at test time), so nothing derived from BenchBench's files is stored here; the "after"
 * side is today's dist/cli.js. Both run, as processes, on the same git repositories: the
 * BenchBench import and small simulated catalogs, each with three commits (a benchmark added;
 * an aggregate member edited, a row dropped and a file rewritten in the long format), and every
 * report is compared: `diff` as text, JSON and the pull-request comment, `leaderboard` as text
 * and Markdown, and `validate`. Only the wall-clock readings (`elapsedMs`, "computed in 0.4 s") are left out.
 *
 * BASELINE is main as the rewrite was merged with it (the catalog layer before the rewrite, the
 * other lanes' reports as they are): a change that means to alter a report moves it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, runCli } from '../support/cli.js';
import { benchbenchDir, referenceData } from '../support/shared-data.js';

const BASELINE = 'a641598';
const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-unchanged-'));
const baselineCli = path.join(dir, 'baseline-cli.js');

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });

beforeAll(() => {
  ensureBuilt();
  writeFileSync(
    baselineCli,
    execFileSync('git', ['show', `${BASELINE}:dist/cli.js`], { cwd: repoRoot, maxBuffer: 1 << 28 }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A wide CSV rewritten in the long format (model, scenario, score), the same scores. */
function toLong(text: string): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  const scenarios = header!.split(',').slice(1);
  const out = ['model,scenario,score'];
  for (const row of rows) {
    const cells = row.split(',');
    scenarios.forEach((s, i) => out.push(`${cells[0]},${s},${cells[i + 1] ?? ''}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * A repository whose catalog (written by `write` into `catalog/`) gets three commits: without its
 * last benchmark; with it; then its first benchmark with one row dropped and one score changed,
 * and its second benchmark in the long format.
 */
function repository(name: string, write: (catalog: string) => void): string {
  const repo = path.join(dir, name);
  const catalog = path.join(repo, 'catalog');
  execFileSync('git', ['init', '-q', repo]);
  write(catalog);
  const benchmarks = path.join(catalog, 'benchmarks');
  const csvs = readdirSync(benchmarks)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const last = csvs[csvs.length - 1]!;
  const held = [last, last.replace(/\.csv$/, '.yaml')].map((f) => {
    const p = path.join(benchmarks, f);
    const bytes = readFileSync(p);
    rmSync(p);
    return [p, bytes] as const;
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'without the last benchmark');
  for (const [p, bytes] of held) writeFileSync(p, bytes);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'the last benchmark added');
  const first = path.join(benchmarks, csvs[0]!);
  const lines = readFileSync(first, 'utf8').split('\n');
  lines.splice(2, 1);
  lines[1] = lines[1]!.replace(/,(\d)/, ',7$1');
  writeFileSync(first, lines.join('\n'));
  const second = path.join(benchmarks, csvs[1]!);
  writeFileSync(second, toLong(readFileSync(second, 'utf8')));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'an edited benchmark and a long one');
  return repo;
}

/** Every report, by name, from one build of the CLI. */
function reports(cli: string, repo: string): Map<string, string> {
  const out = new Map<string, string>();
  const run = (label: string, args: string[]) => {
    const r = runCli(args, { cwd: repo, cli });
    out.set(label, `exit ${r.status}\n${r.stdout}\n--- stderr\n${r.stderr}`);
  };
  for (const [base, head] of [
    ['HEAD~2', 'HEAD~1'],
    ['HEAD~1', 'HEAD'],
    ['HEAD~2', 'HEAD'],
  ] as const) {
    const range = ['diff', '--base', base, '--head', head, '--limit', '0', '--verbose'];
    run(`diff ${base}..${head}`, range);
    run(`diff ${base}..${head} --markdown`, [...range, '--markdown']);
    run(`diff ${base}..${head} --json`, [...range, '--json']);
  }
  run('leaderboard', ['leaderboard', '--verbose']);
  run('leaderboard --markdown', ['leaderboard', '--markdown']);
  run('validate', ['validate', '--verbose']);
  // The readings of a clock in a report.
  for (const [k, v] of out)
    out.set(
      k,
      v.replace(/"elapsedMs": \d+/g, '"elapsedMs": 0').replace(/computed in [\d.]+ s/g, 'computed in 0 s'),
    );
  // Where every row to check is listed moved on purpose with leaderboard.json version 3
  // (docs/leaderboard-json.md): the baseline's pointer, read as today's.
  for (const [k, v] of out)
    out.set(
      k,
      v
        .replace(
          /largest gaps first; leaderboard\.json lists every one\)/g,
          'largest gaps first; checks.parquet lists every one)',
        )
        .replace(
          /\(--json lists every one\)/g,
          '(largest gaps first; benchbench site lists every one in checks.parquet)',
        ),
    );
  return out;
}

function expectSameReports(repo: string): void {
  const before = reports(baselineCli, repo);
  const after = reports(path.join(repoRoot, 'dist', 'cli.js'), repo);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [label, text] of before) expect(after.get(label), label).toBe(text);
}

const simulated = (name: string, args: string[]) =>
  repository(name, (catalog) => {
    const r = runCli(['simulate', '--out', catalog, ...args], { cli: baselineCli });
    if (r.status !== 0) throw new Error(r.stderr);
  });

describe('the reports of the rewritten catalog layer are those of the build before it', () => {
  it('on a simulated catalog of 12 benchmarks (up to 3 scenarios each) and 60 models', () => {
    expectSameReports(simulated('sim-small', ['--seed', '3', '--models', '60', '--benchmarks', '12']));
  }, 300_000);

  it('on a simulated catalog of 30 one-scenario benchmarks and 300 models', () => {
    expectSameReports(
      simulated('sim-wide', [
        '--seed',
        '11',
        '--models',
        '300',
        '--benchmarks',
        '30',
        '--scenarios-per-benchmark',
        '1',
      ]),
    );
  }, 300_000);

  it.runIf(referenceData('catalog'))(
    'on the BenchBench import',
    () => {
      const repo = repository('benchbench', (catalog) => {
        const r = runCli([
          'import-benchbench',
          benchbenchDir,
          '--out',
          catalog,
          '--model-column',
          'llm_model',
        ]);
        if (r.status !== 0) throw new Error(r.stderr);
      });
      expectSameReports(repo);
    },
    300_000,
  );
});
