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
import { makeIssue, type Issue } from '../model/issue.js';
import { codeUnits, type CodeUnits } from './code-units.js';
import { HASH_START, hashEnd, hashStep, ModelSpellings } from './model-spellings.js';
import { ownString } from './own-string.js';
import {
  QUOTE_HINT,
  readRecords,
  type At,
  type Places,
  type QuoteFree,
  type Records,
} from './record-source.js';
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
  /** Every model name (trimmed) at its first appearance, in file order (built on first use). */
  readonly modelNames: readonly string[];
  /** The number of each of those names in the `spellings` given to the parser. */
  readonly modelSpellings: Int32Array;
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
  /** The text's code units, when the caller has them (decode-text.ts: an ASCII file's bytes). */
  units?: CodeUnits,
): ParsedResults {
  const issues: Issue[] = [];
  const at: At = (severity, code, place, message, hint) =>
    issues.push(makeIssue({ severity, code, file, line: place.line, column: place.column, message, hint }));
  const source = readableText(text, limits, at);
  const records = source === undefined ? undefined : readRecords(source, limits, at);
  const header = records && readHeader(records, limits, at);
  if (source === undefined || !records || !header) return emptyResults(issues);
  // Units of the text as given: its own when the byte order mark or line ends were changed.
  const sourceUnits = units && source === text ? units : undefined;
  const results = new ResultsFile(source, records, header, limits, spellings, at, sourceUnits);
  results.readRows();
  missingNotes(results.missing, at);
  return results.results(issues);
}

/** The text without its byte order mark, line breaks as `\n`; undefined (an issue) past maxFileBytes. */
function readableText(text: string, limits: Limits, at: At): string | undefined {
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
    return undefined;
  }
  // Line breaks become `\n`: lines and columns stay the same, and csv-parse sees one delimiter.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const emptyResults = (issues: readonly Issue[]): ParsedResults => ({
  modelNames: [],
  modelSpellings: new Int32Array(0),
  models: [],
  modelLines: new Int32Array(0),
  scenarios: [],
  issues,
});

/** The header's cells (trimmed, placed) when the file has one that starts with `model`. */
function readHeader(records: Records, limits: Limits, at: At): Cell[] | undefined {
  const { kept, places } = records;
  if (kept.length === 0) {
    at(
      'error',
      'empty-file',
      {},
      'The file is empty.',
      'Write a header line `model,<scenario>...` and one row per model.',
    );
    return undefined;
  }
  const header: Cell[] = records.row(kept[0]!).map((raw, i) => ({
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
    return undefined;
  }
  return header[0]!.text.toLowerCase() === 'model' ? header : missingModelColumn(header, at);
}

function missingModelColumn(header: readonly Cell[], at: At): undefined {
  const first = header[0]!;
  const elsewhere = header.findIndex((c) => c.text.toLowerCase() === 'model');
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
  return undefined;
}

/** Whether each column can be read: named, not too long, not a formula, not a repeated name. */
function usableColumns(header: readonly Cell[], limits: Limits, at: At): boolean[] {
  const seenColumn = new Map<string, number>();
  return header.map((cell, i) => {
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
      formula(at, cell.text, cell);
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
}

/** One note per spelling of a missing score, at its first cell. */
function missingNotes(missing: ReadonlyMap<string, { count: number; first: Position }>, at: At): void {
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
}

function formula(at: At, t: string, place: Position): void {
  at(
    'error',
    'spreadsheet-formula',
    place,
    `The cell ${JSON.stringify(t.slice(0, 40))} looks like a spreadsheet formula.`,
    'Export values, not formulas; a cell must not start with =, + or @ unless it is a number.',
  );
}

/** The rows of a file whose header starts with `model`: its models, scenarios and their scores. */
class ResultsFile {
  readonly format: 'wide' | 'long';
  /** Missing-score spelling -> how many, and the first cell. */
  readonly missing = new Map<string, { count: number; first: Position }>();
  private readonly places: Places;
  private readonly width: number;
  private readonly scenarioCol: number;
  private readonly scoreCol: number;
  private readonly scenarios = new Map<string, ScenarioBuilder>();
  private readonly plain: PlainRows;
  /** The file's models: spelling number and record of first appearance. */
  private readonly models: FileModels;

  constructor(
    source: string,
    private readonly records: Records,
    header: readonly Cell[],
    private readonly limits: Limits,
    private readonly spellings: ModelSpellings,
    private readonly at: At,
    units?: CodeUnits,
  ) {
    this.places = records.places;
    this.width = header.length;
    const usable = usableColumns(header, limits, at);
    const names = header.map((c) => c.text.toLowerCase());
    this.scenarioCol = names.indexOf('scenario');
    this.scoreCol = names.indexOf('score');
    this.format = this.scenarioCol > 0 && this.scoreCol > 0 ? 'long' : 'wide';
    const wideScenarios: (ScenarioBuilder | undefined)[] = [];
    if (this.format === 'wide')
      header.forEach(
        (cell, i) =>
          (wideScenarios[i] = i > 0 && usable[i] ? this.scenario(cell.text, () => cell, i) : undefined),
      );
    // Spelling number -> the model's index in modelNames: spellings.indexInFile.
    spellings.startFile();
    this.models = new FileModels(records.kept.length);
    if (records.kept.length === 1) {
      at(
        'error',
        'no-rows',
        { line: header[0]!.line },
        'The file has a header but no rows of scores.',
        'Add one row per model below the header.',
      );
    }
    this.plain = {
      source,
      units: records.quoteFree && this.format === 'wide' ? (units ?? codeUnits(source)) : new Uint8Array(0),
      maxCellChars: limits.maxCellChars,
      cellEnds: new Int32Array(this.width),
      values: new Float64Array(this.width),
      spellings,
      scenarios: wideScenarios,
      models: this.models,
      countMissing: (r, i) => this.countMissing('', r, i),
    };
  }

  private scenario(id: string, place: () => Position, field: number): ScenarioBuilder {
    let s = this.scenarios.get(id);
    if (!s) {
      const { line, column } = place();
      // A wide file has at most one score per row for each scenario.
      const capacity = this.format === 'wide' ? this.records.kept.length - 1 : 16;
      s = { id: ownString(id), line, column, field, scores: new ScoreList(capacity), rows: new Map() };
      this.scenarios.set(id, s);
    }
    return s;
  }

  readRows(): void {
    const { kept, quoteFree } = this.records;
    // A quote-free wide file's plain rows are read in place (readPlainRows); any other row below.
    if (quoteFree && this.format === 'wide')
      readPlainRows(this.plain, kept, quoteFree, (r) => this.readRow(r));
    else for (let k = 1; k < kept.length; k++) this.readRow(kept[k]!);
  }

  /** Any row: its cell count and sizes checked, its model named, then its scores. */
  private readRow(r: number): void {
    const { at, places, width } = this;
    const row = this.records.row(r);
    if (row.length > width) {
      at(
        'error',
        'column-count',
        places.cell(r, width),
        `This row has ${row.length} cells; the header has ${width}.`,
        `Remove the extra cells, or quote a cell that contains a comma. ${QUOTE_HINT}`,
      );
      return;
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
    // A cell can only be too long trimmed if it is too long as it is: check the rare case only.
    for (let i = 0; i < row.length; i++) {
      if (
        row[i]!.length > this.limits.maxCellChars &&
        !cellOk(row[i]!.trim(), () => places.cell(r, i), this.limits, at)
      )
        return;
    }
    const model = this.modelOf(r, row);
    if (model === undefined) return;
    if (this.format === 'wide') this.wideScores(r, row, model);
    else this.longScore(r, row, model);
  }

  /** The row's model (its name and index in the file, and whether it was named before), or undefined (an issue). */
  private modelOf(r: number, row: readonly string[]): { name: string; m: number; seen: boolean } | undefined {
    const { at } = this;
    const name = row[0]!.trim();
    if (name === '') {
      at(
        'error',
        'empty-model',
        this.places.cell(r, 0),
        'This row has no model name.',
        'Write the model name in the first cell, or delete the row.',
      );
      return undefined;
    }
    if (isFormula(name)) {
      formula(at, name, this.places.cell(r, 0));
      return undefined;
    }
    const { spellings, models } = this;
    const spelling = spellings.numberOf(name, models.previous);
    models.previous = spelling;
    let m = spellings.indexInFile(spelling);
    const seen = m !== undefined;
    if (m === undefined) spellings.setIndexInFile(spelling, (m = models.add(spelling, r)));
    return { name, m, seen };
  }

  private wideScores(
    r: number,
    row: readonly string[],
    model: { name: string; m: number; seen: boolean },
  ): void {
    const { places } = this;
    // Every row that gets this far is read, so a model seen before is listed twice.
    if (model.seen) {
      this.at(
        'error',
        'duplicate-model',
        places.cell(r, 0),
        `Model ${JSON.stringify(model.name)} is listed twice: lines ${places.line(this.models.records[model.m]!)} and ${places.line(r)}.`,
        'Keep one row per model (the first is used).',
      );
      return;
    }
    for (let i = 1; i < this.width; i++) {
      const s = this.plain.scenarios[i];
      // Cells past the end of a short row are padding: missing, and not counted as such.
      if (s === undefined || i >= row.length) continue;
      const value = this.score(row[i]!.trim(), r, i);
      if (value !== undefined) s.scores.push(model.m, value, r);
    }
  }

  private longScore(r: number, row: readonly string[], model: { name: string; m: number }): void {
    const { at, places, scenarioCol, scoreCol } = this;
    const id = scenarioCol < row.length ? row[scenarioCol]!.trim() : '';
    if (id === '') {
      at(
        'error',
        'empty-scenario-name',
        places.cell(r, scenarioCol),
        'This row has no scenario name.',
        'Write the scenario id in the `scenario` column.',
      );
      return;
    }
    if (isFormula(id)) {
      formula(at, id, places.cell(r, scenarioCol));
      return;
    }
    const value = scoreCol < row.length ? this.score(row[scoreCol]!.trim(), r, scoreCol) : undefined;
    const s = this.scenario(id, () => places.cell(r, scenarioCol), scoreCol);
    const previous = s.rows.get(model.name);
    if (previous !== undefined) {
      at(
        'error',
        'duplicate-model',
        places.cell(r, 0),
        `Model ${JSON.stringify(model.name)} is listed twice for scenario ${JSON.stringify(id)}: lines ${places.line(previous)} and ${places.line(r)}.`,
        'Keep one row per model and scenario (the first is used).',
      );
      return;
    }
    s.rows.set(model.name, r);
    if (value !== undefined) s.scores.push(model.m, value, r);
  }

  /** The score a trimmed cell holds, or undefined (a missing score, or an issue). */
  private score(t: string, r: number, i: number): number | undefined {
    const { at, places } = this;
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
      this.countMissing(t, r, i);
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
      formula(at, t, places.cell(r, i));
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

  private countMissing(t: string, r: number, i: number): void {
    const m = this.missing.get(t);
    if (m) m.count++;
    else this.missing.set(t, { count: 1, first: this.places.cell(r, i) });
  }

  /** What was read, with places found on first use. */
  results(issues: readonly Issue[]): ParsedResults {
    const { places } = this;
    const { quoteFree } = this.records;
    const modelSpellings = this.models.spellings.subarray(0, this.models.count);
    const modelRecords = this.models.records.subarray(0, this.models.count);
    const { written } = this.spellings;
    let modelNames: string[] | undefined;
    const names = (): readonly string[] => (modelNames ??= Array.from(modelSpellings, (n) => written[n]!));
    let modelCells: Cell[] | undefined;
    let modelLines: Int32Array | undefined;
    return {
      format: this.format,
      get modelNames(): readonly string[] {
        return names();
      },
      modelSpellings,
      get models(): readonly Cell[] {
        return (modelCells ??= names().map((text, i) => ({ text, ...places.cell(modelRecords[i]!, 0) })));
      },
      get modelLines(): Int32Array {
        if (!modelLines) {
          modelLines = new Int32Array(modelRecords.length);
          const lines = quoteFree?.lines;
          for (let i = 0; i < modelRecords.length; i++)
            modelLines[i] = lines ? lines[modelRecords[i]!]! : places.line(modelRecords[i]!);
        }
        return modelLines;
      },
      scenarios: [...this.scenarios.values()].map((s) => parsedScenario(s, places, names)),
      issues,
    };
  }
}

function parsedScenario(
  s: ScenarioBuilder,
  places: Places,
  modelNames: () => readonly string[],
): ParsedScenario {
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
        model: modelNames()[modelIndex[k]!]!,
        value,
        ...place(k),
      })));
    },
  };
}

/**
 * The models of a file so far, in order of first row: the number of the name's spelling and the
 * record of that row (typed arrays sized by the file's records: a file names at most one model
 * per record); and the spelling read last (model-spellings.ts tries its successor first).
 */
class FileModels {
  count = 0;
  previous = -1;
  readonly spellings: Int32Array;
  readonly records: Int32Array;

  constructor(capacity: number) {
    this.spellings = new Int32Array(capacity);
    this.records = new Int32Array(capacity);
  }

  /** Adds a model: its index in the file. */
  add(spelling: number, record: number): number {
    this.spellings[this.count] = spelling;
    this.records[this.count] = record;
    return this.count++;
  }
}

/** What reading plain rows needs: the parser's state it adds to. */
interface PlainRows {
  readonly source: string;
  /** The source's code units (code-units.ts), when it has no quote; read instead of the string. */
  readonly units: CodeUnits;
  readonly maxCellChars: number;
  /** Scratch space for one row: where each cell ends, and the scores read. */
  readonly cellEnds: Int32Array;
  readonly values: Float64Array;
  readonly spellings: ModelSpellings;
  /** Field i -> its scenario (undefined for the model column and unusable columns). */
  readonly scenarios: readonly (ScenarioBuilder | undefined)[];
  readonly models: FileModels;
  /** Counts a blank cell (field i of record r) as a missing score. */
  readonly countMissing: (r: number, i: number) => void;
}

/**
 * Reads the records `kept` (but the header) of a wide file without quotes: a plain row
 * (scanPlainRow) that names a model new to the file is read here, any other row is left to
 * `general`, which reads it and reports its problems. One loop with its state in locals: this
 * is where a large catalog spends its reading time.
 */
function readPlainRows(p: PlainRows, kept: Int32Array, q: QuoteFree, general: (r: number) => void): void {
  const { units, source, maxCellChars, cellEnds, values, spellings, scenarios, models } = p;
  const { starts, ends } = q;
  const width = cellEnds.length;
  for (let k = 1; k < kept.length; k++) {
    const r = kept[k]!;
    const start = starts[r]!;
    const hash = scanPlainRow(units, source, start, ends[r]!, maxCellChars, cellEnds, values);
    if (hash < 0) {
      general(r);
      continue;
    }
    const spelling = spellings.numberAt(units, start, cellEnds[0]!, source, models.previous, hash);
    if (spellings.indexInFile(spelling) !== undefined) {
      general(r);
      continue;
    }
    models.previous = spelling;
    const m = models.add(spelling, r);
    spellings.setIndexInFile(spelling, m);
    for (let i = 1; i < width; i++) {
      const s = scenarios[i];
      if (s === undefined) continue;
      const value = values[i]!;
      if (value === value) s.scores.push(m, value, r);
      else p.countMissing(r, i);
    }
  }
}

/**
 * Whether source[start, end), a record without quotes, has exactly `cellEnds.length` cells of
 * at most `maxCellChars` each, a model name that trimming leaves as it is and that cannot be a
 * formula (printable ASCII at both ends, no `=`, `+` or `@` first), and scores that are blank
 * or plain decimal numbers. Then cellEnds[i] is where cell i ends and values[i] its number
 * (NaN for a blank cell), exactly as Number() reads it, and the result is the name's hash
 * (spellingHash); otherwise -1, and the row is the general path's.
 */
function scanPlainRow(
  units: CodeUnits,
  source: string,
  start: number,
  end: number,
  maxCellChars: number,
  cellEnds: Int32Array,
  values: Float64Array,
): number {
  // The name is hashed as it is scanned (model-spellings.ts): one pass over its units.
  let i = start;
  let h = HASH_START;
  for (; i < end; i++) {
    const u = units[i]!;
    if (u === 44 /* , */) break;
    h = hashStep(h, u);
  }
  if (i === start || i - start > maxCellChars || !plainName(units[start]!, units[i - 1]!)) return -1;
  cellEnds[0] = i;
  for (let cell = 1; cell < cellEnds.length; cell++) {
    if (i === end) return -1;
    const from = ++i;
    i = scanNumber(units, source, from, end, values, cell);
    if (i < 0 || i - from > maxCellChars) return -1;
    cellEnds[cell] = i;
  }
  return i === end ? hashEnd(h) : -1;
}

/** Printable ASCII at both ends, and no `=`, `+` or `@` first. */
const plainName = (first: number, last: number): boolean =>
  first > 32 && first < 127 && first !== 61 && first !== 43 && first !== 64 && last > 32 && last < 127;

/**
 * Reads the cell that starts at `from` (it ends at the next comma or at `end`) into values[cell]:
 * NaN when blank, else its number, exactly as Number() reads it. Where the cell ends, or -1 when
 * it is neither. Up to 15 digits with no exponent, read in one pass up to the comma: the digits
 * as an integer divided by a power of ten, both exact, so the one rounding of the division gives
 * the correctly rounded value, which is Number()'s. Any other cell is read by `otherNumber`.
 */
function scanNumber(
  units: CodeUnits,
  source: string,
  from: number,
  end: number,
  values: Float64Array,
  cell: number,
): number {
  let i = from;
  const sign = units[i];
  if (sign === 43 || sign === 45) i++;
  let digits = 0;
  let fraction = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    const c = units[i]!;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else break;
  }
  if (digits > 0 && digits <= 15 && (i === end || units[i] === 44)) {
    const value = fraction > 0 ? mantissa / POWERS[fraction]! : mantissa;
    values[cell] = sign === 45 ? -value : value;
    return i;
  }
  let j = i;
  while (j < end && units[j] !== 44) j++;
  const value = j === from ? NaN : otherNumber(source.slice(from, j));
  if (value === undefined) return -1;
  values[cell] = value;
  return j;
}

/** Exact powers of ten as doubles. */
const POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** A cell as a number when it matches NUMBER and is finite, else undefined. */
function otherNumber(text: string): number | undefined {
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
