/**
 * The `benchbench` program: every command, each in its own module under commands/, loaded only
 * when it is needed. A run of one command (`benchbench agree ...`) imports that command's module
 * alone, so that it loads none of the others' code (the site's page script and HTTP server, git,
 * Parquet, the simulator); `--version` loads none; the top-level help, `help` and a mistyped
 * command name load them all, so that commander lists every command and suggests the closest name.
 */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { COMMAND_NAMES, VERSION_FLAGS, type CommandName } from './command-names.js';

/** The module that builds each command. */
const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand(),
  leaderboard: async () => (await import('./commands/leaderboard.js')).leaderboardCommand(),
  score: async () => (await import('./commands/score.js')).scoreCommand(),
  agree: async () => (await import('./commands/agree.js')).agreeCommand(),
  aggregate: async () => (await import('./commands/aggregate.js')).aggregateCommand(),
  diff: async () => (await import('./commands/diff.js')).diffCommand(),
  similar: async () => (await import('./commands/similar.js')).similarCommand(),
  alternatives: async () => (await import('./commands/alternatives.js')).alternativesCommand(),
  subset: async () => (await import('./commands/subset.js')).subsetCommand(),
  merge: async () => (await import('./commands/merge.js')).mergeCommand(),
  site: async () => (await import('./commands/site.js')).siteCommand(),
  simulate: async () => (await import('./commands/simulate.js')).simulateCommandLine(),
  'import-benchbench': async () =>
    (await import('./commands/import-benchbench.js')).importBenchBenchCommand(),
  init: async () => (await import('./commands/init.js')).initCommand(),
};

/** Every command, in the order of the top-level help, with the module that builds it. */
const COMMANDS = COMMAND_NAMES.map((name) => [name, LOADERS[name]] as const);

/**
 * The program for the command line `args` (without node and the script): with only the command
 * that `args` starts with when it names one, else with every command.
 */
export async function buildProgram(args: readonly string[] = process.argv.slice(2)): Promise<Command> {
  const program = new Command('benchbench')
    .description(
      'BenchBench for pull requests: validate benchmark results, score their agreement with the aggregate, ' +
        'and build the leaderboard. Docs: README.md and docs/ in the benchbench-action repository.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true });
  const commands = await Promise.all(commandsFor(args).map(([, load]) => load()));
  for (const cmd of commands) program.addCommand(cmd);
  return program;
}

/** The commands a run of `args` needs: none for `--version`, the one it names, else every one. */
function commandsFor(args: readonly string[]): readonly (typeof COMMANDS)[number][] {
  if (VERSION_FLAGS.includes(args[0] ?? '')) return [];
  const named = COMMANDS.filter(([name]) => name === args[0]);
  return named.length ? named : COMMANDS;
}
