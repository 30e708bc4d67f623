/**
 * The method options shared by the commands that score, with METHOD.md's defaults, and
 * `--preset`, which every command that scores takes (`presetOption`).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { PRESET_NAMES, PRESETS, type PresetName } from '../catalog/presets.js';
import { DEFAULT_METHOD, type Method } from '../core/types.js';
import { choicesOf, METHOD_KEY_NAMES, METHOD_KEYS, methodValue, type MethodKey } from '../model/method.js';

export const PRESET_HELP =
  "score as a preset does; benchbench-space = the BenchBench leaderboard Space's defaults: the " +
  'aggregate of its 8 scenarios by display name (Helm Lite, HF OpenLLM v2, OpenCompass Academic, ' +
  'LMSys Arena, Helm Classic, AlphacaEval v2lc, LiveBench 240725, WildBench Elo LC; a note for each ' +
  'the catalog lacks), at least 2 of them per model, kendall, 8 models per sample, 10 samples. It ' +
  "replaces benchbench.yaml's aggregate and those method keys; method options given on the command line override it";

/** `--preset <name>`: every command that scores adds it (`.addOption(presetOption())`). */
export const presetOption = (): Option => new Option('--preset <name>', PRESET_HELP).choices(PRESET_NAMES);

/** Each method option's value name and description; its flag and rule come from model/method.ts. */
const OPTION_TEXT: Readonly<Record<MethodKey, readonly [string, string]>> = {
  correlation: ['<kind>', 'correlation'],
  models_per_sample: ['<n>', 'models per sample (0 = every shared model)'],
  sampling: ['<strategy>', 'how models are chosen'],
  samples: ['<k>', 'experiments per pair'],
  seed: ['<s>', 'seed of the sampling generator'],
  min_common_models: ['<m>', 'skip pairs sharing fewer models'],
};

/** The value of a method option, checked by its key's rule. */
const methodArg =
  (key: MethodKey) =>
  (value: string): number => {
    const checked = methodValue(key, value);
    if (!checked.ok)
      throw new InvalidArgumentError(`${METHOD_KEYS[key].flag} must be ${checked.rule}, got "${value}"`);
    return checked.value as number;
  };

export function addMethodOptions(cmd: Command, defaults: Method = DEFAULT_METHOD): Command {
  cmd.addOption(presetOption());
  for (const key of METHOD_KEY_NAMES) {
    const { flag, field } = METHOD_KEYS[key];
    const [value, description] = OPTION_TEXT[key];
    const option = new Option(`${flag} ${value}`, description);
    const choices = choicesOf(key);
    if (choices) option.choices(choices);
    else option.argParser(methodArg(key));
    cmd.addOption(option.default(defaults[field]));
  }
  return cmd;
}

export interface MethodFlags {
  preset?: PresetName;
  correlation: Method['correlation'];
  modelsPerSample: number;
  sampling: Method['sampling'];
  samples: number;
  seed: number;
  minCommon: number;
}

/** The option behind each key of Method (its attribute name: `--min-common` -> `minCommon`). */
const FLAG_OF = Object.fromEntries(
  METHOD_KEY_NAMES.map((key) => [
    METHOD_KEYS[key].field,
    METHOD_KEYS[key].flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
  ]),
) as Readonly<Record<keyof Method, keyof MethodFlags>>;

/**
 * The method the flags ask for. With `--preset`, the preset's keys replace the defaults of the
 * options not given on the command line (`cmd` tells which were).
 */
export function methodFromFlags(f: MethodFlags, cmd?: Command): Method {
  const method = Object.fromEntries(
    Object.entries(FLAG_OF).map(([field, flag]) => [field, f[flag]]),
  ) as unknown as Method;
  if (!f.preset) return method;
  const fromPreset = Object.entries(PRESETS[f.preset].method).filter(
    ([key]) => cmd?.getOptionValueSource(FLAG_OF[key as keyof Method]) !== 'cli',
  );
  return { ...method, ...Object.fromEntries(fromPreset) };
}

/**
 * `base` (e.g. a catalog's configured method) with every method option given on the command line
 * applied over it; options left at their defaults do not change it.
 */
export function methodOver(base: Method, f: MethodFlags, cmd: Command): Method {
  const given = Object.values(FLAG_OF).filter((flag) => {
    const source = cmd.getOptionValueSource(flag);
    return source !== undefined && source !== 'default';
  });
  return catalogMethod(base, Object.fromEntries(given.map((flag) => [flag, f[flag]])));
}

/**
 * The method flags of a command that reads a catalog (`alternatives`, `subset`): the same
 * flags without defaults, so that benchbench.yaml's method applies unless a flag is given
 * (`catalogMethod`). With `only`, just those flags, each with the description given there.
 */
export function addCatalogMethodOptions(
  cmd: Command,
  only?: Partial<Record<keyof MethodFlags, string>>,
): Command {
  for (const o of addMethodOptions(new Command()).options) {
    const name = o.attributeName() as keyof MethodFlags;
    if (only && only[name] === undefined) continue;
    const description = only?.[name] ?? o.description;
    // An option without a default keeps its description as it is.
    const copy = new Option(
      o.flags,
      o.defaultValue === undefined ? description : `${description} (default: benchbench.yaml's)`,
    );
    if (o.argChoices) copy.choices(o.argChoices);
    if (o.parseArg) copy.argParser(o.parseArg);
    cmd.addOption(copy);
  }
  return cmd;
}

/** The catalog's method with the flags given on the command line in place of its values. */
export function catalogMethod(base: Method, flags: Partial<MethodFlags>): Method {
  const given = Object.entries(FLAG_OF).filter(([, flag]) => flags[flag] !== undefined);
  return { ...base, ...Object.fromEntries(given.map(([key, flag]) => [key, flags[flag]])) };
}

/** `--min-agreement <t>`: a correlation in [-1, 1]. */
export function minAgreementOption(defaultValue: number, description: string): Option {
  return new Option('--min-agreement <t>', description)
    .argParser((value: string) => {
      const t = Number(value);
      if (value.trim() === '' || !(t >= -1 && t <= 1))
        throw new InvalidArgumentError(`--min-agreement must be a number from -1 to 1, got "${value}"`);
      return t;
    })
    .default(defaultValue);
}
