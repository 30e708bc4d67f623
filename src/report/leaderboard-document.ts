/**
 * `leaderboard.json`: the published leaderboard as a versioned document (docs/leaderboard-json.md),
 * its types and the pure mappings of engine results into them. The document is built from a
 * scored catalog by pipeline/leaderboard-document.ts.
 */
import type { ScenarioResult } from '../core/leaderboard.js';
import type { MethodJson } from '../model/method.js';

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
