/**
 * A read-only map stored as arrays instead of a Map: key k is `keys[keyIndex[k]]` (or `keys[k]`
 * when there is no keyIndex) and its value `values[k]`. The files of a large catalog share
 * their model names, so the arrays hold shared strings and plain numbers: a tenth of the memory
 * of a Map per scenario. The key -> position index is built on the first look-up only;
 * iteration (what scoring uses) needs none. Keys must be distinct.
 */
export class CompactMap<V> implements ReadonlyMap<string, V> {
  private index: Map<string, number> | undefined;

  constructor(
    private readonly keys_: readonly string[],
    private readonly keyIndex: ArrayLike<number> | null,
    private readonly values_: ArrayLike<V>,
  ) {}

  get size(): number {
    return this.values_.length;
  }

  get(key: string): V | undefined {
    const k = this.lookup().get(key);
    return k === undefined ? undefined : this.values_[k];
  }

  has(key: string): boolean {
    return this.lookup().has(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.values_.length; k++)
      callback.call(thisArg, this.values_[k]!, this.keyAt(k), this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let k = 0; k < this.values_.length; k++) yield [this.keyAt(k), this.values_[k]!];
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.values_.length; k++) yield this.keyAt(k);
  }

  *values(): MapIterator<V> {
    for (let k = 0; k < this.values_.length; k++) yield this.values_[k]!;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private keyAt(k: number): string {
    return this.keys_[this.keyIndex ? this.keyIndex[k]! : k]!;
  }

  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let k = 0; k < this.values_.length; k++) this.index.set(this.keyAt(k), k);
    }
    return this.index;
  }
}
