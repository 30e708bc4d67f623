/**
 * What loading a catalog file gave, remembered by the file's path and bytes, so that loading
 * two catalogs that share most files (a pull request's base and head) reads each shared file
 * once. An entry is reused only when the path, the bytes (compared in full, not by a hash) and
 * every dependency (compared with ===) are the same; otherwise it is computed and replaces the
 * entry of that path. One memo lives as long as its owner keeps it: create one per comparison,
 * not one per process. Values must be treated as immutable by everyone who gets them.
 */
export class FileMemo {
  private readonly entries = new Map<
    string,
    { bytes: Uint8Array; deps: readonly unknown[]; value: unknown }
  >();

  /** The remembered value of `compute` for this step, path, bytes and dependencies, or a new one. */
  get<T>(step: string, path: string, bytes: Uint8Array, deps: readonly unknown[], compute: () => T): T {
    const key = `${step}\0${path}`;
    const entry = this.entries.get(key);
    if (
      entry &&
      sameBytes(entry.bytes, bytes) &&
      entry.deps.length === deps.length &&
      entry.deps.every((d, i) => d === deps[i])
    ) {
      return entry.value as T;
    }
    const value = compute();
    this.entries.set(key, { bytes, deps, value });
    return value;
  }

  /** A value that belongs to no file (a model table): the same while `deps` are (===). */
  shared<T>(step: string, deps: readonly unknown[], compute: () => T): T {
    return this.get(step, '', NO_BYTES, deps, compute);
  }
}

const NO_BYTES = new Uint8Array(0);

/** Equal bytes (the same array, or the same length and contents). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
