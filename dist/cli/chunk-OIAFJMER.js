import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  catalogOfFolder,
  loadCatalogFolder
} from "./chunk-I2SOMBBY.js";
import {
  catalogMethod,
  scoreCatalog
} from "./chunk-YAV7MX6X.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import {
  CliError,
  reportIssues
} from "./chunk-UH3OXTXY.js";

// src/cli/catalog-command.ts
async function scoredFolder(flags, options = {}) {
  const read = options.onDemand ? catalogOfFolder : loadCatalogFolder;
  const { catalog, issues } = await read(flags.catalog, flags.preset);
  const failed = reportIssues(issues, flags.verbose);
  if (options.nonEmpty && catalog.benchmarks.length === 0)
    throw new CliError(`no benchmarks in ${flags.catalog}`, 1);
  const method = options.method ? options.method(catalog.config.method) : catalog.config.method;
  const scored = method === catalog.config.method ? catalog : { ...catalog, config: { ...catalog.config, method } };
  const bar = progress("scoring");
  const scores = scoreCatalog(scored, void 0, bar.update);
  bar.done();
  return { scores, method, failed };
}
function scoredCatalog(flags) {
  return scoredFolder(flags, { method: (own) => catalogMethod(own, flags) });
}

export {
  scoredFolder,
  scoredCatalog
};
