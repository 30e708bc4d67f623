/**
 * Offsets in a text -> 1-based line and column. A line ends at `\n`, `\r\n` or a lone `\r`;
 * columns count UTF-16 code units from the start of the line, starting at 1.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Offset of the first character of a 1-based line (the text's length past the end). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
