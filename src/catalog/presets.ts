/**
 * Method presets: named settings that `benchbench.yaml` (`method: { preset: NAME }`) and every
 * scoring command (`--preset NAME`) can start from.
 *
 * `benchbench-space` is the default of the BenchBench leaderboard Space: the aggregate of eight
 * scenarios named by BenchBench's display names, Kendall's tau, 8 models per sample, 10
 * experiments, models kept in the aggregate when they have at least 2 of its scenarios. Keys the
 * preset does not set (sampling, seed, min_common_models) keep their defaults.
 *
 * The preset names its aggregate by display name; `resolveScenarioNames` finds each in a
 * catalog (or a table) and reports, as a note, those it lacks.
 */
import type { Method } from '../core/types.js';
import { makeIssue, type Issue } from '../model/issue.js';
import type { Config } from './types.js';

export const PRESET_NAMES = ['benchbench-space'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  /** Display names (or ids) of the aggregate's scenarios, resolved against the catalog. */
  readonly aggregate: readonly string[];
  readonly minScenariosPerModel: number;
  readonly method: Partial<Method>;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'benchbench-space': {
    aggregate: [
      'Helm Lite',
      'HF OpenLLM v2',
      'OpenCompass Academic',
      'LMSys Arena',
      'Helm Classic',
      'AlphacaEval v2lc',
      'LiveBench 240725',
      'WildBench Elo LC',
    ],
    minScenariosPerModel: 2,
    method: { correlation: 'kendall', modelsPerSample: 8, samples: 10 },
  },
};

export interface NamedScenario {
  readonly id: string;
  /** Display name (the id when there is none). */
  readonly name: string;
}

/** Lowercase, every run of other characters than letters and digits one `_`, none at the ends. */
const loose = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');

/**
 * Each name's scenario, trying in turn: the scenario id as written, the display name as
 * written, then both compared loosely (case and punctuation ignored: `Helm Lite` finds
 * `helm_lite`). Several scenarios matching at one step: the smallest id. A name matching none
 * stays as it is and is listed in `missing`; a scenario found by two names counts once.
 */
export function resolveScenarioNames(
  names: readonly string[],
  scenarios: readonly NamedScenario[],
): { readonly ids: string[]; readonly missing: string[] } {
  const sorted = [...scenarios].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const steps: ((s: NamedScenario, name: string) => boolean)[] = [
    (s, n) => s.id === n,
    (s, n) => s.name === n,
    (s, n) => loose(s.id) === loose(n) || loose(s.name) === loose(n),
  ];
  const ids: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    let found: NamedScenario | undefined;
    for (const step of steps) if ((found = sorted.find((s) => step(s, name)))) break;
    if (!found) missing.push(name);
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ids, missing };
}

/** The notes for the preset's aggregate scenarios a catalog lacks. */
export function missingPresetScenarios(
  preset: PresetName,
  missing: readonly string[],
  at: Pick<Issue, 'file' | 'line' | 'column'>,
): Issue[] {
  return missing.map((name) =>
    makeIssue({
      code: 'preset-scenario-absent',
      severity: 'note',
      ...at,
      message: `The preset ${preset} aggregates "${name}", which this catalog does not have; the aggregate is formed without it, as the BenchBench Space does.`,
    }),
  );
}

/**
 * A config scored with a preset chosen on the command line (`--preset`): the preset's aggregate
 * and method keys replace the config's; its other keys (sampling, seed, min_common_models,
 * leaderboards, limits, model names) stay.
 */
export function withPreset(config: Config, name: PresetName): Config {
  const preset = PRESETS[name];
  return {
    ...config,
    preset: name,
    method: { ...config.method, ...preset.method },
    aggregate: {
      scenarios: preset.aggregate,
      minScenariosPerModel: preset.minScenariosPerModel,
      byName: true,
    },
  };
}

/** A name as written in the config, with its place. */
interface Placed {
  readonly name: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Resolves a preset's aggregate names (`aggregate.byName`) to the catalog's scenario ids. The
 * names it lacks stay in `aggregate.scenarios` (so the leaderboard lists them as missing) with a
 * note each, placed where the preset is named (`places`, one per name); the places returned are
 * those of the ids found, for the checks that follow. Any other config comes back as it is.
 */
export function resolvePresetAggregate(
  config: Config,
  places: readonly Placed[],
  scenarios: readonly NamedScenario[],
  file: string,
): { config: Config; places: readonly Placed[]; issues: Issue[] } {
  if (!config.aggregate.byName || !config.preset) return { config, places, issues: [] };
  const { ids, missing } = resolveScenarioNames(config.aggregate.scenarios, scenarios);
  const at = {
    file,
    ...(places[0]?.line !== undefined && { line: places[0].line, column: places[0].column }),
  };
  const { minScenariosPerModel } = config.aggregate;
  return {
    config: { ...config, aggregate: { scenarios: [...ids, ...missing], minScenariosPerModel } },
    places: ids.map((name) => ({ ...places[0], name })),
    issues: missingPresetScenarios(config.preset, missing, at),
  };
}
