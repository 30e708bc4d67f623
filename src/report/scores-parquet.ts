/**
 * `scores.parquet`: every per-model score of the catalog in long format, one row per score,
 * columns `model` (canonical id, UTF-8), `scenario` (id, UTF-8) and `score` (DOUBLE, as written
 * in the results file: lower-is-better scenarios are NOT flipped). Rows by scenario, then model
 * (code-unit order); missing scores have no row. The file's key-value metadata holds
 * `benchbench.catalog_hash`, `benchbench.method` (JSON, keys of benchbench.yaml) and
 * `benchbench.generator`. Written by hyparquet-writer (Snappy pages; `model` and `scenario`
 * dictionary-encoded; row groups of a million rows, so that the page's worker decodes few
 * chunks). Pure and deterministic.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { LeaderboardDocument } from './leaderboard-document.js';

export { SCORES_PARQUET } from './site/page-data.js';
const ROW_GROUP_ROWS = 1_000_000;

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
    rowGroupSize: ROW_GROUP_ROWS,
    columnData: [
      { name: 'model', data: rows.model, type: 'STRING', nullable: false, encoding: 'RLE_DICTIONARY' },
      { name: 'scenario', data: rows.scenario, type: 'STRING', nullable: false, encoding: 'RLE_DICTIONARY' },
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
