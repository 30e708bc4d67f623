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

  /** The number of a spelling, given on first sight. */
  numberOf(spelling: string): number {
    let n = this.numbers.get(spelling);
    if (n === undefined) {
      n = this.written.length;
      this.numbers.set(spelling, n);
      this.written.push(spelling);
    }
    return n;
  }
}
