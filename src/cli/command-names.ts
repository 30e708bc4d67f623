/**
 * The names of the CLI's commands, in the order of the top-level help: what the program builds
 * (program.ts, one loader per name) and what the entry keys its code cache by (main.ts), which
 * must not load the program to know them.
 */
export const COMMAND_NAMES = [
  'validate',
  'leaderboard',
  'score',
  'agree',
  'aggregate',
  'diff',
  'similar',
  'alternatives',
  'subset',
  'merge',
  'site',
  'simulate',
  'import-benchbench',
  'init',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export const isCommandName = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);

/** The flags that print the version, and nothing else. */
export const VERSION_FLAGS: readonly string[] = ['-V', '--version'];
