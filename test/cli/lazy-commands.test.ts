/**
 * A run of one command sets up that command's code and what it shares with the others, nothing
 * else (src/cli/program.ts; scripts/build.mjs bundles dist/cli-run.cjs so that each module is set up
 * on its first import): `agree` sets up neither the site's page script nor its HTTP server,
 * `--version` sets up no command, while the top-level help, `help` and a mistyped name still see
 * every command. What a run set up is read from V8's coverage of the program (NODE_V8_COVERAGE):
 * the bundle sets up each module in a function named after its source file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, isCommandName } from '../../src/cli/command-names.js';
import { pearsonPValue, studentTwoSidedP } from '../../src/core/student-t.js';
import { cliPath, ensureBuilt, repoRoot, runCli } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bb-lazy-'));
const builtins = path.join(tmp, 'builtins.json');
// A preload that records, at exit, the Node built-in modules the process loaded.
const preload = path.join(tmp, 'preload.mjs');
beforeAll(() => {
  ensureBuilt();
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\n` +
      `const before = new Set(process.moduleLoadList);\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(builtins)}, ` +
      `JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Coverage {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
}

/** Runs the CLI with the preload and V8's coverage: its result, the modules it set up and the built-ins. */
function traced(args: string[]) {
  const coverage = mkdtempSync(path.join(tmp, 'coverage-'));
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_V8_COVERAGE: coverage },
  });
  const program = pathToFileURL(path.join(repoRoot, 'dist', 'cli-run.cjs')).href;
  const modules = new Set<string>();
  for (const f of readdirSync(coverage)) {
    const { result } = JSON.parse(readFileSync(path.join(coverage, f), 'utf8')) as Coverage;
    for (const fn of result.find((s) => s.url === program)?.functions ?? [])
      if (/^(src|node_modules)\/.+\.[cm]?[jt]s$/.test(fn.functionName) && fn.ranges[0]!.count > 0)
        modules.add(fn.functionName);
  }
  const loaded = JSON.parse(readFileSync(builtins, 'utf8')) as string[];
  return { ...r, modules, builtins: loaded };
}

/** The commands among the modules a run set up: `src/cli/commands/agree.ts` -> `agree`. */
const commandsIn = (modules: Set<string>) =>
  [...modules]
    .map((m) => /^src\/cli\/commands\/([a-z-]+)\.ts$/.exec(m)?.[1])
    .filter((name): name is string => name !== undefined && isCommandName(name));

describe('a run of one command', () => {
  it("loads only that command: agree on a catalog reads no other command's code, no HTTP and no compression", () => {
    const r = traced(['agree', '--catalog', 'catalog', '--reference', 'aggregate', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('agreements');
    expect(commandsIn(r.modules)).toEqual(['agree']);
    expect(r.modules).toContain('src/catalog/parse-csv.ts');
    expect(r.modules).not.toContain('src/report/site/page-script.generated.ts');
    // The site's server and page (node:http, node:zlib); commander itself loads child_process.
    for (const module of ['http', 'zlib']) expect(r.builtins, module).not.toContain(`NativeModule ${module}`);
  });

  it('loads only that command for its own help', () => {
    const r = traced(['site', '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: benchbench site \[options\]/);
    expect(commandsIn(r.modules)).toEqual(['site']);
  });
});

describe('the top-level program', () => {
  it('lists every command in its help, in order', () => {
    const r = traced(['--help']);
    expect(r.status, r.stderr).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z-]+)(?= )/gm)].map((m) => m[1]);
    expect(listed).toEqual([...COMMAND_NAMES, 'help']);
    expect(commandsIn(r.modules).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('prints its version without loading a command', () => {
    const r = traced(['--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(commandsIn(r.modules)).toEqual([]);
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
