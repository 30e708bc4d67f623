import { Command, InvalidArgumentError } from 'commander';
import { simulatedCatalog, simulateCommand } from '../../simulate/simulated-catalog.js';
import { DEFAULT_SIMULATE_OPTIONS, simulate } from '../../simulate/simulate.js';
import { forceOption, plural } from '../common-options.js';
import { CliError, wholeNumber } from '../output.js';
import { progress } from '../progress.js';
import { writeFiles } from '../write-files.js';

interface Flags {
  out: string;
  seed: number;
  models: number;
  benchmarks: number;
  scenariosPerBenchmark: number;
  missingRate: number;
  domains: string[];
  force?: boolean;
}

const rate = (v: string): number => {
  const n = Number(v);
  if (!(n >= 0 && n < 1)) throw new InvalidArgumentError(`must be a number in [0, 1), got "${v}"`);
  return n;
};

export function simulateCommandLine(): Command {
  const d = DEFAULT_SIMULATE_OPTIONS;
  return new Command('simulate')
    .summary('write a synthetic catalog from a seeded latent-ability model')
    .description(
      'Generates models with general and per-domain skills and benchmarks with a domain mix, noise, their ' +
        'own scales (some lower-is-better) and missing models, then writes them as a catalog ' +
        '(benchbench.yaml, models.yaml, benchmarks/*.csv + .yaml), every file labelled as simulated. ' +
        'The model is documented in docs/simulation.md. Same options, same seed: byte-identical files.',
    )
    .requiredOption('--out <dir>', 'where to write the catalog')
    .option('--seed <s>', 'seed', wholeNumber('--seed'), d.seed)
    .option('--models <n>', 'number of models', wholeNumber('--models', 2), d.models)
    .option('--benchmarks <n>', 'number of benchmarks', wholeNumber('--benchmarks', 1), d.benchmarks)
    .option(
      '--scenarios-per-benchmark <n>',
      'most scenarios in one benchmark',
      wholeNumber('--scenarios-per-benchmark', 1),
      d.scenariosPerBenchmark,
    )
    .option('--missing-rate <r>', 'share of missing (model, benchmark) cells', rate, d.missingRate)
    .option(
      '--domains <list>',
      'comma-separated domains (benchmark categories)',
      (v: string) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      [...d.domains],
    )
    .addOption(forceOption('a catalog'))
    .action((flags: Flags) => {
      const options = {
        ...d,
        seed: flags.seed,
        models: flags.models,
        benchmarks: flags.benchmarks,
        scenariosPerBenchmark: flags.scenariosPerBenchmark,
        missingRate: flags.missingRate,
        domains: flags.domains,
      };
      let sim: ReturnType<typeof simulate>;
      const bar = progress('writing');
      bar.stage('simulating');
      try {
        sim = simulate(options);
      } catch (e) {
        // The model's own checks of its options (e.g. domains must be distinct).
        bar.done();
        if (e instanceof RangeError) throw new CliError(e.message, 1);
        throw e;
      }
      bar.stage('writing');
      const files = simulatedCatalog(sim, { command: simulateCommand(options, flags.out) });
      try {
        writeFiles(flags.out, files, flags.force, bar.update);
      } finally {
        bar.done();
      }
      process.stderr.write(
        `wrote a simulated catalog of ${plural(sim.benchmarks.length, 'benchmark')} and ${plural(sim.matrix.models.length, 'model')} to ${flags.out}\n`,
      );
    });
}
