/**
 * One total cap (limits.max_total_bytes) kept the same way by the folder and the git reader, by
 * `leaderboard` and `diff`; and benchmarks grouped in sub-folders of benchmarks/, read by both.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';
import { readCatalogAtRev } from '../../src/sources/read-git.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { ensureBuilt, runCli } from '../support/cli.js';

let repo: string;
const catalog = () => path.join(repo, 'catalog');
const models = ['m1', 'm2', 'm3', 'm4', 'm5'];
const csv = (id: string, shift: number) =>
  `model,${id}\n${models.map((m, i) => `${m},${(i * 7 + shift) % 5}`).join('\n')}\n`;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(catalog(), rel)), { recursive: true });
  writeFileSync(path.join(catalog(), rel), text);
};
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
const config = (extra: string) =>
  write('benchbench.yaml', `aggregate:\n  scenarios: [a, b, c]\nmethod:\n  models_per_sample: 0\n${extra}`);

beforeAll(() => {
  ensureBuilt();
  repo = mkdtempSync(path.join(os.tmpdir(), 'bb-total-'));
  config('');
  // A folder `vision` sorts before `vision-extra.csv` by entry name, after it by path.
  write('benchmarks/vision/a.csv', csv('a', 1));
  write('benchmarks/vision/a.yaml', 'name: A\n');
  write('benchmarks/vision-extra.csv', csv('b', 2));
  write('benchmarks/vision-extra.yaml', 'name: B\n');
  write('benchmarks/text/deep/c.csv', csv('c', 3));
  write('benchmarks/text/deep/c.yaml', 'name: C\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('benchmarks grouped in sub-folders of benchmarks/', () => {
  it('are read from a folder and from a commit alike, and loaded without an issue', async () => {
    const folder = await readCatalogFolder(catalog());
    const commit = await readCatalogAtRev(repo, 'HEAD', 'catalog');
    expect([...folder.files.keys()]).toEqual([...commit.files.keys()]);
    expect([...folder.files.keys()]).toContain('benchmarks/text/deep/c.csv');
    const loaded = loadCatalog(folder.files);
    expect(loaded.issues).toEqual([]);
    expect(loaded.benchmarks.flatMap((b) => b.scenarios.map((s) => s.id)).sort()).toEqual(['a', 'b', 'c']);
  });

  it('score through the built CLI like a flat catalog', () => {
    const r = runCli(['leaderboard', '--catalog', catalog(), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('the total cap on a catalog’s files', () => {
  it('leaves out, in both readers, the same files in path order, with one issue naming the cap and its setting', async () => {
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 120 };
    const folder = await readCatalogFolder(catalog(), limits);
    const commit = await readCatalogAtRev(repo, 'HEAD', 'catalog', limits);
    expect([...folder.files.keys()]).toEqual([...commit.files.keys()]);
    expect(folder.issues).toEqual(commit.issues);
    expect(folder.issues).toHaveLength(1);
    const [issue] = folder.issues;
    expect(issue).toMatchObject({
      severity: 'error',
      code: 'limit-total-bytes',
      hint: expect.stringContaining('limits.max_total_bytes'),
    });
    expect(issue!.message).toMatch(
      /more than 120 bytes; the limit maxTotalBytes is 120\. This file and the \d+ after it in path order are not read/,
    );
    const kept = [...folder.files.values()].reduce((n, b) => n + b.length, 0);
    expect(kept).toBeLessThanOrEqual(120);
  });

  it('is the catalog’s own max_total_bytes, and makes leaderboard and diff both fail with that issue', () => {
    config('limits:\n  max_total_bytes: 150\n');
    git('commit', '-qam', 'lower the total cap');
    const board = runCli(['leaderboard', '--catalog', catalog()]);
    const diff = runCli(['diff', '--catalog', catalog(), '--base', 'HEAD', '--head', 'HEAD', '--json']);
    expect(board.status).toBe(1);
    expect(diff.status).toBe(1);
    expect(board.stdout + board.stderr).toMatch(/limit-total-bytes.*the limit maxTotalBytes is 150/s);
    expect(diff.stdout).toContain('limit-total-bytes');
    expect(diff.stdout).toContain('limits.max_total_bytes');
  });

  it('is raised by max_total_bytes alone, for both commands', () => {
    config(`limits:\n  max_total_bytes: 100000\n`);
    git('commit', '-qam', 'raise it');
    expect(runCli(['leaderboard', '--catalog', catalog()]).status).toBe(0);
    expect(
      runCli(['diff', '--catalog', catalog(), '--base', 'HEAD', '--head', 'HEAD', '--json']).status,
    ).toBe(0);
  });

  it('is the base’s in diff, as in the action’s check: a head cannot raise its own', () => {
    config('limits:\n  max_total_bytes: 2000\n');
    git('commit', '-qam', 'base: the catalog fits in 2,000 bytes');
    const base = runCli(['diff', '--catalog', catalog(), '--base', 'HEAD', '--head', 'HEAD', '--json']);
    expect(base.status, base.stdout).toBe(0);
    config('limits:\n  max_total_bytes: 100000\n');
    write('benchmarks/text/big.csv', `model,big\n${'m1,1\n'.repeat(600)}`);
    git('add', '.');
    git('commit', '-qm', 'head: 3,000 bytes more, and a raised cap');
    const r = runCli(['diff', '--catalog', catalog(), '--base', 'HEAD~1', '--head', 'HEAD', '--json']);
    expect(r.status).toBe(1);
    expect(JSON.stringify(JSON.parse(r.stdout).issues)).toContain('the limit maxTotalBytes is 2000');
  });
});
