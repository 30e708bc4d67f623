import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bb-folder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, entries: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('readCatalogFolder', () => {
  it('reads every file with a /-separated relative path, skipping dotfiles', async () => {
    const root = folder('plain', {
      'benchbench.yaml': 'aggregate: {scenarios: [a, b]}\n',
      'benchmarks/one.csv': 'model,a,b\nm,1,2\n',
      'benchmarks/one.yaml': 'name: One\n',
      'benchmarks/.hidden.csv': 'x',
      '.git/config': 'x',
    });
    const { files, issues } = await readCatalogFolder(root);
    expect(issues).toEqual([]);
    expect([...files.keys()]).toEqual(['benchbench.yaml', 'benchmarks/one.csv', 'benchmarks/one.yaml']);
    expect(Buffer.from(files.get('benchmarks/one.yaml')!).toString()).toBe('name: One\n');
    const catalog = loadCatalog(files);
    expect(catalog.issues).toEqual([]);
    expect(catalog.benchmarks.map((b) => b.scenarios.map((s) => s.id))).toEqual([['a', 'b']]);
  });

  it('refuses symbolic links to files and folders, outside or inside, as issues', async () => {
    const root = folder('links', { 'benchmarks/one.csv': 'model,a\n' });
    writeFileSync(path.join(tmp, 'secret.txt'), 'token');
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'benchmarks/leak.csv'));
    symlinkSync('one.csv', path.join(root, 'benchmarks/alias.csv'));
    symlinkSync(tmp, path.join(root, 'up'));
    const { files, issues } = await readCatalogFolder(root);
    expect([...files.keys()]).toEqual(['benchmarks/one.csv']);
    expect(issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['error', 'symlink', 'benchmarks/alias.csv'],
      ['error', 'symlink', 'benchmarks/leak.csv'],
      ['error', 'symlink', 'up'],
    ]);
  });

  it('does not read files over the size limit', async () => {
    const root = folder('big', { 'a.csv': 'x'.repeat(100), 'b.csv': 'y' });
    const { files, issues } = await readCatalogFolder(root, { ...DEFAULT_LIMITS, maxFileBytes: 10 });
    expect([...files.keys()]).toEqual(['b.csv']);
    expect(issues).toMatchObject([{ code: 'limit-file-bytes', file: 'a.csv' }]);
  });

  it('reports a missing folder as an issue', async () => {
    const { files, issues } = await readCatalogFolder(path.join(tmp, 'nope'));
    expect(files.size).toBe(0);
    expect(issues).toMatchObject([{ severity: 'error', code: 'not-a-folder' }]);
  });
});

describe('readCatalogFolder on demand', () => {
  const entries = {
    'benchbench.yaml': 'aggregate: {scenarios: [a, b]}\n',
    'benchmarks/one.csv': 'model,a,b\nm,1,2\nn,3,4\n',
    'benchmarks/one.yaml': 'name: One\n',
    'benchmarks/two.csv': 'model,c\nm,1\n',
    'benchmarks/two.yaml': 'name: Two\n',
    'benchmarks/big.csv': 'x'.repeat(400),
  };
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: 300, maxTotalBytes: 80 };

  it('lists the files, the caps and the links as reading them now does, and loads the same catalog', async () => {
    const root = folder('on-demand', entries);
    symlinkSync('one.csv', path.join(root, 'benchmarks/alias.csv'));
    const now = await readCatalogFolder(root, limits);
    const later = await readCatalogFolder(root, limits, undefined, true);
    expect([...later.files.keys()]).toEqual([...now.files.keys()]);
    expect(later.issues).toEqual(now.issues);
    expect(later.issues.map((i) => [i.code, i.file])).toEqual([
      ['symlink', 'benchmarks/alias.csv'],
      ['limit-file-bytes', 'benchmarks/big.csv'],
      ['limit-total-bytes', 'benchmarks/two.yaml'],
    ]);
    expect(loadCatalog(later.files)).toEqual(loadCatalog(now.files));
  });

  it('reads a file each time it is asked for and keeps none', async () => {
    const root = folder('on-demand-fresh', entries);
    const { files } = await readCatalogFolder(root, undefined, undefined, true);
    const first = files.get('benchmarks/one.yaml')!;
    expect(Buffer.from(first).toString()).toBe('name: One\n');
    writeFileSync(path.join(root, 'benchmarks/one.yaml'), 'name: Uno\n');
    expect(Buffer.from(files.get('benchmarks/one.yaml')!).toString()).toBe('name: Uno\n');
    expect(new Map(files).get('benchmarks/one.yaml')).not.toBe(first);
  });

  it('reports a file removed, swapped for a link or grown past the cap after listing, once, and leaves it out', async () => {
    const root = folder('on-demand-changed', entries);
    const read = await readCatalogFolder(root, { ...limits, maxTotalBytes: 10_000 }, undefined, true);
    rmSync(path.join(root, 'benchmarks/two.yaml'));
    rmSync(path.join(root, 'benchmarks/two.csv'));
    symlinkSync('one.csv', path.join(root, 'benchmarks/two.csv'));
    writeFileSync(path.join(root, 'benchmarks/one.yaml'), `name: ${'o'.repeat(400)}\n`);
    const catalog = loadCatalog(read.files);
    expect(read.issues.map((i) => [i.code, i.file])).toEqual([
      ['limit-file-bytes', 'benchmarks/big.csv'],
      ['limit-file-bytes', 'benchmarks/one.yaml'],
      ['symlink', 'benchmarks/two.csv'],
      ['unreadable-file', 'benchmarks/two.yaml'],
    ]);
    expect([...read.files.keys()]).toEqual(['benchbench.yaml', 'benchmarks/one.csv']);
    expect(catalog.benchmarks.map((b) => b.id)).toEqual(['one']);
    expect(catalog.contentHash).toBe(loadCatalog(new Map(read.files)).contentHash);
  });
});
