/**
 * The method as `benchbench.yaml` writes it and as the code types it: the only mapping between
 * the two. `METHOD_KEYS` gives, for each key of the `method:` section (`preset` aside, see
 * catalog/presets.ts), its field of `Method` (core/types.ts), its command-line flag and its rule:
 * one of the enums below, or a whole number of at least a minimum (and, for
 * `models_per_sample`, not 1). The config reader (catalog/config.ts), the CLI's method options
 * (cli/method-options.ts) and the page's permalinks (report/site/permalink.ts) check values with
 * `methodValue`; every JSON document that writes a method with benchbench.yaml's keys
 * (`leaderboard.json`, `similar --json`, a simulated catalog's config) writes `methodJson`, and
 * the PR report's schema (camel-case fields, model/pr-report-schema.ts) checks it with `methodValue`.
 */
import type { Correlation, Method, Sampling } from '../core/types.js';

export const CORRELATIONS = ['kendall', 'pearson', 'spearman'] as const satisfies readonly Correlation[];
export const SAMPLINGS = [
  'random',
  'top',
  'bottom',
  'middle',
  'adjacent',
] as const satisfies readonly Sampling[];
/** The samplings that draw `samples` experiments; the others draw one. */
export const REPEATED_SAMPLINGS: readonly Sampling[] = ['random', 'adjacent'];

interface ChoiceRule {
  readonly values: readonly string[];
}
interface WholeRule {
  readonly min: number;
  /** A value refused although at least `min` (models_per_sample: 1). */
  readonly not?: number;
}
type KeyRule = {
  readonly field: keyof Method;
  /** The command-line option (`cli/method-options.ts`). */
  readonly flag: string;
  /** What a value must be, as a noun phrase (`a whole number of at least 1`). */
  readonly rule: string;
} & (ChoiceRule | WholeRule);

export const METHOD_KEYS = {
  correlation: {
    field: 'correlation',
    flag: '--correlation',
    values: CORRELATIONS,
    rule: `one of ${CORRELATIONS.join(', ')}`,
  },
  models_per_sample: {
    field: 'modelsPerSample',
    flag: '--models-per-sample',
    min: 0,
    not: 1,
    rule: '0 (all shared models) or a whole number of at least 2',
  },
  sampling: {
    field: 'sampling',
    flag: '--sampling',
    values: SAMPLINGS,
    rule: `one of ${SAMPLINGS.join(', ')}`,
  },
  samples: { field: 'samples', flag: '--samples', min: 1, rule: 'a whole number of at least 1' },
  seed: { field: 'seed', flag: '--seed', min: 0, rule: 'a whole number' },
  min_common_models: {
    field: 'minCommonModels',
    flag: '--min-common',
    min: 2,
    rule: 'a whole number of at least 2',
  },
} as const satisfies Record<string, KeyRule>;

export type MethodKey = keyof typeof METHOD_KEYS;
/** The keys in the order the documents write them. */
export const METHOD_KEY_NAMES = Object.keys(METHOD_KEYS) as MethodKey[];
/** Every key of the `method:` section of benchbench.yaml. */
export const METHOD_YAML_KEYS: readonly string[] = ['preset', ...METHOD_KEY_NAMES];

/** A method with benchbench.yaml's keys, as the JSON documents write it. */
export type MethodJson = {
  -readonly [K in MethodKey]: Method[(typeof METHOD_KEYS)[K]['field']];
};

const rule = (key: MethodKey): KeyRule => METHOD_KEYS[key];

/** The rule's minimum, for a whole-number key (undefined for a choice). */
export const minimumOf = (key: MethodKey): number | undefined => {
  const r = rule(key);
  return 'min' in r ? r.min : undefined;
};

/** The allowed words, for a choice key (undefined for a whole number). */
export const choicesOf = (key: MethodKey): readonly string[] | undefined => {
  const r = rule(key);
  return 'values' in r ? r.values : undefined;
};

/**
 * `value` as the key's field, or what it must be. A whole-number key takes a
 * number (a safe integer) or its plain decimal digits; a choice key one of its words.
 */
export function methodValue(
  key: MethodKey,
  value: unknown,
): { readonly ok: true; readonly value: string | number } | { readonly ok: false; readonly rule: string } {
  const r = rule(key);
  if ('values' in r) {
    return typeof value === 'string' && r.values.includes(value)
      ? { ok: true, value }
      : { ok: false, rule: r.rule };
  }
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,15}$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isSafeInteger(n) && n >= r.min && n !== r.not
    ? { ok: true, value: n }
    : { ok: false, rule: r.rule };
}

/** `m` with benchbench.yaml's keys, in `METHOD_KEYS` order. */
export function methodJson(m: Method): MethodJson {
  return Object.fromEntries(METHOD_KEY_NAMES.map((key) => [key, m[METHOD_KEYS[key].field]])) as MethodJson;
}

/** The inverse of `methodJson` (for a document written by it). */
export function methodOfJson(json: Readonly<Record<MethodKey, string | number>>): Method {
  return Object.fromEntries(
    METHOD_KEY_NAMES.map((key) => [METHOD_KEYS[key].field, json[key]]),
  ) as unknown as Method;
}

/** A fresh method with exactly the fields of `Method` (the PR report's copy). */
export const methodFields = (m: Method): Method => methodOfJson(methodJson(m));

/** A method whose fields differ from `base`, as benchbench.yaml key -> value (for the page's links). */
export function changedKeys(m: Method, base: Method): [MethodKey, string | number][] {
  return METHOD_KEY_NAMES.filter((key) => m[METHOD_KEYS[key].field] !== base[METHOD_KEYS[key].field]).map(
    (key) => [key, m[METHOD_KEYS[key].field]],
  );
}
