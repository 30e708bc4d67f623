/** The method options shared by `agree` (and future commands), with METHOD.md's defaults. */
import { Option, type Command } from 'commander';
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

const FLAG_OF: Readonly<Record<keyof MethodFlags, keyof Method>> = {
  correlation: 'correlation',
  modelsPerSample: 'modelsPerSample',
  sampling: 'sampling',
  samples: 'samples',
  seed: 'seed',
  minCommon: 'minCommonModels',
};

/**
 * `base` (e.g. a catalog's configured method) with every method flag the user gave on the command
 * line applied over it; flags left at their defaults do not change it.
 */
export function methodOver(base: Method, f: MethodFlags, cmd: Command): Method {
  const given = methodFromFlags(f);
  const out: Record<string, unknown> = { ...base };
  for (const [flag, key] of Object.entries(FLAG_OF) as [keyof MethodFlags, keyof Method][]) {
    const source = cmd.getOptionValueSource(flag);
    if (source !== undefined && source !== 'default') out[key] = given[key];
  }
  return out as unknown as Method;
}

export const methodFromFlags = (f: MethodFlags): Method => ({
  correlation: f.correlation,
  modelsPerSample: f.modelsPerSample,
  sampling: f.sampling,
  samples: f.samples,
  seed: f.seed,
  minCommonModels: f.minCommon,
});
