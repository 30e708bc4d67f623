/** The `benchbench` program: every command, each in its own module under commands/. */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { agreeCommand } from './commands/agree.js';
import { diffCommand } from './commands/diff.js';
import { leaderboardCommand } from './commands/leaderboard.js';
import { scoreCommand } from './commands/score.js';
import { similarCommand } from './commands/similar.js';
import { alternativesCommand } from './commands/alternatives.js';
import { subsetCommand } from './commands/subset.js';
import { mergeCommand } from './commands/merge.js';
import { siteCommand } from './commands/site.js';
import { validateCommand } from './commands/validate.js';
import { aggregateCommand } from './commands/aggregate.js';
import { importBenchBenchCommand } from './commands/import-benchbench.js';
import { simulateCommandLine } from './commands/simulate.js';
import { initCommand } from './commands/init.js';

export function buildProgram(): Command {
  const program = new Command('benchbench')
    .description(
      'BenchBench for pull requests: validate benchmark results, score their agreement with the aggregate, ' +
        'and build the leaderboard. Docs: README.md and docs/ in the benchbench-action repository.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true });
  for (const cmd of [
    validateCommand(),
    leaderboardCommand(),
    scoreCommand(),
    agreeCommand(),
    aggregateCommand(),
    diffCommand(),
    similarCommand(),
    alternativesCommand(),
    subsetCommand(),
    mergeCommand(),
    siteCommand(),
    simulateCommandLine(),
    importBenchBenchCommand(),
    initCommand(),
  ])
    program.addCommand(cmd);
  return program;
}
