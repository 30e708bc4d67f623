import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  require_dist
} from "./chunk-4OHGSMT4.js";
import {
  __toESM
} from "./chunk-UH3OXTXY.js";

// src/catalog/write-catalog.ts
var import_yaml = __toESM(require_dist(), 1);
function csvCell(value) {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
var formatScore = (v) => v === void 0 || Number.isNaN(v) ? "" : Object.is(v, -0) ? "0" : String(v);
function wideCsv(models, scenarios, score) {
  const lines = [["model", ...scenarios].map(csvCell).join(",")];
  for (const m of models)
    lines.push([csvCell(m), ...scenarios.map((s) => formatScore(score(m, s)))].join(","));
  return lines.join("\n") + "\n";
}
function yamlDocument(value, comment) {
  const head = comment ? comment.split("\n").map((l) => `# ${l}`.trimEnd()).join("\n") + "\n" : "";
  return head + (0, import_yaml.stringify)(value, { lineWidth: 0 });
}

export {
  csvCell,
  wideCsv,
  yamlDocument
};
