/**
 * `sha256:<hex>` of a catalog: for each file in path order (JavaScript string order), the
 * path's UTF-8 length (8 bytes, big-endian), the path, the content's length (8 bytes) and the
 * content. Length prefixes make the encoding unambiguous: moving bytes between a path and its
 * content, or between two files, changes the hash. The same files always give the same hash.
 */
import { createHash } from 'node:crypto';
import type { CatalogFiles } from './types.js';

export function contentHash(files: CatalogFiles): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path);
    // A file read on demand that could not be read any more is not part of the catalog.
    if (bytes === undefined) continue;
    const name = Buffer.from(path, 'utf8');
    hash.update(length(name.length)).update(name).update(length(bytes.length)).update(bytes);
  }
  return `sha256:${hash.digest('hex')}`;
}

function length(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}
