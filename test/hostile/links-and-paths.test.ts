/**
 * Links and names that try to lead somewhere else: a symbolic link to a file outside the
 * repository (in a folder and in a git commit), and file names with `..`, a line break or a
 * leading `-`. Links are never followed (an error issue names them); odd names are read as
 * the plain names they are, never as paths, options or lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';
import { changedFiles, readCatalogAtRev } from '../../src/sources/read-git.js';
import { GitError } from '../../src/sources/run-git.js';
import { baseCatalog, fullCatalog } from '../action/helpers/catalogs.js';
import { ensureBuilt, pullRequestEvent, runAction, tempRepo } from '../action/helpers/run-action.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { baseFiles, FAST } from './catalog.js';

const SECRET = 'ghp_THIS-IS-A-SECRET-OUTSIDE-THE-CATALOG';
const ODD = ['benchmarks/-rf.csv', 'benchmarks/a..b.csv', 'benchmarks/new\nline.csv'];
const METADATA = 'name: Odd\ndirection: higher\n';
const RESULTS = 'model,{id}\nalpha,1\nbravo,2\n';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

/** A catalog folder in `root` with the base files, odd names and two links that leave it. */
function writeHostileFolder(root: string, catalog: string): void {
  mkdirSync(path.join(catalog, 'benchmarks'), { recursive: true });
  for (const [p, bytes] of baseFiles()) writeFileSync(path.join(catalog, p), bytes);
  ODD.forEach((p, i) => {
    writeFileSync(path.join(catalog, p), RESULTS.replace('{id}', `odd_${i}`));
    writeFileSync(path.join(catalog, p.replace(/\.csv$/, '.yaml')), METADATA);
  });
  writeFileSync(path.join(root, 'secret.csv'), `model,leak\n${SECRET},1\n`);
  symlinkSync(path.join(root, 'secret.csv'), path.join(catalog, 'benchmarks/absolute.csv'));
  symlinkSync('../../secret.csv', path.join(catalog, 'benchmarks/relative.csv'));
  symlinkSync('../..', path.join(catalog, 'benchmarks/up'));
}

describe('links and odd names', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'benchbench-links-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it(
    'never follows a link out of a catalog folder, and reads odd names as names',
    async () => {
      const catalog = path.join(root, 'repo', 'catalog');
      writeHostileFolder(root, catalog);
      const read = await readCatalogFolder(catalog);
      expect(read.issues.map((i) => [i.code, i.file])).toEqual([
        ['symlink', 'benchmarks/absolute.csv'],
        ['symlink', 'benchmarks/relative.csv'],
        ['symlink', 'benchmarks/up'],
      ]);
      for (const bytes of read.files.values()) expect(Buffer.from(bytes).toString()).not.toContain(SECRET);
      const loaded = loadCatalog(read.files);
      expect(loaded.issues).toEqual([]);
      expect(loaded.benchmarks.map((b) => b.id).sort()).toEqual(['-rf', 'a..b', 'base', 'new\nline']);
    },
    FAST,
  );

  it(
    'never reads a link out of a git commit, and lists odd names exactly',
    async () => {
      const repo = path.join(root, 'repo');
      mkdirSync(repo);
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'config', 'user.email', 't@example.com');
      git(repo, 'config', 'user.name', 'T');
      git(repo, 'commit', '-q', '--allow-empty', '-m', 'empty');
      const base = git(repo, 'rev-parse', 'HEAD');
      writeHostileFolder(root, path.join(repo, 'catalog'));
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'hostile');

      const read = await readCatalogAtRev(repo, 'HEAD', 'catalog');
      expect(read.issues.map((i) => [i.code, i.file])).toEqual([
        ['symlink', 'benchmarks/absolute.csv'],
        ['symlink', 'benchmarks/relative.csv'],
        ['symlink', 'benchmarks/up'],
      ]);
      expect([...read.files.keys()].filter((p) => ODD.includes(p)).sort()).toEqual([...ODD].sort());
      for (const bytes of read.files.values()) expect(Buffer.from(bytes).toString()).not.toContain(SECRET);
      const changed = await changedFiles(repo, base, 'HEAD', 'catalog');
      expect(changed.map((c) => c.path)).toEqual(expect.arrayContaining([...ODD, 'benchmarks/absolute.csv']));
    },
    FAST,
  );

  it('refuses a revision that looks like an option and a catalog folder outside the repository', async () => {
    const repo = path.join(root, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    await expect(readCatalogAtRev(repo, '--output=/tmp/x', 'catalog')).rejects.toThrow(GitError);
    await expect(readCatalogAtRev(repo, 'HEAD', '../outside')).rejects.toThrow(/inside the repository/);
  });
});

describe('a pull request that adds a link to a secret outside the repository', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('fails the check with a symlink annotation, and the secret appears nowhere', async () => {
    const fake = await startFakeGitHub({ tokens: { ghs_write: { login: null, canWrite: true } } });
    const repo = tempRepo();
    try {
      const base = repo.commit(baseCatalog(), 'base');
      writeFileSync(
        path.join(repo.dir, '..', `${path.basename(repo.dir)}-secret.csv`),
        `model,leak\n${SECRET},1\n`,
      );
      const files = fullCatalog();
      files.set('benchmarks/leak.yaml', METADATA);
      // Commit the catalog, then add the link beside it.
      repo.commit(files, 'add');
      symlinkSync(
        `../../../${path.basename(repo.dir)}-secret.csv`,
        path.join(repo.dir, 'catalog/benchmarks/leak.csv'),
      );
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-q', '-m', 'link');
      const head = git(repo.dir, 'rev-parse', 'HEAD');

      const run = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        payload: pullRequestEvent({ number: 3, baseSha: base, headSha: head }),
        apiUrl: fake.url,
      });
      expect(run.code).toBe(1);
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          kind: 'error',
          properties: expect.objectContaining({
            file: 'catalog/benchmarks/leak.csv',
            title: 'benchbench: symlink',
          }),
        }),
      );
      const comment = fake.state.commentsOn('acme', 'catalog', 3)[0]!.body;
      for (const text of [run.stdout, run.stderr, run.summary, comment]) expect(text).not.toContain(SECRET);
      expect(comment).toMatch(/symlink/);
    } finally {
      await fake.close();
      rmSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-secret.csv`), { force: true });
      repo.remove();
    }
  });
});
