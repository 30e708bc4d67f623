/**
 * Reading a CSV text that has no quote, the common case, without csv-parse: such a record is a
 * non-empty line, and its cells are what lies between commas. The results are csv-parse's (with
 * the options of parse-csv.ts) many times faster; test/catalog/quote-free-lines.test.ts
 * checks the two agree on generated texts. parse-csv.ts gives any text with a quote to csv-parse.
 */

/**
 * Where each record starts and ends, and its 1-based line: at most `maxRecords` records.
 * Undefined when a line might exceed csv-parse's `max_record_size`: csv-parse then decides, and
 * reports it.
 */
export function quoteFreeLines(
  source: string,
  maxRecords: number,
  maxRecordSize: number,
): { count: number; starts: Int32Array; ends: Int32Array; lines: Int32Array } | undefined {
  // Typed arrays sized by a first count of line breaks: nothing here for the collector to copy.
  let capacity = 1;
  for (let i = source.indexOf('\n'); i >= 0 && capacity <= maxRecords; i = source.indexOf('\n', i + 1))
    capacity++;
  capacity = Math.min(capacity, maxRecords);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const lines = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  for (let line = 1; start < source.length && count < maxRecords; line++) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    if (end > start) {
      // csv-parse measures a record in bytes: at most 3 per UTF-16 unit of its line.
      if (3 * (end - start) > maxRecordSize) return undefined;
      starts[count] = start;
      ends[count] = end;
      lines[count] = line;
      count++;
    }
    start = end + 1;
  }
  return { count, starts, ends, lines };
}

/** The cells of source[start, end), a line without quotes. */
export function splitLine(source: string, start: number, end: number): string[] {
  const cells: string[] = [];
  let cell = start;
  for (let i = start; i < end; i++) {
    if (source.charCodeAt(i) === 44 /* , */) {
      cells.push(source.slice(cell, i));
      cell = i + 1;
    }
  }
  cells.push(source.slice(cell, end));
  return cells;
}

/** Whether source[start, end) holds only commas and what trim() removes. */
export function isBlankLine(source: string, start: number, end: number): boolean {
  // Most lines start with a name: printable ASCII but a comma is never blank.
  const first = source.charCodeAt(start);
  if (first > 32 && first < 127 && first !== 44) return false;
  BLANK.lastIndex = start;
  return BLANK.test(source) && BLANK.lastIndex >= end;
}
// Whitespace but line breaks, and commas: the match stays within its line.
const BLANK = /(?:[^\S\n]|,)*/y;
