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
import { resolveModel } from './model-names.js';
import { ModelSpellings } from './model-spellings.js';
import type { ModelNaming, ModelRegistry } from './types.js';

export class ModelTable {
  /** Canonical id of model number n. */
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Names as written, numbered once per table (model-spellings.ts). */
  readonly spellings = new ModelSpellings();
  /** Spelling number -> model number. */
  private readonly modelOf: number[] = [];
  /** Model number -> the stamp of the last file that named it (see `startFile`). */
  private readonly lastFile: number[] = [];
  private file = 0;

  constructor(
    readonly registry: ModelRegistry,
    readonly naming: ModelNaming,
  ) {}

  /** The model number of spelling s (of `spellings`), resolved to its canonical id once. */
  spellingNumber(s: number): number {
    let n = this.modelOf[s];
    if (n === undefined) {
      const id = resolveModel(this.registry, this.spellings.written[s]!, this.naming);
      n = this.numbers.get(id);
      if (n === undefined) {
        this.numbers.set(id, (n = this.ids.length));
        this.ids.push(id);
      }
      this.modelOf[s] = n;
    }
    return n;
  }

  /** Starts a file: `namedAgain` then says whether a model was already named in it. */
  startFile(): void {
    this.file++;
  }

  /** Marks model n as named in the current file; true when it already was (two spellings, one model). */
  namedAgain(n: number): boolean {
    if (this.lastFile[n] === this.file) return true;
    this.lastFile[n] = this.file;
    return false;
  }
}

/**
 * Model -> number, for the models `modelNumbers[k]` (numbers of one table, distinct) with
 * `modelValues[k]`: a read-only map by canonical id for every reader, two typed arrays underneath.
 * A key look-up builds its index on first use; iteration (what scoring does) needs none.
 */
export class ModelColumn implements ReadonlyMap<string, number>, NumberedScores {
  private index: Map<string, number> | undefined;

  constructor(
    readonly table: ModelTable,
    readonly modelNumbers: Int32Array,
    readonly modelValues: Float64Array | Int32Array,
  ) {}

  get modelIds(): readonly string[] {
    return this.table.ids;
  }

  get size(): number {
    return this.modelNumbers.length;
  }

  get(key: string): number | undefined {
    const k = this.lookup().get(key);
    return k === undefined ? undefined : this.modelValues[k];
  }

  has(key: string): boolean {
    return this.lookup().has(key);
  }

  forEach(
    callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void,
    thisArg?: unknown,
  ): void {
    const { ids } = this.table;
    for (let k = 0; k < this.modelNumbers.length; k++)
      callback.call(thisArg, this.modelValues[k]!, ids[this.modelNumbers[k]!]!, this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let k = 0; k < this.modelNumbers.length; k++)
      yield [this.table.ids[this.modelNumbers[k]!]!, this.modelValues[k]!];
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.modelNumbers.length; k++) yield this.table.ids[this.modelNumbers[k]!]!;
  }

  *values(): MapIterator<number> {
    for (let k = 0; k < this.modelNumbers.length; k++) yield this.modelValues[k]!;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let k = 0; k < this.modelNumbers.length; k++)
        this.index.set(this.table.ids[this.modelNumbers[k]!]!, k);
    }
    return this.index;
  }
}

/**
 * A results file's model names as written -> canonical id: `names[k]` is model `models[k]` of
 * the table (two names may be one model). The numbers let the catalog count who names a model
 * without looking names up (unmatchedModels).
 */
export class ModelNames implements ReadonlyMap<string, string> {
  private index: Map<string, number> | undefined;

  constructor(
    readonly table: ModelTable,
    readonly names: readonly string[],
    readonly models: Int32Array,
  ) {}

  get size(): number {
    return this.names.length;
  }

  get(key: string): string | undefined {
    const k = this.lookup().get(key);
    return k === undefined ? undefined : this.table.ids[this.models[k]!];
  }

  has(key: string): boolean {
    return this.lookup().has(key);
  }

  forEach(
    callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void,
    thisArg?: unknown,
  ): void {
    for (let k = 0; k < this.names.length; k++)
      callback.call(thisArg, this.table.ids[this.models[k]!]!, this.names[k]!, this);
  }

  *entries(): MapIterator<[string, string]> {
    for (let k = 0; k < this.names.length; k++) yield [this.names[k]!, this.table.ids[this.models[k]!]!];
  }

  *keys(): MapIterator<string> {
    yield* this.names;
  }

  *values(): MapIterator<string> {
    for (let k = 0; k < this.names.length; k++) yield this.table.ids[this.models[k]!]!;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let k = 0; k < this.names.length; k++) this.index.set(this.names[k]!, k);
    }
    return this.index;
  }
}
