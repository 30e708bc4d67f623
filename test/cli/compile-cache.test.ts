/**
 * dist/cli.js turns on Node's compile cache before it loads the program (dist/cli-run.js), so
 * that a second run reads the compiled program instead of compiling 1.5 MB of JavaScript again.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bb-compile-cache-'));
beforeAll(ensureBuilt);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, recursively. */
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

const run = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [cliPath, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, ...env },
  });

describe.runIf(typeof module.enableCompileCache === 'function')('the CLI entry', () => {
  it("writes the compiled program to Node's compile cache in the temporary folder", () => {
    const dir = path.join(tmp, 'on');
    const r = run({ TMPDIR: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(files(path.join(dir, 'node-compile-cache')).length).toBeGreaterThan(0);
  });

  it('leaves the cache alone when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const dir = path.join(tmp, 'off');
    const r = run({ TMPDIR: dir, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(() => readdirSync(path.join(dir, 'node-compile-cache'))).toThrow();
  });
});
