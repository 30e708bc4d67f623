import { findInvisible } from './invisible.js';
import type { CodeUnits } from './code-units.js';
import { grown } from './grown.js';
import { ownString } from './own-string.js';

/**
 * The hash of a spelling: 32-bit FNV-1a over its code units, cut to 30 bits so that it stays a
 * small integer in V8 (no allocation). A reader that scans the units anyway folds them in as it
 * goes: `HASH_START`, then `hashStep` per unit, then `hashEnd` give the same number.
 */
export function spellingHash(units: CodeUnits, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, units[i]!);
  return hashEnd(h);
}

export const HASH_START = 0x811c9dc5;
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
export const hashEnd = (h: number): number => h & 0x3fffffff;

/**
 * The model names of a catalog as written (trimmed), each spelling numbered once for all the
 * files that use it. A catalog's files mostly name the same models: numbering them once makes a
 * row cost one look-up, lets files share one string per spelling, and lets later steps keep
 * what they derive from a spelling (its canonical id) in an array indexed by its number.
 *
 * What is kept per spelling is in typed arrays indexed by its number (grown by doubling), not
 * in arrays written at arbitrary indices, which V8 may turn into slow dictionaries.
 */
export class ModelSpellings {
  /** Spelling n, as first met. */
  readonly written: string[] = [];

  /** The file being read (startFile), and spelling n -> its index in that file if stamped with it. */
  private file = 0;
  private stamp = new Int32Array(256);
  private indexIn = new Int32Array(256);
  /** Spelling n -> 1 when it holds an invisible character (invisible.ts), looked at once, when added. */
  private invisible = new Uint8Array(256);
  /** How many spellings hold one: none, the common case, lets a file's names go unlooked at. */
  private invisibleCount = 0;
  /** Spelling n -> 1 + the spelling that followed it on the next row the last time (0: none yet). */
  private next = new Int32Array(256);
  private hashes = new Int32Array(256);
  /** The code units of every spelling, one after the other: spelling n is pool[from[n], from[n + 1]). */
  private pool = new Uint16Array(4096);
  private from = new Int32Array(257);
  /** Open addressing: slot -> spelling number + 1 (0 = empty), at most half full. */
  private slots = new Int32Array(1024);
  private scratch = new Uint16Array(64);

  /** Starts reading a file: no spelling has an index in it yet. */
  startFile(): void {
    this.file++;
  }

  /** The index spelling n was given in the file being read, if any (arrays, not a Map per file). */
  indexInFile(n: number): number | undefined {
    return this.stamp[n] === this.file ? this.indexIn[n] : undefined;
  }

  setIndexInFile(n: number, index: number): void {
    this.stamp[n] = this.file;
    this.indexIn[n] = index;
  }

  /** Whether spelling n holds an invisible character (invisible.ts). */
  holdsInvisible(n: number): boolean {
    return this.invisible[n] === 1;
  }

  /** Whether any spelling so far holds an invisible character. */
  get anyInvisible(): boolean {
    return this.invisibleCount > 0;
  }

  /**
   * The number of a spelling, given on first sight. `after` is the number of the spelling on the
   * row before, when there is one: files tend to list models in the same order, so the spelling
   * that followed it last time is tried first.
   */
  numberOf(spelling: string, after = -1): number {
    if (this.scratch.length < spelling.length) this.scratch = new Uint16Array(2 * spelling.length);
    const units = this.scratch;
    for (let i = 0; i < spelling.length; i++) units[i] = spelling.charCodeAt(i);
    return this.numberAt(units, 0, spelling.length, spelling, after);
  }

  /**
   * The number of the spelling units[start, end) (the code units of `text`), found without
   * cutting it out of the text: its hash (spellingHash, `h` when the caller has it) probes an
   * open-addressing table of numbers, and a hit is confirmed by comparing units with the
   * spelling's, kept in one pool. Only a spelling seen for the first time is cut from `text`.
   */
  numberAt(
    units: CodeUnits,
    start: number,
    end: number,
    text: string,
    after = -1,
    h = spellingHash(units, start, end),
  ): number {
    // The spelling that followed the previous one last time, or the one after it (a file that
    // lacks a model another file has): compared by hash first, so a wrong guess costs little.
    let guess = after >= 0 ? this.next[after]! - 1 : -1;
    for (let tries = 0; guess >= 0 && tries < 3; tries++) {
      if (this.hashes[guess] === h && this.sameUnits(guess, units, start, end)) {
        if (tries > 0) this.next[after] = guess + 1;
        return guess;
      }
      guess = this.next[guess]! - 1;
    }
    const mask = this.slots.length - 1;
    let slot = h & mask;
    let n: number;
    for (;;) {
      const found = this.slots[slot]! - 1;
      if (found < 0) {
        n = this.add(text.slice(start, end), units, start, end, h, slot);
        break;
      }
      if (this.hashes[found] === h && this.sameUnits(found, units, start, end)) {
        n = found;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (after >= 0) this.next[after] = n + 1;
    return n;
  }

  private sameUnits(n: number, units: CodeUnits, start: number, end: number): boolean {
    const from = this.from[n]!;
    if (this.from[n + 1]! - from !== end - start) return false;
    const { pool } = this;
    for (let i = start; i < end; i++) if (pool[from + i - start] !== units[i]) return false;
    return true;
  }

  private add(
    spelling: string,
    units: CodeUnits,
    start: number,
    end: number,
    h: number,
    slot: number,
  ): number {
    const n = this.written.length;
    if (n + 1 === this.stamp.length) this.growColumns();
    this.written.push(ownString(spelling));
    if (findInvisible(spelling)) {
      this.invisible[n] = 1;
      this.invisibleCount++;
    }
    this.hashes[n] = h;
    const at = this.from[n]!;
    if (at + end - start > this.pool.length) this.pool = grown(this.pool, 2 * (at + end - start));
    this.pool.set(units.subarray(start, end), at);
    this.from[n + 1] = at + end - start;
    this.slots[slot] = n + 1;
    if (2 * this.written.length > this.slots.length) this.rehash();
    return n;
  }

  private growColumns(): void {
    const size = 2 * this.stamp.length;
    this.stamp = grown(this.stamp, size);
    this.indexIn = grown(this.indexIn, size);
    this.invisible = grown(this.invisible, size);
    this.next = grown(this.next, size);
    this.hashes = grown(this.hashes, size);
    this.from = grown(this.from, size + 1);
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.written.length; n++) {
      let slot = this.hashes[n]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = n + 1;
    }
  }
}
