/**
 * The quote-free fast path of parse-csv.ts must give exactly csv-parse's records, with the
 * options parse-csv.ts uses, for any text without a quote.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankLine, quoteFreeLines, splitLine } from '../../src/catalog/quote-free-lines.js';

/** The fast path's records: its lines, split. */
function fastRecords(text: string, to: number, size: number) {
  const lines = quoteFreeLines(text, to, size);
  if (!lines) return undefined;
  const starts = Array.from(lines.starts.subarray(0, lines.count));
  return { records: starts.map((s, r) => splitLine(text, s, lines.ends[r]!)), starts };
}

const OPTIONS = {
  bom: false,
  relax_column_count: true,
  skip_empty_lines: true,
  record_delimiter: '\n',
} as const;

/** csv-parse's answer: its records, or undefined when it refuses the text. */
function csvParse(text: string, to: number, maxRecordSize: number): string[][] | undefined {
  try {
    return parse(text, { ...OPTIONS, to, max_record_size: maxRecordSize }) as string[][];
  } catch {
    return undefined;
  }
}

/** Texts made of commas, line breaks, blanks and a few kinds of characters, never a quote. */
const quoteFreeText = fc
  .array(
    fc.constantFrom(
      ',',
      '\n',
      '\n',
      ' ',
      '\t',
      '\r',
      '\v',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      'a',
      'B',
      '1',
      '.',
      '-',
      'é',
      '文',
      '😀',
      '\u0000',
    ),
    {
      maxLength: 80,
    },
  )
  .map((cs) => cs.join(''));

describe('the quote-free fast path of the CSV reader', () => {
  it("gives csv-parse's records, or defers to it, for any text without quotes", () => {
    fc.assert(
      fc.property(
        quoteFreeText,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (text, to, size) => {
          const fast = fastRecords(text, to, size);
          const slow = csvParse(text, to, size);
          if (fast) expect(fast.records).toEqual(slow);
          // Deferring is only for lines that might be longer than the record limit.
          else expect(text.split('\n').some((line) => 3 * line.length > size)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('calls a line blank exactly when every one of its cells trims to nothing', () => {
    fc.assert(
      fc.property(quoteFreeText, (text) => {
        const lines = quoteFreeLines(text, 1000, 1e6)!;
        lines.starts.subarray(0, lines.count).forEach((start, r) => {
          const end = lines.ends[r]!;
          const blank = splitLine(text, start, end).every((t) => t.trim() === '');
          expect(isBlankLine(text, start, end)).toBe(blank);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives where each record starts, past empty lines', () => {
    const text = 'model,a\n\nx,1\n\n\ny,2';
    const { records, starts } = fastRecords(text, 10, 100)!;
    expect(records).toEqual([
      ['model', 'a'],
      ['x', '1'],
      ['y', '2'],
    ]);
    expect(starts.map((s) => text.slice(s, s + 1))).toEqual(['m', 'x', 'y']);
    const { lines, count } = quoteFreeLines(text, 10, 100)!;
    expect(Array.from(lines.subarray(0, count))).toEqual([1, 3, 6]);
  });

  it('stops after the requested number of records, as csv-parse does', () => {
    expect(fastRecords('a\nb\nc\nd', 2, 100)!.records).toEqual([['a'], ['b']]);
  });
});
