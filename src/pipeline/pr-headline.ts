/**
 * What a pull request's report leads with, decided once for every renderer and output: the
 * scenarios it touches and the one its headline speaks of (the comment's title, the step's
 * `score` and `rank` outputs).
 */
import type { ChangedBenchmark, ReportRow, TouchedScenario } from '../model/pr-report-schema.js';

/**
 * The scenarios of the changed benchmarks, in file order, each once; a scenario named by two
 * benchmarks (an id clash, reported as an error) keeps the first one's status.
 */
export function touchedScenarios(benchmarks: readonly ChangedBenchmark[]): TouchedScenario[] {
  const seen = new Set<string>();
  const out: TouchedScenario[] = [];
  for (const b of benchmarks) {
    for (const scenario of b.scenarios) {
      if (seen.has(scenario)) continue;
      seen.add(scenario);
      out.push({ scenario, status: b.status });
    }
  }
  return out;
}

/**
 * The first touched scenario of an added or changed benchmark that has a row on the board, or
 * null (nothing but removals, or no touched scenario on the board).
 */
export function headlineScenario(
  touched: readonly TouchedScenario[],
  rows: readonly ReportRow[],
): string | null {
  const onBoard = new Set(rows.map((r) => r.scenario));
  return touched.find((t) => t.status !== 'removed' && onBoard.has(t.scenario))?.scenario ?? null;
}
