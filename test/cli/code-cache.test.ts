/**
 * dist/cli.js runs the program (dist/cli-run.cjs) through V8's code cache, made at the end of a
 * command's first run (src/cli/code-cache.ts): a later run of that command reads what the first
 * compiled. The cache is code, so it is kept only in a private folder of the user, and only a run
 * that succeeded writes it.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FOLDER, runOf, STALE_AFTER } from '../../src/cli/code-cache.js';
import { cliPath, ensureBuilt, repoRoot } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bb-code-cache-'));
beforeAll(ensureBuilt);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI with its temporary folder in `dir`: its result and the cache files it left. */
function run(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, TMPDIR: dir, NO_COLOR: '1', ...env },
  });
  return { ...r, cache: cacheFiles(dir) };
}

const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(path.join(dir, CACHE_FOLDER)).sort();
  } catch {
    return [];
  }
};

const agree = ['agree', '--catalog', 'catalog', '--reference', 'aggregate', '--json'];

describe('the code cache of the CLI', () => {
  it('is written by the first run of a command, in a folder only its user may use, one file per command', () => {
    const dir = path.join(tmp, 'first');
    const r = run(dir, agree);
    expect(r.status, r.stderr).toBe(0);
    expect(r.cache).toHaveLength(1);
    expect(r.cache[0]).toMatch(new RegExp(`-${process.version}-${process.arch}-agree\\.bin$`));
    expect(statSync(path.join(dir, CACHE_FOLDER)).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, CACHE_FOLDER, r.cache[0]!)).mode & 0o777).toBe(0o600);
    expect(run(dir, ['--version']).cache.map((f) => f.replace(/^.*-/, ''))).toEqual([
      'agree.bin',
      'version.bin',
    ]);
  });

  it('is read, not written again, by a later run, which prints the same', () => {
    const dir = path.join(tmp, 'again');
    const first = run(dir, agree);
    const file = path.join(dir, CACHE_FOLDER, first.cache[0]!);
    const written = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const second = run(dir, agree);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file).equals(written)).toBe(true);
  });

  it('is written again when V8 rejects it, and the run goes on as if there were none', () => {
    const dir = path.join(tmp, 'rejected');
    const first = run(dir, agree);
    const file = path.join(dir, CACHE_FOLDER, first.cache[0]!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const second = run(dir, agree);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it('is not used in a folder that others may write to', () => {
    const dir = path.join(tmp, 'shared');
    mkdirSync(path.join(dir, CACHE_FOLDER), { recursive: true });
    chmodSync(path.join(dir, CACHE_FOLDER), 0o777);
    const r = run(dir, agree);
    expect(r.status, r.stderr).toBe(0);
    expect(r.cache).toEqual([]);
  });

  it('is left alone when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const dir = path.join(tmp, 'off');
    const r = run(dir, agree, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(() => readdirSync(path.join(dir, CACHE_FOLDER))).toThrow();
  });

  it('is not written by a run that fails', () => {
    const dir = path.join(tmp, 'failed');
    const missing = run(dir, ['agree', path.join(tmp, 'no-such-catalog'), '--reference', 'aggregate']);
    expect(missing.status).toBe(2);
    const usage = run(dir, ['agree', 'catalog']);
    expect(usage.stderr).toMatch(/required option '--reference/);
    expect(usage.status).toBe(1);
    expect(usage.cache).toEqual([]);
  });

  it('keeps the caches of another build, and removes them once unused for a week', () => {
    const dir = path.join(tmp, 'builds');
    mkdirSync(path.join(dir, CACHE_FOLDER), { recursive: true, mode: 0o700 });
    const other = (build: string) => `${build}-1-1-${process.version}-${process.arch}-agree.bin`;
    const [recent, stale] = [other('1111111111111111'), other('0000000000000000')];
    writeFileSync(path.join(dir, CACHE_FOLDER, recent), 'recent');
    writeFileSync(path.join(dir, CACHE_FOLDER, stale), 'stale');
    const old = (Date.now() - STALE_AFTER - 60_000) / 1000;
    utimesSync(path.join(dir, CACHE_FOLDER, stale), old, old);
    const r = run(dir, ['--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.cache).toHaveLength(2);
    expect(r.cache).toContain(recent);
    expect(r.cache).not.toContain(stale);
  });
});

describe('the run a cache is kept for', () => {
  const of = (...args: string[]) => runOf(['node', 'cli.js', ...args]);

  it('is the command named, its help apart from its runs', () => {
    expect(of('agree', 'catalog', '--json')).toBe('agree');
    expect(of('agree', '--help')).toBe('agree-help');
    expect(of('import-benchbench', 'in', '-h')).toBe('import-benchbench-help');
  });

  it('is `version` for the version, and `all` for what builds every command', () => {
    expect(of('--version')).toBe('version');
    expect(of('-V')).toBe('version');
    expect(of()).toBe('all');
    expect(of('--help')).toBe('all');
    expect(of('help', 'agree')).toBe('all');
    expect(of('agre')).toBe('all');
  });
});
