import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, repoRoot, runCli } from '../support/cli.js';

describe('the README quickstart', () => {
  let bare: string;
  beforeAll(() => {
    ensureBuilt();
    // A copy with no node_modules anywhere above it: dist/cli.js must be self-contained.
    bare = mkdtempSync(path.join(os.tmpdir(), 'bb-quickstart-'));
    cpSync(path.join(repoRoot, 'dist'), path.join(bare, 'dist'), { recursive: true });
    cpSync(path.join(repoRoot, 'catalog'), path.join(bare, 'catalog'), { recursive: true });
  });
  afterAll(() => rmSync(bare, { recursive: true, force: true }));

  it('prints the starter leaderboard with no npm install', () => {
    const r = runCli(['leaderboard'], { cwd: bare, cli: path.join(bare, 'dist', 'cli.js') });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^All benchmarks/);
    expect(r.stdout).toMatch(/\n\s+1\s+Sim Bench/);
    expect(r.stdout).toContain('Safety');
  });

  it('names the exact commands the README shows', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('node dist/cli.js leaderboard');
    expect(readme).toContain('npm install-ci-test');
  });

  it('has a starter catalog labelled as simulated', () => {
    const config = readFileSync(path.join(repoRoot, 'catalog', 'benchbench.yaml'), 'utf8');
    expect(config).toMatch(/SIMULATED/);
    expect(runCli(['validate']).status).toBe(0);
  });

  it('has a starter catalog that the command in its header regenerates byte for byte', () => {
    const config = readFileSync(path.join(repoRoot, 'catalog', 'benchbench.yaml'), 'utf8');
    const command = /benchbench (simulate [^\n]*--out) catalog/.exec(config);
    expect(command, 'the header names the simulate command').not.toBeNull();
    const out = path.join(bare, 'regenerated');
    const r = runCli([...command![1]!.split(' '), out]);
    expect(r.status, r.stderr).toBe(0);
    for (const file of readdirSync(path.join(repoRoot, 'catalog'), { recursive: true, encoding: 'utf8' })) {
      if (!file.includes('.')) continue;
      const committed = readFileSync(path.join(repoRoot, 'catalog', file), 'utf8');
      const fresh = readFileSync(path.join(out, file), 'utf8');
      expect(fresh.replace(`--out ${out}`, '--out catalog'), file).toBe(committed);
    }
  });

  it('answers --help for the program and every command', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z-]+) /gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'help');
    expect(commands).toEqual(
      expect.arrayContaining([
        'validate',
        'leaderboard',
        'score',
        'agree',
        'aggregate',
        'diff',
        'simulate',
        'import-benchbench',
      ]),
    );
    for (const c of commands) {
      const r = runCli([c, '--help']);
      expect(r.status, c).toBe(0);
      expect(r.stdout, c).toMatch(new RegExp(`Usage: benchbench ${c}`));
    }
    expect(cliPath).toMatch(/dist[\\/]cli\.js$/);
  });
});
