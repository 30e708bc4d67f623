/** Adding BenchBench's aggregate to a table and choosing scenarios, shared by `agree` and `aggregate`. */
import { PRESETS, resolveScenarioNames, type PresetName } from '../catalog/presets.js';
import { aggregateWarnings } from '../core/aggregate-warnings.js';
import { AGGREGATE_ID } from '../core/leaderboard.js';
import { defaultMinScenarios, meanWinRate } from '../core/mean-win-rate.js';
import { scenarioRow, withScenario } from '../core/score-matrix.js';
import type { ScoreMatrix } from '../core/types.js';
import { CliError } from './output.js';

/** The mean win rate over the given scenarios (names missing from the table are warned about). */
export function aggregateOf(
  matrix: ScoreMatrix,
  table: string,
  configured: readonly string[],
  minScenarios?: number,
): Float64Array {
  const present = configured.filter((s) => matrix.scenarios.includes(s));
  for (const s of configured)
    if (!present.includes(s)) process.stderr.write(`warning: scenario "${s}" is not in ${table}\n`);
  if (present.length < 1) throw new CliError(`none of the aggregate scenarios is in ${table}`, 1);
  for (const w of aggregateWarnings(present)) process.stderr.write(`warning: ${w}\n`);
  const wanted = minScenarios ?? defaultMinScenarios(configured.length);
  const min = Math.min(wanted, present.length);
  if (min < wanted) {
    process.stderr.write(
      `warning: only ${present.length} of the scenarios are in ${table}, so models need scores in ${min} of them, not ${wanted}\n`,
    );
  }
  return meanWinRate(
    present.map((s) => scenarioRow(matrix, matrix.scenarios.indexOf(s))),
    min,
  );
}

export function withAggregate(
  matrix: ScoreMatrix,
  table: string,
  configured?: readonly string[],
  minScenarios?: number,
): ScoreMatrix {
  if (!configured) return matrix;
  if (matrix.scenarios.includes(AGGREGATE_ID))
    throw new CliError(`${table} already has a scenario named "${AGGREGATE_ID}"`);
  return withScenario(matrix, AGGREGATE_ID, aggregateOf(matrix, table, configured, minScenarios));
}

/** Keeps only the listed scenarios plus the always-kept ones; names not in the table are warned about. */
export function selectScenarios(
  matrix: ScoreMatrix,
  wanted: readonly string[] | undefined,
  ...keep: string[]
): ScoreMatrix {
  if (!wanted) return matrix;
  const unknown = wanted.filter((s) => !matrix.scenarios.includes(s));
  if (unknown.length) {
    process.stderr.write(
      `warning: --scenarios names ${unknown.length} scenarios not in the table: ${unknown.join(', ')}\n`,
    );
  }
  const chosen = new Set([...wanted, ...keep.filter((k) => matrix.scenarios.includes(k))]);
  const rows = matrix.scenarios.flatMap((s, i) => (chosen.has(s) ? [i] : []));
  const n = matrix.models.length;
  const values = new Float64Array(rows.length * n);
  rows.forEach((r, i) => values.set(scenarioRow(matrix, r), i * n));
  return { models: matrix.models, scenarios: rows.map((r) => matrix.scenarios[r]!), values };
}

/**
 * A preset's aggregate on a table (`--preset`): its names found among the table's scenario
 * names (presets.ts), a note on stderr for each the table lacks, and its minimum per model.
 */
export function presetAggregate(
  matrix: ScoreMatrix,
  table: string,
  name: PresetName,
): { scenarios: string[]; minScenarios: number } {
  const preset = PRESETS[name];
  const scenarios = matrix.scenarios.map((id) => ({ id, name: id }));
  const { ids, missing } = resolveScenarioNames(preset.aggregate, scenarios);
  for (const m of missing)
    process.stderr.write(`note: ${table} has no scenario "${m}" of the preset ${name}\n`);
  return { scenarios: ids, minScenarios: preset.minScenariosPerModel };
}
