/**
 * Reads one results file of BenchBench's catalog the way BenchBench's loader sees it
 * (IBM/benchbench `src/bat/benchmark.py`, `Benchmark.assign_df` and
 * `validate_dataframe_post_formatting`, on top of pandas' `read_csv`), and reports every
 * problem as an Issue with its line and column instead of crashing.
 *
 * - The first header cell must be `model` (or the caller's `modelColumn`); otherwise the
 *   file is rejected, as BenchBench rejects it ("DataFrame must contain a 'model' column").
 * - Model names and scenario headers are normalised by BenchBench's rules; a scenario is
 *   known by its display name (`prettified_names.json`), as in BenchBench.
 * - A blank cell, `-` (BenchBench's own marker) or one of pandas' missing-value spellings
 *   (`NA`, `NaN`, `null`...) is a missing score (a note). A row shorter than the header
 *   has missing scores at its end (a note).
 * - A column without any score is no scenario (a warning), as in BenchBench.
 * - A model appearing twice after normalisation keeps, per scenario, the higher of its
 *   scores, as BenchBench's `groupby(...).max()` does (a note naming both lines).
 * Where BenchBench would crash on the whole file (a non-numeric cell, a row longer than the
 * header, a blank model name), the problem is an error and only the offending cell or row is
 * left out, so that one bad cell does not hide the rest of the file.
 */
import { parse } from 'csv-parse/sync';
import { benchbenchModelName, benchbenchScenarioId, benchbenchScenarioName } from './benchbench-names.js';
import type { Issue } from '../model/issue.js';

export interface BenchBenchColumn {
  /** The header cell as written (pandas' `.1`, `.2` suffixes added to repeated headers). */
  readonly header: string;
  /** BenchBench's normalised id of the header. */
  readonly id: string;
  /** The display name BenchBench keys the scenario by. */
  readonly name: string;
  /** 1-based character column of the header cell on line 1. */
  readonly column: number;
}

export interface BenchBenchFile {
  readonly fileName: string;
  /** One column per distinct display name, in header order. */
  readonly columns: readonly BenchBenchColumn[];
  /** Normalised model names in order of first appearance. */
  readonly models: readonly string[];
  /** Normalised model name -> its first spelling in the file (trimmed). */
  readonly spellings: ReadonlyMap<string, string>;
  /** Display name -> normalised model -> score as written (max over duplicated models). */
  readonly scores: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface ReadOptions {
  readonly prettifiedNames: Readonly<Record<string, string>>;
  readonly modelColumn?: string;
}

/** pandas' default missing-value spellings (pandas 1.5 `STR_NA_VALUES`) plus BenchBench's `-`. */
const MISSING = new Set([
  '',
  '-',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'n/a',
  'nan',
  'null',
]);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
  /** 1-based character column of each cell that starts on `line`. */
  readonly columns: readonly number[];
}

type Report = (i: Omit<Issue, 'file'>) => void;

export function readBenchBenchFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions,
): { file?: BenchBenchFile; issues: Issue[] } {
  const issues: Issue[] = [];
  const issue: Report = (i) => void issues.push({ file: fileName, ...i });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issue({ severity: 'error', code: 'invalid-utf8', message: 'the file is not valid UTF-8; it is skipped' });
    return { issues };
  }
  const rows = parseRows(text);
  if ('error' in rows) {
    issue({
      severity: 'error',
      code: 'csv-syntax',
      line: rows.line,
      message: `${rows.error}; the file is skipped`,
    });
    return { issues };
  }
  const [head, ...body] = rows;
  if (!head) {
    issue({ severity: 'error', code: 'empty-file', message: 'the file has no header row; it is skipped' });
    return { issues };
  }
  if (!acceptedHeader(head, options, issue)) return { issues };
  const { columns, nameOfCell } = scenarioColumns(head, options, issue);
  const { models, firstSeen, scores } = readModelRows(head, body, columns, nameOfCell, issue);
  const scored = dropEmptyScenarios(head, columns, scores, issue);
  const spellings = new Map([...firstSeen].map(([model, { raw }]) => [model, raw.trim()]));
  return { file: { fileName, columns: scored, models, spellings, scores }, issues };
}

/** Whether BenchBench reads the file at all: a `model` first column, and wide. */
function acceptedHeader(head: Row, options: ReadOptions, issue: Report): boolean {
  const first = head.cells[0] ?? '';
  if (first !== 'model' && (options.modelColumn === undefined || first !== options.modelColumn)) {
    issue({
      severity: 'error',
      code: 'missing-model-column',
      line: head.line,
      column: 1,
      message: `the first column is "${first}", not "model"; BenchBench's loader rejects the file ("DataFrame must contain a 'model' column"), so it is skipped`,
      hint:
        first.trim() === ''
          ? 'name the first column "model"'
          : `rename the header to "model", or if "${first}" holds the model names, import with --model-column ${first}`,
    });
    return false;
  }
  if (head.cells.includes('scenario')) {
    issue({
      severity: 'error',
      code: 'unsupported-long-format',
      line: head.line,
      column: head.columns[head.cells.indexOf('scenario')],
      message:
        'a "scenario" column marks a long-format file, which this importer does not read; the file is skipped',
      hint: 'write the file wide: `model,<scenario>,<scenario>...`',
    });
    return false;
  }

  return true;
}

/** The scenario columns, keyed by display name, and each cell index's display name. */
function scenarioColumns(head: Row, options: ReadOptions, issue: Report) {
  const columns: BenchBenchColumn[] = [];
  const nameOfCell = new Map<number, string>();
  const seenHeaders = new Map<string, number>();
  head.cells.forEach((raw, i) => {
    if (i === 0) return;
    const column = head.columns[i];
    if (raw.trim() === '') {
      issue({
        severity: 'error',
        code: 'blank-column-name',
        line: head.line,
        column,
        message: `column ${i + 1} has no name; its cells are left out`,
      });
      return;
    }
    const header = pandasMangle(raw, seenHeaders);
    if (header !== raw) {
      issue({
        severity: 'warning',
        code: 'duplicate-column',
        line: head.line,
        column,
        message: `the header "${raw}" appears more than once; like pandas, BenchBench reads this one as "${header}"`,
      });
    }
    const name = benchbenchScenarioName(header, options.prettifiedNames);
    const same = columns.find((c) => c.name === name);
    if (same) {
      issue({
        severity: 'note',
        code: 'duplicate-scenario-column',
        line: head.line,
        column,
        message: `"${header}" and "${same.header}" both name the scenario "${name}"; each model keeps the higher of its scores, as BenchBench does`,
      });
    } else {
      columns.push({ header, id: benchbenchScenarioId(header), name, column: column ?? i + 1 });
    }
    nameOfCell.set(i, name);
  });

  return { columns, nameOfCell };
}

/** Every row's model and scores (the higher one for a model written twice). */
function readModelRows(
  head: Row,
  body: readonly Row[],
  columns: readonly BenchBenchColumn[],
  nameOfCell: ReadonlyMap<number, string>,
  issue: Report,
) {
  const models: string[] = [];
  const firstSeen = new Map<string, { line: number; raw: string }>();
  const scores = new Map<string, Map<string, number>>(columns.map((c) => [c.name, new Map()]));
  for (const row of body) {
    const rawModel = row.cells[0] ?? '';
    const model = MISSING.has(rawModel.trim()) ? '' : benchbenchModelName(rawModel);
    if (model === '') {
      issue({
        severity: 'error',
        code: 'missing-model',
        line: row.line,
        column: 1,
        message:
          rawModel.trim() === '' || MISSING.has(rawModel.trim())
            ? 'the model name is missing; the row is left out'
            : `the model name "${rawModel}" normalises to nothing; the row is left out`,
      });
      continue;
    }
    const previous = firstSeen.get(model);
    if (previous) {
      issue({
        severity: 'note',
        code: 'duplicate-model',
        line: row.line,
        column: 1,
        message: `"${rawModel}" (line ${row.line}) and "${previous.raw}" (line ${previous.line}) both normalise to "${model}"; each scenario keeps the higher score, as BenchBench does`,
      });
    } else {
      firstSeen.set(model, { line: row.line, raw: rawModel });
      models.push(model);
    }
    if (row.cells.length < head.cells.length) {
      issue({
        severity: 'note',
        code: 'short-row',
        line: row.line,
        column: row.columns.at(-1),
        message: `the row has ${row.cells.length} cells and the header ${head.cells.length}; the missing cells are missing scores`,
      });
    } else if (row.cells.length > head.cells.length) {
      issue({
        severity: 'error',
        code: 'long-row',
        line: row.line,
        column: row.columns[head.cells.length],
        message: `the row has ${row.cells.length} cells and the header ${head.cells.length}; the extra cells are left out (BenchBench's loader fails on this file)`,
      });
    }
    readScores(row, rawModel, model, head, nameOfCell, scores, issue);
  }

  return { models, firstSeen, scores };
}

/** The scores of one row's cells, into `scores` (display name -> model -> score). */
function readScores(
  row: Row,
  rawModel: string,
  model: string,
  head: Row,
  nameOfCell: ReadonlyMap<number, string>,
  scores: Map<string, Map<string, number>>,
  issue: Report,
): void {
  for (const [i, name] of nameOfCell) {
    const cell = row.cells[i];
    if (cell === undefined) continue;
    const where = { line: row.line, column: row.columns[i] };
    const value = cell.trim();
    if (MISSING.has(value)) {
      issue({
        severity: 'note',
        code: 'missing-score',
        ...where,
        message:
          value === ''
            ? `blank cell: no score for "${rawModel}" in "${head.cells[i]}"`
            : `"${cell}" read as a missing score for "${rawModel}" in "${head.cells[i]}"`,
      });
      continue;
    }
    if (!NUMBER.test(value)) {
      issue({
        severity: 'error',
        code: 'invalid-score',
        ...where,
        message: `"${cell}" is not a number (BenchBench's loader fails on this file: "score must be numeric"); the cell is left out`,
        hint: 'write a number, or leave the cell empty for a missing score',
      });
      continue;
    }
    const score = Number(value);
    const byModel = scores.get(name)!;
    const old = byModel.get(model);
    if (old === undefined || score > old) byModel.set(model, score);
  }
}

/** BenchBench drops missing scores, so a column without any is no scenario at all. */
function dropEmptyScenarios(
  head: Row,
  columns: readonly BenchBenchColumn[],
  scores: Map<string, Map<string, number>>,
  issue: Report,
): BenchBenchColumn[] {
  for (const c of columns.filter((c) => scores.get(c.name)!.size === 0)) {
    issue({
      severity: 'warning',
      code: 'empty-scenario',
      line: head.line,
      column: c.column,
      message: `the column "${c.header}" holds no score; like BenchBench, the importer has no scenario "${c.name}"`,
    });
    scores.delete(c.name);
  }
  return columns.filter((c) => scores.has(c.name));
}

/** pandas renames a repeated header `x` to `x.1`, `x.2`... (skipping names already used). */
function pandasMangle(header: string, seen: Map<string, number>): string {
  let count = seen.get(header);
  if (count === undefined) {
    seen.set(header, 0);
    return header;
  }
  let name: string;
  do {
    count += 1;
    name = `${header}.${count}`;
  } while (seen.has(name));
  seen.set(header, count);
  seen.set(name, 0);
  return name;
}

/** CSV records with their 1-based start line and cell columns; blank lines skipped, as pandas does. */
function parseRows(text: string): Row[] | { error: string; line?: number } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns `{ record, info }` objects; its typings do not say so.
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return { error: `the file is not valid CSV: ${err.message ?? String(e)}`, line: err.lines };
  }
  const lines = text.split(/\r\n|\n|\r/);
  return records.map(({ record, info }) => {
    const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    return { cells: record, line, columns: cellColumns(lines[line - 1] ?? '') };
  });
}

/** 1-based start column of each cell on a CSV line (cells continuing on later lines are not listed). */
function cellColumns(line: string): number[] {
  const columns = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ',' && !quoted) columns.push(i + 2);
  }
  return columns;
}
