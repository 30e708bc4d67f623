/**
 * `scores.parquet`: every per-model score of the catalog in long format, one row per score,
 * columns `model` (canonical id, UTF-8), `scenario` (id, UTF-8) and `score` (DOUBLE, as written
 * in the results file: lower-is-better scenarios are NOT flipped). Rows by scenario, then model
 * (code-unit order); missing scores have no row. The file's key-value metadata holds
 * `benchbench.catalog_hash`, `benchbench.method` (JSON, keys of benchbench.yaml) and
 * `benchbench.generator`. Written by hyparquet-writer (Snappy pages; `model` and `scenario`
 * dictionary-encoded; row groups of a million rows, so that the page's worker decodes few
 * chunks). Pure and deterministic.
 *
 * `checks.parquet`: every row to check of every scenario (docs/method.md, "Plausibility"), which
 * `leaderboard.json` counts (`flagged_count`) but does not list: columns `scenario`, `model`
 * (canonical id), `name` (as written in the file), `file` (catalog-relative), `line` (INT32, null
 * when not read from a file), `rank`, `aggregate_rank` and `gap` (DOUBLE), the fields of a row's
 * `plausibility.flagged` in LEADERBOARD.md's order: by scenario id, then largest gap first. Same
 * metadata and writer.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { LeaderboardDocument } from './leaderboard-document.js';

export { CHECKS_PARQUET, SCORES_PARQUET } from './site/page-data.js';
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
    kvMetadata: metadataOf(doc),
    createdBy: doc.generator,
  });
  return new Uint8Array(buffer);
}

type Described = Pick<LeaderboardDocument, 'catalog' | 'method' | 'generator'>;

const metadataOf = (doc: Described): NonNullable<Parameters<typeof parquetWriteBuffer>[0]['kvMetadata']> => [
  { key: 'benchbench.catalog_hash', value: doc.catalog.hash },
  { key: 'benchbench.method', value: JSON.stringify(doc.method) },
  { key: 'benchbench.generator', value: doc.generator },
];

export function checksParquet(doc: Described & Pick<LeaderboardDocument, 'boards'>): Uint8Array {
  const rows = new Map<string, LeaderboardDocument['boards'][number]['rows'][number]>();
  for (const b of doc.boards) for (const r of b.rows) if (!rows.has(r.scenario)) rows.set(r.scenario, r);
  const scenario: string[] = [];
  const checks = [...rows.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => rows.get(id)!.plausibility.flagged.map((f) => (scenario.push(id), f)));
  const column = <T>(pick: (f: (typeof checks)[number]) => T): T[] => checks.map(pick);
  const buffer = parquetWriteBuffer({
    rowGroupSize: ROW_GROUP_ROWS,
    columnData: [
      { name: 'scenario', data: scenario, type: 'STRING', nullable: false, encoding: 'RLE_DICTIONARY' },
      { name: 'model', data: column((f) => f.model), type: 'STRING', nullable: false },
      { name: 'name', data: column((f) => f.name), type: 'STRING', nullable: false },
      {
        name: 'file',
        data: column((f) => f.file),
        type: 'STRING',
        nullable: false,
        encoding: 'RLE_DICTIONARY',
      },
      { name: 'line', data: column((f) => f.line), type: 'INT32', nullable: true },
      { name: 'rank', data: Float64Array.from(column((f) => f.rank)), type: 'DOUBLE', nullable: false },
      {
        name: 'aggregate_rank',
        data: Float64Array.from(column((f) => f.aggregate_rank)),
        type: 'DOUBLE',
        nullable: false,
      },
      { name: 'gap', data: Float64Array.from(column((f) => f.gap)), type: 'DOUBLE', nullable: false },
    ],
    kvMetadata: metadataOf(doc),
    createdBy: doc.generator,
  });
  return new Uint8Array(buffer);
}
