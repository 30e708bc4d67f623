/**
 * Any results table (wide, or long with extra columns such as `source`) -> a ScoreMatrix for the
 * CLI's `agree` and `aggregate`. Model names are kept as written (trimmed), not normalised;
 * scenarios are in the order they are first named, models in the order of their first row.
 * Missing scores are NaN. Issues are those of parseResultsCsv; on a fatal one the matrix is empty.
 */
import type { ScoreMatrix } from '../core/types.js';
import type { Issue } from '../model/issue.js';
import { parseResultsCsv } from './parse-csv.js';
import { DEFAULT_LIMITS, type Limits } from './types.js';

export function readTable(
  file: string,
  text: string,
  limits: Limits = DEFAULT_LIMITS,
): { matrix: ScoreMatrix; issues: readonly Issue[] } {
  const parsed = parseResultsCsv(file, text, limits);
  const models = parsed.models.map((m) => m.text);
  const column = new Map(models.map((m, i) => [m, i]));
  const scenarios = parsed.scenarios.map((s) => s.id);
  const values = new Float64Array(scenarios.length * models.length).fill(NaN);
  parsed.scenarios.forEach((s, row) => {
    for (const cell of s.cells) values[row * models.length + column.get(cell.model)!] = cell.value;
  });
  return { matrix: { models, scenarios, values }, issues: parsed.issues };
}
