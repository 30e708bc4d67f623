/**
 * `leaderboard.json`: the published leaderboard as a versioned document (docs/leaderboard-json.md).
 * Pure: the same scores give byte-identical JSON (keys in a fixed order, no clock).
 */
import type { ScenarioResult } from '../core/leaderboard.js';
import type { PairResult } from '../core/pairwise.js';
import { isSkipped } from '../core/agreement.js';
import { plausibility } from '../core/plausibility.js';
import { saturation } from '../core/saturation.js';
import { scenarioLabel, type CatalogScores } from '../pipeline/score-catalog.js';
import { trustOf } from '../pipeline/trust.js';
import { methodJson, type MethodJson } from '../model/method.js';
import type { ScenarioTrust } from '../model/trust.js';
import { VERSION } from '../version.js';

export const LEADERBOARD_SCHEMA = 'benchbench-leaderboard';
export const LEADERBOARD_SCHEMA_VERSION = 1;

export interface RowDocument {
  scenario: string;
  name: string;
  benchmark: string;
  category: string | null;
  direction: 'higher' | 'lower';
  rank: number | null;
  rank_interval: readonly [number, number] | null;
  z: number | null;
  z_interval: readonly [number, number] | null;
  agreement: number | null;
  agreement_interval: readonly [number, number] | null;
  p_value: number | null;
  n_common: number;
  models: number;
  models_per_sample: number;
  experiments: number;
  in_aggregate: boolean;
  skipped: string | null;
  warnings: readonly string[];
  /** How far to trust the scenario's scores (docs/method.md): never part of the score. */
  saturation: SaturationDocument;
  plausibility: PlausibilityDocument;
}

export interface SaturationDocument {
  models: number;
  near_best: number;
  near_best_share: number | null;
  top_models: number;
  top_spread: number | null;
  saturated: boolean | null;
}

export interface FlaggedRowDocument {
  model: string;
  name: string;
  file: string;
  line: number | null;
  rank: number;
  aggregate_rank: number;
  gap: number;
}

export interface PlausibilityDocument {
  shared: number;
  checked: boolean;
  median_gap: number | null;
  mad: number | null;
  threshold: number | null;
  flagged: FlaggedRowDocument[];
}

/** The thresholds the trust fields were computed with (benchbench.yaml `trust:`). */
export interface TrustDocument {
  saturation: {
    near_best: number;
    saturated_share: number;
    top_models: number;
    min_top_spread: number;
    min_models: number;
  };
  plausibility: { mad_multiplier: number; min_gap_share: number; min_models: number };
}

export interface LeaderboardDocument {
  schema: typeof LEADERBOARD_SCHEMA;
  version: typeof LEADERBOARD_SCHEMA_VERSION;
  generator: string;
  catalog: { hash: string; benchmarks: number; scenarios: number; models: number };
  method: MethodJson;
  trust: TrustDocument;
  aggregate: {
    scenarios: readonly string[];
    missing: readonly string[];
    min_scenarios_per_model: number;
    /** About the aggregate itself (a single scenario, ...), shown beside every board. */
    warnings: readonly string[];
    scores: Record<string, number>;
  };
  boards: { id: string; title: string; rows: RowDocument[] }[];
  benchmarks: {
    id: string;
    file: string;
    name: string;
    category: string | null;
    url: string | null;
    snapshot: string | null;
    license: string | null;
    description: string | null;
    simulated: boolean;
    access: 'open' | 'gated' | 'private' | null;
    cost: { value: number; unit: string } | null;
    items: number | null;
    scenarios: string[];
  }[];
  /** Model scores per scenario (direction applied: higher is better), for scatter plots. */
  scores: Record<string, Record<string, number>>;
  /** Display name of every model in `scores` (its canonical id when the registry has none). */
  model_names: Record<string, string>;
  /** The scenarios among which every pair's agreement was computed (`pairs`), by id; empty when none. */
  pair_scenarios: string[];
  /** Agreement of every pair of `pair_scenarios`, when computed (`site`). */
  pairs: {
    a: string;
    b: string;
    agreement: number | null;
    interval: readonly [number, number] | null;
    n_common: number;
  }[];
}

/** What a row says about its scenario itself (as opposed to its score). */
export type RowLabel = Pick<RowDocument, 'name' | 'benchmark' | 'category' | 'direction'>;
/** A row's trust figures (saturation and plausibility), beside its score. */
export type RowTrust = Pick<RowDocument, 'saturation' | 'plausibility'>;

/** A scenario without scores: what the engine says of no scores at all. */
const noTrust = (): ScenarioTrust => ({
  scenario: '',
  saturation: saturation([], 'higher'),
  plausibility: { ...plausibility([], [], []), flagged: [] },
});

/** A scenario's trust as the document's fields (snake_case, fresh arrays). */
function trustDocument(trust: ScenarioTrust | null): Pick<RowDocument, 'saturation' | 'plausibility'> {
  const t = trust ?? noTrust();
  const { saturation: sat, plausibility: p } = t;
  return {
    saturation: {
      models: sat.models,
      near_best: sat.nearBest,
      near_best_share: sat.nearBestShare,
      top_models: sat.topModels,
      top_spread: sat.topSpread,
      saturated: sat.saturated,
    },
    plausibility: {
      shared: p.shared,
      checked: p.checked,
      median_gap: p.medianGap,
      mad: p.mad,
      threshold: p.threshold,
      flagged: p.flagged.map((f) => ({
        model: f.model,
        name: f.name,
        file: f.file,
        line: f.line,
        rank: f.rank,
        aggregate_rank: f.aggregateRank,
        gap: f.gap,
      })),
    },
  };
}

export function rowDocument(
  r: ScenarioResult,
  s: CatalogScores,
  trust: (scenario: string) => ScenarioTrust | null = trustOf(s),
): RowDocument {
  const info = s.info.get(r.scenario);
  return resultRow(
    r,
    {
      ...scenarioLabel(s, r.scenario),
      category: info?.benchmark.metadata.category ?? null,
      direction: info?.scenario.direction ?? 'higher',
    },
    trustDocument(trust(r.scenario)),
  );
}

/** A row from an engine result and its scenario's label (also used by the page's worker results). */
export function resultRow(r: ScenarioResult, label: RowLabel, trust: RowTrust): RowDocument {
  return {
    scenario: r.scenario,
    ...label,
    rank: r.rank,
    rank_interval: r.rankInterval,
    z: r.z,
    z_interval: r.zInterval,
    agreement: r.agreement,
    agreement_interval: r.agreementInterval,
    p_value: r.pValue,
    n_common: r.nCommon,
    models: r.models,
    models_per_sample: r.modelsPerSample,
    experiments: r.experiments,
    in_aggregate: r.inAggregate,
    skipped: r.skipped,
    warnings: r.warnings,
    ...trust,
  };
}

/** Each scenario's trust computed once, however many boards show it. */
function memoTrust(
  f: (scenario: string) => ScenarioTrust | null,
): (scenario: string) => ScenarioTrust | null {
  const seen = new Map<string, ScenarioTrust | null>();
  return (id) => {
    if (!seen.has(id)) seen.set(id, f(id));
    return seen.get(id)!;
  };
}

/** `o[key] = value` as an own property, even for `__proto__` (a scenario may be named so). */
const own = <T>(o: Record<string, T>, key: string, value: T): void => {
  if (key !== '__proto__') o[key] = value;
  else Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
};

export function leaderboardDocument(
  s: CatalogScores,
  pairs: readonly PairResult[] = [],
  pairScenarios: readonly string[] = [...new Set(pairs.flatMap((p) => [p.a, p.b]))],
): LeaderboardDocument {
  const { catalog, leaderboard: lb, matrix } = s;
  const m = lb.method;
  const trust = memoTrust(trustOf(s));
  const { saturation: st, plausibility: pt } = catalog.config.trust;
  const scores: Record<string, Record<string, number>> = {};
  matrix.scenarios.forEach((id, i) => {
    const row: Record<string, number> = {};
    const n = matrix.models.length;
    for (let j = 0; j < n; j++) {
      const v = matrix.values[i * n + j]!;
      if (!Number.isNaN(v)) own(row, matrix.models[j]!, v);
    }
    own(scores, id, row);
  });
  return {
    schema: LEADERBOARD_SCHEMA,
    version: LEADERBOARD_SCHEMA_VERSION,
    generator: `benchbench-action ${VERSION}`,
    catalog: {
      hash: catalog.contentHash,
      benchmarks: catalog.benchmarks.length,
      scenarios: matrix.scenarios.length,
      models: matrix.models.length,
    },
    method: methodJson(m),
    trust: {
      saturation: {
        near_best: st.nearBest,
        saturated_share: st.saturatedShare,
        top_models: st.topModels,
        min_top_spread: st.minTopSpread,
        min_models: st.minModels,
      },
      plausibility: {
        mad_multiplier: pt.madMultiplier,
        min_gap_share: pt.minGapShare,
        min_models: pt.minModels,
      },
    },
    aggregate: {
      scenarios: lb.aggregate.scenarios,
      missing: lb.aggregate.missing,
      min_scenarios_per_model: lb.aggregate.minScenariosPerModel,
      warnings: lb.aggregate.warnings,
      scores: Object.fromEntries(lb.aggregate.scores),
    },
    boards: lb.boards.map((b) => ({
      id: b.id,
      title: b.title,
      rows: b.rows.map((r) => rowDocument(r, s, trust)),
    })),
    benchmarks: [...catalog.benchmarks]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((b) => ({
        id: b.id,
        file: b.file,
        name: b.metadata.name,
        category: b.metadata.category ?? null,
        url: b.metadata.url ?? null,
        snapshot: b.metadata.snapshot ?? null,
        license: b.metadata.license ?? null,
        description: b.metadata.description ?? null,
        simulated: b.metadata.simulated ?? false,
        access: b.metadata.access ?? null,
        cost: b.metadata.cost ? { value: b.metadata.cost.value, unit: b.metadata.cost.unit } : null,
        items: b.metadata.items ?? null,
        scenarios: b.scenarios.map((sc) => sc.id),
      })),
    scores,
    model_names: Object.fromEntries(
      matrix.models.map((id) => [id, catalog.registry.models.get(id) ?? id] as const),
    ),
    pair_scenarios: [...pairScenarios].sort(),
    pairs: pairs.map((p) =>
      isSkipped(p.result)
        ? { a: p.a, b: p.b, agreement: null, interval: null, n_common: p.result.nCommon }
        : {
            a: p.a,
            b: p.b,
            agreement: Number.isFinite(p.result.correlation) ? p.result.correlation : null,
            interval: p.result.interval,
            n_common: p.result.nCommon,
          },
    ),
  };
}
