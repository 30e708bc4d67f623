/** Writes generated catalog files under a folder; refuses to overwrite a catalog unless forced. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './output.js';

export function writeFiles(
  outDir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  force = false,
  onProgress?: (done: number, total: number) => void,
): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new CliError(`${outDir} exists and is not a folder`);
  makeFolder(path.resolve(outDir));
  if (!force && existsSync(path.join(outDir, 'benchbench.yaml'))) {
    throw new CliError(`${outDir} already holds a catalog (benchbench.yaml); pass --force to overwrite it`);
  }
  let done = 0;
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.resolve(outDir, rel);
    if (!target.startsWith(path.resolve(outDir) + path.sep))
      throw new CliError(`refusing to write outside ${outDir}: ${rel}`);
    makeFolder(path.dirname(target));
    writeFileSync(target, text);
    onProgress?.(++done, files.size);
  }
}

/**
 * Creates a folder and its missing parents one level at a time (`mkdirSync`'s recursive mode can
 * loop forever under special file systems such as /proc); a failure says which folder.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir} exists and is not a folder`);
    return;
  }
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolder(parent);
  try {
    mkdirSync(dir);
  } catch (e) {
    throw new CliError(
      `cannot create the folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}
