/** Issue 13 point 9: the CLI a new user meets behaves the same way across commands. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { cliPath, ensureBuilt, repoRoot, runCli } from '../support/cli.js';

let dir: string;
const catalog = path.join(repoRoot, 'catalog');
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-consistency-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = <T>(args: string[]): T => {
  const r = runCli(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

interface AgreeJson {
  agreements: { scenario: string; reference: string; correlation: number | null }[];
  scores: { scenario: string; z: number }[];
}

describe('agree --all-pairs', () => {
  it('prints every pair in the text output, as --json lists them', () => {
    const args = ['agree', '--reference', 'aggregate', '--all-pairs', '--samples', '5'];
    const text = runCli(args);
    expect(text.status, text.stderr).toBe(0);
    const pairs = json<AgreeJson>([...args, '--json']).agreements.filter((a) => a.reference !== 'aggregate');
    expect(pairs.length).toBeGreaterThan(100);
    const lines = text.stdout.split('\n').filter((l) => / ~ /.test(l));
    for (const p of pairs)
      expect(lines.some((l) => l.includes(`${p.scenario} ~ ${p.reference}: `))).toBe(true);
    expect(text.stdout).toMatch(/Agreement of every pair \(\d+ pairs, kendall\):/);
  });
});

describe('agree on a catalog folder', () => {
  let custom: string;
  beforeAll(() => {
    custom = path.join(dir, 'pearson');
    cpSync(catalog, custom, { recursive: true });
    const config = readFileSync(path.join(custom, 'benchbench.yaml'), 'utf8')
      .replace('correlation: kendall', 'correlation: pearson')
      .replace('samples: 100', 'samples: 7')
      .replace('seed: 0', 'seed: 5');
    writeFileSync(path.join(custom, 'benchbench.yaml'), config);
  });

  it("uses the catalog's method when no method flag is given", () => {
    const fromCatalog = json<AgreeJson>(['agree', custom, '--reference', 'aggregate', '--json']);
    const explicit = json<AgreeJson>([
      'agree',
      custom,
      '--reference',
      'aggregate',
      '--correlation',
      'pearson',
      '--samples',
      '7',
      '--seed',
      '5',
      '--json',
    ]);
    expect(fromCatalog).toEqual(explicit);
    expect(runCli(['agree', custom, '--reference', 'aggregate']).stdout).toMatch(
      /^Agreement with aggregate \(pearson\):/,
    );
  });

  it('lets each method flag given on the command line override the catalog', () => {
    const kendall = runCli(['agree', custom, '--reference', 'aggregate', '--correlation', 'kendall']);
    expect(kendall.stdout).toMatch(/^Agreement with aggregate \(kendall\):/);
    const seeded = json<AgreeJson>(['agree', custom, '--reference', 'aggregate', '--seed', '6', '--json']);
    const other = json<AgreeJson>(['agree', custom, '--reference', 'aggregate', '--json']);
    expect(seeded).not.toEqual(other);
  });

  it('reads the --catalog folder when no TABLE is given, and refuses both at once', () => {
    const a = runCli(['agree', '--catalog', custom, '--reference', 'aggregate']);
    expect(a.stdout).toMatch(/\(pearson\)/);
    const both = runCli(['agree', custom, '--catalog', custom, '--reference', 'aggregate']);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/either a TABLE or --catalog/);
  });
});

describe('aggregate on a catalog folder', () => {
  it("computes benchbench.yaml's aggregate, as the leaderboard has it", () => {
    const rows = json<{ model: string; score: number }[]>(['aggregate', catalog, '--json']);
    const board = json<{ aggregate: { scores: Record<string, number> } }>(['leaderboard', '--json']);
    expect(rows.length).toBeGreaterThan(10);
    expect(Object.fromEntries(rows.map((r) => [r.model, r.score]))).toEqual(board.aggregate.scores);
    const csv = runCli(['aggregate', '--catalog', catalog]);
    expect(csv.stdout.split('\n')[0]).toBe('model,score');
  });

  it('still asks for --scenarios on a table file', () => {
    const r = runCli(['aggregate', path.join(catalog, 'benchmarks/sim-bench-holistic-01.csv')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/give --scenarios \(or --preset\)/);
  });
});

describe('a missing catalog folder and a missing file', () => {
  it('exit with the same code, 2, in every command', () => {
    const nowhere = path.join(dir, 'nowhere');
    const cases = [
      ['validate', '--catalog', nowhere],
      ['leaderboard', '--catalog', nowhere],
      ['similar', 'x', '--catalog', nowhere],
      ['site', '--catalog', nowhere, '--out', path.join(dir, 'site-x')],
      ['agree', nowhere, '--reference', 'aggregate'],
      ['agree', `${nowhere}.csv`, '--reference', 'aggregate'],
      ['aggregate', '--catalog', nowhere],
      ['aggregate', `${nowhere}.csv`, '--scenarios', 'a,b'],
      ['score', `${nowhere}.csv`],
      ['score', path.join(catalog, 'benchmarks/sim-bench-holistic-01.csv'), '--catalog', nowhere],
    ];
    for (const args of cases) {
      const r = runCli(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(/does not exist/);
    }
  });
});

describe('machine-readable text', () => {
  it('writes ASCII minus signs, in p-values and negative Z scores', () => {
    const lines = ['model,ref,same,opposite'];
    for (let i = 0; i < 40; i++) lines.push(`m${i},${i},${i * 2},${-i}`);
    const table = path.join(dir, 'signs.csv');
    writeFileSync(table, lines.join('\n') + '\n');
    const r = runCli(['agree', table, '--reference', 'ref', '--models-per-sample', '0']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u2212');
    expect(r.stdout).toMatch(/p \d\.\de-\d+/);
    expect(r.stdout).toMatch(/agreement -1\.000/);
    const board = runCli(['leaderboard']);
    expect(board.stdout).not.toContain('\u2212');
    expect(board.stdout).toMatch(/ -\d\.\d\d /);
  });
});

describe('counts', () => {
  it('agree in number with their nouns', () => {
    const r = runCli(['validate', 'benchmarks/sim-bench-code-01.csv']);
    expect(r.stderr).toMatch(/valid: 14 benchmarks checked \(1 file shown\); 0 errors, 0 warnings/);
    const table = path.join(dir, 'one.csv');
    writeFileSync(table, 'model,a,b\nx,1,2\ny,2,1\n');
    const a = runCli(['agree', table, '--reference', 'a', '--scenarios', 'b,zz']);
    expect(a.stderr).toMatch(/names 1 scenario not in the table/);
  });
});

describe('site', () => {
  it('refuses to overwrite an existing output without --force, like simulate and import-benchbench', () => {
    const out = path.join(dir, 'site');
    expect(runCli(['site', '--out', out]).status).toBe(0);
    writeFileSync(path.join(out, 'index.html'), 'mine');
    const again = runCli(['site', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/not empty; pass --force/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('mine');
    expect(runCli(['site', '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});

/** Runs the CLI under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function onTerminal(args: string[], cwd = repoRoot): string {
  const command = [process.execPath, cliPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8' });
  return r.stdout;
}

describe('progress on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('is shown for reading a catalog, simulate and diff, and never in a pipe', () => {
    expect(onTerminal(['validate'])).toMatch(/\r\x1b\[2Kreading \[#+\.*\] \d+\/\d+/);
    const out = path.join(dir, 'sim-tty');
    expect(onTerminal(['simulate', '--out', out])).toMatch(
      /simulating \.\.\.[\s\S]*writing \[#+\.*\] \d+\/\d+/,
    );

    const repo = path.join(dir, 'repo');
    cpSync(catalog, path.join(repo, 'catalog'), { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: repo });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    rmSync(path.join(repo, 'catalog/benchmarks/sim-bench-code-01.csv'));
    git('commit', '-qam', 'head');
    const diff = onTerminal(['diff', '--base', 'HEAD~1', '--head', 'HEAD'], repo);
    expect(diff).toMatch(/reading HEAD~1 \.\.\./);
    expect(diff).toMatch(/scoring base \[/);
    expect(diff).toMatch(/scoring head \[/);
    // In a pipe (every other test here), no progress is written.
    const piped = runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo });
    expect(piped.stderr).not.toMatch(/\r/);
    expect(existsSync(out)).toBe(true);
  });
});

describe('option names', () => {
  let commands: Command[];
  beforeAll(async () => {
    commands = (await buildProgram([])).commands as Command[];
  });
  const option = (cmd: Command, long: string) => cmd.options.find((o) => o.long === long);

  it('are the same for the same thing in every command', () => {
    const readsCatalog = [
      'validate',
      'leaderboard',
      'score',
      'agree',
      'aggregate',
      'diff',
      'similar',
      'site',
    ];
    for (const name of readsCatalog) {
      const cmd = commands.find((c) => c.name() === name)!;
      const catalogOption = option(cmd, '--catalog');
      expect({ name, flags: catalogOption?.flags, default: catalogOption?.defaultValue }).toEqual({
        name,
        flags: '--catalog <dir>',
        default: 'catalog',
      });
      expect({ name, verbose: option(cmd, '--verbose')?.description }).toEqual({
        name,
        verbose: 'also print notes',
      });
    }
    for (const cmd of commands) {
      const limit = option(cmd, '--limit');
      if (limit) expect(limit.description).toMatch(/^show at most this many .+ \(0 = all\)$/);
      const force = option(cmd, '--force');
      if (force) expect(force.description).toMatch(/^overwrite .+ already in --out$/);
      expect(option(cmd, '--out')?.flags ?? '--out <dir>').toMatch(/^--out <(dir|catalog-dir|file)>$/);
    }
    for (const name of ['score', 'diff', 'similar', 'leaderboard'])
      expect(
        option(
          commands.find((c) => c.name() === name)!,
          '--limit',
        ),
        name,
      ).toBeDefined();
    for (const name of ['site', 'simulate', 'import-benchbench'])
      expect(
        option(
          commands.find((c) => c.name() === name)!,
          '--force',
        ),
        name,
      ).toBeDefined();
  });
});

describe('leaderboard --limit', () => {
  it('shows the top rows of each leaderboard and says how many are left out', () => {
    const all = runCli(['leaderboard', '--board', 'main']);
    const top = runCli(['leaderboard', '--board', 'main', '--limit', '3']);
    expect(top.status, top.stderr).toBe(0);
    // The same first rows, cell by cell (the columns are as wide as the rows shown).
    const cells = (text: string) =>
      text
        .split('\n')
        .slice(0, 5)
        .map((l) => l.trim().split(/\s{2,}/));
    expect(cells(top.stdout)).toEqual(cells(all.stdout));
    expect(top.stdout.split('\n').filter((l) => /^\s+\d+\s/.test(l))).toHaveLength(3);
    expect(top.stderr).toMatch(/\(\d+ more rows; --limit 0 shows all\)/);
  });
});
