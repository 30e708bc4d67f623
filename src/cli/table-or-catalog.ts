/** The input of `agree` and `aggregate`: a table file, a catalog folder, or (neither given) --catalog. */
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { requirePath } from './common-options.js';
import { CliError } from './output.js';

export interface TableInput {
  readonly path: string;
  readonly isCatalog: boolean;
}

export function tableOrCatalog(table: string | undefined, catalog: string, cmd: Command): TableInput {
  if (table !== undefined && cmd.getOptionValueSource('catalog') === 'cli')
    throw new CliError('give either a TABLE or --catalog, not both', 1);
  const p = table ?? catalog;
  if (table === undefined) requirePath(p, 'folder');
  else if (statSync(p, { throwIfNoEntry: false }) === undefined)
    throw new CliError(`${p} does not exist (a table file or a catalog folder)`);
  return { path: p, isCatalog: statSync(p).isDirectory() };
}
