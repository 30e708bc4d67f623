/**
 * The npm package as a user installs it: `npm pack`, then the tarball installed into an empty
 * prefix with no network and an empty cache. It must pull no dependency (the bundles in dist/
 * carry everything) and the `benchbench` command must work from there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot } from '../support/cli.js';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** npm with no registry to reach: offline, an empty cache of its own, no audit. */
function npm(args: string[], cwd: string, cache: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
  const r = spawnSync('npm', [...args, '--offline', '--cache', cache, '--no-audit', '--no-fund', '--json'], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed npm package', () => {
  let dir: string;
  let prefix: string;
  let files: string[];
  let bin: string;
  let installed: ReturnType<typeof npm>;

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), 'bb-pack-'));
    const cache = path.join(dir, 'empty-cache');
    prefix = path.join(dir, 'prefix');
    mkdirSync(prefix);
    const packed = npm(['pack', '--pack-destination', dir], repoRoot, cache);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    files = info!.files.map((f) => f.path);
    installed = npm(['install', '--prefix', prefix, path.join(dir, info!.filename)], dir, cache);
    bin = path.join(prefix, 'node_modules', '.bin', 'benchbench');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('declares no runtime dependency: everything bundled is a devDependency', () => {
    for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(
        manifest[key],
        `package.json has "${key}"; bundled packages belong in devDependencies`,
      ).toBeUndefined();
  });

  it('holds the bundles, the action, the licence, the notices, the changelog and nothing of the sources', () => {
    expect(files.sort()).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'action.yml',
        'dist/THIRD_PARTY_NOTICES',
        'dist/cli-run.cjs',
        'dist/cli.js',
        'dist/package.json',
        'dist/index.js',
        'dist/parse-worker.cjs',
        'package.json',
      ].sort(),
    );
  });

  it('installs offline into an empty prefix, pulling no other package', () => {
    expect(installed.status, installed.stderr).toBe(0);
    expect(readdirSync(path.join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'benchbench-action',
    ]);
  });

  it('runs benchbench --version and benchbench leaderboard --catalog from the installed package', () => {
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const version = run(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(manifest['version']);
    const board = run(['leaderboard', '--catalog', path.join(repoRoot, 'catalog'), '--json']);
    expect(board.status, board.stderr).toBe(0);
    const { boards } = JSON.parse(board.stdout) as { boards: { rows: { scenario: string }[] }[] };
    expect(boards[0]!.rows.length).toBeGreaterThan(10);
  });
});
