/**
 * The files of a catalog folder read on demand: listed (and sized) first, each read when the
 * loader asks for it, one at a time, and not kept, so a large catalog is never in memory as
 * files, only as what its parsing keeps. A read is synchronous (the loader is), opened with
 * O_NOFOLLOW and checked again as a regular file within `maxFileBytes`. A file that cannot be
 * read when asked for (removed, swapped for a link, grown past the cap since it was listed) is
 * reported once through `unread` and is from then on not part of the catalog. Each `get` reads
 * the file again: a reader that needs the bytes twice reads twice.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export class FolderFiles implements ReadonlyMap<string, Uint8Array> {
  /**
   * `listed`: relative path -> full path, in path order. `unread` hears of a file that cannot be
   * read, with the reason: an error code, or TOO_LARGE / ENOTFILE.
   */
  constructor(
    private readonly listed: Map<string, string>,
    private readonly maxFileBytes: number,
    private readonly unread: (path: string, reason: string) => void,
  ) {}

  get size(): number {
    return this.listed.size;
  }

  has(path: string): boolean {
    return this.listed.has(path);
  }

  get(path: string): Uint8Array | undefined {
    const full = this.listed.get(path);
    if (full === undefined) return undefined;
    const bytes = readRegularFileSync(full, this.maxFileBytes);
    if (typeof bytes !== 'string') return bytes;
    this.listed.delete(path);
    this.unread(path, bytes);
    return undefined;
  }

  keys(): MapIterator<string> {
    return this.listed.keys();
  }

  *entries(): MapIterator<[string, Uint8Array]> {
    for (const path of [...this.listed.keys()]) {
      const bytes = this.get(path);
      if (bytes) yield [path, bytes];
    }
  }

  *values(): MapIterator<Uint8Array> {
    for (const [, bytes] of this.entries()) yield bytes;
  }

  forEach(
    callback: (value: Uint8Array, key: string, map: ReadonlyMap<string, Uint8Array>) => void,
    thisArg?: unknown,
  ): void {
    for (const [path, bytes] of this.entries()) callback.call(thisArg, bytes, path, this);
  }

  [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }
}

/**
 * The bytes of a regular file of at most `maxBytes` (not through a link), or why not: an error
 * code, or TOO_LARGE / ENOTFILE. Synchronous: for the small files of a catalog, four system calls
 * in a row take a tenth of the time that a round trip through libuv's thread pool for each does.
 */
export function readRegularFileSync(full: string, maxBytes: number): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'ENOTFILE';
    if (stat.size > maxBytes) return 'TOO_LARGE';
    const buffer = readFileSync(fd);
    if (buffer.length > maxBytes) return 'TOO_LARGE';
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  } finally {
    closeSync(fd);
  }
}
