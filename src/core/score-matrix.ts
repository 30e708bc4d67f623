/** Building and reading the dense score matrix (see ScoreMatrix in types.ts). */
import { flipLowerIsBetter } from './direction.js';
import type { Direction, ScoreMatrix } from './types.js';

export interface ScenarioColumn {
  readonly id: string;
  readonly direction?: Direction;
  /** Model -> score as written; NaN or absent = missing. */
  readonly scores: ReadonlyMap<string, number>;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A matrix with models and scenarios sorted by id (so results never depend on file order),
 * lower-is-better scenarios already flipped to higher-is-better.
 */
export function buildScoreMatrix(columns: readonly ScenarioColumn[]): ScoreMatrix {
  const sortedColumns = [...columns].sort((a, b) => byCodeUnit(a.id, b.id));
  const modelSet = new Set<string>();
  for (const c of sortedColumns) c.scores.forEach((_, m) => modelSet.add(m));
  const models = [...modelSet].sort(byCodeUnit);
  const index = new Map(models.map((m, i) => [m, i]));
  const values = new Float64Array(sortedColumns.length * models.length).fill(NaN);
  sortedColumns.forEach((c, s) => {
    const row = values.subarray(s * models.length, (s + 1) * models.length);
    c.scores.forEach((v, m) => {
      row[index.get(m)!] = v;
    });
    if (c.direction === 'lower') row.set(flipLowerIsBetter(row));
  });
  return { models, scenarios: sortedColumns.map((c) => c.id), values };
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
