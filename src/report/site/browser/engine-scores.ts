/**
 * The worker's side of `scores.parquet` (report/scores-parquet.ts): its long rows
 * (`model, scenario, score`, as written) decoded with hyparquet into the same ScoreMatrix the
 * CLI builds (core/score-matrix.ts): models and scenarios in the order `shape` gives (the
 * catalog's matrix order), NaN where a model has no score, lower-is-better rows flipped by the
 * same core function. The file must be the page's own: its `benchbench.catalog_hash` must match.
 */
import { parquetMetadata, parquetRead, type ColumnData } from 'hyparquet';
import { flipLowerIsBetter } from '../../../core/direction.js';
import type { ScoreMatrix } from '../../../core/types.js';
import type { MatrixShape } from '../page-data.js';

const COLUMNS = ['model', 'scenario', 'score'] as const;

export async function matrixFromParquet(
  parquet: ArrayBuffer,
  shape: MatrixShape,
  catalogHash: string,
): Promise<ScoreMatrix> {
  let metadata;
  try {
    metadata = parquetMetadata(parquet);
  } catch (error) {
    throw new Error(`this is not a Parquet file (${error instanceof Error ? error.message : String(error)})`);
  }
  const hash = metadata.key_value_metadata?.find((kv) => kv.key === 'benchbench.catalog_hash')?.value;
  if (hash !== catalogHash)
    throw new Error(
      `this scores.parquet is not the page's: its catalog is ${hash ?? 'not named'}, the page's is ${catalogHash}`,
    );
  const { models, scenarios } = shape;
  const n = models.length;
  const values = new Float64Array(scenarios.length * n).fill(NaN);
  const place = placer(shape, n, values);
  // One row group at a time, so that only one group's decoded columns are alive at once.
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const chunks: ColumnData[] = [];
    await parquetRead({
      file: parquet,
      metadata,
      rowStart,
      rowEnd,
      columns: [...COLUMNS],
      onChunk: (chunk) => chunks.push(chunk),
    });
    place(chunks, rowStart, rowEnd);
    rowStart = rowEnd;
  }
  const scenarioIndex = new Map(scenarios.map((s, i) => [s, i]));
  for (const id of shape.lower_is_better) {
    const s = scenarioIndex.get(id);
    if (s === undefined) continue;
    const row = values.subarray(s * n, (s + 1) * n);
    row.set(flipLowerIsBetter(row));
  }
  return { models, scenarios, values };
}

/**
 * Places one row group's rows in `values`: each row's model and scenario become matrix
 * indices (a run of one name, as every scenario's rows are together, is looked up once).
 */
function placer(shape: MatrixShape, n: number, values: Float64Array) {
  const modelIndex = new Map(shape.models.map((m, i) => [m, i]));
  const scenarioIndex = new Map(shape.scenarios.map((s, i) => [s, i]));
  return (chunks: readonly ColumnData[], start: number, end: number): void => {
    const rows = end - start;
    const at = { model: new Int32Array(rows).fill(-1), scenario: new Int32Array(rows).fill(-1) };
    const score = new Float64Array(rows).fill(NaN);
    for (const { columnName, columnData, rowStart } of chunks) {
      const from = rowStart - start;
      const count = Math.min(columnData.length, rows - from);
      if (columnName === 'score') {
        for (let i = 0; i < count; i++) score[from + i] = Number(columnData[i]);
        continue;
      }
      const [index, target] = columnName === 'model' ? [modelIndex, at.model] : [scenarioIndex, at.scenario];
      let last: unknown = undefined;
      let place = -1;
      for (let i = 0; i < count; i++) {
        if (columnData[i] !== last) {
          last = columnData[i];
          place = index.get(String(last)) ?? -1;
          if (place < 0)
            throw new Error(
              `scores.parquet names ${columnName} ${String(last)}, which the page does not know`,
            );
        }
        target[from + i] = place;
      }
    }
    for (let i = 0; i < rows; i++) {
      if (at.model[i]! < 0 || at.scenario[i]! < 0 || Number.isNaN(score[i]!))
        throw new Error(`scores.parquet lacks part of its row ${start + i + 1}`);
      values[at.scenario[i]! * n + at.model[i]!] = score[i]!;
    }
  };
}

/** A scenario's scores (as the matrix holds them: higher is better) by model id; none when unknown. */
export function scenarioScores(matrix: ScoreMatrix, scenario: string): Map<string, number> {
  const s = matrix.scenarios.indexOf(scenario);
  const out = new Map<string, number>();
  const n = matrix.models.length;
  for (let j = 0; s >= 0 && j < n; j++) {
    const v = matrix.values[s * n + j]!;
    if (!Number.isNaN(v)) out.set(matrix.models[j]!, v);
  }
  return out;
}
