/**
 * Test support: a typed Catalog built straight from a simulation (src/simulate/simulate.ts), so
 * site tests need neither files nor the catalog loader. Scenario ids, directions, categories and
 * metadata are the simulation's; every score is kept as drawn.
 */
import { DEFAULT_TRUST } from '../../src/catalog/trust-config.js';
import type { Benchmark, Catalog, LeaderboardConfig } from '../../src/catalog/types.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { aggregateScenarios } from '../../src/simulate/simulated-catalog.js';
import { simulate, type SimulateOptions } from '../../src/simulate/simulate.js';
import { DEFAULT_METHOD, type Method } from '../../src/core/types.js';
import { scoreCatalog, type CatalogScores } from '../../src/pipeline/score-catalog.js';

export const TWO_BOARDS: readonly LeaderboardConfig[] = [
  { id: 'main', title: 'All benchmarks' },
  { id: 'safety', title: 'Safety', categories: ['safety'] },
];

export function simulatedCatalogObject(
  options: Partial<SimulateOptions>,
  method: Partial<Method> = {},
  leaderboards: readonly LeaderboardConfig[] = TWO_BOARDS,
): Catalog {
  const sim = simulate(options);
  const M = sim.matrix.models.length;
  const row = new Map(sim.matrix.scenarios.map((s, i) => [s, i]));
  const benchmarks: Benchmark[] = sim.benchmarks.map((b) => ({
    id: b.id,
    file: `benchmarks/${b.id}.csv`,
    metadataFile: `benchmarks/${b.id}.yaml`,
    metadata: {
      name: b.name,
      category: b.category,
      snapshot: b.snapshot,
      license: 'CC0-1.0',
      description: `Simulated benchmark ${b.id}.`,
      simulated: true,
      direction: b.direction,
      scenarios: {},
    },
    scenarios: b.scenarios.map((s) => {
      const scores = new Map<string, number>();
      const r = row.get(s.id)!;
      for (let m = 0; m < M; m++) {
        const v = sim.matrix.values[r * M + m]!;
        if (!Number.isNaN(v)) scores.set(sim.matrix.models[m]!, v);
      }
      return {
        id: s.id,
        name: b.scenarios.length > 1 ? `${b.name} (${s.id.slice(b.id.length + 1)})` : b.name,
        benchmark: b.id,
        direction: b.direction,
        scores,
      };
    }),
    modelNames: new Map(sim.models.map((m) => [m.id, m.id])),
  }));
  const aggregate = aggregateScenarios(sim);
  return {
    config: {
      aggregate: { scenarios: aggregate, minScenariosPerModel: 2 },
      method: { ...DEFAULT_METHOD, ...method },
      leaderboards,
      limits: DEFAULT_LIMITS,
      modelNames: 'standard',
      trust: DEFAULT_TRUST,
    },
    registry: {
      models: new Map(sim.models.map((m) => [m.id, m.name])),
      aliases: new Map(),
    },
    benchmarks,
    issues: [],
    contentHash: `sha256:simulated-seed-${sim.options.seed}-${sim.options.benchmarks}`,
  };
}

export function simulatedScores(
  options: Partial<SimulateOptions>,
  method: Partial<Method> = {},
  leaderboards: readonly LeaderboardConfig[] = TWO_BOARDS,
): CatalogScores {
  return scoreCatalog(simulatedCatalogObject(options, method, leaderboards));
}
