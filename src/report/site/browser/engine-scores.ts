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
  const modelIndex = new Map(models.map((m, i) => [m, i]));
  const scenarioIndex = new Map(scenarios.map((s, i) => [s, i]));
  // Chunks arrive column by column, each from its first row on. Names become matrix indices as
  // they come (so each chunk's strings can be freed at once); the scores are placed at the end.
  const rows = Number(metadata.num_rows);
  const model = new Int32Array(rows).fill(-1);
  const scenario = new Int32Array(rows).fill(-1);
  const score = new Float64Array(rows).fill(NaN);
  const gather = ({ columnName, columnData, rowStart }: ColumnData): void => {
    const end = Math.min(columnData.length, rows - rowStart);
    if (columnName === 'score') {
      for (let i = 0; i < end; i++) score[rowStart + i] = Number(columnData[i]);
      return;
    }
    const [index, target] = columnName === 'model' ? [modelIndex, model] : [scenarioIndex, scenario];
    let last: unknown = undefined;
    let at = -1;
    for (let i = 0; i < end; i++) {
      // Runs of one name (every scenario's rows are together) are looked up once.
      if (columnData[i] !== last) {
        last = columnData[i];
        at = index.get(String(last)) ?? -1;
        if (at < 0)
          throw new Error(`scores.parquet names ${columnName} ${String(last)}, which the page does not know`);
      }
      target[rowStart + i] = at;
    }
  };
  await parquetRead({ file: parquet, columns: [...COLUMNS], onChunk: gather });
  for (let i = 0; i < rows; i++) {
    if (model[i]! < 0 || scenario[i]! < 0 || Number.isNaN(score[i]!))
      throw new Error(`scores.parquet lacks part of its row ${i + 1}`);
    values[scenario[i]! * n + model[i]!] = score[i]!;
  }
  for (const id of shape.lower_is_better) {
    const s = scenarioIndex.get(id);
    if (s === undefined) continue;
    const row = values.subarray(s * n, (s + 1) * n);
    row.set(flipLowerIsBetter(row));
  }
  return { models, scenarios, values };
}
