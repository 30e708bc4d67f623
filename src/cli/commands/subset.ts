import { Command, InvalidArgumentError, Option } from 'commander';
import { Deadline } from '../../catalog/deadline.js';
import { didYouMean } from '../../catalog/did-you-mean.js';
import {
  DEFAULT_SUBSET_TAU,
  greedySubset,
  type SubsetCandidate,
  type SubsetResult,
} from '../../core/greedy-subset.js';
import { defaultMinModels, severalUnits, subsetCandidates } from '../../core/subset-candidates.js';
import { aggregateRow, type CatalogScores } from '../../pipeline/score-catalog.js';
import { fixed, range } from '../../report/format.js';
import { DEFAULT_CATALOG } from '../load.js';
import { addCatalogMethodOptions, minAgreementOption, PRESET_HELP } from '../method-options.js';
import { CliError, commaList, printJson, wholeNumber } from '../output.js';
import { progress } from '../progress.js';
import { scoredCatalog, type CatalogCommandFlags } from '../catalog-command.js';

interface Flags extends CatalogCommandFlags {
  maxCost?: number;
  candidates?: string[];
  minModels?: number;
}

export function subsetCommand(): Command {
  const cmd = new Command('subset')
    .summary('the smallest set of scenarios that ranks the models like the aggregate')
    .description(
      'Greedy forward selection: starting from no scenario, each step adds the candidate whose set, aggregated ' +
        "by mean win rate, ranks the models most like benchbench.yaml's aggregate (Kendall tau-b over the models " +
        'both rank; ties go to the smaller id), until tau reaches --min-agreement. Each step shows its tau, the ' +
        'models compared and the cumulative cost (a results file is paid once). A set counts only when it ranks at ' +
        'least --min-models models; before that, a step adds the candidate that covers the most. The final tau gets ' +
        'a 90% bootstrap interval over the models (--samples resamples, seeded by --seed). When no set reaches the ' +
        'threshold, or --max-cost leaves no candidate, it says so and shows the best set found (exit 0).',
    )
    .option('--catalog <dir>', 'the catalog folder', DEFAULT_CATALOG)
    .addOption(
      minAgreementOption(DEFAULT_SUBSET_TAU, 'stop at the first set whose tau reaches this (-1 to 1)'),
    )
    .addOption(
      new Option(
        '--max-cost <c>',
        'try only scenarios that keep the total cost at most c (in the one cost unit of the candidates; scenarios of unknown cost are not tried)',
      ).argParser(nonNegative),
    )
    .option(
      '--candidates <scenarios>',
      'comma-separated scenario ids to choose from (default: every scenario)',
      commaList,
    )
    .addOption(
      new Option(
        '--min-models <n>',
        "a set counts only when it ranks at least n of the aggregate's models (default: half of them, rounded up)",
      ).argParser(wholeNumber('--min-models', 2)),
    )
    .option('--json', 'machine-readable output')
    .option('--verbose', 'also print notes');
  addCatalogMethodOptions(cmd, {
    preset: `${PRESET_HELP}; its aggregate is then the target`,
    samples: 'bootstrap resamples of the final interval',
    seed: 'seed of the bootstrap',
  });
  return cmd.action(async (flags: Flags) => {
    const { scores, method, failed } = await scoredCatalog(flags);
    if (scores.leaderboard.aggregate.scenarios.length < 2)
      throw new CliError(
        `the catalog ${flags.catalog} has no aggregate (fewer than 2 of its scenarios exist)`,
        1,
      );
    const target = aggregateRow(scores);
    const ranked = scores.leaderboard.aggregate.scores.length;
    const minModels = flags.minModels ?? defaultMinModels(ranked);
    const { candidates, unit } = candidatesOf(scores, flags);
    const steps = progress('subset');
    const deadline = new Deadline(scores.catalog.config.limits.maxSeconds);
    const result = greedySubset({
      target,
      candidates,
      minAgreement: flags.minAgreement,
      minModels,
      ...(flags.maxCost !== undefined ? { maxCost: flags.maxCost } : {}),
      samples: method.samples,
      seed: method.seed,
      onStep: steps.update,
      checkpoint: (step, candidate) => deadline.check(`subset step ${step}, trying ${candidate}`),
    });
    steps.done();
    if (flags.json) printJson(subsetJson(result, flags, minModels, unit));
    else process.stdout.write(text(result, flags, minModels, ranked, unit).join('\n') + '\n');
    if (failed) process.exitCode = 1;
  });
}

function subsetJson(
  result: ReturnType<typeof greedySubset>,
  flags: Flags,
  minModels: number,
  unit: string | null,
): unknown {
  return {
    target: 'aggregate',
    min_agreement: flags.minAgreement,
    min_models: minModels,
    max_cost: flags.maxCost ?? null,
    cost_unit: unit,
    steps: result.steps.map((s) => ({ scenario: s.scenario, tau: s.tau, n_models: s.nModels, cost: s.cost })),
    subset: result.subset,
    tau: result.tau,
    tau_interval: result.interval,
    reached: result.reached,
    stop: result.stop,
  };
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError(`--max-cost must be a number of at least 0, got "${value}"`);
  return n;
}

/**
 * The candidates with their rows and costs (core/subset-candidates.ts). Costs count in one unit:
 * with several, --max-cost is an error and every cost is unknown (a warning).
 */
function candidatesOf(
  scores: CatalogScores,
  flags: Flags,
): { candidates: SubsetCandidate[]; unit: string | null } {
  const { matrix } = scores;
  const ids = flags.candidates ?? [...matrix.scenarios];
  const unknown = ids.filter((id) => !matrix.scenarios.includes(id));
  if (unknown.length) {
    const guess = didYouMean(unknown[0]!, matrix.scenarios);
    throw new CliError(
      `--candidates names ${unknown.length === 1 ? 'a scenario' : 'scenarios'} not in the catalog: ${unknown.join(', ')}` +
        (guess ? `; did you mean "${guess}"?` : ''),
      1,
    );
  }
  const { candidates, units, unit } = subsetCandidates(matrix, ids, (id) => {
    const benchmark = scores.info.get(id)!.benchmark;
    return { group: benchmark.id, cost: benchmark.metadata.cost };
  });
  if (units.length > 1) {
    const message = severalUnits(units);
    if (flags.maxCost !== undefined)
      throw new CliError(
        `${message}: --max-cost needs one; choose --candidates whose cost is in one unit`,
        1,
      );
    process.stderr.write(`warning: ${message}, so no cost is added up\n`);
  }
  const uncosted = candidates.filter((c) => c.cost === null).length;
  if (flags.maxCost !== undefined && uncosted)
    process.stderr.write(
      `note: ${uncosted} of ${candidates.length} candidates have no cost and are not tried under --max-cost\n`,
    );
  return { candidates, unit };
}

function text(
  r: SubsetResult,
  flags: Flags,
  minModels: number,
  ranked: number,
  unit: string | null,
): string[] {
  const budget =
    flags.maxCost !== undefined ? `, total cost at most ${flags.maxCost} ${unit ?? ''}`.trimEnd() : '';
  const lines = [
    `Greedy subset standing in for the aggregate (${ranked} models): Kendall tau-b at least ${flags.minAgreement} ` +
      `over at least ${minModels} models${budget}`,
    '  step  tau     models  cost  scenario',
  ];
  r.steps.forEach((s, i) =>
    lines.push(
      `  ${String(i + 1).padStart(4)}  ${fixed(s.tau).padEnd(6)}  ${String(s.nModels).padStart(6)}  ${(s.cost === null ? '–' : String(s.cost)).padStart(4)}  ${s.scenario}`,
    ),
  );
  const best =
    r.subset.length === 0
      ? 'No set ranked enough models to count.'
      : `The best set found: ${r.subset.length} scenario${r.subset.length === 1 ? '' : 's'} (${r.subset.join(', ')}), tau ${fixed(r.tau)} [${range(r.interval)}].`;
  if (r.reached)
    lines.push(
      `Reached: ${r.subset.length} scenario${r.subset.length === 1 ? '' : 's'} (${r.subset.join(', ')}) rank the models like the aggregate, tau ${fixed(r.tau)} [${range(r.interval)}].`,
    );
  else if (r.stop === 'cost')
    lines.push(
      `Not reached: no further candidate fits --max-cost ${flags.maxCost}${unit ? ` ${unit}` : ''}. ${best}`,
    );
  else lines.push(`Not reached: no set of the candidates reaches tau ${flags.minAgreement}. ${best}`);
  return lines;
}
