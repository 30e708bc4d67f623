/**
 * The records of a results CSV, read one way or another behind one interface (RecordSource):
 * a text without quotes is a list of non-empty lines, split at commas when a row is read
 * (quote-free-lines.ts); any other text (or one with a line too long to tell) is csv-parse's.
 * Both give the same records (test/catalog/quote-free-lines.test.ts); readRecords adds what the
 * parser needs on top: the records to read (blank ones skipped, maxRows enforced) and the place
 * of every cell, found on demand.
 */
import { parse } from 'csv-parse/sync';
import type { Issue, OpenHintCode } from '../model/issue.js';
import { isBlankLine, quoteFreeLines, splitLine } from './quote-free-lines.js';
import { LineIndex, type Position } from './text-position.js';
import type { Limits } from './types.js';

export type At = (
  severity: Issue['severity'],
  code: OpenHintCode,
  place: Partial<Position>,
  message: string,
  hint: string,
) => void;

export const QUOTE_HINT =
  'Quote a cell that holds a comma or a quote, and double every quote inside it: "a ""b"", c".';

/** One way of reading a text's records. */
interface RecordSource {
  readonly count: number;
  /** Record r's cells, untrimmed, as csv-parse reads them. */
  row(r: number): readonly string[];
  /** Offset where record r starts. */
  start(r: number): number;
  /** Whether record r holds only blank cells. */
  isBlank(r: number): boolean;
  /** 1-based line where record r starts. */
  line(r: number): number;
  /** Where offset `offset` of record r is. */
  position(r: number, offset: number): Position;
  /** For a text without quotes: where each record (one line) starts and ends, and its line. */
  readonly quoteFree?: QuoteFree;
}

export interface QuoteFree {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly lines: Int32Array;
}

interface CsvFailure {
  code?: string;
  column?: number;
  lines?: number;
  message: string;
}

/** Places of records and cells, found on demand. */
export interface Places {
  /** 1-based line where record r starts. */
  line(r: number): number;
  /**
   * Where cell i of record r starts (past leading blanks, unless it is quoted or blank); past
   * the record's last cell, the end of that cell (where the missing cells of a short row would be).
   */
  cell(r: number, i: number): Position;
}

export interface Records {
  /** Record r's cells, untrimmed, as csv-parse reads them. */
  row(r: number): readonly string[];
  /** Indices of the records to read: the header and every record that is not all blank. */
  readonly kept: Int32Array;
  readonly places: Places;
  /** For a text without quotes: where each record (one line) starts and ends, and its line. */
  readonly quoteFree?: QuoteFree;
}

const CSV_OPTIONS = {
  bom: false,
  relax_column_count: true,
  skip_empty_lines: true,
  record_delimiter: '\n',
} as const;

/**
 * The records of `source` and where they are; undefined (with an issue) on a syntax error or
 * past maxRows. Without a quote in the text the quote-free source reads it, otherwise csv-parse.
 */
export function readRecords(source: string, limits: Limits, report: At): Records | undefined {
  const at = report;
  const options = {
    ...CSV_OPTIONS,
    to: limits.maxRows + 2,
    max_record_size: (limits.maxCellChars + 3) * (limits.maxColumns + 1),
  };
  const lineIndex = lazyLineIndex(source);
  const records = source.includes('"')
    ? csvParseSource(source, options, lineIndex, at)
    : (quoteFreeSource(source, options) ?? csvParseSource(source, options, lineIndex, at));
  if (!records) return undefined;
  const places = placesOf(source, records);
  // Typed (off the collected heap: a file's records are as many as its lines).
  const kept = new Int32Array(records.count);
  let count = 0;
  for (let r = 0; r < records.count; r++) {
    if (r > limits.maxRows) {
      at(
        'error',
        'limit-rows',
        { line: places.line(r), column: 1 },
        `The file has more than ${limits.maxRows} rows; the limit maxRows is ${limits.maxRows}.`,
        'Split the file, or raise limits.max_rows in benchbench.yaml.',
      );
      return undefined;
    }
    if (r > 0 && records.isBlank(r)) continue;
    kept[count++] = r;
  }
  return {
    row: (r) => records.row(r),
    kept: kept.subarray(0, count),
    places,
    ...(records.quoteFree && { quoteFree: records.quoteFree }),
  };
}

type Options = typeof CSV_OPTIONS & { readonly to: number; readonly max_record_size: number };

const lazyLineIndex = (source: string): (() => LineIndex) => {
  let index: LineIndex | undefined;
  return () => (index ??= new LineIndex(source));
};

/**
 * Every record is one non-empty line, split at its commas when it is read, so that a large file
 * is never held as cells all at once. Undefined when a line might be too long for csv-parse's
 * `max_record_size` (csv-parse then decides, and reports it).
 */
function quoteFreeSource(source: string, options: Options): RecordSource | undefined {
  const lines = quoteFreeLines(source, options.to, options.max_record_size);
  if (!lines) return undefined;
  // The last row split is kept: places of many cells of one row (a wide header) split it once.
  let lastRow = -1;
  let lastCells: readonly string[] = [];
  const row = (r: number): readonly string[] => {
    if (r !== lastRow) [lastRow, lastCells] = [r, splitLine(source, lines.starts[r]!, lines.ends[r]!)];
    return lastCells;
  };
  return {
    count: lines.count,
    row,
    start: (r) => (r < lines.count ? lines.starts[r]! : source.length),
    isBlank: (r) => isBlankLine(source, lines.starts[r]!, lines.ends[r]!),
    line: (r) => lines.lines[r]!,
    // A quote-free record is one line, whose number is known.
    position: (r, offset) => ({ line: lines.lines[r]!, column: offset - lines.starts[r]! + 1 }),
    quoteFree: lines,
  };
}

/**
 * csv-parse's records, collected as they come so that those before a syntax error are known;
 * each record's start comes from the line csv-parse says it ends on. Undefined (with an issue)
 * on a syntax error.
 */
function csvParseSource(
  source: string,
  options: Options,
  lineIndex: () => LineIndex,
  at: At,
): RecordSource | undefined {
  const collected: { record: string[]; lines: number }[] = [];
  try {
    parse(source, {
      ...options,
      on_record: (record: string[], context) => {
        collected.push({ record, lines: context.lines });
        return null;
      },
    });
  } catch (e) {
    const last = collected[collected.length - 1];
    syntaxError(source, lineIndex(), last ? lineIndex().lineStart(last.lines + 1) : 0, e as CsvFailure, at);
    return undefined;
  }
  const records = collected.map((c) => c.record);
  const starts = collected.map(({ record, lines }) => lineIndex().lineStart(lines - newlines(record)));
  const start = (r: number): number => starts[r]!;
  return {
    count: records.length,
    row: (r) => records[r]!,
    start,
    isBlank: (r) => records[r]!.every((t) => t.trim() === ''),
    line: (r) => lineIndex().positionAt(start(r)).line,
    position: (_, offset) => lineIndex().positionAt(offset),
  };
}

/** Where records and cells are: a cell's offset from a scan of its record, its position from the source. */
function placesOf(source: string, records: RecordSource): Places {
  const fieldCache = new Map<number, ScannedField[]>();
  const fields = (r: number): ScannedField[] => {
    let f = fieldCache.get(r);
    if (!f) fieldCache.set(r, (f = scanRecord(source, records.start(r))));
    return f;
  };
  return {
    line: (r) => records.line(r),
    cell(r, i) {
      const record = records.row(r);
      if (i >= record.length) {
        const last = this.cell(r, record.length - 1);
        return { line: last.line, column: last.column + record[record.length - 1]!.trim().length };
      }
      const raw = record[i]!;
      const start = fields(r)[i]?.start ?? 0;
      const lead = raw.length - raw.trimStart().length;
      const quoted = source[start] === '"';
      return records.position(r, start + (quoted || lead === raw.length ? 0 : lead));
    },
  };
}

const newlines = (record: readonly string[]): number =>
  record.reduce((n, t) => n + (t.match(/\n/g)?.length ?? 0), 0);

interface ScannedField {
  readonly start: number;
  /** For a quoted cell: the offset after its closing quote, or -1 when it never closes. */
  readonly afterQuote?: number;
}

/**
 * Where the cells of the record starting at `start` begin. csv-parse decides what the cells
 * hold; this only finds their offsets (and, after a syntax error, the offending quote).
 */
function scanRecord(source: string, start: number): ScannedField[] {
  const fields: ScannedField[] = [];
  let fieldStart = start;
  let afterQuote: number | undefined;
  let i = start;
  while (i <= source.length) {
    if (i === fieldStart && source[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = source.indexOf('"', j);
        if (q < 0) {
          fields.push({ start: fieldStart, afterQuote: -1 });
          return fields;
        }
        if (source[q + 1] === '"') j = q + 2;
        else {
          afterQuote = q + 1;
          i = q + 1;
          break;
        }
      }
      continue;
    }
    const c = source[i];
    if (c === ',' || c === '\n' || i === source.length) {
      fields.push(afterQuote === undefined ? { start: fieldStart } : { start: fieldStart, afterQuote });
      if (c !== ',') return fields;
      fieldStart = i + 1;
      afterQuote = undefined;
    }
    i++;
  }
  return fields;
}

function syntaxError(source: string, index: LineIndex, start: number, e: CsvFailure, at: At): void {
  if (e.code === 'CSV_MAX_RECORD_SIZE') {
    at(
      'error',
      'limit-cell-chars',
      { line: e.lines },
      'A record is longer than the limits allow (maxCellChars per cell and maxColumns cells).',
      'Check the quotes of this line (an unclosed quote swallows the rest of the file), or raise limits in benchbench.yaml.',
    );
    return;
  }
  // The failing record starts after the last good one, past blank lines.
  while (source[start] === '\n') start++;
  const fields = scanRecord(source, start);
  const field = fields[e.column ?? 0];
  let offset: number | undefined;
  let message = `The CSV cannot be read: ${e.message}`;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    offset = fields.find((f) => f.afterQuote === -1)?.start;
    message = 'This quote is never closed.';
  } else if (e.code === 'INVALID_OPENING_QUOTE' && field) {
    offset = source.indexOf('"', field.start);
    message = 'A quote inside a cell that does not start with a quote.';
  } else if (
    e.code === 'CSV_INVALID_CLOSING_QUOTE' &&
    field?.afterQuote !== undefined &&
    field.afterQuote >= 0
  ) {
    offset = field.afterQuote;
    message = 'Text follows the closing quote of a quoted cell.';
  }
  const place = offset === undefined || offset < 0 ? { line: e.lines } : index.positionAt(offset);
  at('error', 'csv-syntax', place, message, QUOTE_HINT);
}
