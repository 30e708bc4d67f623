/**
 * scores.parquet, read back by DuckDB (an independent Parquet reader): exactly the catalog's
 * scores, as written, one row per score, with the catalog hash and the method in its metadata.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { simulatedScores } from './simulated-catalog-scores.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'benchbench-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scores.parquet', () => {
  it('holds exactly the catalog\u2019s scores, in long format, as DuckDB reads them', async () => {
    const scores = simulatedScores({ seed: 17, benchmarks: 14, models: 35 });
    const { files, document } = buildSiteWithData(scores);
    const file = path.join(dir, 'scores.parquet');
    writeFileSync(file, files.get('scores.parquet')!);

    const want: [string, string, number][] = [];
    for (const [id, { scenario }] of scores.info)
      for (const [model, v] of scenario.scores) if (!Number.isNaN(v)) want.push([model, id, v]);
    want.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // A lower-is-better scenario is stored as written, not flipped.
    expect([...scores.info.values()].some(({ scenario }) => scenario.direction === 'lower')).toBe(true);

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT model, scenario, score FROM read_parquet('${file}') ORDER BY scenario, model`,
      );
      const got = reader.getRows().map(([m, s, v]) => [m, s, v]);
      expect(got).toEqual(want);
      const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
      expect(types.getRows().map((r) => [r[0], r[1]])).toEqual([
        ['model', 'VARCHAR'],
        ['scenario', 'VARCHAR'],
        ['score', 'DOUBLE'],
      ]);
      const meta = await connection.runAndReadAll(
        `SELECT decode(key), decode(value) FROM parquet_kv_metadata('${file}') ORDER BY 1`,
      );
      const kv = Object.fromEntries(meta.getRows().map(([k, v]) => [String(k), String(v)]));
      expect(kv['benchbench.catalog_hash']).toBe(document.catalog.hash);
      expect(JSON.parse(kv['benchbench.method']!)).toEqual(document.method);
    } finally {
      connection.closeSync();
    }
  });
});
