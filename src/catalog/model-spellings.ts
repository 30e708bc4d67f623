/**
 * The model names of a catalog as written (trimmed), each spelling numbered once for all the
 * files that use it. A catalog's files mostly name the same models: numbering them once makes a
 * row cost one look-up, lets files share one string per spelling, and lets later steps keep
 * what they derive from a spelling (its canonical id) in an array indexed by its number.
 */
export class ModelSpellings {
  private readonly numbers = new Map<string, number>();
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

  /** Spelling n -> the spelling that followed it on the next row, the last time it was read. */
  private readonly next: number[] = [];

  /**
   * The number of a spelling, given on first sight. `after` is the number of the spelling on the
   * row before, when there is one: files tend to list models in the same order, so the spelling
   * that followed it last time is tried first, with a string comparison instead of a look-up.
   */
  numberOf(spelling: string, after = -1): number {
    const guess = after >= 0 ? this.next[after] : undefined;
    if (guess !== undefined && this.written[guess] === spelling) return guess;
    let n = this.numbers.get(spelling);
    if (n === undefined) {
      n = this.written.length;
      this.numbers.set(spelling, n);
      this.written.push(spelling);
    }
    if (after >= 0) this.next[after] = n;
    return n;
  }
}
