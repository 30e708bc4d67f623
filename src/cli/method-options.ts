/** The method options shared by `agree` (and future commands), with METHOD.md's defaults. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_METHOD, type Method } from '../core/types.js';
import { wholeNumber } from './output.js';

export function addMethodOptions(cmd: Command, defaults: Method = DEFAULT_METHOD): Command {
  return cmd
    .addOption(
      new Option('--correlation <kind>', 'correlation')
        .choices(['kendall', 'pearson', 'spearman'])
        .default(defaults.correlation),
    )
    .addOption(
      new Option('--models-per-sample <n>', 'models per sample (0 = every shared model)')
        .argParser(wholeNumber('--models-per-sample'))
        .default(defaults.modelsPerSample),
    )
    .addOption(
      new Option('--sampling <strategy>', 'how models are chosen')
        .choices(['random', 'top', 'bottom', 'middle', 'adjacent'])
        .default(defaults.sampling),
    )
    .addOption(
      new Option('--samples <k>', 'experiments per pair')
        .argParser(wholeNumber('--samples', 1))
        .default(defaults.samples),
    )
    .addOption(
      new Option('--seed <s>', 'seed of the sampling generator')
        .argParser(wholeNumber('--seed'))
        .default(defaults.seed),
    )
    .addOption(
      new Option('--min-common <m>', 'skip pairs sharing fewer models')
        .argParser(wholeNumber('--min-common', 2))
        .default(defaults.minCommonModels),
    );
}

export interface MethodFlags {
  correlation: Method['correlation'];
  modelsPerSample: number;
  sampling: Method['sampling'];
  samples: number;
  seed: number;
  minCommon: number;
}

export const methodFromFlags = (f: MethodFlags): Method => ({
  correlation: f.correlation,
  modelsPerSample: f.modelsPerSample,
  sampling: f.sampling,
  samples: f.samples,
  seed: f.seed,
  minCommonModels: f.minCommon,
});

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
  return {
    correlation: flags.correlation ?? base.correlation,
    modelsPerSample: flags.modelsPerSample ?? base.modelsPerSample,
    sampling: flags.sampling ?? base.sampling,
    samples: flags.samples ?? base.samples,
    seed: flags.seed ?? base.seed,
    minCommonModels: flags.minCommon ?? base.minCommonModels,
  };
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
