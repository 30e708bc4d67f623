/**
 * BenchBench's aggregate (METHOD.md section 2): each model's mean win rate over the
 * aggregate scenarios.
 *
 * Contract: models with scores in fewer than `minScenarios` of the given scenarios are
 * dropped (NaN in the result). In each scenario, over the kept models present there (n of
 * them, n > 1), a model's win rate is the share of the other kept models with a strictly
 * lower score: ties count as losses, so [1, 1, 2, 3] gives 0, 0, 2/3, 1. A model's aggregate
 * is the mean of its win rates over the scenarios it appears in; no imputation. NaN = missing.
 */
import { countBelow } from './count-below.js';
export function meanWinRate(rows: readonly Float64Array[], minScenarios: number): Float64Array {
  const nModels = rows[0]?.length ?? 0;
  const presentIn = new Int32Array(nModels);
  for (const row of rows) for (let m = 0; m < nModels; m++) if (!Number.isNaN(row[m]!)) presentIn[m]!++;

  const sum = new Float64Array(nModels);
  const count = new Int32Array(nModels);
  for (const row of rows) {
    const kept: number[] = [];
    for (let m = 0; m < nModels; m++)
      if (presentIn[m]! >= minScenarios && !Number.isNaN(row[m]!)) kept.push(m);
    if (kept.length < 2) continue;
    const sorted = Float64Array.from(kept, (m) => row[m]!).sort();
    for (const m of kept) {
      sum[m]! += countBelow(sorted, row[m]!) / (kept.length - 1);
      count[m]!++;
    }
  }
  return Float64Array.from(sum, (s, m) => (count[m]! > 0 ? s / count[m]! : NaN));
}

/** BenchBench's default: max(1, floor(configured / 3)), counting configured names even if absent. */
export const defaultMinScenarios = (configured: number): number => Math.max(1, Math.floor(configured / 3));
