/**
 * `leaderboard.json`: the published leaderboard as a versioned document (docs/leaderboard-json.md),
 * its types (those of the zod schema in model/leaderboard-json.ts) and the pure mappings of engine
 * results into them. The document is built from a scored catalog by pipeline/leaderboard-document.ts.
 * Per-model scores are not in it: they are in `scores.parquet` (report/scores-parquet.ts).
 */
import type { ScenarioResult } from '../core/leaderboard.js';
import type { Method } from '../core/types.js';
import type { LeaderboardDocument, RowDocument } from '../model/leaderboard-json.js';

// The document's types are the zod schema's (model/leaderboard-json.ts); they are used from here.
export { LEADERBOARD_SCHEMA, LEADERBOARD_SCHEMA_VERSION } from '../model/leaderboard-version.js';
export type * from '../model/leaderboard-json.js';

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

/** A method with the keys of benchbench.yaml, as the JSON documents and the page's links write it. */
export function methodDocument(m: Method): LeaderboardDocument['method'] {
  return {
    correlation: m.correlation,
    models_per_sample: m.modelsPerSample,
    sampling: m.sampling,
    samples: m.samples,
    seed: m.seed,
    min_common_models: m.minCommonModels,
  };
}

/** The inverse of methodDocument (the document's values were written from a Method). */
export function methodOfDocument(d: LeaderboardDocument['method']): Method {
  return {
    correlation: d.correlation as Method['correlation'],
    modelsPerSample: d.models_per_sample,
    sampling: d.sampling as Method['sampling'],
    samples: d.samples,
    seed: d.seed,
    minCommonModels: d.min_common_models,
  };
}
