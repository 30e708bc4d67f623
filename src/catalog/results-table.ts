/**
 * The one home of a catalog's model numbering and of the typed arrays its scores live in.
 *
 * A `ModelTable` numbers canonical model ids once, for every file of a catalog, and for both
 * catalogs of a pull request when they share models.yaml and the naming rules (FileMemo keeps
 * one table per registry and naming). A scenario's scores are then two typed arrays, model
 * numbers and values (`ModelColumn`): nothing for the garbage collector to trace, and the
 * score matrix is filled from numbers, not by looking names up (core/score-matrix.ts). What a
 * parser reads (names as written) becomes numbers here, through `spellingNumber`, which
 * resolves each spelling once (normalisation and aliases: model-names.ts).
 */
import type { NumberedScores } from '../core/score-matrix.js';
import { grown } from './grown.js';
import { resolveModel } from './model-names.js';
import { ModelSpellings } from './model-spellings.js';
import type { ModelNaming, ModelRegistry } from './types.js';

export class ModelTable {
  /** Canonical id of model number n. */
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Names as written, numbered once per table (model-spellings.ts). */
  readonly spellings = new ModelSpellings();
  /** Spelling number -> 1 + its model number (0: not resolved yet), grown by doubling. */
  private modelOf = new Int32Array(256);
  /** Model number -> the stamp of the last file that named it (see `startFile`), grown by doubling. */
  private lastFile = new Int32Array(256);
  private file = 0;

  constructor(
    readonly registry: ModelRegistry,
    readonly naming: ModelNaming,
  ) {}

  /** The model number of spelling s (of `spellings`), resolved to its canonical id once. */
  spellingNumber(s: number): number {
    if (s < this.modelOf.length && this.modelOf[s]! > 0) return this.modelOf[s]! - 1;
    const id = resolveModel(this.registry, this.spellings.written[s]!, this.naming);
    let n = this.numbers.get(id);
    if (n === undefined) {
      this.numbers.set(id, (n = this.ids.length));
      this.ids.push(id);
    }
    if (s >= this.modelOf.length) this.modelOf = grown(this.modelOf, 2 * s);
    this.modelOf[s] = n + 1;
    return n;
  }

  /** The model number of a canonical id, if a file of the table named it. */
  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** Starts a file: `namedAgain` then says whether a model was already named in it. */
  startFile(): void {
    this.file++;
  }

  /** Marks model n as named in the current file; true when it already was (two spellings, one model). */
  namedAgain(n: number): boolean {
    if (n >= this.lastFile.length) this.lastFile = grown(this.lastFile, 2 * n);
    if (this.lastFile[n] === this.file) return true;
    this.lastFile[n] = this.file;
    return false;
  }
}

/**
 * A read-only map over positions 0..size-1, keyed by `keyAt(k)` with value `valueAt(k)`: what a
 * reader of a catalog sees (a ReadonlyMap), over typed arrays. A key look-up builds its index on
 * first use; iteration (what scoring does) needs none. Keys must be distinct.
 */
abstract class PositionalMap<V> implements ReadonlyMap<string, V> {
  private index: Map<string, number> | undefined;

  abstract get size(): number;
  protected abstract keyAt(k: number): string;
  protected abstract valueAt(k: number): V;

  get(key: string): V | undefined {
    const k = this.lookup().get(key);
    return k === undefined ? undefined : this.valueAt(k);
  }

  has(key: string): boolean {
    return this.lookup().has(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.size; k++) callback.call(thisArg, this.valueAt(k), this.keyAt(k), this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let k = 0; k < this.size; k++) yield [this.keyAt(k), this.valueAt(k)];
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.size; k++) yield this.keyAt(k);
  }

  *values(): MapIterator<V> {
    for (let k = 0; k < this.size; k++) yield this.valueAt(k);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let k = 0; k < this.size; k++) this.index.set(this.keyAt(k), k);
    }
    return this.index;
  }
}

/**
 * Canonical id -> number, for the models `modelNumbers[k]` (numbers of one table, distinct)
 * with `modelValues[k]` (a scenario's scores, or the lines of their rows).
 */
export class ModelColumn extends PositionalMap<number> implements NumberedScores {
  constructor(
    readonly table: ModelTable,
    readonly modelNumbers: Int32Array,
    readonly modelValues: Float64Array | Int32Array,
  ) {
    super();
  }

  get modelIds(): readonly string[] {
    return this.table.ids;
  }

  get size(): number {
    return this.modelNumbers.length;
  }

  protected keyAt(k: number): string {
    return this.table.ids[this.modelNumbers[k]!]!;
  }

  protected valueAt(k: number): number {
    return this.modelValues[k]!;
  }
}

/**
 * A results file's model names as written -> canonical id: name k (a spelling number, not a
 * string: the catalog's files share one string per spelling) is model `models[k]` of the table
 * (two names may be one model). The numbers let the catalog count who names a model
 * without looking names up (unmatchedModels).
 */
export class ModelNames extends PositionalMap<string> {
  /** `spellings[k]`: the number of name k in the table's spellings (model-spellings.ts). */
  constructor(
    readonly table: ModelTable,
    readonly spellings: Int32Array,
    readonly models: Int32Array,
  ) {
    super();
  }

  get size(): number {
    return this.spellings.length;
  }

  /** Name k as written. */
  nameAt(k: number): string {
    return this.table.spellings.written[this.spellings[k]!]!;
  }

  protected keyAt(k: number): string {
    return this.nameAt(k);
  }

  protected valueAt(k: number): string {
    return this.table.ids[this.models[k]!]!;
  }
}

/**
 * For each of `ids`: what `map` (a scenario's scores or lines) holds for it, `undefined` where
 * nothing. Over a ModelColumn its model numbers are scanned once: no index of the column is
 * built, so asking about a few models of each of thousands of scenarios keeps no map per
 * scenario (a look-up by id builds one and keeps it).
 */
export function valuesFor(map: ReadonlyMap<string, number>, ids: readonly string[]): (number | undefined)[] {
  if (!(map instanceof ModelColumn)) return ids.map((id) => map.get(id));
  const { modelNumbers, modelValues } = map;
  return byNumber(map.table, ids, (visit) => {
    for (let k = 0; k < modelNumbers.length; k++) visit(modelNumbers[k]!, modelValues[k]!);
  });
}

/**
 * For each of `ids`: the first name a results file writes it as (`names` maps names as written
 * to canonical ids), `undefined` where the file does not name it. Linear in the file's names.
 */
export function firstNamesOf(
  names: ReadonlyMap<string, string>,
  ids: readonly string[],
): (string | undefined)[] {
  if (names instanceof ModelNames)
    return byNumber(names.table, ids, (visit) => {
      for (let k = 0; k < names.models.length; k++) visit(names.models[k]!, names.nameAt(k));
    });
  const first = new Map<string, string>();
  for (const [name, id] of names) if (!first.has(id)) first.set(id, name);
  return ids.map((id) => first.get(id));
}

/** For each of `ids`: the first value `scan` visits for its model number (an id the table lacks has none). */
function byNumber<T>(
  table: ModelTable,
  ids: readonly string[],
  scan: (visit: (n: number, value: T) => void) => void,
): (T | undefined)[] {
  const numbers = ids.map((id) => table.numberOf(id));
  const found = new Map<number, { value?: T }>();
  for (const n of numbers) if (n !== undefined) found.set(n, {});
  scan((n, value) => {
    const slot = found.get(n);
    if (slot && !('value' in slot)) slot.value = value;
  });
  return numbers.map((n) => (n === undefined ? undefined : found.get(n)!.value));
}
