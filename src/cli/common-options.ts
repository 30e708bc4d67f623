/**
 * The options several commands share, defined once so that the same thing has the same name,
 * argument and description everywhere (`--catalog`, `--verbose`, `--limit`, `--force`).
 */
import { existsSync, statSync } from 'node:fs';
import { Option } from 'commander';
import { CliError, wholeNumber } from './output.js';

export const DEFAULT_CATALOG = 'catalog';

export const catalogOption = (): Option =>
  new Option('--catalog <dir>', 'the catalog folder').default(DEFAULT_CATALOG);

export const verboseOption = (): Option => new Option('--verbose', 'also print notes');

export const limitOption = (what: string, fallback: number): Option =>
  new Option('--limit <n>', `show at most this many ${what} (0 = all)`)
    .argParser(wholeNumber('--limit'))
    .default(fallback);

export const forceOption = (what: string): Option =>
  new Option('--force', `overwrite ${what} already in --out`);

/**
 * A path the command must read: a missing one exits 2 whether it is a file or a folder
 * (README: "2 the command cannot do what was asked").
 */
export function requirePath(
  p: string,
  kind: 'file' | 'folder',
  what = kind === 'folder' ? 'the catalog folder' : 'the file',
): void {
  if (!existsSync(p)) throw new CliError(`${p} does not exist (${what})`);
  const isFolder = statSync(p).isDirectory();
  if (kind === 'folder' && !isFolder) throw new CliError(`${p} is not a folder (${what})`);
  if (kind === 'file' && isFolder) throw new CliError(`${p} is a folder, not a file (${what})`);
}

/** `1 file`, `2 files`; `plural(n, 'match', 'matches')` for irregular ones. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
