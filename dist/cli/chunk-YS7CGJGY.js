import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadCatalogFolder
} from "./chunk-GFVFOPYZ.js";
import {
  catalogMethod,
  scoreCatalog
} from "./chunk-U6NFNFV4.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import {
  reportIssues
} from "./chunk-UH3OXTXY.js";

// src/cli/catalog-command.ts
async function scoredCatalog(flags) {
  const { catalog, issues } = await loadCatalogFolder(flags.catalog, flags.preset);
  const failed = reportIssues(issues, flags.verbose);
  const method = catalogMethod(catalog.config.method, flags);
  const bar = progress("scoring");
  const scores = scoreCatalog({ ...catalog, config: { ...catalog.config, method } }, void 0, bar.update);
  bar.done();
  return { scores, method, failed };
}

export {
  scoredCatalog
};
