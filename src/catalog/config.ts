/**
 * `benchbench.yaml` -> Config with defaults (DESIGN.md section 3, METHOD.md):
 *
 * ```yaml
 * aggregate:
 *   scenarios: [a, b, c]             # required, distinct
 *   min_scenarios_per_model: 1       # default max(1, floor(len(scenarios) / 3))
 * method:
 *   preset: benchbench-space         # optional: start from a preset (presets.ts); keys below override it
 *   correlation: kendall             # kendall | pearson | spearman
 *   models_per_sample: 10            # 0 (all shared models) or at least 2
 *   sampling: random                 # random | top | bottom | middle | adjacent
 *   samples: 100                     # at least 1
 *   seed: 0                          # whole number, at least 0
 *   min_common_models: 5             # at least 2
 * leaderboards:                      # default: [{ id: main, title: Leaderboard }]
 *   - { id: safety, title: Safety BAT, categories: [safety], scenarios: [x] }
 * limits:                            # defaults: DEFAULT_LIMITS
 *   max_file_bytes: 20971520
 *   max_total_bytes: 335544320
 *   max_rows: 200000
 *   max_columns: 5000
 *   max_cell_chars: 1000
 *   max_seconds: 300
 * model_names: standard              # standard | benchbench (BenchBench's own rules, for imported catalogs)
 * trust:                             # thresholds of saturation and plausibility: see trust-config.ts
 *   saturation: { near_best: 0.02, saturated_share: 0.25, top_models: 10, min_top_spread: 0.05, min_models: 10 }
 *   plausibility: { mad_multiplier: 3, min_gap_share: 0.25, min_models: 10 }
 * ```
 *
 * Unknown keys are errors with a did-you-mean hint; a wrong type or value is an error at the
 * value, and the default is used in its place, so a Config always comes back. Never throws.
 */
import type { Node } from 'yaml';
import { defaultMinScenarios } from '../core/mean-win-rate.js';
import { DEFAULT_METHOD, type Method } from '../core/types.js';
import type { Issue } from '../model/issue.js';
import {
  choicesOf,
  METHOD_KEY_NAMES,
  METHOD_KEYS,
  METHOD_YAML_KEYS,
  methodValue,
  minimumOf,
  type MethodKey,
} from '../model/method.js';
import { YamlFile } from './parse-yaml.js';
import { PRESET_NAMES, PRESETS } from './presets.js';
import { readTrust } from './trust-config.js';
import { readSection, section, wholeAtLeast } from './yaml-schema.js';
import { DEFAULT_LIMITS, type Config, type LeaderboardConfig, type Limits } from './types.js';

/** A name written in the config, with its place (for issues found later, e.g. unknown scenarios). */
export interface PlacedName {
  readonly name: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ParsedConfig {
  readonly config: Config;
  readonly issues: readonly Issue[];
  /** Where each aggregate scenario and each leaderboard's scenario is written. */
  readonly places: {
    readonly aggregate: readonly PlacedName[];
    readonly leaderboardScenarios: readonly PlacedName[];
  };
}

export const DEFAULT_LEADERBOARD: LeaderboardConfig = { id: 'main', title: 'Leaderboard' };

const LIMIT_KEYS: Readonly<Record<string, keyof Limits>> = {
  max_file_bytes: 'maxFileBytes',
  max_total_bytes: 'maxTotalBytes',
  max_rows: 'maxRows',
  max_columns: 'maxColumns',
  max_cell_chars: 'maxCellChars',
  max_seconds: 'maxSeconds',
};
/** The keys of `limits:` (for docs/catalog.md's check). */
export const LIMIT_YAML_KEYS: readonly string[] = Object.keys(LIMIT_KEYS);
/** `limits:`, each a whole number of at least 1 (zod, yaml-schema.ts). */
const LIMITS = section(Object.fromEntries(Object.keys(LIMIT_KEYS).map((key) => [key, wholeAtLeast(1)])));
const MODEL_NAMINGS = ['standard', 'benchbench'] as const;
const LEADERBOARD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * `benchbench.yaml`'s text -> its config, issues and places. The readers call configuredLimits
 * on the config's bytes before they read the other files, and the loader then parses the same
 * text: the last text parsed is remembered, so that it is parsed once (the result is shared:
 * callers only read it).
 */
export function parseConfig(file: string, text: string): ParsedConfig {
  if (last?.file !== file || last.text !== text) last = { file, text, parsed: readConfig(file, text) };
  return last.parsed;
}

let last: { readonly file: string; readonly text: string; readonly parsed: ParsedConfig } | undefined;

function readConfig(file: string, text: string): ParsedConfig {
  const y = new YamlFile(file, text);
  const top =
    y.fields(y.root, 'the config', [
      'aggregate',
      'method',
      'leaderboards',
      'limits',
      'model_names',
      'trust',
    ]) ?? {};

  const m = y.fields(top.method?.value, '`method`', METHOD_YAML_KEYS) ?? {};
  const presetName = m.preset && y.choice(m.preset.value, '`method.preset`', PRESET_NAMES);
  const preset = presetName ? PRESETS[presetName] : undefined;
  // Every key the config writes overrides the preset's; the preset's override the defaults.
  const base: Method = { ...DEFAULT_METHOD, ...preset?.method };

  const aggregate =
    y.fields(top.aggregate?.value, '`aggregate`', ['scenarios', 'min_scenarios_per_model']) ?? {};
  const explicit =
    top.aggregate && aggregate.scenarios
      ? distinct(y, aggregate.scenarios.value, '`aggregate.scenarios`')
      : undefined;
  // A preset's aggregate is named by display name, resolved against the catalog when it is loaded.
  const scenarios =
    explicit ?? (preset ? preset.aggregate.map((name) => ({ name, ...y.at(m.preset!.value) })) : []);
  const unreadable = y.root === undefined && y.issues.length > 0;
  if (!aggregate.scenarios && !preset && !unreadable) {
    y.error(
      top.aggregate?.keyNode ?? y.root,
      'missing-key',
      'The config does not say which scenarios form the aggregate.',
      'Add `aggregate: { scenarios: [<scenario id>, <scenario id>, ...] }` (several scenarios; one is accepted, with a warning).',
    );
  }
  const minScenarios = aggregate.min_scenarios_per_model
    ? y.integer(aggregate.min_scenarios_per_model.value, '`aggregate.min_scenarios_per_model`', 1)
    : undefined;

  const method: Record<keyof Method, unknown> = { ...base };
  for (const key of METHOD_KEY_NAMES) {
    const value = m[key] && methodKey(y, m[key].value, key);
    if (value !== undefined) method[METHOD_KEYS[key].field] = value;
  }

  const limitValues = top.limits ? readSection(y, top.limits.value, 'limits', LIMITS) : undefined;
  const limits: Record<keyof Limits, number> = { ...DEFAULT_LIMITS };
  for (const [key, field] of Object.entries(LIMIT_KEYS)) {
    const value = limitValues?.[key];
    if (value !== undefined) limits[field] = value;
  }

  const leaderboardScenarios: PlacedName[] = [];
  const leaderboards = top.leaderboards
    ? readLeaderboards(y, top.leaderboards.value, leaderboardScenarios)
    : [DEFAULT_LEADERBOARD];

  return {
    config: {
      aggregate: {
        scenarios: scenarios.map((s) => s.name),
        minScenariosPerModel:
          minScenarios ?? preset?.minScenariosPerModel ?? defaultMinScenarios(scenarios.length),
        ...(!explicit && preset && { byName: true }),
      },
      ...(presetName && { preset: presetName }),
      method: method as unknown as Method,
      leaderboards,
      limits,
      modelNames:
        (top.model_names && y.choice(top.model_names.value, '`model_names`', MODEL_NAMINGS)) || 'standard',
      trust: readTrust(y, top.trust?.value),
    },
    issues: y.issues,
    places: { aggregate: scenarios, leaderboardScenarios },
  };
}

/** The config used when `benchbench.yaml` is missing. */
export const defaultConfig = (): Config => readConfig('benchbench.yaml', '').config;

/**
 * The input limits a catalog configures for itself (`limits:` of its benchbench.yaml, given as
 * bytes), the defaults when there is no readable config. Readers call this before reading the
 * other files, so that raising `max_file_bytes` takes effect.
 */
export function configuredLimits(configBytes: Uint8Array | undefined): Limits {
  if (!configBytes) return DEFAULT_LIMITS;
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(configBytes);
  return parseConfig('benchbench.yaml', text).config.limits;
}

/** One key of `method:` by its rule (model/method.ts); undefined, with an issue, when it breaks it. */
function methodKey(y: YamlFile, node: Node | undefined, key: MethodKey): string | number | undefined {
  const what = `\`method.${key}\``;
  const choices = choicesOf(key);
  const value = choices ? y.choice(node, what, choices) : y.integer(node, what, minimumOf(key)!);
  if (value === undefined) return undefined;
  const checked = methodValue(key, value);
  if (checked.ok) return checked.value;
  y.error(
    node,
    'invalid-value',
    `${what} is ${value}; it must be ${checked.rule}.`,
    `Write ${checked.rule}.`,
  );
  return undefined;
}

function readLeaderboards(y: YamlFile, node: Node | undefined, placed: PlacedName[]): LeaderboardConfig[] {
  const items = y.items(node, '`leaderboards`');
  if (!items) return [DEFAULT_LEADERBOARD];
  if (items.length === 0) {
    y.error(
      node,
      'invalid-value',
      '`leaderboards` is empty.',
      'List at least one leaderboard, or remove the key to get the default one.',
    );
    return [DEFAULT_LEADERBOARD];
  }
  const out: LeaderboardConfig[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const f = y.fields(item, 'a leaderboard', ['id', 'title', 'categories', 'scenarios']);
    if (!f) continue;
    if (!f.id) {
      y.error(
        item,
        'missing-key',
        'This leaderboard has no `id`.',
        'Add `id: <short-name>` (letters, digits, - and _).',
      );
      continue;
    }
    const id = y.string(f.id.value, '`id`');
    if (id === undefined) continue;
    if (!LEADERBOARD_ID.test(id)) {
      y.error(
        f.id.value,
        'invalid-value',
        `The leaderboard id \`${id}\` is not a short name.`,
        'Use letters, digits, - and _ only, starting with a letter or digit.',
      );
      continue;
    }
    if (ids.has(id)) {
      y.error(
        f.id.value,
        'duplicate-value',
        `Two leaderboards have the id \`${id}\`.`,
        'Give every leaderboard its own id.',
      );
      continue;
    }
    ids.add(id);
    const title = (f.title && y.string(f.title.value, '`title`')) || id;
    const categories = f.categories
      ? distinct(y, f.categories.value, '`categories`').map((c) => c.name)
      : undefined;
    const scenarios = f.scenarios ? distinct(y, f.scenarios.value, '`scenarios`') : undefined;
    if (scenarios) placed.push(...scenarios);
    out.push({
      id,
      title,
      ...(categories && { categories }),
      ...(scenarios && { scenarios: scenarios.map((s) => s.name) }),
    });
  }
  return out.length > 0 ? out : [DEFAULT_LEADERBOARD];
}

/** A list of distinct, non-empty names (a repeat is an error and dropped). */
function distinct(y: YamlFile, node: Node | undefined, what: string): PlacedName[] {
  const out: PlacedName[] = [];
  const seen = new Set<string>();
  for (const { value, node: item } of y.strings(node, what) ?? []) {
    if (value === '') {
      y.error(item, 'invalid-value', `An item of ${what} is empty.`, 'Remove the empty item.');
    } else if (seen.has(value)) {
      y.error(item, 'duplicate-value', `\`${value}\` is listed twice in ${what}.`, 'List every name once.');
    } else {
      seen.add(value);
      out.push({ name: value, ...y.at(item) });
    }
  }
  return out;
}
