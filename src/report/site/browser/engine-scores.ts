/**
 * The worker's side of `scores.parquet` (report/scores-parquet.ts): its long rows
 * (`model, scenario, score`, as written) decoded with hyparquet into the same ScoreMatrix the
 * CLI builds (core/score-matrix.ts): models and scenarios in the order `shape` gives (the
 * catalog's matrix order), NaN where a model has no score, lower-is-better rows flipped by the
 * same core function. The file must be the page's own: its `benchbench.catalog_hash` must match.
 */
import { parquetMetadata, parquetRead, type ColumnData, type FileMetaData } from 'hyparquet';
import { flipLowerIsBetter } from '../../../core/direction.js';
import type { ScoreMatrix } from '../../../core/types.js';
import type { MatrixShape } from '../page-data.js';

/** The file's columns, read one at a time. */
type Column = 'model' | 'scenario' | 'score';

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
  const read = columnReader(parquet, metadata, shape);
  // One row group at a time, so that only one group's decoded columns are alive at once.
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    const model = await read('model', start, end);
    const scenario = await read('scenario', start, end);
    const score = await read('score', start, end);
    for (let i = 0; i < end - start; i++) {
      const [m, s, v] = [Number(model[i]), Number(scenario[i]), Number(score[i])];
      if (!(m >= 0 && s >= 0) || Number.isNaN(v))
        throw new Error(`scores.parquet lacks part of its row ${start + i + 1}`);
      values[s * n + m] = v;
    }
    start = end;
  }
  const scenarioIndex = new Map(scenarios.map((id, i) => [id, i]));
  for (const id of shape.lower_is_better) {
    const s = scenarioIndex.get(id);
    if (s === undefined) continue;
    const row = values.subarray(s * n, (s + 1) * n);
    row.set(flipLowerIsBetter(row));
  }
  return { models, scenarios, values };
}

/**
 * Reads one column of rows [start, end) as one array. The names of `model` and `scenario` are
 * turned into matrix indices as hyparquet decodes each row group's dictionary (its parser for
 * strings), so a row costs no string and no lookup; a name the page does not know is an error.
 * Rows no chunk covers are left undefined.
 */
function columnReader(parquet: ArrayBuffer, metadata: FileMetaData, shape: MatrixShape) {
  const decoder = new TextDecoder();
  const indexer = (column: string, names: readonly string[]) => {
    const index = new Map(names.map((name, i) => [name, i]));
    return {
      stringFromBytes: (bytes: Uint8Array): number => {
        const name = decoder.decode(bytes);
        const at = index.get(name);
        if (at === undefined)
          throw new Error(`scores.parquet names ${column} ${name}, which the page does not know`);
        return at;
      },
    };
  };
  const parsers = { model: indexer('model', shape.models), scenario: indexer('scenario', shape.scenarios) };
  return async (column: Column, start: number, end: number): Promise<ArrayLike<unknown>> => {
    const chunks: ColumnData[] = [];
    await parquetRead({
      file: parquet,
      metadata,
      rowStart: start,
      rowEnd: end,
      columns: [column],
      ...(column === 'score' ? {} : { parsers: parsers[column] }),
      onChunk: (chunk) => chunks.push(chunk),
    });
    const only = chunks[0];
    // The common case: one chunk covers the whole group.
    if (chunks.length === 1 && only!.rowStart === start && only!.columnData.length === end - start)
      return only!.columnData;
    const out = new Array<unknown>(end - start);
    for (const { columnData, rowStart } of chunks) {
      const from = rowStart - start;
      const count = Math.min(columnData.length, end - start - from);
      for (let i = 0; i < count; i++) out[from + i] = columnData[i];
    }
    return out;
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
