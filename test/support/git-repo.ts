/**
 * A real git repository in a temporary folder, for the tests of everything that reads git
 * objects (sources/, `benchbench diff`, the action): write files, commit, get the SHA.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitRepo {
  readonly dir: string;
  /** Runs git in the repository; its output without the final line break. */
  git(...args: string[]): string;
  /** Writes a file (its folders made as needed), relative to the repository. */
  write(rel: string, text: string | Uint8Array): void;
  /** Deletes a file or folder, relative to the repository. */
  delete(rel: string): void;
  /** Commits everything in the work tree (additions, changes, deletions); returns the SHA. */
  commit(message?: string): string;
  /** Deletes the repository. */
  remove(): void;
}

export function gitRepo(prefix = 'benchbench-git-'): GitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    git,
    write(rel, text) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    delete: (rel) => rmSync(path.join(dir, rel), { recursive: true, force: true }),
    commit(message = 'commit') {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
