/** What `alternatives` and `subset` share: their flags and a catalog folder scored with the method they ask for. */
import type { Method } from '../core/types.js';
import { scoreCatalog, type CatalogScores } from '../pipeline/score-catalog.js';
import { loadCatalogFolder } from './load.js';
import { catalogMethod, type MethodFlags } from './method-options.js';
import { reportIssues } from './output.js';
import { progress } from './progress.js';

export interface CatalogCommandFlags extends Partial<MethodFlags> {
  catalog: string;
  minAgreement: number;
  json?: boolean;
  verbose?: boolean;
}

/**
 * The catalog of `--catalog` (with `--preset`), its issues printed, scored with its method
 * overridden by the method flags given, a progress line on a terminal meanwhile. `failed`: the
 * catalog has errors (the command still answers, then exits 1).
 */
export async function scoredCatalog(
  flags: CatalogCommandFlags,
): Promise<{ scores: CatalogScores; method: Method; failed: boolean }> {
  const { catalog, issues } = await loadCatalogFolder(flags.catalog, flags.preset);
  const failed = reportIssues(issues, flags.verbose);
  const method = catalogMethod(catalog.config.method, flags);
  const bar = progress('scoring');
  const scores = scoreCatalog({ ...catalog, config: { ...catalog.config, method } }, undefined, bar.update);
  bar.done();
  return { scores, method, failed };
}
