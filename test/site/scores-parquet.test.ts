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

/** The site of `scores`, with its file `name` written to disk. */
function siteFile(scores: Parameters<typeof buildSiteWithData>[0], name: string) {
  const { files, document } = buildSiteWithData(scores);
  const file = path.join(dir, name);
  writeFileSync(file, files.get(name)!);
  return { files, document, file };
}

type Connection = Awaited<ReturnType<DuckDBInstance['connect']>>;

/** Each column's name and DuckDB type. */
async function columnTypes(connection: Connection, file: string): Promise<unknown[][]> {
  const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
  return types.getRows().map((r) => [r[0], r[1]]);
}

/** The file's key-value metadata. */
async function keyValues(connection: Connection, file: string): Promise<Record<string, string>> {
  const meta = await connection.runAndReadAll(
    `SELECT decode(key), decode(value) FROM parquet_kv_metadata('${file}') ORDER BY 1`,
  );
  return Object.fromEntries(meta.getRows().map(([k, v]) => [String(k), String(v)]));
}

describe('scores.parquet', () => {
  it('holds exactly the catalog\u2019s scores, in long format, as DuckDB reads them', async () => {
    const scores = simulatedScores({ seed: 17, benchmarks: 14, models: 35 });
    const { document, file } = siteFile(scores, 'scores.parquet');

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
      expect(await columnTypes(connection, file)).toEqual([
        ['model', 'VARCHAR'],
        ['scenario', 'VARCHAR'],
        ['score', 'DOUBLE'],
      ]);
      const kv = await keyValues(connection, file);
      expect(kv['benchbench.catalog_hash']).toBe(document.catalog.hash);
      expect(JSON.parse(kv['benchbench.method']!)).toEqual(document.method);
    } finally {
      connection.closeSync();
    }
  });
});

describe('checks.parquet', () => {
  it('holds every row to check of every scenario, as LEADERBOARD.md orders them, as DuckDB reads them', async () => {
    const { files, document, file } = siteFile(
      simulatedScores({ seed: 7, benchmarks: 16, models: 30 }),
      'checks.parquet',
    );

    const seen = new Set<string>();
    const want = document.boards
      .flatMap((b) => b.rows)
      .filter((r) => !seen.has(r.scenario) && seen.add(r.scenario))
      .sort((a, b) => (a.scenario < b.scenario ? -1 : 1))
      .flatMap((r) =>
        r.plausibility.flagged.map((f) => [
          r.scenario,
          f.model,
          f.name,
          f.file,
          f.line,
          f.rank,
          f.aggregate_rank,
          f.gap,
        ]),
      );
    // Enough rows to check that a scenario has more than the page lists.
    expect(want.length).toBeGreaterThan(10);

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
      expect(reader.getRows()).toEqual(want);
      expect(await columnTypes(connection, file)).toEqual([
        ['scenario', 'VARCHAR'],
        ['model', 'VARCHAR'],
        ['name', 'VARCHAR'],
        ['file', 'VARCHAR'],
        ['line', 'INTEGER'],
        ['rank', 'DOUBLE'],
        ['aggregate_rank', 'DOUBLE'],
        ['gap', 'DOUBLE'],
      ]);
      const kv = await keyValues(connection, file);
      expect(kv['benchbench.catalog_hash']).toBe(document.catalog.hash);
      expect(JSON.parse(kv['benchbench.method']!)).toEqual(document.method);
      // And leaderboard.json counts them without listing them.
      const json = JSON.parse(files.get('leaderboard.json') as string) as typeof document;
      const counted = new Map(
        json.boards.flatMap((b) => b.rows).map((r) => [r.scenario, r.plausibility.flagged_count]),
      );
      const listed = new Map<string, number>();
      for (const [s] of want) listed.set(s as string, (listed.get(s as string) ?? 0) + 1);
      for (const [s, n] of counted) expect(n, s).toBe(listed.get(s) ?? 0);
    } finally {
      connection.closeSync();
    }
  });
});
