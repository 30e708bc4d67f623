/** Writes generated catalog files under a folder; refuses to overwrite a catalog unless forced. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './output.js';

export function writeFiles(outDir: string, files: ReadonlyMap<string, string>, force = false): void {
  if (!force && existsSync(path.join(outDir, 'benchbench.yaml'))) {
    throw new CliError(`${outDir} already holds a catalog (benchbench.yaml); pass --force to overwrite it`);
  }
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.resolve(outDir, rel);
    if (!target.startsWith(path.resolve(outDir) + path.sep))
      throw new CliError(`refusing to write outside ${outDir}: ${rel}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
