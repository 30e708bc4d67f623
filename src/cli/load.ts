/** Reading a catalog folder for the CLI: a progress line, issues returned, the catalog returned. */
import { loadCatalog } from '../catalog/load-catalog.js';
import { readCatalogFolder, type FolderCatalog } from '../sources/read-folder.js';
import type { Issue } from '../model/issue.js';
import type { PresetName } from '../catalog/presets.js';
import type { Catalog, CatalogFiles } from '../catalog/types.js';
import { requirePath } from './common-options.js';
import { progress } from './progress.js';

export { DEFAULT_CATALOG } from './common-options.js';

export interface LoadedFolder {
  readonly files: CatalogFiles;
  readonly catalog: Catalog;
  /** Issues of reading the folder and of the catalog. */
  readonly issues: readonly Issue[];
}

/**
 * The files of a catalog folder, with a progress line on a terminal; a missing folder exits 2.
 * `onDemand`: each file is read when loading asks for it, and not kept (read-folder.ts).
 */
export async function readFolderFiles(dir: string, onDemand = false): Promise<FolderCatalog> {
  requirePath(dir, 'folder');
  const bar = progress('reading');
  try {
    return await readCatalogFolder(dir, undefined, bar.update, onDemand);
  } finally {
    bar.done();
  }
}

/** `preset` (from `--preset`) replaces the config's aggregate and method keys (presets.ts). */
export async function loadCatalogFolder(dir: string, preset?: PresetName): Promise<LoadedFolder> {
  const read = await readFolderFiles(dir);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { files: read.files, catalog, issues: [...read.issues, ...catalog.issues] };
}

/**
 * The catalog of a folder for a command that needs none of its files after loading: each file is
 * read when loading asks for it and let go once parsed, so a large catalog is held once, as its
 * parsed data. The issues of reading are taken after loading (a file may fail when it is read).
 */
export async function catalogOfFolder(
  dir: string,
  preset?: PresetName,
): Promise<{ catalog: Catalog; issues: readonly Issue[] }> {
  const read = await readFolderFiles(dir, true);
  const catalog = loadCatalog(read.files, preset ? { preset } : {});
  return { catalog, issues: [...read.issues, ...catalog.issues] };
}
