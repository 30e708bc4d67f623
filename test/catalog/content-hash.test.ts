import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ContentHashes, contentHash } from '../../src/catalog/content-hash.js';

const files = (entries: [string, string][]) =>
  new Map(entries.map(([p, c]) => [p, new Uint8Array(Buffer.from(c, 'utf8'))]));

describe('contentHash', () => {
  it('hashes the length-prefixed path and bytes of each file', () => {
    const expected = createHash('sha256')
      .update(Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]))
      .update('a')
      .update(Buffer.from([0, 0, 0, 0, 0, 0, 0, 2]))
      .update('xy')
      .digest('hex');
    expect(contentHash(files([['a', 'xy']]))).toBe(`sha256:${expected}`);
  });

  it('does not depend on the order files were found in', () => {
    expect(
      contentHash(
        files([
          ['b', '2'],
          ['a', '1'],
        ]),
      ),
    ).toBe(
      contentHash(
        files([
          ['a', '1'],
          ['b', '2'],
        ]),
      ),
    );
  });

  it('changes when a byte, a path, or the split between files changes', () => {
    const base = contentHash(
      files([
        ['a', '12'],
        ['b', '3'],
      ]),
    );
    expect(
      contentHash(
        files([
          ['a', '12'],
          ['b', '4'],
        ]),
      ),
    ).not.toBe(base);
    expect(
      contentHash(
        files([
          ['a', '12'],
          ['c', '3'],
        ]),
      ),
    ).not.toBe(base);
    expect(
      contentHash(
        files([
          ['a', '1'],
          ['b', '23'],
        ]),
      ),
    ).not.toBe(base);
  });

  it('hashes a folder read on demand one file at a time (each read may reuse the memory of the last)', () => {
    const contents = files([
      ['a', 'first'],
      ['b', 'second'],
    ]);
    const scratch = new Uint8Array(16);
    // Every get() writes into the same array, as a reader that keeps no file may.
    const onDemand = new Map(contents);
    onDemand.get = (path: string) => {
      const bytes = contents.get(path);
      if (!bytes) return undefined;
      scratch.set(bytes);
      return scratch.subarray(0, bytes.length);
    };
    expect(contentHash(onDemand)).toBe(contentHash(contents));
  });

  it('hashes an empty catalog to the hash of nothing', () => {
    expect(contentHash(new Map())).toBe(`sha256:${createHash('sha256').digest('hex')}`);
  });
});

describe('ContentHashes', () => {
  const catalog = fc.uniqueArray(
    fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.string({ maxLength: 3 })),
    {
      selector: ([path]) => path,
      maxLength: 6,
    },
  );

  it("gives each catalog of a sequence contentHash's hash, whatever files they share", () => {
    fc.assert(
      fc.property(fc.array(catalog, { minLength: 1, maxLength: 5 }), (catalogs) => {
        const hashes = new ContentHashes();
        for (const entries of catalogs) expect(hashes.of(files(entries))).toBe(contentHash(files(entries)));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes only the files after those a catalog shares with the start of the one before', () => {
    const update = vi.spyOn(Object.getPrototypeOf(createHash('sha256')), 'update');
    const hashes = new ContentHashes();
    const base = files([
      ['a', '1'],
      ['b', '2'],
    ]);
    hashes.of(base);
    update.mockClear();
    // The head adds a file after the base's: four updates (lengths, path, bytes) for it alone.
    const head = new Map([...base, ['c', new Uint8Array([51])]]);
    const hash = hashes.of(head);
    const updates = update.mock.calls.length;
    update.mockRestore();
    expect(updates).toBe(4);
    expect(hash).toBe(contentHash(head));
  });

  it("hashes a catalog's files ahead, in path order as they arrive, and `of` then hashes only the rest", () => {
    const update = vi.spyOn(Object.getPrototypeOf(createHash('sha256')), 'update');
    const hashes = new ContentHashes();
    const catalog = files([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    hashes.ahead('a', catalog.get('a')!);
    hashes.ahead('b', catalog.get('b')!);
    update.mockClear();
    const hash = hashes.of(catalog);
    const updates = update.mock.calls.length;
    update.mockRestore();
    expect(updates).toBe(4);
    expect(hash).toBe(contentHash(catalog));
  });

  it("gives contentHash's hash whatever was hashed ahead: other files, other bytes, out of order", () => {
    const entry = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('', '1', '22'));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), catalog, (ahead, entries) => {
        const hashes = new ContentHashes();
        for (const [path, text] of ahead) hashes.ahead(path, new Uint8Array(Buffer.from(text)));
        expect(hashes.of(files(entries))).toBe(contentHash(files(entries)));
      }),
      { numRuns: 300 },
    );
  });
});
