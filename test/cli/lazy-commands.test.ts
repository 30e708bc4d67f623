/**
 * A run of one command loads that command's code and what it shares with the others, nothing
 * else (src/cli/program.ts; scripts/build.mjs splits dist/cli-run.js into dist/cli/): `agree` loads
 * neither the site's page script nor its HTTP server, `--version` loads no command, while the
 * top-level help, `help` and a mistyped name still see every command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/program.js';
import { pearsonPValue, studentTwoSidedP } from '../../src/core/student-t.js';
import { cliPath, ensureBuilt, repoRoot, runCli } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bb-lazy-'));
const log = path.join(tmp, 'loaded.txt');
const builtins = path.join(tmp, 'builtins.json');
// A preload that records every module URL the program resolves (a resolve hook, on the hooks
// thread) and, at exit, the Node built-in modules the process loaded.
const hooks = path.join(tmp, 'hooks.mjs');
const preload = path.join(tmp, 'preload.mjs');
beforeAll(() => {
  ensureBuilt();
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\n` +
      `export async function resolve(specifier, context, next) {\n` +
      `  const r = await next(specifier, context);\n` +
      `  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');\n` +
      `  return r;\n}\n`,
  );
  writeFileSync(
    preload,
    `import { register } from 'node:module';\nimport { writeFileSync } from 'node:fs';\n` +
      `register(${JSON.stringify(pathToFileURL(hooks).href)});\n` +
      `const before = new Set(process.moduleLoadList);\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(builtins)}, ` +
      `JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI with the preload: its result, the dist/ files it loaded and the built-ins. */
function traced(args: string[]) {
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const dist = pathToFileURL(path.join(repoRoot, 'dist')).href + '/';
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith(dist))
    .map((u) => u.slice(dist.length));
  const loaded = JSON.parse(readFileSync(builtins, 'utf8')) as string[];
  return { ...r, files: [...new Set(files)], builtins: loaded };
}

/** The command modules among `files`: `cli/agree-XXXXXXXX.js` -> `agree`. */
const commandsIn = (files: string[]) =>
  files
    .map((f) => /^cli\/([a-z-]+)-[A-Z0-9]{8}\.js$/.exec(f)?.[1])
    .filter((name): name is string => name !== undefined && COMMAND_NAMES.includes(name));

describe('a run of one command', () => {
  it("loads only that command: agree on a catalog reads no other command's code, no HTTP and no compression", () => {
    const r = traced(['agree', '--catalog', 'catalog', '--reference', 'aggregate', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('agreements');
    expect(commandsIn(r.files)).toEqual(['agree']);
    // The site's server and page (node:http, node:zlib); commander itself loads child_process.
    for (const module of ['http', 'zlib']) expect(r.builtins, module).not.toContain(`NativeModule ${module}`);
  });

  it('loads only that command for its own help', () => {
    const r = traced(['site', '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: benchbench site \[options\]/);
    expect(commandsIn(r.files)).toEqual(['site']);
  });
});

describe('the top-level program', () => {
  it('lists every command in its help, in order', () => {
    const r = traced(['--help']);
    expect(r.status, r.stderr).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z-]+)(?= )/gm)].map((m) => m[1]);
    expect(listed).toEqual([...COMMAND_NAMES, 'help']);
    expect(commandsIn(r.files).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('prints its version without loading a command', () => {
    const r = traced(['--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(commandsIn(r.files)).toEqual([]);
  });

  it('suggests the closest command for a mistyped name, and `help <command>` prints its help', () => {
    const typo = runCli(['agre']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/unknown command 'agre'\n\(Did you mean agree\?\)/);
    const help = runCli(['help', 'merge']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: benchbench merge \[options\] <parts\.\.\.>/);
  });
});

describe('a package the bundle sets up on its first call (scripts/build.mjs, LAZY_PACKAGES)', () => {
  it("gives the CLI exactly the engine's Pearson and Spearman p-values", () => {
    const agree = (correlation: string) => {
      const r = runCli([
        'agree',
        'catalog/benchmarks/sim-bench-code-01.csv',
        '--reference',
        'sim-bench-code-01-hard',
        '--correlation',
        correlation,
        '--models-per-sample',
        '0',
        '--json',
      ]);
      expect(r.status, r.stderr).toBe(0);
      const { agreements } = JSON.parse(r.stdout) as {
        agreements: { correlation: number; p_value: number; n_common: number }[];
      };
      expect(agreements.length).toBeGreaterThan(0);
      return agreements;
    };
    // One sample of every shared model: the p-value is that of the one coefficient.
    for (const a of agree('pearson')) expect(a.p_value).toBe(pearsonPValue(a.correlation, a.n_common));
    for (const a of agree('spearman')) {
      const df = a.n_common - 2;
      const rho = a.correlation;
      const t = rho * Math.sqrt(Math.max(0, df / ((rho + 1) * (1 - rho))));
      expect(a.p_value).toBe(studentTwoSidedP(t, df));
    }
  });
});
