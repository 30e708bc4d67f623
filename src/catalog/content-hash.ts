/**
 * `sha256:<hex>` of a catalog: for each file in path order (JavaScript string order), the
 * path's UTF-8 length (8 bytes, big-endian), the path, the content's length (8 bytes) and the
 * content. Length prefixes make the encoding unambiguous: moving bytes between a path and its
 * content, or between two files, changes the hash. The same files always give the same hash.
 */
import { createHash, type Hash } from 'node:crypto';
import { sameBytes } from './file-memo.js';
import type { CatalogFiles } from './types.js';

export function contentHash(files: CatalogFiles): string {
  const hash = createHash('sha256');
  // One file at a time: a folder read on demand (sources/folder-files.ts) is never all in memory.
  for (const [path, bytes] of inPathOrder(files)) addFile(hash, path, bytes);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * contentHash of catalogs that share most files (a pull request's base and head), with each
 * shared file hashed once: the hash's state after each file of the last catalog hashed is
 * kept, and a catalog that starts with the same paths and bytes goes on from the state after
 * them. The same hash as contentHash's, for the same bytes. It keeps every file's bytes: for
 * catalogs in memory (git snapshots), not for a folder read on demand.
 */
export class ContentHashes {
  /** The last catalog's files in path order, each with the hash's state after it. */
  private after: { readonly path: string; readonly bytes: Uint8Array; readonly state: Hash }[] = [];

  of(files: CatalogFiles): string {
    const list = [...inPathOrder(files)];
    let k = 0;
    while (k < list.length && k < this.after.length && sameFile(this.after[k]!, list[k]!)) k++;
    const hash = k > 0 ? this.after[k - 1]!.state.copy() : createHash('sha256');
    const after = this.after.slice(0, k);
    for (const [path, bytes] of list.slice(k)) {
      addFile(hash, path, bytes);
      after.push({ path, bytes, state: hash.copy() });
    }
    this.after = after;
    return `sha256:${hash.digest('hex')}`;
  }

  /**
   * Hashes a file of the next catalog ahead of `of`, while it is still arriving (a git revision
   * streamed blob by blob), in path order; `of` then goes on from them when the catalog has the
   * same files first. A file that does not come after the last one hashed starts anew.
   */
  ahead(path: string, bytes: Uint8Array): void {
    if (this.after.length > 0 && !(this.after.at(-1)!.path < path)) this.after = [];
    const last = this.after.at(-1);
    const hash = last ? last.state.copy() : createHash('sha256');
    addFile(hash, path, bytes);
    this.after.push({ path, bytes, state: hash });
  }
}

const sameFile = (a: { path: string; bytes: Uint8Array }, [path, bytes]: [string, Uint8Array]): boolean =>
  a.path === path && sameBytes(a.bytes, bytes);

/** The files by path (JavaScript string order), each read when reached, without those that could not be. */
function* inPathOrder(files: CatalogFiles): Generator<[string, Uint8Array]> {
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path);
    // A file read on demand that could not be read any more is not part of the catalog.
    if (bytes !== undefined) yield [path, bytes];
  }
}

function addFile(hash: Hash, path: string, bytes: Uint8Array): void {
  const name = Buffer.from(path, 'utf8');
  hash.update(length(name.length)).update(name).update(length(bytes.length)).update(bytes);
}

function length(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}
