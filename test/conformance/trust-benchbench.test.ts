/**
 * Saturation and plausibility on BenchBench's public catalog (imported at test time, never copied
 * into the repository): which scenarios are flagged, checked against the raw file, and every row
 * to check points at the line of its model. The scores themselves are the conformance suite's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBenchBench } from '../../src/benchbench/import-benchbench.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { type LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import { benchbenchDir, benchbenchInput, referenceData } from '../support/shared-data.js';

describe.runIf(referenceData('catalog'))("trust on BenchBench's public catalog", () => {
  const csvDir = path.join(benchbenchDir, 'catalog');
  let importedFiles: ReadonlyMap<string, string>;
  let rows: LeaderboardDocument['boards'][number]['rows'];
  beforeAll(() => {
    importedFiles = importBenchBench(benchbenchInput()).files;
    const encoder = new TextEncoder();
    const catalog = loadCatalog(new Map([...importedFiles].map(([f, text]) => [f, encoder.encode(text)])));
    rows = leaderboardDocument(scoreCatalog(catalog)).boards[0]!.rows;
  });

  it('flags eq_bench, and only eq_bench, as saturated: its top 10 lie within about 2% of its range', () => {
    expect(rows.filter((r) => r.saturation.saturated).map((r) => r.scenario)).toEqual(['eq_bench']);
    // From BenchBench's own file: the scores as written, best first (a random baseline at 0 is the worst).
    const records = parse(readFileSync(path.join(csvDir, 'eqbench_240912_emotion.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    const scores = records
      .filter((r) => r['EQ-Bench']!.trim() !== '')
      .map((r) => Number(r['EQ-Bench']))
      .filter((v) => Number.isFinite(v))
      .sort((a, b) => b - a);
    const range = scores[0]! - scores[scores.length - 1]!;
    const near = scores.filter((v) => scores[0]! - v <= 0.02 * range).length;
    const row = rows.find((r) => r.scenario === 'eq_bench')!;
    expect(row.saturation).toEqual({
      models: scores.length,
      near_best: near,
      near_best_share: near / scores.length,
      top_models: 10,
      top_spread: (scores[0]! - scores[9]!) / range,
      saturated: true,
    });
    expect(row.saturation.near_best_share!).toBeLessThan(0.25);
    expect(row.saturation.top_spread!).toBeLessThan(0.05);
  });

  it('points every row to check at the line of its model in the imported file', () => {
    const flagged = rows.flatMap((r) => r.plausibility.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) {
      const line = importedFiles.get(f.file)!.split('\n')[f.line! - 1]!;
      const [first] = parse(line) as string[][];
      expect(first![0]!.trim(), `${f.file}:${f.line}`).toBe(f.name);
    }
  });

  it('checks only scenarios sharing at least 10 models with the aggregate', () => {
    for (const r of rows) expect(r.plausibility.checked, r.scenario).toBe(r.plausibility.shared >= 10);
  });
});
