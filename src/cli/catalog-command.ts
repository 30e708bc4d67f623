/**
 * What the commands that score a catalog folder share: the folder read, its issues printed and
 * the catalog scored with a progress line (`scoredFolder`); and, for `alternatives` and `subset`,
 * their flags and the method they ask for (`scoredCatalog`).
 */
import type { Catalog } from '../catalog/types.js';
import type { PresetName } from '../catalog/presets.js';
import type { Method } from '../core/types.js';
import { scoreCatalog, type CatalogScores } from '../pipeline/score-catalog.js';
import { catalogOfFolder, loadCatalogFolder } from './load.js';
import { catalogMethod, type MethodFlags } from './method-options.js';
import { CliError, reportIssues } from './output.js';
import { progress } from './progress.js';

export interface FolderFlags {
  catalog: string;
  preset?: PresetName;
  verbose?: boolean;
}

export interface ScoreFolderOptions {
  /** Read each file only when loading asks for it, and let it go (`leaderboard`, at any size). */
  onDemand?: boolean;
  /** A catalog without benchmarks is an error (exit 1) rather than an empty answer. */
  nonEmpty?: boolean;
  /** The method to score with, from the catalog's own (default: the catalog's). */
  method?: (own: Method) => Method;
}

/**
 * The catalog of `--catalog` (with `--preset`), its issues printed, scored with a progress line
 * on a terminal meanwhile. `failed`: the catalog has errors (the command still answers, then
 * exits 1).
 */
export async function scoredFolder(
  flags: FolderFlags,
  options: ScoreFolderOptions = {},
): Promise<{ scores: CatalogScores; method: Method; failed: boolean }> {
  const read = options.onDemand ? catalogOfFolder : loadCatalogFolder;
  const { catalog, issues } = await read(flags.catalog, flags.preset);
  const failed = reportIssues(issues, flags.verbose);
  if (options.nonEmpty && catalog.benchmarks.length === 0)
    throw new CliError(`no benchmarks in ${flags.catalog}`, 1);
  const method = options.method ? options.method(catalog.config.method) : catalog.config.method;
  const scored: Catalog =
    method === catalog.config.method ? catalog : { ...catalog, config: { ...catalog.config, method } };
  const bar = progress('scoring');
  const scores = scoreCatalog(scored, undefined, bar.update);
  bar.done();
  return { scores, method, failed };
}

export interface CatalogCommandFlags extends Partial<MethodFlags> {
  catalog: string;
  minAgreement: number;
  json?: boolean;
  verbose?: boolean;
}

/**
 * `scoredFolder` with the catalog's method overridden by the method flags given.
 */
export function scoredCatalog(
  flags: CatalogCommandFlags,
): Promise<{ scores: CatalogScores; method: Method; failed: boolean }> {
  return scoredFolder(flags, { method: (own) => catalogMethod(own, flags) });
}
