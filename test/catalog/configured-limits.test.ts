import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogAtRev } from '../../src/sources/read-git.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';

let dir: string;
const big = 'model,s\n' + 'a,1\n'.repeat(400); // 1,608 bytes

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-limits-'));
  mkdirSync(path.join(dir, 'catalog', 'benchmarks'), { recursive: true });
  writeFileSync(path.join(dir, 'catalog', 'benchmarks', 'big.csv'), big);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (maxFileBytes: number) =>
  writeFileSync(
    path.join(dir, 'catalog', 'benchbench.yaml'),
    `aggregate:\n  scenarios: [a, b]\nlimits:\n  max_file_bytes: ${maxFileBytes}\n`,
  );

describe("the readers honour the catalog's own max_file_bytes", () => {
  it('refuses a file over a lowered limit, naming the limit', async () => {
    config(1000);
    const read = await readCatalogFolder(path.join(dir, 'catalog'));
    expect(read.files.has('benchmarks/big.csv')).toBe(false);
    expect(read.issues).toContainEqual(
      expect.objectContaining({ code: 'limit-file-bytes', file: 'benchmarks/big.csv' }),
    );
  });

  it('reads a file under a raised limit', async () => {
    config(5000);
    const read = await readCatalogFolder(path.join(dir, 'catalog'), undefined);
    expect(read.files.has('benchmarks/big.csv')).toBe(true);
    expect(
      await readCatalogFolder(path.join(dir, 'catalog'), { ...DEFAULT_LIMITS, maxFileBytes: 1000 }),
    ).toMatchObject({ issues: [expect.objectContaining({ code: 'limit-file-bytes' })] });
  });

  it('applies the limit configured at the revision read from git, unless the caller gives one', async () => {
    config(1000);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const atRev = await readCatalogAtRev(dir, 'HEAD', 'catalog');
    expect(atRev.issues).toContainEqual(
      expect.objectContaining({ code: 'limit-file-bytes', file: 'benchmarks/big.csv' }),
    );
    const given = await readCatalogAtRev(dir, 'HEAD', 'catalog', { ...DEFAULT_LIMITS, maxFileBytes: 5000 });
    expect(given.files.has('benchmarks/big.csv')).toBe(true);
  });
});
