import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/cli.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text: string): string => {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};

describe('benchbench simulate', () => {
  it('writes byte-identical catalogs for the same seed', () => {
    expect(runCli(['simulate', '--out', path.join(dir, 'a'), '--seed', '3']).status).toBe(0);
    expect(runCli(['simulate', '--out', path.join(dir, 'b'), '--seed', '3']).status).toBe(0);
    // benchbench.yaml quotes the command, --out included; everything else is identical.
    const read = (d: string, f: string) =>
      readFileSync(path.join(dir, d, f), 'utf8').replace(/--out \S+/g, '');
    for (const f of [
      'benchbench.yaml',
      'models.yaml',
      'benchmarks/sim-bench-holistic-01.csv',
      'benchmarks/sim-bench-safety-01.yaml',
    ]) {
      expect(read('a', f)).toBe(read('b', f));
    }
  });

  it('refuses to overwrite a catalog without --force', () => {
    const r = runCli(['simulate', '--out', path.join(dir, 'a')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/already holds a catalog.*--force/);
  });
});

describe('benchbench validate', () => {
  it('reports a bad cell with file, line and column, and exits 1', () => {
    runCli(['simulate', '--out', path.join(dir, 'bad')]);
    write(
      'bad/benchmarks/new-bench.csv',
      'model,new_bench\nsim-atlas-7b,0.5\nsim-atlas-7b,0.6\nsim-beacon-13b,abc\n',
    );
    write('bad/benchmarks/new-bench.yaml', 'name: New bench\ncategory: reasoning\n');
    const r = runCli(['validate', '--catalog', path.join(dir, 'bad'), 'benchmarks/new-bench.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/benchmarks\/new-bench\.csv:4:\d+: error \[[a-z-]+\]/);
    expect(r.stderr).toMatch(/benchmarks\/new-bench\.csv:3:1: error \[duplicate-model\]/);
    expect(r.stderr).toMatch(/hint: /);
  });

  it('notes the models no other benchmark has, with the confident rename or the closest names', () => {
    runCli(['simulate', '--out', path.join(dir, 'names')]);
    const src = readFileSync(path.join(dir, 'names/benchmarks/sim-bench-code-01.csv'), 'utf8').split('\n');
    const [first, second] = [src[1]!.split(',')[0]!, src[2]!.split(',')[0]!];
    write('names/benchmarks/typo.csv', `model,typo\n${first}x,1\n${second},2\nzzz-unknown-qq,3\n`);
    write('names/benchmarks/typo.yaml', 'name: Typo\n');
    const r = runCli(['validate', '--catalog', path.join(dir, 'names'), 'benchmarks/typo.csv', '--verbose']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      `benchmarks/typo.csv:2:1: note [unmatched-model] Model ${JSON.stringify(`${first}x`)} matches no model of another benchmark.`,
    );
    expect(r.stderr).toMatch(/hint: A confident match: rename it to "[^"]+" \(model `[^`]+`\)/);
    expect(r.stderr).toMatch(/typo\.csv:4:1: note \[unmatched-model\] Model "zzz-unknown-qq"/);
    const json = JSON.parse(
      runCli(['validate', '--catalog', path.join(dir, 'names'), 'benchmarks/typo.csv', '--json']).stdout,
    ) as { issues: { code: string }[] };
    expect(json.issues.filter((i) => i.code === 'unmatched-model')).toHaveLength(2);
  });

  it('prints issues as JSON for scripts', () => {
    const r = runCli(['validate', '--catalog', path.join(dir, 'bad'), '--json']);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      issues: { file: string; line: number; severity: string }[];
    };
    expect(out.valid).toBe(false);
    expect(out.issues.some((i) => i.file === 'benchmarks/new-bench.csv' && i.severity === 'error')).toBe(
      true,
    );
  });

  it('rejects a file that is not part of the catalog', () => {
    const r = runCli(['validate', '--catalog', path.join(dir, 'a'), 'nope.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a file of the catalog/);
  });
});

describe('benchbench leaderboard', () => {
  it('prints leaderboard.json with every scenario and the catalog hash', () => {
    const r = runCli(['leaderboard', '--catalog', path.join(dir, 'a'), '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      catalog: { hash: string };
      boards: { rows: { rank: number | null }[] }[];
    };
    expect(doc.catalog.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(doc.boards[0]!.rows.length).toBeGreaterThan(10);
  });

  it('prints a Markdown table', () => {
    const r = runCli(['leaderboard', '--catalog', path.join(dir, 'a'), '--markdown']);
    expect(r.stdout).toMatch(/^# BenchBench leaderboard/);
    expect(r.stdout).toMatch(/\| Rank \| Benchmark \| Score \(Z\)/);
  });

  it('says which boards exist when --board names none', () => {
    const r = runCli(['leaderboard', '--catalog', path.join(dir, 'a'), '--board', 'nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no leaderboard "nope".*main/);
  });
});

describe('benchbench score', () => {
  it('scores a file against the catalog without adding it', () => {
    const file = write(
      'mine/my-bench.csv',
      'model,my_bench\n' + Array.from({ length: 24 }, (_, i) => `model-${i},${i}`).join('\n') + '\n',
    );
    const r = runCli(['score', file, '--catalog', path.join(dir, 'a'), '--json']);
    expect(r.stderr).toMatch(/no metadata/);
    const report = JSON.parse(r.stdout) as { benchmarks: { status: string; unmatched: unknown[] }[] };
    expect(report.benchmarks[0]!.status).toBe('added');
    expect(report.benchmarks[0]!.unmatched.length).toBe(24);
  });
});

describe('benchbench agree and aggregate', () => {
  const table = () =>
    write(
      'table.csv',
      'model,a,b,c\n' +
        Array.from({ length: 12 }, (_, i) => `m${i},${i},${(i * 7) % 12},${12 - i}`).join('\n') +
        '\n',
    );

  it('prints agreements and scores as JSON in the documented shape', () => {
    const t = table();
    write(
      'long.csv',
      'model,scenario,score,source\n' +
        readFileSync(t, 'utf8')
          .split('\n')
          .slice(1)
          .filter(Boolean)
          .flatMap((l) => {
            const [m, a, b, c] = l.split(',');
            return [`${m},a,${a},f`, `${m},b,${b},f`, `${m},c,${c},f`]; // long, with an extra column
          })
          .join('\n') +
        '\n',
    );
    const r = runCli([
      'agree',
      path.join(dir, 'long.csv'),
      '--reference',
      'a',
      '--models-per-sample',
      '0',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      agreements: Record<string, unknown>[];
      scores: Record<string, unknown>[];
    };
    expect(Object.keys(out.agreements[0]!).sort()).toEqual([
      'correlation',
      'n_common',
      'p_value',
      'reference',
      'samples',
      'scenario',
    ]);
    expect(Object.keys(out.scores[0]!).sort()).toEqual([
      'correlation',
      'n_common',
      'p_value',
      'rank',
      'scenario',
      'z',
    ]);
    expect(out.agreements.find((a) => a.scenario === 'c')!.correlation).toBeCloseTo(-1, 12);
  });

  it('explains an unknown reference scenario', () => {
    const r = runCli(['agree', table(), '--reference', 'zzz']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--reference "zzz" is not a scenario/);
  });

  it('rejects an option value that is not a number', () => {
    const r = runCli(['agree', table(), '--reference', 'a', '--samples', 'many']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--samples must be a whole number/);
  });

  it('computes the mean win rate with ties as losses', () => {
    const t = write('agg.csv', 'model,s1,s2\na,1,5\nb,1,4\nc,2,4\nd,3,4\n');
    const r = runCli(['aggregate', t, '--scenarios', 's1,s2', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      { model: 'a', score: 0.5 },
      { model: 'b', score: 0 },
      { model: 'c', score: 1 / 3 },
      { model: 'd', score: 0.5 },
    ]);
  });
});

describe('benchbench diff', () => {
  it('reads both revisions from git objects and reports the added benchmark', () => {
    const repo = path.join(dir, 'repo');
    runCli(['simulate', '--out', path.join(repo, 'catalog')]);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    const rows = Array.from({ length: 24 }, (_, i) => i).map((i) => `sim-model-${i},${i}`);
    const models = readFileSync(path.join(repo, 'catalog', 'benchmarks', 'sim-bench-holistic-01.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l, i) => `${l.split(',')[0]},${(i * 5) % 17}`);
    writeFileSync(
      path.join(repo, 'catalog', 'benchmarks', 'new-bench.csv'),
      `model,new_bench\n${(models.length ? models : rows).join('\n')}\n`,
    );
    writeFileSync(
      path.join(repo, 'catalog', 'benchmarks', 'new-bench.yaml'),
      'name: New bench\ncategory: reasoning\n',
    );
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'head');
    const added = readFileSync(path.join(repo, 'catalog', 'benchmarks', 'new-bench.csv'));
    // The work tree is changed afterwards: diff must not read it.
    writeFileSync(path.join(repo, 'catalog', 'benchmarks', 'new-bench.csv'), 'garbage');

    const r = runCli([
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--catalog',
      path.join(repo, 'catalog'),
      '--json',
    ]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      benchmarks: { id: string; status: string }[];
      changes: { status: string }[];
    };
    expect(report.valid).toBe(true);
    expect(report.benchmarks).toEqual([expect.objectContaining({ id: 'new-bench', status: 'added' })]);
    expect(report.changes.some((c) => c.status === 'added')).toBe(true);

    // The report names its catalogs' content hashes and the command that recomputes it.
    const full = JSON.parse(r.stdout) as { catalogHash: { base: string; head: string }; reproduce: string };
    expect(full.catalogHash.base).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(full.catalogHash.head).not.toBe(full.catalogHash.base);
    expect(full.reproduce).toMatch(/^benchbench diff --base [0-9a-f]{12} --head [0-9a-f]{12}$/);
    const again = runCli([
      ...full.reproduce.split(' ').slice(1),
      '--catalog',
      path.join(repo, 'catalog'),
      '--json',
    ]);
    const strip = (t: string) => t.replace(/"elapsedMs": \d+/, '');
    expect(strip(again.stdout)).toBe(strip(r.stdout));

    // diff and score explain the rank diff the same way: one line for the mechanical shift.
    const causes = (JSON.parse(r.stdout) as { changes: { status: string; cause: string; listed: boolean }[] })
      .changes;
    expect(
      causes.filter((c) => c.status === 'changed').every((c) => c.cause === 'inserted' && !c.listed),
    ).toBe(true);
    const line = (t: string) => t.split('\n').find((l) => l.startsWith('Rank diff on'));
    const diffText = runCli([
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--catalog',
      path.join(repo, 'catalog'),
    ]);
    expect(line(diffText.stdout)).toMatch(
      /^Rank diff on All benchmarks: The \d+ benchmarks? below New bench moves? down one place each; no other benchmark changes order or agreement\.$/,
    );

    const md = runCli([
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--catalog',
      path.join(repo, 'catalog'),
      '--markdown',
    ]);
    expect(md.stdout).toMatch(/New bench/);

    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'stash', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'checkout', '-q', 'HEAD~1');
    const mine = write('mine/new-bench.csv', added.toString());
    write('mine/new-bench.yaml', 'name: New bench\ncategory: reasoning\n');
    const scoreText = runCli(['score', mine, '--catalog', path.join(repo, 'catalog')]);
    expect(line(scoreText.stdout)).toBe(line(diffText.stdout));
    git('checkout', '-q', 'main');
  });

  it('says clearly when a revision does not exist', () => {
    const r = runCli([
      'diff',
      '--base',
      'nope',
      '--head',
      'HEAD',
      '--catalog',
      path.join(dir, 'repo', 'catalog'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope/);
  });
});

describe('errors from the file system', () => {
  it('are one clear line with exit code 2, never a stack trace', () => {
    const cases = [
      ['simulate', '--out', '/etc/passwd'],
      ['simulate', '--out', '/etc/passwd/x'],
      ['score', dir],
      ['score', path.join(dir, 'nope.csv')],
      ['diff', '--base', 'a', '--head', 'b', '--catalog', dir],
    ];
    for (const args of cases) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^benchbench: .+\n$/);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('say when the catalog exists at neither revision', () => {
    const r = runCli([
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--catalog',
      path.join(dir, 'repo', 'nope'),
    ]);
    expect(r.stderr).toMatch(/there is no catalog at nope in HEAD~1 or in HEAD/);
    expect(r.status).toBe(2);
  });
});
