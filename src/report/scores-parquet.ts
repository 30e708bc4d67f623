/**
 * `scores.parquet`: every per-model score of the catalog in long format, one row per score,
 * columns `model` (canonical id, UTF-8), `scenario` (id, UTF-8) and `score` (DOUBLE, as written
 * in the results file: lower-is-better scenarios are NOT flipped). Rows by scenario, then model
 * (code-unit order); missing scores have no row. The file's key-value metadata holds
 * `benchbench.catalog_hash`, `benchbench.method` (JSON, keys of benchbench.yaml) and
 * `benchbench.generator`. Written by hyparquet-writer (Snappy pages). Pure and deterministic.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { LeaderboardDocument } from './leaderboard-document.js';

export const SCORES_PARQUET = 'scores.parquet';

export interface ScoreRows {
  readonly model: string[];
  readonly scenario: string[];
  readonly score: Float64Array;
}

export function scoresParquet(
  rows: ScoreRows,
  doc: Pick<LeaderboardDocument, 'catalog' | 'method' | 'generator'>,
): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'model', data: rows.model, type: 'STRING', nullable: false },
      { name: 'scenario', data: rows.scenario, type: 'STRING', nullable: false },
      { name: 'score', data: rows.score, type: 'DOUBLE', nullable: false },
    ],
    kvMetadata: [
      { key: 'benchbench.catalog_hash', value: doc.catalog.hash },
      { key: 'benchbench.method', value: JSON.stringify(doc.method) },
      { key: 'benchbench.generator', value: doc.generator },
    ],
    createdBy: doc.generator,
  });
  return new Uint8Array(buffer);
}
