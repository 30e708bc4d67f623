import { findInvisible } from './invisible.js';
import { ownString } from './own-string.js';

/**
 * The model names of a catalog as written (trimmed), each spelling numbered once for all the
 * files that use it. A catalog's files mostly name the same models: numbering them once makes a
 * row cost one look-up, lets files share one string per spelling, and lets later steps keep
 * what they derive from a spelling (its canonical id) in an array indexed by its number.
 */
export class ModelSpellings {
  /** Spelling n, as first met. */
  readonly written: string[] = [];

  /** The file being read (startFile), and spelling n -> its index in that file if stamped with it. */
  private file = 0;
  private readonly stamp: number[] = [];
  private readonly indexIn: number[] = [];

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

  /** Spelling n -> 0 not looked at yet, 1 holds an invisible character, 2 does not. */
  private readonly invisible: number[] = [];

  /** Whether spelling n holds an invisible character (invisible.ts), looked at once per spelling. */
  holdsInvisible(n: number): boolean {
    if (this.invisible[n] === 0) this.invisible[n] = findInvisible(this.written[n]!) ? 1 : 2;
    return this.invisible[n] === 1;
  }

  /** Spelling n -> the spelling that followed it on the next row, the last time it was read. */
  private readonly next: number[] = [];

  /**
   * The number of a spelling, given on first sight. `after` is the number of the spelling on the
   * row before, when there is one: files tend to list models in the same order, so the spelling
   * that followed it last time is tried first, with a string comparison instead of a look-up.
   */
  numberOf(spelling: string, after = -1): number {
    return this.numberAt(spelling, 0, spelling.length, after);
  }

  /**
   * The number of the spelling source[start, end), found without cutting it out of the text:
   * a hash of its characters (FNV-1a) probes an open-addressing table of numbers, and a hit is
   * confirmed by comparing characters in place. Only a spelling seen for the first time is cut.
   */
  numberAt(source: string, start: number, end: number, after = -1): number {
    const guess = after >= 0 ? this.next[after] : undefined;
    if (guess !== undefined && sameText(this.written[guess]!, source, start, end)) return guess;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    let n: number;
    for (;;) {
      const found = this.slots[slot]! - 1;
      if (found < 0) {
        n = this.add(source.slice(start, end), h, slot);
        break;
      }
      if (this.hashes[found] === h && sameText(this.written[found]!, source, start, end)) {
        n = found;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (after >= 0) this.next[after] = n;
    return n;
  }

  /** Open addressing: slot -> spelling number + 1 (0 = empty), at most half full. */
  private slots = new Int32Array(1024);
  private readonly hashes: number[] = [];

  private add(spelling: string, h: number, slot: number): number {
    const n = this.written.length;
    this.written.push(ownString(spelling));
    this.invisible.push(0);
    this.hashes.push(h);
    this.slots[slot] = n + 1;
    if (2 * this.written.length > this.slots.length) this.rehash();
    return n;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    this.hashes.forEach((h, n) => {
      let slot = h & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = n + 1;
    });
  }
}

function sameText(text: string, source: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}
