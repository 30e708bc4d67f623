import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CliError
} from "./chunk-UH3OXTXY.js";

// src/cli/write-files.ts
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeFiles(outDir, files, force = false, onProgress) {
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new CliError(`${outDir} exists and is not a folder`);
  makeFolder(path.resolve(outDir));
  if (!force && existsSync(path.join(outDir, "benchbench.yaml"))) {
    throw new CliError(`${outDir} already holds a catalog (benchbench.yaml); pass --force to overwrite it`);
  }
  let done = 0;
  for (const [rel, text] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    const target = path.resolve(outDir, rel);
    if (!target.startsWith(path.resolve(outDir) + path.sep))
      throw new CliError(`refusing to write outside ${outDir}: ${rel}`);
    makeFolder(path.dirname(target));
    writeFileSync(target, text);
    onProgress?.(++done, files.size);
  }
}
function makeFolder(dir) {
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
      `cannot create the folder ${dir}: ${e.code ?? e.message}`
    );
  }
}

export {
  writeFiles
};
