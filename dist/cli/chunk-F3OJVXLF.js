import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CliError
} from "./chunk-UH3OXTXY.js";

// src/cli/shard-part.ts
var PART_FORMAT = "benchbench-shard-part";
var PART_VERSION = 1;
function parsePart(file, text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(
      `${file} is not JSON (${e.message}); give the files written by --shard I/N --out FILE`,
      1
    );
  }
  const p = value;
  const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(p) || p.format !== PART_FORMAT) {
    throw new CliError(
      `${file} is not a partial result (no "format": "${PART_FORMAT}"); give the files written by --shard I/N --out FILE`,
      1
    );
  }
  if (p.version !== PART_VERSION) {
    throw new CliError(
      `${file} is a partial result of format version ${String(p.version)}; this benchbench reads version ${PART_VERSION}`,
      1
    );
  }
  const wellFormed = typeof p.command === "string" && typeof p.input === "string" && isObject(p.method) && isObject(p.options) && isObject(p.shard) && Number.isInteger(p.shard.index) && Number.isInteger(p.shard.count) && p.shard.index >= 1 && p.shard.index <= p.shard.count && Number.isInteger(p.pairs) && typeof p.at === "string" && isObject(p.output) && Array.isArray(p.output[p.at]) && Array.isArray(p.entries) && p.entries.every(
    (e) => isObject(e) && Number.isInteger(e.k) && e.k >= 0 && e.k < p.pairs && "value" in e
  );
  if (!wellFormed)
    throw new CliError(
      `${file} is a damaged partial result (a field is missing or has the wrong type); write it again`,
      1
    );
  return p;
}
function mergeParts(parts) {
  if (parts.length === 0) throw new CliError("give the partial result files to merge", 2);
  const first = parts[0];
  const same = (key, what) => {
    const want = JSON.stringify(first.part[key]);
    const other = parts.find((p) => JSON.stringify(p.part[key]) !== want);
    if (other) {
      throw new CliError(
        `${other.file} and ${first.file} are parts of different runs: their ${what} differ; merge only the parts of one run (same input, method and options)`,
        1
      );
    }
  };
  same("command", "commands");
  same("input", "input content hashes");
  same("method", "methods");
  same("options", "options");
  same("pairs", "pair counts");
  same("at", "layouts");
  same("output", "unsharded results");
  const count = first.part.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { file, part } of parts) {
    if (part.shard.count !== count) {
      throw new CliError(
        `${file} is shard ${part.shard.index}/${part.shard.count}, but ${first.file} is one of ${count}; merge the parts of one --shard I/N run`,
        1
      );
    }
    const twice = seen.get(part.shard.index);
    if (twice) throw new CliError(`${twice} and ${file} are both shard ${part.shard.index}/${count}`, 1);
    seen.set(part.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new CliError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} missing; merge all ${count} parts`,
      1
    );
  const entries = parts.flatMap((p) => p.part.entries).sort((a, b) => a.k - b.k);
  const output = first.part.output;
  return {
    ...output,
    [first.part.at]: [...output[first.part.at], ...entries.map((e) => e.value)]
  };
}

export {
  PART_FORMAT,
  PART_VERSION,
  parsePart,
  mergeParts
};
