/**
 * The contract of `leaderboard.json` (docs/leaderboard-json.md): schema `benchbench-leaderboard`,
 * version 2 (version 1 without the per-model `scores`, which moved to `scores.parquet`, and with
 * each row's `plausibility.flagged_count`). One zod schema gives both the TypeScript types the
 * code writes (`z.infer`) and the JSON Schema published beside the file
 * (`leaderboard.schema.json`, `leaderboardJsonSchema()`), so the two cannot drift apart.
 */
import { z } from 'zod';
import { LEADERBOARD_SCHEMA, LEADERBOARD_SCHEMA_VERSION } from './leaderboard-version.js';

export {
  LEADERBOARD_SCHEMA,
  LEADERBOARD_SCHEMA_FILE,
  LEADERBOARD_SCHEMA_VERSION,
} from './leaderboard-version.js';

const count = z.number().int().nonnegative();
const maybe = <T extends z.ZodType>(t: T) => t.nullable();
/** `[low, high]`: the 5th and 95th percentiles over replicates. */
const interval = z.tuple([z.number(), z.number()]).readonly();
const strings = z.array(z.string()).readonly();

const saturationSchema = z.object({
  models: count,
  near_best: count,
  near_best_share: maybe(z.number()),
  top_models: count,
  top_spread: maybe(z.number()),
  saturated: maybe(z.boolean()),
});

const flaggedRowSchema = z.object({
  model: z.string(),
  name: z.string(),
  file: z.string(),
  line: maybe(count),
  rank: z.number(),
  aggregate_rank: z.number(),
  gap: z.number(),
});

const plausibilitySchema = z.object({
  shared: count,
  checked: z.boolean(),
  median_gap: maybe(z.number()),
  mad: maybe(z.number()),
  threshold: maybe(z.number()),
  /** How many rows are flagged; `flagged` lists them all here (the page keeps the largest gaps). */
  flagged_count: count,
  flagged: z.array(flaggedRowSchema),
});

export const rowSchema = z.object({
  scenario: z.string(),
  name: z.string(),
  benchmark: z.string(),
  category: maybe(z.string()),
  direction: z.enum(['higher', 'lower']),
  rank: maybe(z.number()),
  rank_interval: maybe(interval),
  z: maybe(z.number()),
  z_interval: maybe(interval),
  agreement: maybe(z.number()),
  agreement_interval: maybe(interval),
  p_value: maybe(z.number()),
  n_common: count,
  models: count,
  models_per_sample: count,
  experiments: count,
  in_aggregate: z.boolean(),
  skipped: maybe(z.string()),
  warnings: strings,
  /** How far to trust the scenario's scores (docs/method.md): never part of the score. */
  saturation: saturationSchema,
  plausibility: plausibilitySchema,
});

const methodSchema = z.object({
  correlation: z.string(),
  models_per_sample: count,
  sampling: z.string(),
  samples: count,
  seed: z.number().int(),
  min_common_models: count,
});

/** The thresholds the trust fields were computed with (benchbench.yaml `trust:`). */
const trustSchema = z.object({
  saturation: z.object({
    near_best: z.number(),
    saturated_share: z.number(),
    top_models: count,
    min_top_spread: z.number(),
    min_models: count,
  }),
  plausibility: z.object({ mad_multiplier: z.number(), min_gap_share: z.number(), min_models: count }),
});

const benchmarkSchema = z.object({
  id: z.string(),
  file: z.string(),
  name: z.string(),
  category: maybe(z.string()),
  url: maybe(z.string()),
  snapshot: maybe(z.string()),
  license: maybe(z.string()),
  description: maybe(z.string()),
  simulated: z.boolean(),
  access: maybe(z.enum(['open', 'gated', 'private'])),
  cost: maybe(z.object({ value: z.number(), unit: z.string() })),
  items: maybe(count),
  scenarios: z.array(z.string()),
});

const pairSchema = z.object({
  a: z.string(),
  b: z.string(),
  agreement: maybe(z.number()),
  interval: maybe(interval),
  n_common: count,
});

export const leaderboardSchema = z.object({
  schema: z.literal(LEADERBOARD_SCHEMA),
  version: z.literal(LEADERBOARD_SCHEMA_VERSION),
  generator: z.string(),
  catalog: z.object({ hash: z.string(), benchmarks: count, scenarios: count, models: count }),
  method: methodSchema,
  trust: trustSchema,
  aggregate: z.object({
    scenarios: strings,
    missing: strings,
    min_scenarios_per_model: count,
    /** About the aggregate itself (a single scenario, ...), shown beside every board. */
    warnings: strings,
    /** Each kept model's mean win rate (a result, not a raw score). */
    scores: z.record(z.string(), z.number()),
  }),
  boards: z.array(z.object({ id: z.string(), title: z.string(), rows: z.array(rowSchema) })),
  benchmarks: z.array(benchmarkSchema),
  /** Display name of every model of the catalog (its canonical id when the registry has none). */
  model_names: z.record(z.string(), z.string()),
  /** The scenarios among which every pair's agreement was computed (`pairs`), by id; empty when none. */
  pair_scenarios: z.array(z.string()),
  /** Agreement of every pair of `pair_scenarios`, when computed (`site`). */
  pairs: z.array(pairSchema),
});

export type LeaderboardDocument = z.infer<typeof leaderboardSchema>;
export type RowDocument = z.infer<typeof rowSchema>;
export type SaturationDocument = z.infer<typeof saturationSchema>;
export type PlausibilityDocument = z.infer<typeof plausibilitySchema>;
export type FlaggedRowDocument = z.infer<typeof flaggedRowSchema>;
export type TrustDocument = z.infer<typeof trustSchema>;

/** `leaderboard.schema.json`: the JSON Schema (draft 2020-12) of `leaderboard.json`, as text. */
export function leaderboardJsonSchema(): string {
  const schema = z.toJSONSchema(leaderboardSchema, { target: 'draft-2020-12' });
  return (
    JSON.stringify(
      {
        ...schema,
        title: `${LEADERBOARD_SCHEMA} version ${LEADERBOARD_SCHEMA_VERSION} (docs/leaderboard-json.md)`,
      },
      null,
      2,
    ) + '\n'
  );
}
