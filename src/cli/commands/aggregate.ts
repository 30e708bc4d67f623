import { Command } from 'commander';
import { csvCell } from '../../catalog/write-catalog.js';
import type { PresetName } from '../../catalog/presets.js';
import { presetOption } from '../method-options.js';
import { CliError, printJson, wholeNumber } from '../output.js';
import { aggregateOf, presetAggregate } from '../table-aggregate.js';
import { readTableFile } from '../read-input.js';

interface Flags {
  scenarios?: string;
  preset?: PresetName;
  minScenarios?: number;
  json?: boolean;
  verbose?: boolean;
}

export function aggregateCommand(): Command {
  return new Command('aggregate')
    .summary("BenchBench's mean-win-rate aggregate of chosen scenarios")
    .description(
      "Each model's mean win rate over the given scenarios (ties count as losses), keeping the models " +
        'present in at least --min-scenarios of them (default max(1, floor(configured / 3)), counting ' +
        'names that match nothing, as BenchBench does). Model names are matched exactly as written.',
    )
    .argument('<table>', 'CSV file, wide or long')
    .option('--scenarios <list>', 'comma-separated scenario names (required without --preset)')
    .option(
      '--min-scenarios <n>',
      'keep models with scores in at least n of the scenarios',
      wholeNumber('--min-scenarios', 1),
    )
    .addOption(presetOption())
    .option('--json', 'print [{"model", "score"}] as JSON')
    .option('--verbose', 'also print notes about the input')
    .action((table: string, flags: Flags) => {
      const matrix = readTableFile(table, flags.verbose);
      const preset =
        flags.preset && !flags.scenarios ? presetAggregate(matrix, table, flags.preset) : undefined;
      if (!preset && !flags.scenarios) throw new CliError('give --scenarios (or --preset)', 1);
      const configured =
        preset?.scenarios ??
        flags
          .scenarios!.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      const scores = aggregateOf(matrix, table, configured, flags.minScenarios ?? preset?.minScenarios);
      const rows = matrix.models.flatMap((model, i) =>
        Number.isNaN(scores[i]!) ? [] : [{ model, score: scores[i]! }],
      );
      if (flags.json) printJson(rows);
      else
        process.stdout.write(
          ['model,score', ...rows.map((r) => `${csvCell(r.model)},${r.score}`)].join('\n') + '\n',
        );
    });
}
