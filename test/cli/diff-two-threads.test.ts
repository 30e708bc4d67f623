/**
 * `benchbench diff` of a base past PARSE_POOL_MIN_BYTES parses it on two threads, with the bundled
 * worker beside the bundle (dist/parse-worker.cjs, found by ParsePool.bundled), and reports what a
 * reading on one thread reports. That the worker ran is read from V8's coverage of it
 * (NODE_V8_COVERAGE covers worker threads too).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { PARSE_POOL_MIN_BYTES } from '../../src/sources/parse-pool.js';
import { readRevisions } from '../../src/sources/read-revisions.js';
import { cliPath, ensureBuilt, repoRoot, runCli } from '../support/cli.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
beforeAll(() => {
  ensureBuilt();
  repo = gitRepo('bb-diff-threads-');
  const catalog = path.join(repo.dir, 'catalog');
  // 210 benchmarks x 5,000 models: about 19 MB of results.
  const args = ['simulate', '--out', catalog, '--seed', '3', '--models', '5000', '--benchmarks', '211'];
  expect(runCli([...args, '--scenarios-per-benchmark', '1']).status).toBe(0);
  const held = readdirSync(path.join(catalog, 'benchmarks')).filter((f) => /-0007\.(csv|yaml)$/.test(f));
  const saved = held.map((f) => [f, readFileSync(path.join(catalog, 'benchmarks', f))] as const);
  for (const f of held) rmSync(path.join(catalog, 'benchmarks', f));
  repo.commit('base');
  for (const [f, bytes] of saved) repo.write(`catalog/benchmarks/${f}`, bytes);
  repo.commit('head: one benchmark added');
}, 120_000);
afterAll(() => repo.remove());

interface Coverage {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
}

describe('benchbench diff of a large base', () => {
  it('parses the base on the bundled worker too, with the report of one thread', async () => {
    const coverage = mkdtempSync(path.join(os.tmpdir(), 'bb-diff-threads-coverage-'));
    try {
      const r = spawnSync(
        process.execPath,
        [cliPath, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--json'],
        {
          cwd: repo.dir,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          env: { ...process.env, NO_COLOR: '1', NODE_V8_COVERAGE: coverage },
        },
      );
      expect(r.status, r.stderr).toBe(0);

      const read = await readRevisions({
        repoDir: repo.dir,
        catalogDir: 'catalog',
        base: 'HEAD~1',
        head: 'HEAD',
        parseWorker: null,
      });
      const size = [...read.base.files.values()].reduce((sum, b) => sum + b.length, 0);
      expect(size).toBeGreaterThan(PARSE_POOL_MIN_BYTES);
      const alone = buildPrReport({
        ...read,
        changedFiles: read.changed.map((c) => c.path),
        repository: '',
        pullRequest: null,
        catalogDir: 'catalog',
      });
      const withoutTime = ({ elapsedMs: _, ...rest }: { elapsedMs?: unknown }) => rest;
      expect(withoutTime(JSON.parse(r.stdout))).toEqual(JSON.parse(JSON.stringify(withoutTime(alone))));

      // The worker's program ran, and parsed.
      const worker = pathToFileURL(path.join(repoRoot, 'dist', 'parse-worker.cjs')).href;
      const parsedThere = readdirSync(coverage).some((f) => {
        const { result } = JSON.parse(readFileSync(path.join(coverage, f), 'utf8')) as Coverage;
        const script = result.find((s) => s.url === worker);
        return script?.functions.some(
          (fn) => fn.functionName === 'parseResultsCsv' && fn.ranges[0]!.count > 0,
        );
      });
      expect(parsedThere).toBe(true);
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  }, 120_000);
});
