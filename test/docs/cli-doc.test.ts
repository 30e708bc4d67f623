import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, runCli } from '../support/cli.js';
import { benchbenchDir, referenceData } from '../support/shared-data.js';

const docFile = path.join(repoRoot, 'docs/cli.md');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-doc-'));

const script = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/cli-docs.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });

/** The commands the top-level help lists (without `help`). */
function listedCommands(): string[] {
  const top = runCli(['--help']).stdout.split('\n');
  const from = top.indexOf('Commands:') + 1;
  return top
    .slice(from)
    .map((l) => /^ {2}(\S+)/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined && c !== 'help');
}

/** The `node dist/cli.js ...` lines of the sh blocks in a command's section of docs/cli.md. */
function examples(command: string): string[] {
  const doc = readFileSync(docFile, 'utf8');
  const start = doc.indexOf(`\n## ${command}\n`);
  if (start < 0) return [];
  const end = doc.indexOf('\n## ', start + 1);
  const body = doc.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n').filter((l) => l.startsWith('node dist/cli.js ')),
  );
}

const hasParentCommit = () =>
  spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}'], { cwd: repoRoot }).status === 0;

// Built before the tests are collected: the examples are listed from the help of dist/cli.js.
ensureBuilt();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('docs/cli.md', () => {
  it('is what scripts/cli-docs.mjs writes from the help output of dist/cli.js', () => {
    const r = script('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails the check with a diff when the file differs from the help output', () => {
    const copy = path.join(tmp, 'cli.md');
    writeFileSync(copy, readFileSync(docFile, 'utf8').replace('## validate\n', '## validate (edited)\n'));
    const r = script('--check', '--file', copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('differs from the help output');
    expect(r.stderr).toMatch(/^- \d+: ## validate \(edited\)$/m);
    expect(r.stderr).toMatch(/^\+ \d+: ## validate$/m);
  });

  it('shows the help of every command the CLI lists, with exactly one example', () => {
    const commands = listedCommands();
    expect(commands).toEqual(
      expect.arrayContaining(['validate', 'leaderboard', 'score', 'import-benchbench']),
    );
    const doc = readFileSync(docFile, 'utf8');
    for (const command of commands) {
      expect(doc, command).toContain(runCli([command, '--help']).stdout.trim().split('\n')[0]);
      expect(examples(command), command).toHaveLength(1);
      expect(examples(command)[0], command).toMatch(new RegExp(`^node dist/cli\\.js ${command} `));
    }
  });

  describe('examples', () => {
    // Output paths under /tmp go to this test's own folder; ../shared/benchbench is the shared data.
    const run = (line: string) => {
      const args = line
        .replace(/^node dist\/cli\.js /, '')
        .split(' ')
        .map((a) =>
          a.startsWith('/tmp/')
            ? path.join(tmp, a.slice(5))
            : a === '../shared/benchbench'
              ? benchbenchDir
              : a,
        );
      return runCli(args);
    };
    const commands = listedCommands();
    const local = commands.filter((c) => c !== 'import-benchbench' && c !== 'diff');

    it.each(local)('runs the %s example', (command) => {
      const [line] = examples(command);
      expect(line).not.toMatch(/["'$`\\]|\.\.\/shared/);
      const r = run(line!);
      expect(r.stderr).not.toMatch(/error \[/);
      expect(r.status, r.stderr).toBe(0);
    });

    it.runIf(hasParentCommit())('runs the diff example', () => {
      const r = run(examples('diff')[0]!);
      expect(r.status, r.stderr).toBe(0);
    });

    it.runIf(referenceData('catalog'))(
      'runs the import-benchbench example on the shared BenchBench data',
      () => {
        const r = run(examples('import-benchbench')[0]!);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout + r.stderr).toMatch(/wrote \d+ files/);
      },
    );
  });
});
