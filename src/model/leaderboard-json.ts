/**
 * The contract of `leaderboard.json` (docs/leaderboard-json.md): schema `benchbench-leaderboard`,
 * version 3 (version 2 without the per-model rows to check, which moved to `checks.parquet`;
 * version 2 was version 1 without the per-model `scores`, which moved to `scores.parquet`). One
 * zod schema (`zod/mini`) gives both the TypeScript types the code writes (`z.infer`) and the
 * JSON Schema published beside the file (`leaderboard.schema.json`, `leaderboardJsonSchema()`),
 * so the two cannot drift apart. The method's part is built from METHOD_KEYS (model/method.ts).
 *
 * The code works with the document plus each row's rows to check (`LeaderboardDocument`, which
 * LEADERBOARD.md, the text output and the page read); `leaderboardJson` leaves those out of
 * what is written as `leaderboard.json`.
 */
import * as z from 'zod/mini';
import { LEADERBOARD_SCHEMA, LEADERBOARD_SCHEMA_VERSION } from './leaderboard-version.js';
import { METHOD_KEY_NAMES, METHOD_KEYS, type MethodJson, type MethodKey } from './method.js';

export {
  LEADERBOARD_SCHEMA,
  LEADERBOARD_SCHEMA_FILE,
  LEADERBOARD_SCHEMA_VERSION,
} from './leaderboard-version.js';

const count = z.int().check(z.nonnegative());
const maybe = z.nullable;
/** `[low, high]`: the 5th and 95th percentiles over replicates. */
const interval = z.readonly(z.tuple([z.number(), z.number()]));
const strings = z.readonly(z.array(z.string()));
/** Every object of the document has exactly its listed keys. */
const obj = z.strictObject;

const saturationSchema = obj({
  models: count,
  near_best: count,
  near_best_share: maybe(z.number()),
  top_models: count,
  top_spread: maybe(z.number()),
  saturated: maybe(z.boolean()),
});

/** A row to check (`checks.parquet` holds every one, report/scores-parquet.ts; not in `leaderboard.json`). */
export interface FlaggedRowDocument {
  model: string;
  name: string;
  file: string;
  line: number | null;
  rank: number;
  aggregate_rank: number;
  gap: number;
}

const plausibilitySchema = obj({
  shared: count,
  checked: z.boolean(),
  median_gap: maybe(z.number()),
  mad: maybe(z.number()),
  threshold: maybe(z.number()),
  /** How many rows are flagged; they are in `checks.parquet`. */
  flagged_count: count,
});

const rowSchema = obj({
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

/** A method key's value: one of its words, or a whole number of at least its minimum. */
function methodKeySchema(key: MethodKey): z.ZodMiniType<string | number> {
  const r = METHOD_KEYS[key];
  if ('values' in r) return z.enum(r.values as unknown as [string, ...string[]]);
  const whole = z.int().check(z.gte(r.min));
  return 'not' in r ? whole.check(z.refine((v) => v !== r.not, { error: r.rule })) : whole;
}

const methodSchema = obj(
  Object.fromEntries(METHOD_KEY_NAMES.map((key) => [key, methodKeySchema(key)])) as {
    [K in MethodKey]: z.ZodMiniType<MethodJson[K]>;
  },
);

/** The thresholds the trust fields were computed with (benchbench.yaml `trust:`). */
const trustSchema = obj({
  saturation: obj({
    near_best: z.number(),
    saturated_share: z.number(),
    top_models: count,
    min_top_spread: z.number(),
    min_models: count,
  }),
  plausibility: obj({ mad_multiplier: z.number(), min_gap_share: z.number(), min_models: count }),
});

const benchmarkSchema = obj({
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
  cost: maybe(obj({ value: z.number(), unit: z.string() })),
  items: maybe(count),
  scenarios: z.array(z.string()),
});

const pairSchema = obj({
  a: z.string(),
  b: z.string(),
  agreement: maybe(z.number()),
  interval: maybe(interval),
  n_common: count,
});

export const leaderboardSchema = obj({
  schema: z.literal(LEADERBOARD_SCHEMA),
  version: z.literal(LEADERBOARD_SCHEMA_VERSION),
  generator: z.string(),
  catalog: obj({ hash: z.string(), benchmarks: count, scenarios: count, models: count }),
  method: methodSchema,
  trust: trustSchema,
  aggregate: obj({
    scenarios: strings,
    missing: strings,
    min_scenarios_per_model: count,
    /** About the aggregate itself (a single scenario, ...), shown beside every board. */
    warnings: strings,
    /** Each kept model's mean win rate (a result, not a raw score). */
    scores: z.record(z.string(), z.number()),
  }),
  boards: z.array(obj({ id: z.string(), title: z.string(), rows: z.array(rowSchema) })),
  benchmarks: z.array(benchmarkSchema),
  /** Display name of every model of the catalog (its canonical id when the registry has none). */
  model_names: z.record(z.string(), z.string()),
  /** The scenarios among which every pair's agreement was computed (`pairs`), by id; empty when none. */
  pair_scenarios: z.array(z.string()),
  /** Agreement of every pair of `pair_scenarios`, when computed (`site`). */
  pairs: z.array(pairSchema),
});

/** `leaderboard.json` as written. */
export type LeaderboardJson = z.infer<typeof leaderboardSchema>;
export type RowJson = z.infer<typeof rowSchema>;
export type SaturationDocument = z.infer<typeof saturationSchema>;
export type TrustDocument = z.infer<typeof trustSchema>;
/** A row's plausibility with its rows to check, largest gap first. */
export type PlausibilityDocument = z.infer<typeof plausibilitySchema> & { flagged: FlaggedRowDocument[] };
/** A row as the code holds it: with its rows to check. */
export type RowDocument = Omit<RowJson, 'plausibility'> & { plausibility: PlausibilityDocument };
/** The document as the code holds it: `leaderboard.json` with each row's rows to check. */
export type LeaderboardDocument = Omit<LeaderboardJson, 'boards'> & {
  boards: { id: string; title: string; rows: RowDocument[] }[];
};

/** What is written as `leaderboard.json`: the document without the rows to check. */
export function leaderboardJson<D extends Pick<LeaderboardDocument, 'boards'>>(
  doc: D,
): Omit<D, 'boards'> & { boards: LeaderboardJson['boards'] } {
  return {
    ...doc,
    boards: doc.boards.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({ ...r, plausibility: withoutFlagged(r.plausibility) })),
    })),
  };
}

const withoutFlagged = (p: PlausibilityDocument): RowJson['plausibility'] =>
  Object.fromEntries(Object.entries(p).filter(([key]) => key !== 'flagged')) as RowJson['plausibility'];

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
