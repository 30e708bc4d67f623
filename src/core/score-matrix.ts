/** Building and reading the dense score matrix (see ScoreMatrix in types.ts). */
import { flipLowerIsBetter } from './direction.js';
import type { Direction, RowSource, ScoreMatrix } from './types.js';

/**
 * Scores that also carry model numbers: `modelValues[k]` is the score of model `modelIds[modelNumbers[k]]`
 * (numbers distinct within one column). Columns that share one `modelIds` array are placed in
 * the matrix by number, without a look-up per score (catalog/results-table.ts makes them).
 */
export interface NumberedScores {
  readonly modelIds: readonly string[];
  readonly modelNumbers: Int32Array;
  readonly modelValues: ArrayLike<number>;
}

export interface ScenarioColumn extends RowSource {
  readonly id: string;
  readonly direction?: Direction;
  /** Model -> score as written; NaN or absent = missing. */
  readonly scores: ReadonlyMap<string, number> & Partial<NumberedScores>;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A matrix with models and scenarios sorted by id (so results never depend on file order),
 * lower-is-better scenarios already flipped to higher-is-better; `sources` are the columns.
 *
 * `storage`, when given and large enough, is written over instead of allocating: its owner gives
 * up whatever it held (a pull request's base matrix, once the head's is needed: one matrix in
 * memory at a time). `previous`, the matrix `storage` holds, lends its rows: where it has the
 * same models and a column of the same scores and direction, that row is moved, not rebuilt.
 * The matrix is the same either way.
 */
export function buildScoreMatrix(
  columns: readonly ScenarioColumn[],
  storage?: Float64Array,
  previous?: ScoreMatrix,
): ScoreMatrix {
  const sortedColumns = [...columns].sort((a, b) => byCodeUnit(a.id, b.id));
  const { models, place } = numbered(sortedColumns) ?? byName(sortedColumns);
  const n = models.length;
  const size = sortedColumns.length * n;
  const inStorage = storage !== undefined && storage.length >= size;
  const values = inStorage ? storage.subarray(0, size) : new Float64Array(size);
  const scored = new Int32Array(sortedColumns.length);
  const lent = inStorage && previous ? lentRows(storage, previous, models, sortedColumns) : undefined;
  if (lent) moveRows(storage!, n, lent, previous!, scored);
  else values.fill(NaN);
  sortedColumns.forEach((c, s) => {
    if (lent && lent[s]! >= 0) return;
    const row = values.subarray(s * n, (s + 1) * n);
    if (lent) row.fill(NaN);
    const placed = place(c, row);
    if (c.direction === 'lower') flipLowerIsBetter(row, row);
    scored[s] = placed >= 0 ? placed : countScored(row);
  });
  return { models, scenarios: sortedColumns.map((c) => c.id), values, sources: sortedColumns, scored };
}

/**
 * Row s of the new matrix -> the row of `previous` that holds it already (-1: none), when
 * `previous` lies at the start of `storage` and has the same models; undefined otherwise.
 * The rows lent are in increasing order (both matrices sort scenarios by id), which moveRows needs.
 */
function lentRows(
  storage: Float64Array,
  previous: ScoreMatrix,
  models: readonly string[],
  columns: readonly ScenarioColumn[],
): Int32Array | undefined {
  const { sources } = previous;
  const atStart =
    previous.values.buffer === storage.buffer && previous.values.byteOffset === storage.byteOffset;
  if (!atStart || !sources || !sameStrings(previous.models, models)) return undefined;
  const rowOf = new Map(sources.map((src, p) => [src.scores, p]));
  const lent = new Int32Array(columns.length).fill(-1);
  let last = -1;
  columns.forEach((c, s) => {
    const p = rowOf.get(c.scores);
    if (p === undefined || p <= last || (sources[p]!.direction ?? 'higher') !== (c.direction ?? 'higher'))
      return;
    lent[s] = last = p;
  });
  return lent;
}

/**
 * Moves each lent row p to its new place s within `storage`. As the rows lent increase with s, a
 * row moving up (p > s) never lands on one still to move when they go in increasing s, nor a
 * row moving down (p < s) when they go in decreasing s.
 */
function moveRows(
  storage: Float64Array,
  n: number,
  lent: Int32Array,
  previous: ScoreMatrix,
  scored: Int32Array,
): void {
  const move = (s: number): void => {
    const p = lent[s]!;
    if (p !== s) storage.copyWithin(s * n, p * n, (p + 1) * n);
    scored[s] = previous.scored?.[p] ?? countScored(storage.subarray(s * n, (s + 1) * n));
  };
  for (let s = 0; s < lent.length; s++) if (lent[s]! >= s) move(s);
  for (let s = lent.length - 1; s >= 0; s--) if (lent[s]! >= 0 && lent[s]! < s) move(s);
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** The cells of a row that hold a score (not NaN). */
export function countScored(row: Float64Array): number {
  let n = 0;
  for (let m = 0; m < row.length; m++) if (row[m] === row[m]) n++;
  return n;
}

/**
 * Cells enough for buildScoreMatrix(columns), to size a `storage` that several matrices use in
 * turn: exact for columns keyed by name; for numbered ones, the columns times the models of
 * their table (an upper bound found without a pass over the scores).
 */
export function matrixCells(columns: readonly ScenarioColumn[]): number {
  return columns.length * (tableIds(columns) ?? byName(columns).models).length;
}

interface Placement {
  /** Every model of the columns, sorted by id. */
  readonly models: string[];
  /**
   * Writes a column's scores into its row of the matrix; returns how many are not NaN, or -1
   * when one is infinite (flipping a lower-is-better row may then turn scores into NaN).
   */
  readonly place: (c: ScenarioColumn, row: Float64Array) => number;
}

/** What `place` returns after counting `scored` scores, `infinite` true when one was infinite. */
const placed = (scored: number, infinite: boolean): number => (infinite ? -1 : scored);

/** Columns keyed by name: one look-up per score. */
function byName(columns: readonly ScenarioColumn[]): Placement {
  const modelSet = new Set<string>();
  for (const c of columns) c.scores.forEach((_, m) => modelSet.add(m));
  const models = [...modelSet].sort(byCodeUnit);
  const index = new Map(models.map((m, i) => [m, i]));
  return {
    models,
    place: (c, row) => {
      let scored = 0;
      let infinite = false;
      c.scores.forEach((v, m) => {
        row[index.get(m)!] = v;
        if (v === v) scored++;
        if (v === Infinity || v === -Infinity) infinite = true;
      });
      return placed(scored, infinite);
    },
  };
}

/** Columns numbered by one model table: placed by number (the same matrix as byName gives). */
function numbered(columns: readonly ScenarioColumn[]): Placement | undefined {
  const ids = tableIds(columns);
  if (!ids) return undefined;
  const used = new Uint8Array(ids.length);
  // Indexed loops: a for-of over a typed array is several times slower here.
  for (const c of columns) {
    const numbers = c.scores.modelNumbers!;
    for (let k = 0; k < numbers.length; k++) used[numbers[k]!] = 1;
  }
  const numbers: number[] = [];
  used.forEach((u, n) => u && numbers.push(n));
  numbers.sort((a, b) => byCodeUnit(ids[a]!, ids[b]!));
  const column = new Int32Array(ids.length);
  numbers.forEach((n, i) => (column[n] = i));
  return {
    models: numbers.map((n) => ids[n]!),
    place: (c, row) => {
      const { modelNumbers, modelValues } = c.scores as NumberedScores;
      let scored = 0;
      let infinite = false;
      for (let k = 0; k < modelNumbers.length; k++) {
        const v = modelValues[k]!;
        row[column[modelNumbers[k]!]!] = v;
        if (v === v) scored++;
        if (v === Infinity || v === -Infinity) infinite = true;
      }
      return placed(scored, infinite);
    },
  };
}

/** The model ids of the one table that numbers every column, if one does. */
function tableIds(columns: readonly ScenarioColumn[]): readonly string[] | undefined {
  const ids = columns[0]?.scores.modelIds;
  const all = columns.every(
    (c) => c.scores.modelIds === ids && c.scores.modelNumbers && c.scores.modelValues,
  );
  return ids && all ? ids : undefined;
}

/** The scores of scenario s (a view, not a copy). */
export function scenarioRow(matrix: ScoreMatrix, s: number): Float64Array {
  const n = matrix.models.length;
  return matrix.values.subarray(s * n, (s + 1) * n);
}

/** Appends a scenario row (e.g. the aggregate) and returns the new matrix. */
export function withScenario(matrix: ScoreMatrix, id: string, row: Float64Array): ScoreMatrix {
  const values = new Float64Array(matrix.values.length + row.length);
  values.set(matrix.values);
  values.set(row, matrix.values.length);
  return { models: matrix.models, scenarios: [...matrix.scenarios, id], values };
}
