import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  mergeParts,
  parsePart
} from "./chunk-F3OJVXLF.js";
import {
  CliError,
  Command,
  jsonText
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/merge.ts
import { readFileSync, writeFileSync } from "node:fs";
function mergeCommand() {
  return new Command("merge").summary("combine the partial results of a sharded run into the whole").description(
    "Combines the files written by `agree --all-pairs --shard I/N --out FILE`, one per shard, into exactly the JSON the unsharded command prints with --json (byte for byte). Parts of different runs (another input's content hash, method or options), a shard given twice and a missing shard are refused. See docs/scale.md."
  ).argument("<parts...>", "the partial result files, in any order").requiredOption("--out <file>", "where to write the merged JSON").action((files, flags) => {
    const parts = files.map((file) => {
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new CliError(`${file} cannot be read (${e.code ?? String(e)})`, 1);
      }
      return { file, part: parsePart(file, text) };
    });
    writeFileSync(flags.out, jsonText(mergeParts(parts)));
  });
}
export {
  mergeCommand
};
