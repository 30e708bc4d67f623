import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  agreement,
  scenarioRow
} from "./chunk-YAV7MX6X.js";

// src/core/shard.ts
var pairNumber = (i, j, n) => i * (2 * n - i - 1) / 2 + (j - i - 1);
var inShard = (k, shard) => !shard || k % shard.count === shard.index - 1;
function parseShard(text) {
  const m = /^([1-9]\d{0,6})\/([1-9]\d{0,6})$/.exec(text.trim());
  if (!m) return null;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index <= count ? { index, count } : null;
}

// src/core/pairwise.ts
function pairwiseAgreements(matrix, method, scenarios = matrix.scenarios, ranking, onProgress, shard) {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const ids = [...new Set(scenarios)].filter((s) => index.has(s)).sort();
  const total = ids.length * (ids.length - 1) / 2;
  const out = [];
  let done = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = scenarioRow(matrix, index.get(ids[i]));
    for (let j = i + 1; j < ids.length; j++) {
      if (!inShard(pairNumber(i, j, ids.length), shard)) continue;
      const y = scenarioRow(matrix, index.get(ids[j]));
      const result = agreement({ x, y, ids: [ids[i], ids[j]], method, ...ranking ? { ranking } : {} });
      out.push({ a: ids[i], b: ids[j], result });
    }
    done += ids.length - i - 1;
    onProgress?.(done, total);
  }
  return out;
}

export {
  pairNumber,
  parseShard,
  pairwiseAgreements
};
