import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogPathsAt, originUrl, repositoryTop } from '../../src/sources/git.js';
import { GitError, gitText, resolveCommit, runGit, spawnGit } from '../../src/sources/run-git.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

describe('the one git runner and the questions asked through it', () => {
  let repo: GitRepo;
  let outside: string;
  let head: string;
  beforeAll(() => {
    repo = gitRepo('bb-run-git-');
    repo.write('catalog/benchmarks/a b.csv', 'model,x\nm,1\n');
    repo.write('catalog/benchbench.yaml', 'aggregate: {scenarios: [x]}\n');
    repo.write('README.md', 'outside the catalog\n');
    head = repo.commit('one');
    outside = mkdtempSync(path.join(tmpdir(), 'bb-no-git-'));
  });
  afterAll(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('runs git in the folder given and returns its output', async () => {
    expect(await gitText(repo.dir, ['rev-parse', 'HEAD'])).toBe(head);
    expect((await runGit(repo.dir, ['cat-file', '--batch-check'], `${head}\n`)).toString()).toMatch(
      new RegExp(`^${head} commit \\d+\\n$`),
    );
  });

  it('turns a failing git into a GitError naming the command and what git said', async () => {
    const failure = runGit(repo.dir, ['cat-file', '-p', 'no-such-object']);
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toThrow(/git cat-file failed: .*no-such-object/);
  });

  it('streams a command started by spawnGit with the same options (paths unquoted)', async () => {
    const child = spawnGit(repo.dir, ['ls-tree', '-r', '--name-only', 'HEAD']);
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.split('\n')).toContain('catalog/benchmarks/a b.csv');
  });

  it('resolves commit names, and refuses names that are options, empty or not commits', async () => {
    expect(await resolveCommit(repo.dir, 'main')).toBe(head);
    await expect(resolveCommit(repo.dir, '--all')).rejects.toThrow(/Not a revision/);
    await expect(resolveCommit(repo.dir, '')).rejects.toThrow(/Not a revision/);
    await expect(resolveCommit(repo.dir, 'main:README.md')).rejects.toThrow(/has no commit/);
  });

  it("finds the work tree's top folder and the origin remote, or says there is none", async () => {
    const sub = path.join(repo.dir, 'catalog', 'benchmarks');
    expect(await repositoryTop(sub)).toBe(await gitText(repo.dir, ['rev-parse', '--show-toplevel']));
    expect(await repositoryTop(outside)).toBeNull();
    expect(await originUrl(repo.dir)).toBeNull();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/board.git');
    expect(await originUrl(sub)).toBe('https://github.com/acme/board.git');
  });

  it("lists a commit's catalog paths, or null for a commit the checkout lacks", async () => {
    expect(await catalogPathsAt(repo.dir, head, 'catalog')).toEqual(
      new Set(['benchmarks/a b.csv', 'benchbench.yaml']),
    );
    expect((await catalogPathsAt(repo.dir, head, '.'))?.has('README.md')).toBe(true);
    expect(await catalogPathsAt(repo.dir, 'f'.repeat(40), 'catalog')).toBeNull();
  });
});
