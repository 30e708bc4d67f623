/**
 * Test support: a score matrix as scenario -> model -> score (direction applied, missing scores
 * left out), what leaderboard.json version 1 carried as `scores` and the page's worker now builds
 * from scores.parquet.
 */
import type { ScoreMatrix } from '../../src/core/types.js';

export function matrixScores(matrix: ScoreMatrix): Record<string, Record<string, number>> {
  const n = matrix.models.length;
  const out: Record<string, Record<string, number>> = {};
  matrix.scenarios.forEach((id, s) => {
    const row: Record<string, number> = {};
    for (let m = 0; m < n; m++) {
      const v = matrix.values[s * n + m]!;
      if (!Number.isNaN(v)) Object.defineProperty(row, matrix.models[m]!, { value: v, enumerable: true });
    }
    Object.defineProperty(out, id, { value: row, enumerable: true });
  });
  return out;
}
