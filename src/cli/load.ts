/** Reading a catalog folder for the CLI: issues printed, the catalog returned. */
import { loadCatalog } from '../catalog/load-catalog.js';
import { readCatalogFolder } from '../catalog/read-folder.js';
import type { Issue } from '../catalog/issue.js';
import type { PresetName } from '../catalog/presets.js';
import type { Catalog, CatalogFiles } from '../catalog/types.js';

export const DEFAULT_CATALOG = 'catalog';

export interface LoadedFolder {
  readonly files: CatalogFiles;
  readonly catalog: Catalog;
  /** Issues of reading the folder and of the catalog. */
  readonly issues: readonly Issue[];
}

/** `preset` (from `--preset`) replaces the config's aggregate and method keys (presets.ts). */
export async function loadCatalogFolder(dir: string, preset?: PresetName): Promise<LoadedFolder> {
  const read = await readCatalogFolder(dir);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { files: read.files, catalog, issues: [...read.issues, ...catalog.issues] };
}
