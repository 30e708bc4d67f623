import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { changedFiles, listCatalogAtRev, readCatalogAtRev } from '../../src/sources/read-git.js';
import { GitError } from '../../src/sources/run-git.js';

const repo = mkdtempSync(path.join(os.tmpdir(), 'bb-git-'));
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
};
const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);
let base = '';
let head = '';

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  write('catalog/benchbench.yaml', 'aggregate: {scenarios: [a, b]}\n');
  write('catalog/benchmarks/one.csv', 'model,a,b\nm,1,2\nn,3,4\n');
  write('catalog/benchmarks/one.yaml', 'name: One\n');
  write('catalog/.gitattributes', '*.csv filter=evil\n');
  write('catalogue/other.csv', 'not the catalog\n');
  write('README.md', 'outside\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');

  write('catalog/benchmarks/one.yaml', 'name: One, edited\n');
  write('catalog/benchmarks/two.csv', 'model,c\nm,5\n');
  write('catalog/benchmarks/two.yaml', 'name: Two\n');
  rmSync(path.join(repo, 'catalog/benchbench.yaml'));
  write('catalog/benchbench.yaml', 'aggregate: {scenarios: [a, b, c]}\n');
  symlinkSync('/etc/passwd', path.join(repo, 'catalog/benchmarks/leak.csv'));
  git('add', '-A');
  git('update-index', '--add', '--cacheinfo', `160000,${base},catalog/benchmarks/sub`);
  git('commit', '-q', '-m', 'head');
  head = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('readCatalogAtRev', () => {
  it('streams blobs whole across git output chunks: large, empty and many', async () => {
    const big = 'model,a\n' + Array.from({ length: 20_000 }, (_, i) => `m${i},${i}`).join('\n') + '\n';
    const other = mkdtempSync(path.join(os.tmpdir(), 'bb-git-stream-'));
    const run = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: other });
    run('init', '-q');
    mkdirSync(path.join(other, 'catalog/benchmarks'), { recursive: true });
    writeFileSync(path.join(other, 'catalog/benchmarks/big.csv'), big);
    writeFileSync(path.join(other, 'catalog/benchmarks/empty.csv'), '');
    for (let i = 0; i < 50; i++)
      writeFileSync(path.join(other, `catalog/benchmarks/s${i}.csv`), `model,x${i}\nm,${i}\n`);
    run('add', '.');
    run('commit', '-q', '-m', 'files');
    const { files } = await readCatalogAtRev(other, 'HEAD', 'catalog');
    rmSync(other, { recursive: true, force: true });
    expect(text(files.get('benchmarks/big.csv'))).toBe(big);
    expect(files.get('benchmarks/empty.csv')?.length).toBe(0);
    for (let i = 0; i < 50; i++)
      expect(text(files.get(`benchmarks/s${i}.csv`))).toBe(`model,x${i}\nm,${i}\n`);
  });

  it('tells each file as its blob arrives, the ones named first first, then in path order', async () => {
    const heard = new Map<string, Uint8Array>();
    let listed: readonly string[] = [];
    const { files } = await readCatalogAtRev(repo, head, 'catalog', undefined, new Map(), {
      first: ['benchmarks/two.csv', 'not/there.yaml'],
      start: (paths) => {
        listed = paths;
        return (p, bytes) => heard.set(p, bytes);
      },
    });
    expect(listed).toEqual([...files.keys()]);
    const rest = [...files.keys()].filter((p) => p !== 'benchmarks/two.csv');
    expect([...heard.keys()]).toEqual(['benchmarks/two.csv', ...rest]);
    for (const [p, bytes] of heard) expect(bytes).toBe(files.get(p));
  });

  it("stops reading at the listener's error, and rejects with it", async () => {
    const failing = readCatalogAtRev(repo, base, 'catalog', undefined, new Map(), {
      first: [],
      start: () => () => {
        throw new RangeError('the listener failed');
      },
    });
    await expect(failing).rejects.toThrow(RangeError);
  });

  it('reads, for the head, only the blobs the base did not have, and shares the others', async () => {
    const blobs = new Map<string, Uint8Array>();
    const before = await readCatalogAtRev(repo, base, 'catalog', undefined, blobs);
    expect(blobs.size).toBe(3);
    const after = await readCatalogAtRev(repo, head, 'catalog', undefined, blobs);
    // one.csv is unchanged: the very same bytes. The edited and new files are read.
    expect(after.files.get('benchmarks/one.csv')).toBe(before.files.get('benchmarks/one.csv'));
    expect(text(after.files.get('benchmarks/one.yaml'))).toBe('name: One, edited\n');
    expect(text(after.files.get('benchmarks/two.csv'))).toBe('model,c\nm,5\n');
    expect(blobs.size).toBe(3 + 4);
  });

  it('reads the blobs of the catalog folder at a commit, with catalog-relative paths', async () => {
    const { files, issues, sha } = await readCatalogAtRev(repo, base, 'catalog');
    expect(sha).toBe(base);
    expect(issues).toEqual([]);
    expect([...files.keys()].sort()).toEqual([
      'benchbench.yaml',
      'benchmarks/one.csv',
      'benchmarks/one.yaml',
    ]);
    expect(text(files.get('benchmarks/one.yaml'))).toBe('name: One\n');
    expect(loadCatalog(files).issues).toEqual([]);
  });

  it('reads the tree as committed, not the working copy', async () => {
    write('catalog/benchmarks/one.yaml', 'name: uncommitted\n');
    const { files } = await readCatalogAtRev(repo, 'HEAD~1', './catalog/');
    expect(text(files.get('benchmarks/one.yaml'))).toBe('name: One\n');
  });

  it('refuses a symlink and a submodule as errors and reads the rest', async () => {
    const { files, issues } = await readCatalogAtRev(repo, head, 'catalog');
    expect(issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['error', 'symlink', 'benchmarks/leak.csv'],
      ['error', 'submodule', 'benchmarks/sub'],
    ]);
    expect([...files.keys()].sort()).toEqual([
      'benchbench.yaml',
      'benchmarks/one.csv',
      'benchmarks/one.yaml',
      'benchmarks/two.csv',
      'benchmarks/two.yaml',
    ]);
  });

  it('reads the whole repository when the catalog folder is its root', async () => {
    const { files } = await readCatalogAtRev(repo, base, '.');
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'catalog/benchbench.yaml',
      'catalog/benchmarks/one.csv',
      'catalog/benchmarks/one.yaml',
      'catalogue/other.csv',
    ]);
  });

  it('refuses a tree entry that would leave the catalog folder', async () => {
    const blob = git('rev-parse', `${base}:README.md`);
    const inner = execFileSync('git', ['mktree'], {
      cwd: repo,
      input: `100644 blob ${blob}\t..\n`,
      encoding: 'utf8',
    }).trim();
    const outer = execFileSync('git', ['mktree'], {
      cwd: repo,
      input: `040000 tree ${inner}\tcatalog\n`,
      encoding: 'utf8',
    }).trim();
    const commit = git('commit-tree', outer, '-m', 'hostile');
    const { files, issues } = await readCatalogAtRev(repo, commit, 'catalog');
    expect(files.size).toBe(0);
    expect(issues).toMatchObject([{ severity: 'error', code: 'path-escape', file: '..' }]);
  });

  it('skips blobs over the size limit with an issue', async () => {
    const { files, issues } = await readCatalogAtRev(repo, base, 'catalog', {
      ...DEFAULT_LIMITS,
      maxFileBytes: 20,
    });
    expect([...files.keys()].sort()).toEqual(['benchmarks/one.yaml']);
    expect(issues.map((i) => [i.code, i.file])).toEqual([
      ['limit-file-bytes', 'benchbench.yaml'],
      ['limit-file-bytes', 'benchmarks/one.csv'],
    ]);
  });

  it('throws GitError for revisions that are not commits or look like options, and for climbing paths', async () => {
    await expect(readCatalogAtRev(repo, 'no-such-branch', 'catalog')).rejects.toBeInstanceOf(GitError);
    await expect(readCatalogAtRev(repo, '--output=/tmp/x', 'catalog')).rejects.toBeInstanceOf(GitError);
    await expect(readCatalogAtRev(repo, base, '../x')).rejects.toBeInstanceOf(GitError);
    await expect(readCatalogAtRev(repo, `${base}:README.md`, 'catalog')).rejects.toBeInstanceOf(GitError);
  });
});

describe('listCatalogAtRev', () => {
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: 20, maxTotalBytes: 30 };

  it("lists the head as ls-tree -l does when given the base's sizes, or any others", async () => {
    const baseListed = await listCatalogAtRev(repo, base, 'catalog', limits);
    const known = new Map(baseListed.wanted.map((b) => [b.sha, b.size]));
    // The head adds blobs the base lacks, one over maxFileBytes, past the total cap, a link and a submodule.
    const alone = await listCatalogAtRev(repo, head, 'catalog', limits);
    expect(alone.issues.map((i) => [i.code, i.file])).toEqual([
      ['limit-file-bytes', 'benchbench.yaml'],
      ['symlink', 'benchmarks/leak.csv'],
      ['limit-file-bytes', 'benchmarks/one.csv'],
      ['submodule', 'benchmarks/sub'],
      ['limit-total-bytes', 'benchmarks/two.yaml'],
    ]);
    expect(await listCatalogAtRev(repo, head, 'catalog', limits, known)).toEqual(alone);
    // Sizes of every blob given, or none: the same listing.
    const all = new Map(alone.wanted.map((b) => [b.sha, b.size]));
    expect(await listCatalogAtRev(repo, head, 'catalog', limits, all)).toEqual(alone);
    expect(await listCatalogAtRev(repo, head, 'catalog', limits, new Map())).toEqual(alone);
  });

  it('trusts the sizes it is given for the blobs they name (a blob id names its bytes)', async () => {
    const alone = await listCatalogAtRev(repo, head, 'catalog', limits);
    const two = alone.wanted.find((b) => b.path === 'benchmarks/two.csv')!;
    const listed = await listCatalogAtRev(repo, head, 'catalog', limits, new Map([[two.sha, 1000]]));
    expect(listed.wanted.map((b) => b.path)).not.toContain('benchmarks/two.csv');
    expect(listed.issues).toContainEqual(
      expect.objectContaining({ code: 'limit-file-bytes', file: 'benchmarks/two.csv' }),
    );
  });

  it('throws GitError when a blob it must size is not in the repository', async () => {
    const absent = '0123456789abcdef0123456789abcdef01234567';
    const tree = execFileSync('git', ['mktree', '--missing'], {
      cwd: repo,
      input: `100644 blob ${absent}\tghost.csv\n`,
      encoding: 'utf8',
    }).trim();
    const commit = git('commit-tree', tree, '-m', 'a tree with a missing blob');
    await expect(listCatalogAtRev(repo, commit, '.', limits, new Map())).rejects.toThrow(
      new GitError(`git cat-file --batch-check found no object ${absent}`),
    );
  });
});

describe('changedFiles', () => {
  it('lists added, modified and deleted files of the catalog folder, catalog-relative', async () => {
    expect(await changedFiles(repo, base, head, 'catalog')).toEqual([
      { status: 'modified', path: 'benchbench.yaml' },
      { status: 'added', path: 'benchmarks/leak.csv' },
      { status: 'modified', path: 'benchmarks/one.yaml' },
      { status: 'added', path: 'benchmarks/sub' },
      { status: 'added', path: 'benchmarks/two.csv' },
      { status: 'added', path: 'benchmarks/two.yaml' },
    ]);
    expect(await changedFiles(repo, head, base, 'catalog')).toContainEqual({
      status: 'deleted',
      path: 'benchmarks/two.csv',
    });
    expect(await changedFiles(repo, base, base, 'catalog')).toEqual([]);
  });
});
