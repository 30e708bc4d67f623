/**
 * The `trust:` section of `benchbench.yaml`: the thresholds of saturation and plausibility
 * (docs/catalog.md, docs/method.md), a part of the config's zod schema (config.ts, yaml-schema.ts).
 * Every key is optional; a wrong value is an error at the value and its default is used instead.
 *
 * ```yaml
 * trust:
 *   saturation:
 *     near_best: 0.02          # the band near the best score, a fraction of the range: 0 to 1
 *     saturated_share: 0.25    # saturated when this share of the models is in the band: above 0, at most 1
 *     top_models: 10           # the top models whose spread is measured: a whole number, at least 2
 *     min_top_spread: 0.05     # saturated when they span less of the range than this: 0 to 1
 *     min_models: 10           # fewer models get no verdict: a whole number, at least 2
 *   plausibility:
 *     mad_multiplier: 3        # a flagged gap is this many MADs above the median gap: at least 0
 *     min_gap_share: 0.25      # ... and more than this share of the shared models: 0 to 1
 *     min_models: 10           # fewer shared models are not checked: a whole number, at least 2
 * ```
 */
import * as z from 'zod/mini';
import { DEFAULT_PLAUSIBILITY } from '../core/plausibility.js';
import { DEFAULT_SATURATION } from '../core/saturation.js';
import type { TrustThresholds } from '../model/trust.js';
import { section, shared, wholeAtLeast } from './yaml-schema.js';

/** The `trust:` section of benchbench.yaml. */
export type TrustConfig = TrustThresholds;

export const DEFAULT_TRUST: TrustConfig = {
  saturation: DEFAULT_SATURATION,
  plausibility: DEFAULT_PLAUSIBILITY,
};

/** A number in a range; the text of every failed check says what it must be. */
const between = shared((min: number, max: number) => {
  const error = `a number from ${min} to ${max}`;
  return z.number({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
});
const aboveAtMost = (min: number, max: number) => {
  const error = `a number above ${min} and at most ${max}`;
  return z.number({ error }).check(z.gt(min, { error }), z.lte(max, { error }));
};
const atLeast = (min: number) => {
  const error = `a number of at least ${min}`;
  return z.number({ error }).check(z.gte(min, { error }));
};
const count = () => wholeAtLeast(2);

const SATURATION_KEYS = ['near_best', 'saturated_share', 'top_models', 'min_top_spread', 'min_models'];
const PLAUSIBILITY_KEYS = ['mad_multiplier', 'min_gap_share', 'min_models'];

/** `trust:` as benchbench.yaml writes it (a part of the config's schema, config.ts). */
export const trustSchema = shared(() =>
  section({
    saturation: section({
      near_best: between(0, 1),
      saturated_share: aboveAtMost(0, 1),
      top_models: count(),
      min_top_spread: between(0, 1),
      min_models: count(),
    }),
    plausibility: section({
      mad_multiplier: atLeast(0),
      min_gap_share: between(0, 1),
      min_models: count(),
    }),
  }),
);

/** Every key the section knows, at any level (for docs/catalog.md's check). */
export const TRUST_YAML_KEYS: readonly string[] = [
  'saturation',
  'plausibility',
  ...SATURATION_KEYS,
  ...PLAUSIBILITY_KEYS,
];

/** The thresholds `trust:` sets (checked by trustSchema), the default for each key it leaves out. */
export function trustOf(t: z.output<ReturnType<typeof trustSchema>>): TrustConfig {
  const s = t?.saturation;
  const p = t?.plausibility;
  return {
    saturation: {
      nearBest: s?.near_best ?? DEFAULT_SATURATION.nearBest,
      saturatedShare: s?.saturated_share ?? DEFAULT_SATURATION.saturatedShare,
      topModels: s?.top_models ?? DEFAULT_SATURATION.topModels,
      minTopSpread: s?.min_top_spread ?? DEFAULT_SATURATION.minTopSpread,
      minModels: s?.min_models ?? DEFAULT_SATURATION.minModels,
    },
    plausibility: {
      madMultiplier: p?.mad_multiplier ?? DEFAULT_PLAUSIBILITY.madMultiplier,
      minGapShare: p?.min_gap_share ?? DEFAULT_PLAUSIBILITY.minGapShare,
      minModels: p?.min_models ?? DEFAULT_PLAUSIBILITY.minModels,
    },
  };
}
