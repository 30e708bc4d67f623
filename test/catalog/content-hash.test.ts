import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/catalog/content-hash.js';

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

  it('hashes an empty catalog to the hash of nothing', () => {
    expect(contentHash(new Map())).toBe(`sha256:${createHash('sha256').digest('hex')}`);
  });
});
