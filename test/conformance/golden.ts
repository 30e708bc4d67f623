/** Reads the BenchBench reference results (never copied into the repository) for conformance tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readTable } from '../../src/catalog/read-table.js';
import { buildScoreMatrix } from '../../src/core/score-matrix.js';
import type { ScoreMatrix } from '../../src/core/types.js';
import { benchbenchDir } from '../support/shared-data.js';

export const goldenPath = (...parts: string[]): string => path.join(benchbenchDir, 'golden', ...parts);

export function goldenRecords(...parts: string[]): Record<string, string>[] {
  return parse(readFileSync(goldenPath(...parts), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

/** A golden table as the CLI reads it: models and scenarios sorted. */
export function goldenMatrix(...parts: string[]): ScoreMatrix {
  const { matrix, issues } = readTable(parts.join('/'), readFileSync(goldenPath(...parts), 'utf8'));
  if (issues.some((i) => i.severity === 'error')) throw new Error(JSON.stringify(issues.slice(0, 3)));
  const n = matrix.models.length;
  return buildScoreMatrix(
    matrix.scenarios.map((id, s) => ({
      id,
      scores: new Map(
        matrix.models.flatMap((m, j) =>
          Number.isNaN(matrix.values[s * n + j]!) ? [] : [[m, matrix.values[s * n + j]!] as const],
        ),
      ),
    })),
  );
}

export function goldenConfig(folder: string): {
  aggregate: string[];
  scenarios: string[];
  n_models: number;
  n_exps: number;
} {
  return JSON.parse(readFileSync(goldenPath(folder, 'config.json'), 'utf8'));
}

/** Relative difference, or absolute below 1e-300. */
export const relDiff = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
