/** Reading a catalog folder for the CLI: issues printed, the catalog returned. */
import { loadCatalog } from '../catalog/load-catalog.js';
import { readCatalogFolder } from '../catalog/read-folder.js';
import type { Issue } from '../catalog/issue.js';
import type { Catalog, CatalogFiles } from '../catalog/types.js';

export const DEFAULT_CATALOG = 'catalog';

export interface LoadedFolder {
  readonly files: CatalogFiles;
  readonly catalog: Catalog;
  /** Issues of reading the folder and of the catalog. */
  readonly issues: readonly Issue[];
}

export async function loadCatalogFolder(dir: string): Promise<LoadedFolder> {
  const read = await readCatalogFolder(dir);
  const catalog = loadCatalog(read.files);
  return { files: read.files, catalog, issues: [...read.issues, ...catalog.issues] };
}
