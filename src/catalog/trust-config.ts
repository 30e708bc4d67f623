/**
 * The `trust:` section of `benchbench.yaml`: the thresholds of saturation and plausibility
 * (docs/catalog.md, docs/method.md). Every key is optional; a wrong value is an error at the
 * value and its default is used instead.
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
import { isScalar, type Node } from 'yaml';
import { DEFAULT_PLAUSIBILITY, type PlausibilityThresholds } from '../core/plausibility.js';
import { DEFAULT_SATURATION, type SaturationThresholds } from '../core/saturation.js';
import type { TrustThresholds } from '../model/trust.js';
import type { Entry, YamlFile } from './parse-yaml.js';

/** The `trust:` section of benchbench.yaml. */
export type TrustConfig = TrustThresholds;

export const DEFAULT_TRUST: TrustConfig = {
  saturation: DEFAULT_SATURATION,
  plausibility: DEFAULT_PLAUSIBILITY,
};

/** The range of a number (`integer`: whole numbers only; `aboveMin`: the minimum itself is not allowed). */
interface Range {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly aboveMin?: boolean;
}

type Keys<T> = Readonly<Record<string, Range & { readonly field: keyof T }>>;

const COUNT = { min: 2, max: Number.MAX_SAFE_INTEGER, integer: true } as const;

const SATURATION_KEYS: Keys<SaturationThresholds> = {
  near_best: { field: 'nearBest', min: 0, max: 1 },
  saturated_share: { field: 'saturatedShare', min: 0, max: 1, aboveMin: true },
  top_models: { field: 'topModels', ...COUNT },
  min_top_spread: { field: 'minTopSpread', min: 0, max: 1 },
  min_models: { field: 'minModels', ...COUNT },
};

const PLAUSIBILITY_KEYS: Keys<PlausibilityThresholds> = {
  mad_multiplier: { field: 'madMultiplier', min: 0, max: Number.MAX_VALUE },
  min_gap_share: { field: 'minGapShare', min: 0, max: 1 },
  min_models: { field: 'minModels', ...COUNT },
};

export function readTrust(y: YamlFile, node: Node | undefined): TrustConfig {
  const top = y.fields(node, '`trust`', ['saturation', 'plausibility']) ?? {};
  const saturation =
    y.fields(top.saturation?.value, '`trust.saturation`', Object.keys(SATURATION_KEYS)) ?? {};
  const plausibility =
    y.fields(top.plausibility?.value, '`trust.plausibility`', Object.keys(PLAUSIBILITY_KEYS)) ?? {};
  return {
    saturation: section(y, saturation, 'saturation', SATURATION_KEYS, DEFAULT_SATURATION),
    plausibility: section(y, plausibility, 'plausibility', PLAUSIBILITY_KEYS, DEFAULT_PLAUSIBILITY),
  };
}

function section<T>(y: YamlFile, fields: Record<string, Entry>, name: string, keys: Keys<T>, defaults: T): T {
  const out = { ...defaults };
  for (const [yaml, entry] of Object.entries(fields)) {
    const key = keys[yaml]!;
    const value = bounded(y, entry.value, `\`trust.${name}.${yaml}\``, key);
    if (value !== undefined) (out as Record<keyof T, number>)[key.field] = value;
  }
  return out;
}

function bounded(y: YamlFile, node: Node | undefined, what: string, key: Range): number | undefined {
  const n = y.deref(node);
  const range = key.integer
    ? `a whole number of at least ${key.min}`
    : key.max === Number.MAX_VALUE
      ? `a number of at least ${key.min}`
      : `a number ${key.aboveMin ? 'above' : 'from'} ${key.min} ${key.aboveMin ? 'and at most' : 'to'} ${key.max}`;
  const v: unknown = isScalar(n) ? n.value : undefined;
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (key.aboveMin ? v > key.min : v >= key.min) &&
    v <= key.max &&
    (!key.integer || Number.isSafeInteger(v));
  if (ok) return v;
  y.error(
    n,
    typeof v === 'number' ? 'invalid-value' : 'wrong-type',
    `${what} is ${n === undefined || v === null ? 'empty' : isScalar(n) ? `\`${String(v)}\`` : 'not a single value'}; it must be ${range}.`,
    `Write ${range}, or remove the key for the default.`,
  );
  return undefined;
}
