/**
 * A results CSV -> scores per scenario with the place of every cell, and issues as data.
 *
 * Formats (DESIGN.md section 3): wide, header `model,<scenario>...`, one row per model; or long,
 * a header with `model` first and columns `scenario` and `score` (other columns are ignored).
 * Header names are trimmed and matched case-insensitively. Cells are trimmed. A blank cell,
 * `-`, `NA`, `N/A` and `NaN` are missing scores (one note per spelling); anything else that is
 * not a finite decimal number is an error, and so is a cell that looks like a spreadsheet formula.
 * Whole-blank lines (`,,,`) are skipped. Rows whose cell count differs from the header's are
 * errors and skipped; shorter rows are padded with missing scores (a warning); the first of two rows for the same model (and scenario) is kept.
 *
 * Issue codes: empty-file, no-rows, csv-syntax, missing-model-column, duplicate-column,
 * empty-column-name, column-count, short-row (warning), empty-model, empty-scenario-name, duplicate-model,
 * non-numeric-score, non-finite-score, spreadsheet-formula, missing-score (note),
 * limit-file-bytes, limit-rows, limit-columns, limit-cell-chars. Never throws.
 */
import { parse } from 'csv-parse/sync';
import type { Limits } from './types.js';
import type { Issue } from './issue.js';
import { LineIndex } from './text-position.js';

export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface ScoreCell {
  /** Model name as written, trimmed. */
  readonly model: string;
  readonly value: number;
  readonly line: number;
  readonly column: number;
}

export interface ParsedScenario {
  /** Scenario id as written in the header (wide) or the scenario column (long), trimmed. */
  readonly id: string;
  /** Where the scenario is first named. */
  readonly line: number;
  readonly column: number;
  readonly cells: readonly ScoreCell[];
}

export interface ParsedResults {
  /** Absent when the file could not be read far enough to tell. */
  readonly format?: 'wide' | 'long';
  /** Every model name (trimmed) at its first appearance, in file order. */
  readonly models: readonly Cell[];
  readonly scenarios: readonly ParsedScenario[];
  readonly issues: readonly Issue[];
}

const MISSING = new Set(['', '-', 'na', 'n/a', 'nan']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const QUOTE_HINT = 'Quote a cell that holds a comma or a quote, and double every quote inside it: "a ""b"", c".';

export function parseResultsCsv(file: string, text: string, limits: Limits): ParsedResults {
  const issues: Issue[] = [];
  const at = (severity: Issue['severity'], code: string, place: Partial<Cell>, message: string, hint: string) =>
    issues.push({ severity, code, file, line: place.line, column: place.column, message, hint });
  const empty = (): ParsedResults => ({ models: [], scenarios: [], issues });

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) {
    at('error', 'limit-file-bytes', {}, `The file is ${bytes} bytes; the limit maxFileBytes is ${limits.maxFileBytes}.`, 'Split the file, or raise limits.max_file_bytes in benchbench.yaml.');
    return empty();
  }
  // Line breaks become `\n`: lines and columns stay the same, and csv-parse sees one delimiter.
  const source = text.replace(/\r\n?/g, '\n');
  const index = new LineIndex(source);

  const rows = readRecords(source, index, limits, at);
  if (!rows) return empty();
  if (rows.length === 0) {
    at('error', 'empty-file', {}, 'The file is empty.', 'Write a header line `model,<scenario>...` and one row per model.');
    return empty();
  }

  const header = rows[0]!;
  if (header.length > limits.maxColumns) {
    at('error', 'limit-columns', header[limits.maxColumns]!, `The header has ${header.length} columns; the limit maxColumns is ${limits.maxColumns}.`, 'Split the file, or raise limits.max_columns in benchbench.yaml.');
    return empty();
  }
  const names = header.map((c) => c.text.toLowerCase());
  if (names[0] !== 'model') {
    const first = header[0]!;
    const elsewhere = names.indexOf('model');
    const separator = header.length === 1 ? [';', '\t', '|'].find((s) => first.text.includes(s)) : undefined;
    const hint =
      elsewhere > 0
        ? `Move the \`model\` column (column ${elsewhere + 1}) to the front.`
        : separator
          ? `The header seems to use ${JSON.stringify(separator)} between cells; use commas.`
          : `Rename the first column ${JSON.stringify(first.text)} to \`model\`: the header must start with \`model,\`.`;
    at('error', 'missing-model-column', first, `The first column is ${JSON.stringify(first.text)}, not \`model\`.`, hint);
    return empty();
  }

  const seenColumn = new Map<string, number>();
  const usable = header.map((cell, i) => {
    if (i > 0 && cell.text === '') {
      at('error', 'empty-column-name', cell, `Column ${i + 1} has no name.`, 'Name every column, or delete the empty column.');
      return false;
    }
    if (!cellOk(cell, limits, at)) return false;
    if (isFormula(cell.text)) {
      formula(cell);
      return false;
    }
    const previous = seenColumn.get(cell.text.toLowerCase());
    if (previous !== undefined) {
      at('error', 'duplicate-column', cell, `Column ${i + 1} repeats the name ${JSON.stringify(cell.text)} of column ${previous + 1}.`, 'Give every column a distinct name; the first of the two is used.');
      return false;
    }
    seenColumn.set(cell.text.toLowerCase(), i);
    return true;
  });

  const scenarioCol = names.indexOf('scenario');
  const scoreCol = names.indexOf('score');
  const format = scenarioCol > 0 && scoreCol > 0 ? 'long' : 'wide';
  const scenarios = new Map<string, { id: string; line: number; column: number; cells: ScoreCell[]; rows: Map<string, number> }>();
  const scenario = (cell: Cell) => {
    let s = scenarios.get(cell.text);
    if (!s) scenarios.set(cell.text, (s = { id: cell.text, line: cell.line, column: cell.column, cells: [], rows: new Map() }));
    return s;
  };
  if (format === 'wide') header.forEach((cell, i) => i > 0 && usable[i] && scenario(cell));

  const models = new Map<string, Cell>();
  const modelRows = new Map<string, number>();
  const missing = new Map<string, { count: number; first: Cell }>();
  const padding = new Set<Cell>();
  if (rows.length === 1) {
    at('error', 'no-rows', { line: header[0]!.line }, 'The file has a header but no rows of scores.', 'Add one row per model below the header.');
  }

  for (const row of rows.slice(1)) {
    const line = row[0]!.line;
    if (row.length > header.length) {
      at('error', 'column-count', row[header.length]!, `This row has ${row.length} cells; the header has ${header.length}.`, `Remove the extra cells, or quote a cell that contains a comma. ${QUOTE_HINT}`);
      continue;
    }
    if (row.length < header.length) {
      const last = row[row.length - 1]!;
      const end = { text: '', line: last.line, column: last.column + last.text.length };
      at('warning', 'short-row', end, `This row has ${row.length} cell${row.length > 1 ? 's' : ''}; the header has ${header.length}. The missing cells are read as missing scores.`, 'End the row with empty cells (commas) so that every row has as many cells as the header.');
      while (row.length < header.length) row.push(end);
      padding.add(end);
    }
    if (!row.every((cell) => cellOk(cell, limits, at))) continue;
    const model = row[0]!;
    if (model.text === '') {
      at('error', 'empty-model', model, 'This row has no model name.', 'Write the model name in the first cell, or delete the row.');
      continue;
    }
    if (isFormula(model.text)) {
      formula(model);
      continue;
    }
    if (!models.has(model.text)) models.set(model.text, model);

    if (format === 'wide') {
      const previous = modelRows.get(model.text);
      if (previous !== undefined) {
        at('error', 'duplicate-model', model, `Model ${JSON.stringify(model.text)} is listed twice: lines ${previous} and ${line}.`, 'Keep one row per model (the first is used).');
        continue;
      }
      modelRows.set(model.text, line);
      header.forEach((h, i) => {
        if (i === 0 || !usable[i]) return;
        const value = score(row[i]!);
        if (value !== undefined) scenario(h).cells.push({ model: model.text, value, line: row[i]!.line, column: row[i]!.column });
      });
    } else {
      const id = row[scenarioCol]!;
      if (id.text === '') {
        at('error', 'empty-scenario-name', id, 'This row has no scenario name.', 'Write the scenario id in the `scenario` column.');
        continue;
      }
      if (isFormula(id.text)) {
        formula(id);
        continue;
      }
      const value = score(row[scoreCol]!);
      const s = scenario(id);
      const previous = s.rows.get(model.text);
      if (previous !== undefined) {
        at('error', 'duplicate-model', model, `Model ${JSON.stringify(model.text)} is listed twice for scenario ${JSON.stringify(id.text)}: lines ${previous} and ${line}.`, 'Keep one row per model and scenario (the first is used).');
        continue;
      }
      s.rows.set(model.text, line);
      if (value !== undefined) s.cells.push({ model: model.text, value, line: row[scoreCol]!.line, column: row[scoreCol]!.column });
    }
  }

  for (const [spelling, { count, first }] of missing) {
    const s = count > 1 ? 's' : '';
    const what = spelling === '' ? `blank cell${s}` : `cell${s} written ${JSON.stringify(spelling)}`;
    at('note', 'missing-score', first, `${count} ${what} read as missing score${s} (the first here).`, 'A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling.');
  }

  return {
    format,
    models: [...models.values()],
    scenarios: [...scenarios.values()].map(({ id, line, column, cells }) => ({ id, line, column, cells })),
    issues,
  };

  function score(cell: Cell): number | undefined {
    const t = cell.text;
    if (MISSING.has(t.toLowerCase())) {
      if (padding.has(cell)) return undefined;
      const m = missing.get(t);
      if (m) m.count++;
      else missing.set(t, { count: 1, first: cell });
      return undefined;
    }
    if (NUMBER.test(t)) {
      const v = Number(t);
      if (Number.isFinite(v)) return v;
      at('error', 'non-finite-score', cell, `The score ${JSON.stringify(t)} is too large to be a finite number.`, 'Write a finite decimal number.');
      return undefined;
    }
    if (/^[+-]?inf(inity)?$/i.test(t)) {
      at('error', 'non-finite-score', cell, `The score ${JSON.stringify(t)} is infinite.`, 'Write a finite decimal number, or leave the cell empty for a missing score.');
      return undefined;
    }
    if (isFormula(t)) {
      formula(cell);
      return undefined;
    }
    const hint = /^[+-]?\d+(\.\d+)?\s*%$/.test(t)
      ? `Write the number without the percent sign (${t.replace(/\s*%$/, '')}).`
      : /^[+-]?\d+,\d+$/.test(t)
        ? `Use a decimal point, not a comma (${t.replace(',', '.')}).`
        : 'Write a decimal number such as 71.3 or 0.713, or leave the cell empty for a missing score.';
    at('error', 'non-numeric-score', cell, `The score ${JSON.stringify(t)} is not a number.`, hint);
    return undefined;
  }

  function formula(cell: Cell): void {
    at('error', 'spreadsheet-formula', cell, `The cell ${JSON.stringify(cell.text.slice(0, 40))} looks like a spreadsheet formula.`, 'Export values, not formulas; a cell must not start with =, + or @ unless it is a number.');
  }
}

type At = (severity: Issue['severity'], code: string, place: Partial<Cell>, message: string, hint: string) => void;

const isFormula = (t: string): boolean => /^[=+@]/.test(t) && !NUMBER.test(t);

function cellOk(cell: Cell, limits: Limits, at: At): boolean {
  if (cell.text.length <= limits.maxCellChars) return true;
  at('error', 'limit-cell-chars', cell, `This cell has ${cell.text.length} characters; the limit maxCellChars is ${limits.maxCellChars}.`, 'Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml.');
  return false;
}

interface CsvFailure {
  code?: string;
  column?: number;
  lines?: number;
  message: string;
}

/** csv-parse's records with each cell trimmed and placed; undefined (with an issue) on a syntax error. */
function readRecords(source: string, index: LineIndex, limits: Limits, at: At): Cell[][] | undefined {
  // Records are collected as they come, so that those before a syntax error are known.
  const records: { record: string[]; info: { lines: number } }[] = [];
  try {
    parse(source, {
      bom: false,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: '\n',
      to: limits.maxRows + 2,
      max_record_size: (limits.maxCellChars + 3) * (limits.maxColumns + 1),
      on_record: (record: string[], context) => {
        records.push({ record, info: { lines: context.lines } });
        return null;
      },
    });
  } catch (e) {
    const last = records[records.length - 1];
    syntaxError(source, index, last ? index.lineStart(last.info.lines + 1) : 0, e as CsvFailure, at);
    return undefined;
  }
  const out: Cell[][] = [];
  for (const [r, { record, info }] of records.entries()) {
    if (r > limits.maxRows) {
      at('error', 'limit-rows', { line: info.lines - newlines(record), column: 1 }, `The file has more than ${limits.maxRows} rows; the limit maxRows is ${limits.maxRows}.`, 'Split the file, or raise limits.max_rows in benchbench.yaml.');
      return undefined;
    }
    if (r > 0 && record.every((t) => t.trim() === '')) continue;
    const starts = scanRecord(source, index.lineStart(info.lines - newlines(record)));
    out.push(
      record.map((raw, i) => {
        const start = starts[i]?.start ?? 0;
        const lead = raw.length - raw.trimStart().length;
        const quoted = source[start] === '"';
        const { line, column } = index.positionAt(start + (quoted || lead === raw.length ? 0 : lead));
        return { text: raw.trim(), line, column };
      }),
    );
  }
  return out;
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
    at('error', 'limit-cell-chars', { line: e.lines }, 'A record is longer than the limits allow (maxCellChars per cell and maxColumns cells).', 'Check the quotes of this line (an unclosed quote swallows the rest of the file), or raise limits in benchbench.yaml.');
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
  } else if (e.code === 'CSV_INVALID_CLOSING_QUOTE' && field?.afterQuote !== undefined && field.afterQuote >= 0) {
    offset = field.afterQuote;
    message = 'Text follows the closing quote of a quoted cell.';
  }
  const place = offset === undefined || offset < 0 ? { line: e.lines } : index.positionAt(offset);
  at('error', 'csv-syntax', place, message, QUOTE_HINT);
}
