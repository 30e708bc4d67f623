import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRevisions } from '../../src/sources/read-revisions.js';
import { GitError } from '../../src/sources/run-git.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { FileMemo } from '../../src/catalog/file-memo.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);
const config = (limits = '') => `aggregate: {scenarios: [a, b]}\n${limits}`;
const rows = (n: number) => 'model,a\n' + Array.from({ length: n }, (_, i) => `m${i},${i}\n`).join('');

describe('readRevisions: two revisions of a catalog from git objects', () => {
  let repo: GitRepo;
  beforeEach(() => {
    repo = gitRepo('bb-revisions-');
  });
  afterEach(() => repo.remove());

  it("reads the head with the base's limits, so a pull request cannot raise its own", async () => {
    repo.write('catalog/benchbench.yaml', config('limits: {max_file_bytes: 200}\n'));
    repo.write('catalog/benchmarks/one.csv', rows(3));
    const base = repo.commit('base');
    repo.write('catalog/benchbench.yaml', config('limits: {max_file_bytes: 100000}\n'));
    repo.write('catalog/benchmarks/big.csv', rows(100));
    const head = repo.commit('head raises its limit');

    const read = await readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head });
    expect(read.limits.maxFileBytes).toBe(200);
    expect(read.head.files.has('benchmarks/big.csv')).toBe(false);
    expect(read.head.issues).toContainEqual(
      expect.objectContaining({ code: 'limit-file-bytes', file: 'benchmarks/big.csv' }),
    );
    expect(read.base.issues).toEqual([]);
  });

  it('reads both with the default limits when the base has no catalog', async () => {
    repo.write('README.md', 'no catalog yet\n');
    const base = repo.commit('base');
    repo.write('catalog/benchbench.yaml', config('limits: {max_file_bytes: 100}\n'));
    repo.write('catalog/benchmarks/one.csv', rows(30));
    const head = repo.commit('a new catalog');

    const read = await readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head });
    expect(read.limits).toEqual(DEFAULT_LIMITS);
    expect(read.base.files.size).toBe(0);
    expect(read.head.files.has('benchmarks/one.csv')).toBe(true);
  });

  it('lists the changed files of the catalog folder only, and resolves both commits', async () => {
    repo.write('catalog/benchbench.yaml', config());
    repo.write('catalog/benchmarks/one.csv', rows(2));
    repo.write('catalog/benchmarks/gone.csv', rows(2));
    repo.write('docs/outside.md', 'outside\n');
    const base = repo.commit('base');
    repo.write('catalog/benchmarks/one.csv', rows(3));
    repo.delete('catalog/benchmarks/gone.csv');
    repo.write('catalog/benchmarks/two.csv', rows(1));
    repo.write('docs/outside.md', 'changed outside\n');
    const head = repo.commit('head');
    repo.git('branch', 'feature', head);

    const read = await readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head: 'feature' });
    expect(read.base.sha).toBe(base);
    expect(read.head.sha).toBe(head);
    expect(read.changed).toEqual([
      { status: 'deleted', path: 'benchmarks/gone.csv' },
      { status: 'modified', path: 'benchmarks/one.csv' },
      { status: 'added', path: 'benchmarks/two.csv' },
    ]);
    expect(text(read.head.files.get('benchmarks/two.csv'))).toBe(rows(1));
  });

  it("shares the bytes of the files the head did not change with the base's", async () => {
    repo.write('catalog/benchbench.yaml', config());
    repo.write('catalog/benchmarks/same.csv', rows(5));
    const base = repo.commit('base');
    repo.write('catalog/benchmarks/new.csv', rows(2));
    const head = repo.commit('head');

    const read = await readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head });
    expect(read.head.files.get('benchmarks/same.csv')).toBe(read.base.files.get('benchmarks/same.csv'));
  });

  it('reads the base into its memo while git sends it: loading the base again parses no file', async () => {
    repo.write('catalog/benchbench.yaml', config());
    repo.write('catalog/models.yaml', 'models:\n  m1: {name: M1, aliases: [em-one]}\n');
    for (const id of ['a', 'b', 'c']) {
      repo.write(`catalog/benchmarks/${id}.csv`, 'model,' + id + '\n' + 'm0,1\nem-one,2\nm2,3\n');
      repo.write(`catalog/benchmarks/${id}.yaml`, `name: ${id.toUpperCase()}\n`);
    }
    repo.write('catalog/benchmarks/group/d.csv', 'model,d\nm0,4\nm2,5\n');
    repo.write('catalog/benchmarks/same-as-a.csv', 'model,a\nm0,1\nem-one,2\nm2,3\n');
    const base = repo.commit('base');
    repo.write('catalog/benchmarks/e.csv', 'model,e\nm0,1\nm2,2\n');
    const head = repo.commit('head');

    const read = await readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head });
    const computed: string[] = [];
    class Counting extends FileMemo {
      override get<T>(
        step: string,
        path: string,
        bytes: Uint8Array,
        deps: readonly unknown[],
        compute: () => T,
      ): T {
        // Everything but the hasher of the memo's catalogs (content-hash.ts), made on first use.
        const counted = () => (step !== 'content-hashes' && computed.push(`${step} ${path}`), compute());
        return super.get(step, path, bytes, deps, counted);
      }
    }
    Object.setPrototypeOf(read.memo, Counting.prototype);
    const loaded = loadCatalog(read.base.files, { memo: read.memo });
    expect(computed).toEqual([]);
    expect(loaded.benchmarks.map((b) => b.file)).toEqual([
      'benchmarks/a.csv',
      'benchmarks/b.csv',
      'benchmarks/c.csv',
      'benchmarks/group/d.csv',
      'benchmarks/same-as-a.csv',
    ]);
    // The same report as from a memo of its own, byte for byte.
    const input = {
      ...read,
      changedFiles: read.changed.map((c) => c.path),
      repository: '',
      pullRequest: null,
    };
    const withRead = buildPrReport({ ...input, catalogDir: 'catalog', clock: () => 0 });
    const fresh = buildPrReport({ ...input, memo: undefined, catalogDir: 'catalog', clock: () => 0 });
    expect(JSON.stringify(withRead)).toBe(JSON.stringify(fresh));
  });

  it('tells when it starts reading each side, base first', async () => {
    repo.write('catalog/benchbench.yaml', config());
    const base = repo.commit('base');
    const heard: string[] = [];
    await readRevisions({
      repoDir: repo.dir,
      catalogDir: 'catalog',
      base,
      head: base,
      onRead: (side) => heard.push(side),
    });
    expect(heard).toEqual(['base', 'head']);
  });

  it('throws a GitError for a revision that is no commit, saying how to fetch both', async () => {
    repo.write('catalog/benchbench.yaml', config());
    const base = repo.commit('base');
    const read = readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base, head: 'no-such-branch' });
    await expect(read).rejects.toBeInstanceOf(GitError);
    await expect(read).rejects.toThrow(/no-such-branch.*fetch-depth: 0/);
    await expect(
      readRevisions({ repoDir: repo.dir, catalogDir: 'catalog', base: '--output=/tmp/x', head: base }),
    ).rejects.toThrow(/Not a revision/);
  });
});
