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
 * Every key is checked by one zod/mini schema (CONFIG, below; yaml-schema.ts places what it finds).
 * Unknown keys are errors with a did-you-mean hint; a wrong type or value is an error at the
 * value, and the default is used in its place, so a Config always comes back. Never throws.
 */
import * as z from 'zod/mini';
import { defaultMinScenarios } from '../core/mean-win-rate.js';
import { DEFAULT_METHOD, type Method } from '../core/types.js';
import type { Issue } from '../model/issue.js';
import { METHOD_KEY_NAMES, METHOD_KEYS, type MethodKey } from '../model/method.js';
import { YamlFile } from './parse-yaml.js';
import { PRESET_NAMES, PRESETS } from './presets.js';
import { trustOf, trustSchema } from './trust-config.js';
import {
  choice,
  names,
  nodeAt,
  placesIn,
  problem,
  readSection,
  rule,
  schemaKeys,
  section,
  shared,
  text,
  textMatching,
  wholeAtLeast,
  writesKey,
  writtenKeys,
} from './yaml-schema.js';
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
const MODEL_NAMINGS = ['standard', 'benchbench'] as const;
const LEADERBOARD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A key of `method:` by its rule in model/method.ts: one of its words, or a whole number. */
function methodKey(key: MethodKey) {
  const r = METHOD_KEYS[key];
  if ('values' in r) return choice(r.values, r.rule);
  const not = 'not' in r ? r.not : undefined;
  return wholeAtLeast(r.min, r.rule).check(z.refine((v) => v !== not, { error: r.rule }));
}

/** `leaderboards:` a non-empty list of boards, each with an id of its own. */
const leaderboards = () =>
  z.nullish(
    z
      .array(
        z.strictObject(
          {
            id: z.optional(
              textMatching(
                LEADERBOARD_ID,
                'a short name: letters, digits, - and _, starting with a letter or digit',
              ),
            ),
            title: z.optional(text()),
            categories: names(),
            scenarios: names(),
          },
          { error: 'a mapping' },
        ),
        { error: 'a list' },
      )
      .check(
        rule<{ id?: unknown }[]>((boards, ctx) => {
          if (Array.isArray(boards) && boards.length === 0)
            problem(
              ctx,
              [],
              'invalid-value',
              '{at} is empty.',
              'List at least one leaderboard, or remove the key to get the default one.',
            );
          if (!Array.isArray(boards)) return;
          const ids = new Set<string>();
          boards.forEach((board, i) => {
            if (board === null || typeof board !== 'object') return;
            const { id } = board;
            if (id === undefined)
              problem(
                ctx,
                [i],
                'missing-key',
                'This leaderboard has no `id`.',
                'Add `id: <short-name>` (letters, digits, - and _).',
              );
            else if (typeof id !== 'string' || !LEADERBOARD_ID.test(id)) return;
            else if (ids.has(id))
              problem(
                ctx,
                [i, 'id'],
                'duplicate-value',
                `Two leaderboards have the id \`${id}\`.`,
                'Give every leaderboard its own id.',
              );
            else ids.add(id);
          });
        }),
      ),
  );

/** The schema of each key of benchbench.yaml, built the first time a text writes the key. */
const PARTS = {
  aggregate: shared(() => section({ scenarios: names(), min_scenarios_per_model: wholeAtLeast(1) })),
  method: shared(() =>
    section({
      preset: choice(PRESET_NAMES),
      ...(Object.fromEntries(METHOD_KEY_NAMES.map((key) => [key, methodKey(key)])) as Record<
        MethodKey,
        ReturnType<typeof methodKey>
      >),
    }),
  ),
  leaderboards: shared(leaderboards),
  limits: shared(() => section(Object.fromEntries(LIMIT_YAML_KEYS.map((key) => [key, wholeAtLeast(1)])))),
  model_names: shared(() => choice(MODEL_NAMINGS)),
  trust: trustSchema,
};
type Parts = { [K in keyof typeof PARTS]: ReturnType<(typeof PARTS)[K]> };
const configOf = (parts: Parts) => section(parts);
type ConfigData = NonNullable<z.output<ReturnType<typeof configOf>>>;

/** Stands for a key the text does not write: never given a value to check. */
const UNWRITTEN = z.unknown();

/**
 * benchbench.yaml, every key: the one schema the config is checked with (yaml-schema.ts turns
 * what it finds into placed issues). The method's keys and rules come from model/method.ts. A key
 * the text does not write gets no schema of its own: building them all would cost every run a few
 * milliseconds (the example's config writes three of the six).
 */
const configFor = shared((written: readonly string[]) =>
  configOf(
    Object.fromEntries(
      Object.entries(PARTS).map(([key, part]) => [key, written.includes(key) ? part() : UNWRITTEN]),
    ) as Parts,
  ),
);

/** Every key of benchbench.yaml, at any level (for docs/catalog.md's check). */
export const configYamlKeys = (): string[] => schemaKeys(configFor(Object.keys(PARTS)));

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
  const written = writtenKeys(y, y.root).filter((key) => Object.hasOwn(PARTS, key));
  const data: ConfigData =
    readSection(y, y.root, configFor([...new Set(written)].sort()), 'the config') ?? {};
  const presetName = data.method?.preset;
  const preset = presetName ? PRESETS[presetName] : undefined;

  // A preset's aggregate is named by display name, resolved against the catalog when it is loaded.
  const explicit = data.aggregate?.scenarios
    ? placesIn(y, nodeAt(y, y.root, ['aggregate', 'scenarios']), data.aggregate.scenarios)
    : undefined;
  const presetAt = y.at(nodeAt(y, y.root, ['method', 'preset']));
  const scenarios = explicit ?? (preset ? preset.aggregate.map((name) => ({ name, ...presetAt })) : []);
  const unreadable = y.root === undefined && y.issues.length > 0;
  if (!writesKey(y, y.root, ['aggregate'], 'scenarios') && !preset && !unreadable) {
    y.error(
      writesKey(y, y.root, [], 'aggregate') ? nodeAt(y, y.root, ['aggregate'], true) : y.root,
      'missing-key',
      'The config does not say which scenarios form the aggregate.',
      'Add `aggregate: { scenarios: [<scenario id>, <scenario id>, ...] }` (several scenarios; one is accepted, with a warning).',
    );
  }

  // Every key the config writes overrides the preset's; the preset's override the defaults.
  const method: Record<keyof Method, unknown> = { ...DEFAULT_METHOD, ...preset?.method };
  for (const key of METHOD_KEY_NAMES) {
    const value = data.method?.[key];
    if (value !== undefined) method[METHOD_KEYS[key].field] = value;
  }
  const limits: Record<keyof Limits, number> = { ...DEFAULT_LIMITS };
  for (const [key, field] of Object.entries(LIMIT_KEYS)) {
    const value = data.limits?.[key];
    if (value !== undefined) limits[field] = value;
  }
  const boards = leaderboardsOf(y, data.leaderboards);

  return {
    config: {
      aggregate: {
        scenarios: scenarios.map((s) => s.name),
        minScenariosPerModel:
          data.aggregate?.min_scenarios_per_model ??
          preset?.minScenariosPerModel ??
          defaultMinScenarios(scenarios.length),
        ...(!explicit && preset && { byName: true }),
      },
      ...(presetName && { preset: presetName }),
      method: method as unknown as Method,
      leaderboards: boards.leaderboards,
      limits,
      modelNames: data.model_names ?? 'standard',
      trust: trustOf(data.trust),
    },
    issues: y.issues,
    places: { aggregate: scenarios, leaderboardScenarios: boards.places },
  };
}

/** The checked leaderboards (the default one when none is left), and where their scenarios are written. */
function leaderboardsOf(
  y: YamlFile,
  boards: ConfigData['leaderboards'],
): { leaderboards: LeaderboardConfig[]; places: PlacedName[] } {
  const places: PlacedName[] = [];
  const items = nodeAt(y, y.root, ['leaderboards']);
  const leaderboards = (boards ?? []).flatMap((b): LeaderboardConfig[] => {
    if (b.id === undefined) return [];
    if (b.scenarios) places.push(...placesIn(y, boardNode(y, items, b.id, 'scenarios'), b.scenarios));
    return [
      {
        id: b.id,
        title: b.title || b.id,
        ...(b.categories && { categories: b.categories }),
        ...(b.scenarios && { scenarios: b.scenarios }),
      },
    ];
  });
  return { leaderboards: leaderboards.length ? leaderboards : [DEFAULT_LEADERBOARD], places };
}

/** The node of `key` in the first leaderboard of the list `items` whose id is `id` (ids are distinct). */
function boardNode(y: YamlFile, items: ReturnType<typeof nodeAt>, id: string, key: string) {
  const list = y.items(items, '`leaderboards`') ?? [];
  const board = list.find((item) => y.string(nodeAt(y, item, ['id']), '`id`') === id);
  return nodeAt(y, board, [key]);
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
