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
import type { Limits } from './types.js';
import type { Issue } from '../model/issue.js';
import { ModelSpellings } from './model-spellings.js';
import { ownString } from './own-string.js';
import { QUOTE_HINT, readRecords, type At } from './record-source.js';
import { ScoreList } from './score-list.js';
import type { Position } from './text-position.js';

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
  /** Score k, in file order: its model (an index into `ParsedResults.modelNames`) and its value. */
  readonly modelIndex: Int32Array;
  readonly values: Float64Array;
  /** Where score k is written (found on demand: only issues and `cells` need places). */
  place(k: number): Position;
  /** The line of score k's row (cheaper than `place(k).line`). */
  rowLine(k: number): number;
  /** The scores as placed cells, built on first use. */
  readonly cells: readonly ScoreCell[];
}

export interface ParsedResults {
  /** Absent when the file could not be read far enough to tell. */
  readonly format?: 'wide' | 'long';
  /** Every model name (trimmed) at its first appearance, in file order. */
  readonly modelNames: readonly string[];
  /** The number of each of those names in the `spellings` given to the parser. */
  readonly modelSpellings: readonly number[];
  /** The same models as placed cells, built on first use. */
  readonly models: readonly Cell[];
  /** The line of each of those names' first row, built on first use. */
  readonly modelLines: Int32Array;
  readonly scenarios: readonly ParsedScenario[];
  readonly issues: readonly Issue[];
}

const MISSING = new Set(['', '-', 'na', 'n/a', 'nan']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

interface ScenarioBuilder {
  id: string;
  line: number;
  column: number;
  /** The field (column index) its scores are in: fixed per scenario in both formats. */
  field: number;
  scores: ScoreList;
  /** Model -> record of its first row for this scenario (long format). */
  rows: Map<string, number>;
}

export function parseResultsCsv(
  file: string,
  text: string,
  limits: Limits,
  spellings = new ModelSpellings(),
): ParsedResults {
  const issues: Issue[] = [];
  const at = (
    severity: Issue['severity'],
    code: string,
    place: Partial<Position>,
    message: string,
    hint: string,
  ) => issues.push({ severity, code, file, line: place.line, column: place.column, message, hint });
  const empty = (): ParsedResults => ({
    modelNames: [],
    modelSpellings: [],
    models: [],
    modelLines: new Int32Array(0),
    scenarios: [],
    issues,
  });

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) {
    at(
      'error',
      'limit-file-bytes',
      {},
      `The file is ${bytes} bytes; the limit maxFileBytes is ${limits.maxFileBytes}.`,
      'Split the file, or raise limits.max_file_bytes in benchbench.yaml.',
    );
    return empty();
  }
  // Line breaks become `\n`: lines and columns stay the same, and csv-parse sees one delimiter.
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;

  const read = readRecords(source, limits, at);
  if (!read) return empty();
  const { row: recordAt, kept, places, quoteFree } = read;
  if (kept.length === 0) {
    at(
      'error',
      'empty-file',
      {},
      'The file is empty.',
      'Write a header line `model,<scenario>...` and one row per model.',
    );
    return empty();
  }

  const header: Cell[] = recordAt(kept[0]!).map((raw, i) => ({
    text: raw.trim(),
    ...places.cell(kept[0]!, i),
  }));
  if (header.length > limits.maxColumns) {
    at(
      'error',
      'limit-columns',
      header[limits.maxColumns]!,
      `The header has ${header.length} columns; the limit maxColumns is ${limits.maxColumns}.`,
      'Split the file, or raise limits.max_columns in benchbench.yaml.',
    );
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
    at(
      'error',
      'missing-model-column',
      first,
      `The first column is ${JSON.stringify(first.text)}, not \`model\`.`,
      hint,
    );
    return empty();
  }

  const seenColumn = new Map<string, number>();
  const usable = header.map((cell, i) => {
    if (i > 0 && cell.text === '') {
      at(
        'error',
        'empty-column-name',
        cell,
        `Column ${i + 1} has no name.`,
        'Name every column, or delete the empty column.',
      );
      return false;
    }
    if (!cellOk(cell.text, () => cell, limits, at)) return false;
    if (isFormula(cell.text)) {
      formula(cell.text, cell);
      return false;
    }
    const previous = seenColumn.get(cell.text.toLowerCase());
    if (previous !== undefined) {
      at(
        'error',
        'duplicate-column',
        cell,
        `Column ${i + 1} repeats the name ${JSON.stringify(cell.text)} of column ${previous + 1}.`,
        'Give every column a distinct name; the first of the two is used.',
      );
      return false;
    }
    seenColumn.set(cell.text.toLowerCase(), i);
    return true;
  });

  const scenarioCol = names.indexOf('scenario');
  const scoreCol = names.indexOf('score');
  const format = scenarioCol > 0 && scoreCol > 0 ? 'long' : 'wide';
  const scenarios = new Map<string, ScenarioBuilder>();
  const scenario = (id: string, place: () => Position, field: number) => {
    let s = scenarios.get(id);
    if (!s) {
      const { line, column } = place();
      // A wide file has at most one score per row for each scenario.
      const capacity = format === 'wide' ? kept.length - 1 : 16;
      const own = ownString(id);
      scenarios.set(
        id,
        (s = { id: own, line, column, field, scores: new ScoreList(capacity), rows: new Map() }),
      );
    }
    return s;
  };
  const wideScenarios: (ScenarioBuilder | undefined)[] = [];
  if (format === 'wide')
    header.forEach(
      (cell, i) => (wideScenarios[i] = i > 0 && usable[i] ? scenario(cell.text, () => cell, i) : undefined),
    );

  const modelNames: string[] = [];
  const modelSpellings: number[] = [];
  // Spelling number -> the model's index in modelNames: spellings.indexInFile.
  spellings.startFile();
  /** Record of each model's first appearance. */
  const modelRecords: number[] = [];
  const missing = new Map<string, { count: number; first: Position }>();
  if (kept.length === 1) {
    at(
      'error',
      'no-rows',
      { line: header[0]!.line },
      'The file has a header but no rows of scores.',
      'Add one row per model below the header.',
    );
  }

  const width = header.length;
  // A quote-free wide row of plain cells is read in place (scanPlainRow); any other row below.
  const plainRows = quoteFree && format === 'wide';
  const plain: PlainRows = {
    source,
    maxCellChars: limits.maxCellChars,
    cellEnds: new Int32Array(width),
    values: new Float64Array(width),
    spellings,
    scenarios: wideScenarios,
    models: { names: modelNames, spellings: modelSpellings, records: modelRecords, previous: -1 },
    countMissing: (r, i) => countMissing('', r, i),
  };
  for (let k = 1; k < kept.length; k++) {
    const r = kept[k]!;
    if (plainRows && readPlainRow(plain, quoteFree.starts[r]!, quoteFree.ends[r]!, r)) continue;
    const row = recordAt(r);
    if (row.length > width) {
      at(
        'error',
        'column-count',
        places.cell(r, width),
        `This row has ${row.length} cells; the header has ${width}.`,
        `Remove the extra cells, or quote a cell that contains a comma. ${QUOTE_HINT}`,
      );
      continue;
    }
    if (row.length < width) {
      at(
        'warning',
        'short-row',
        places.cell(r, row.length),
        `This row has ${row.length} cell${row.length > 1 ? 's' : ''}; the header has ${width}. The missing cells are read as missing scores.`,
        'End the row with empty cells (commas) so that every row has as many cells as the header.',
      );
    }
    let ok = true;
    // A cell can only be too long trimmed if it is too long as it is: check the rare case only.
    for (let i = 0; i < row.length && ok; i++) {
      if (row[i]!.length > limits.maxCellChars)
        ok = cellOk(row[i]!.trim(), () => places.cell(r, i), limits, at);
    }
    if (!ok) continue;
    const model = row[0]!.trim();
    if (model === '') {
      at(
        'error',
        'empty-model',
        places.cell(r, 0),
        'This row has no model name.',
        'Write the model name in the first cell, or delete the row.',
      );
      continue;
    }
    if (isFormula(model)) {
      formula(model, places.cell(r, 0));
      continue;
    }
    const spelling = spellings.numberOf(model, plain.models.previous);
    plain.models.previous = spelling;
    let m = spellings.indexInFile(spelling);
    const seen = m !== undefined;
    if (m === undefined) {
      spellings.setIndexInFile(spelling, (m = modelNames.length));
      modelNames.push(spellings.written[spelling]!);
      modelSpellings.push(spelling);
      modelRecords.push(r);
    }

    if (format === 'wide') {
      // Every row that gets this far is read, so a model seen before is listed twice.
      if (seen) {
        at(
          'error',
          'duplicate-model',
          places.cell(r, 0),
          `Model ${JSON.stringify(model)} is listed twice: lines ${places.line(modelRecords[m]!)} and ${places.line(r)}.`,
          'Keep one row per model (the first is used).',
        );
        continue;
      }
      for (let i = 1; i < width; i++) {
        const s = wideScenarios[i];
        if (s === undefined) continue;
        // Cells past the end of a short row are padding: missing, and not counted as such.
        if (i >= row.length) continue;
        const value = score(row[i]!.trim(), r, i);
        if (value !== undefined) {
          s.scores.push(m, value, r);
        }
      }
    } else {
      const id = scenarioCol < row.length ? row[scenarioCol]!.trim() : '';
      if (id === '') {
        at(
          'error',
          'empty-scenario-name',
          places.cell(r, scenarioCol),
          'This row has no scenario name.',
          'Write the scenario id in the `scenario` column.',
        );
        continue;
      }
      if (isFormula(id)) {
        formula(id, places.cell(r, scenarioCol));
        continue;
      }
      const value = scoreCol < row.length ? score(row[scoreCol]!.trim(), r, scoreCol) : undefined;
      const s = scenario(id, () => places.cell(r, scenarioCol), scoreCol);
      const previous = s.rows.get(model);
      if (previous !== undefined) {
        at(
          'error',
          'duplicate-model',
          places.cell(r, 0),
          `Model ${JSON.stringify(model)} is listed twice for scenario ${JSON.stringify(id)}: lines ${places.line(previous)} and ${places.line(r)}.`,
          'Keep one row per model and scenario (the first is used).',
        );
        continue;
      }
      s.rows.set(model, r);
      if (value !== undefined) {
        s.scores.push(m, value, r);
      }
    }
  }

  for (const [spelling, { count, first }] of missing) {
    const s = count > 1 ? 's' : '';
    const what = spelling === '' ? `blank cell${s}` : `cell${s} written ${JSON.stringify(spelling)}`;
    at(
      'note',
      'missing-score',
      first,
      `${count} ${what} read as missing score${s} (the first here).`,
      'A missing score is fine: the model is left out of that scenario. An empty cell is the preferred spelling.',
    );
  }

  let modelCells: Cell[] | undefined;
  let modelLines: Int32Array | undefined;
  return {
    format,
    modelNames,
    modelSpellings,
    get models(): readonly Cell[] {
      return (modelCells ??= modelNames.map((text, i) => ({ text, ...places.cell(modelRecords[i]!, 0) })));
    },
    get modelLines(): Int32Array {
      if (!modelLines) {
        modelLines = new Int32Array(modelRecords.length);
        const lineOf = quoteFree ? (r: number) => quoteFree.lines[r]! : (r: number) => places.line(r);
        for (let i = 0; i < modelRecords.length; i++) modelLines[i] = lineOf(modelRecords[i]!);
      }
      return modelLines;
    },
    scenarios: [...scenarios.values()].map((s): ParsedScenario => {
      let cells: ScoreCell[] | undefined;
      const { modelIndex, values, records } = s.scores.done();
      const place = (k: number): Position => places.cell(records[k]!, s.field);
      return {
        id: s.id,
        line: s.line,
        column: s.column,
        modelIndex,
        values,
        place,
        rowLine: (k) => places.line(records[k]!),
        get cells(): readonly ScoreCell[] {
          return (cells ??= Array.from(values, (value, k) => ({
            model: modelNames[modelIndex[k]!]!,
            value,
            ...place(k),
          })));
        },
      };
    }),
    issues,
  };

  function score(t: string, r: number, i: number): number | undefined {
    if (NUMBER.test(t)) {
      const v = Number(t);
      if (Number.isFinite(v)) return v;
      at(
        'error',
        'non-finite-score',
        places.cell(r, i),
        `The score ${JSON.stringify(t)} is too large to be a finite number.`,
        'Write a finite decimal number.',
      );
      return undefined;
    }
    if (MISSING.has(t.toLowerCase())) {
      countMissing(t, r, i);
      return undefined;
    }
    if (/^[+-]?inf(inity)?$/i.test(t)) {
      at(
        'error',
        'non-finite-score',
        places.cell(r, i),
        `The score ${JSON.stringify(t)} is infinite.`,
        'Write a finite decimal number, or leave the cell empty for a missing score.',
      );
      return undefined;
    }
    if (isFormula(t)) {
      formula(t, places.cell(r, i));
      return undefined;
    }
    const hint = /^[+-]?\d+(\.\d+)?\s*%$/.test(t)
      ? `Write the number without the percent sign (${t.replace(/\s*%$/, '')}).`
      : /^[+-]?\d+,\d+$/.test(t)
        ? `Use a decimal point, not a comma (${t.replace(',', '.')}).`
        : 'Write a decimal number such as 71.3 or 0.713, or leave the cell empty for a missing score.';
    at(
      'error',
      'non-numeric-score',
      places.cell(r, i),
      `The score ${JSON.stringify(t)} is not a number.`,
      hint,
    );
    return undefined;
  }

  function countMissing(t: string, r: number, i: number): void {
    const m = missing.get(t);
    if (m) m.count++;
    else missing.set(t, { count: 1, first: places.cell(r, i) });
  }

  function formula(t: string, place: Position): void {
    at(
      'error',
      'spreadsheet-formula',
      place,
      `The cell ${JSON.stringify(t.slice(0, 40))} looks like a spreadsheet formula.`,
      'Export values, not formulas; a cell must not start with =, + or @ unless it is a number.',
    );
  }
}

/** What reading plain rows needs: the parser's state it adds to. */
interface PlainRows {
  readonly source: string;
  readonly maxCellChars: number;
  /** Scratch space for one row: where each cell ends, and the scores read. */
  readonly cellEnds: Int32Array;
  readonly values: Float64Array;
  readonly spellings: ModelSpellings;
  /** Field i -> its scenario (undefined for the model column and unusable columns). */
  readonly scenarios: readonly (ScenarioBuilder | undefined)[];
  /** The file's models so far: name, spelling number, record of the first row; the last spelling read. */
  readonly models: { names: string[]; spellings: number[]; records: number[]; previous: number };
  /** Counts a blank cell (field i of record r) as a missing score. */
  readonly countMissing: (r: number, i: number) => void;
}

/**
 * Reads record r, source[start, end) of a wide file without quotes, when it is plain
 * (scanPlainRow) and names a model new to the file: true once its scores are added. Any other
 * row is left to the general path (false), which reads it and reports its problems.
 */
function readPlainRow(p: PlainRows, start: number, end: number, r: number): boolean {
  if (!scanPlainRow(p.source, start, end, p.maxCellChars, p.cellEnds, p.values)) return false;
  const { models, spellings } = p;
  const spelling = spellings.numberAt(p.source, start, p.cellEnds[0]!, models.previous);
  if (spellings.indexInFile(spelling) !== undefined) return false;
  models.previous = spelling;
  const m = models.names.length;
  spellings.setIndexInFile(spelling, m);
  models.names.push(spellings.written[spelling]!);
  models.spellings.push(spelling);
  models.records.push(r);
  for (let i = 1; i < p.cellEnds.length; i++) {
    const s = p.scenarios[i];
    if (s === undefined) continue;
    const value = p.values[i]!;
    if (value === value) s.scores.push(m, value, r);
    else p.countMissing(r, i);
  }
  return true;
}

/**
 * Whether source[start, end), a record without quotes, has exactly `cellEnds.length` cells of
 * at most `maxCellChars` each, a model name that trimming leaves as it is and that cannot be a
 * formula (printable ASCII at both ends, no `=`, `+` or `@` first), and scores that are blank
 * or plain decimal numbers. Then cellEnds[i] is where cell i ends and values[i] its number
 * (NaN for a blank cell), exactly as Number() reads it. Anything else is the general path's.
 */
function scanPlainRow(
  source: string,
  start: number,
  end: number,
  maxCellChars: number,
  cellEnds: Int32Array,
  values: Float64Array,
): boolean {
  const width = cellEnds.length;
  let cell = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && source.charCodeAt(i) !== 44 /* , */) continue;
    if (cell === width || i - from > maxCellChars) return false;
    cellEnds[cell] = i;
    if (cell > 0) {
      const value = from === i ? NaN : plainDecimal(source, from, i);
      if (value === undefined) return false;
      values[cell] = value;
    }
    cell++;
    from = i + 1;
  }
  if (cell !== width) return false;
  const first = source.charCodeAt(start);
  const last = source.charCodeAt(cellEnds[0]! - 1);
  return (
    cellEnds[0]! > start &&
    first > 32 &&
    first < 127 &&
    first !== 61 &&
    first !== 43 &&
    first !== 64 &&
    last > 32 &&
    last < 127
  );
}

/** Exact powers of ten as doubles. */
const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * source[start, end) as a number when it matches NUMBER (and is finite), else undefined. Up to
 * 15 digits and no exponent, the digits as an integer divided by a power of ten: both exact,
 * so the one rounding of the division gives the correctly rounded value, which is Number()'s.
 */
function plainDecimal(source: string, start: number, end: number): number | undefined {
  let i = start;
  const sign = source.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  let digits = 0;
  let fraction = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else break;
  }
  if (digits === 0) return undefined;
  if (i === end && digits <= 15) {
    const value = fraction > 0 ? mantissa / POWERS[fraction]! : mantissa;
    return sign === 45 ? -value : value;
  }
  const text = source.slice(start, end);
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Starts with =, + or @ and is not a number. */
function isFormula(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 61 || c === 43 || c === 64) && !NUMBER.test(t);
}

function cellOk(text: string, place: () => Position, limits: Limits, at: At): boolean {
  if (text.length <= limits.maxCellChars) return true;
  at(
    'error',
    'limit-cell-chars',
    place(),
    `This cell has ${text.length} characters; the limit maxCellChars is ${limits.maxCellChars}.`,
    'Shorten the cell, or raise limits.max_cell_chars in benchbench.yaml.',
  );
  return false;
}
