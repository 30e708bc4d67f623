/**
 * How far to trust each scenario of a scored catalog: its saturation and the rows of its file
 * that rank far from the aggregate (core/saturation.ts, core/plausibility.ts), with the file and
 * line of each such row. Shown beside the score; the score never depends on it.
 */
import { firstNamesOf, ModelColumn, valuesFor } from '../catalog/results-table.js';
import { plausibility } from '../core/plausibility.js';
import { saturation } from '../core/saturation.js';
import { scenarioRow } from '../core/score-matrix.js';
import type { FlaggedRow, ScenarioTrust } from '../model/trust.js';
import { aggregateRow, type CatalogScores } from './score-catalog.js';

/**
 * A function giving each scenario's trust (null for a scenario not in the catalog). The aggregate
 * row is built once, on the first call. `listed` caps the rows to check listed per scenario (the
 * largest gaps; `flaggedCount` then counts them all): a report that shows a few of each need not
 * keep thousands per scenario.
 */
export function trustOf(
  scores: CatalogScores,
  listed = Infinity,
): (scenario: string) => ScenarioTrust | null {
  let aggregate: Float64Array | undefined;
  const scenarioIndex = new Map(scores.matrix.scenarios.map((s, i) => [s, i]));
  const { saturation: saturationThresholds, plausibility: plausibilityThresholds } =
    scores.catalog.config.trust;
  return (id) => {
    const info = scores.info.get(id);
    const i = scenarioIndex.get(id);
    if (!info || i === undefined) return null;
    aggregate ??= aggregateRow(scores);
    const { scenario, benchmark } = info;
    // Raw scores with their direction: the band near the best is measured as written.
    const { scores: column } = scenario;
    const sat = saturation(
      column instanceof ModelColumn ? column.modelValues : Float64Array.from(column.values()),
      scenario.direction,
      saturationThresholds,
    );
    const check = plausibility(
      scenarioRow(scores.matrix, i),
      aggregate,
      scores.matrix.models,
      plausibilityThresholds,
    );
    const shown = check.flagged.length > listed ? check.flagged.slice(0, listed) : check.flagged;
    // By model number: a map of every scenario's lines or names would be kept for each of them.
    const ids = shown.map((g) => g.model);
    const names = ids.length ? firstNamesOf(benchmark.modelNames, ids) : [];
    const lines = ids.length && scenario.lines ? valuesFor(scenario.lines, ids) : [];
    // A literal of fixed shape: `{ ...g, name }` would make each of these (thousands per
    // scenario) an object of dictionary mode, three times the memory.
    const flagged = shown.map((g, k): FlaggedRow => ({
      model: g.model,
      rank: g.rank,
      aggregateRank: g.aggregateRank,
      gap: g.gap,
      name: names[k] ?? g.model,
      file: benchmark.file,
      line: lines[k] ?? null,
    }));
    const count = check.flagged.length;
    const rows = { ...check, flagged, ...(count > flagged.length && { flaggedCount: count }) };
    return { scenario: id, saturation: sat, plausibility: rows };
  };
}
