import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CORRELATION_NAME
} from "./chunk-WUSCOLWA.js";
import {
  aggregateRow,
  scenarioRow
} from "./chunk-YAV7MX6X.js";
import {
  ModelColumn,
  firstNamesOf,
  plausibility,
  saturation,
  valuesFor
} from "./chunk-BDPTSPK4.js";
import {
  REPEATED_SAMPLINGS
} from "./chunk-E462UKO2.js";

// src/pipeline/trust.ts
function trustOf(scores) {
  let aggregate;
  const scenarioIndex = new Map(scores.matrix.scenarios.map((s, i) => [s, i]));
  const { saturation: saturationThresholds, plausibility: plausibilityThresholds } = scores.catalog.config.trust;
  return (id) => {
    const info = scores.info.get(id);
    const i = scenarioIndex.get(id);
    if (!info || i === void 0) return null;
    aggregate ??= aggregateRow(scores);
    const { scenario, benchmark } = info;
    const { scores: column } = scenario;
    const sat = saturation(
      column instanceof ModelColumn ? column.modelValues : Float64Array.from(column.values()),
      scenario.direction,
      saturationThresholds
    );
    const check = plausibility(
      scenarioRow(scores.matrix, i),
      aggregate,
      scores.matrix.models,
      plausibilityThresholds
    );
    const ids = check.flagged.map((g) => g.model);
    const names = ids.length ? firstNamesOf(benchmark.modelNames, ids) : [];
    const lines = ids.length && scenario.lines ? valuesFor(scenario.lines, ids) : [];
    const flagged = check.flagged.map((g, k) => ({
      model: g.model,
      rank: g.rank,
      aggregateRank: g.aggregateRank,
      gap: g.gap,
      name: names[k] ?? g.model,
      file: benchmark.file,
      line: lines[k] ?? null
    }));
    return { scenario: id, saturation: sat, plausibility: { ...check, flagged } };
  };
}

// src/report/escape.ts
var ZWSP = "​";
var MAX_TEXT_CHARS = 1e3;
var REPLACEMENT = "�";
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function cutText(s, max = MAX_TEXT_CHARS) {
  if (s.length <= max) return s;
  let units = 0;
  let cutAt = 0;
  for (let points = 0; points < max; points++) {
    if (points === max - 1) cutAt = units;
    if (units >= s.length) return s;
    const c = s.charCodeAt(units);
    units += c >= 55296 && c <= 56319 && units + 1 < s.length ? 2 : 1;
  }
  return units >= s.length ? s : s.slice(0, cutAt) + "…";
}
function flattenControls(s, max = MAX_TEXT_CHARS) {
  return cutText(s, max).replace(LINE_BREAKS, " ").replace(INVISIBLE, REPLACEMENT).replace(LONE_SURROGATE, REPLACEMENT);
}
function neutraliseReferences(s) {
  return s.replace(/@/g, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:(?=\/\/)/g, `${ZWSP}:`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;"
};
function escapeMarkdownInline(s, max = MAX_TEXT_CHARS) {
  return neutraliseReferences(flattenControls(s, max)).replace(/[\\`*_[\]()~#$!]/g, "\\$&").replace(/[&<>|]/g, (c) => HTML_ENTITIES[c] ?? c);
}
function escapeHtml(s, max = MAX_TEXT_CHARS) {
  return flattenControls(s, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
function escapeCommentHtml(s, max = MAX_TEXT_CHARS) {
  return neutraliseReferences(flattenControls(s, max)).replace(/[&<>"'|]/g, (c) => HTML_ENTITIES[c] ?? c);
}
function codeSpan(s, max = MAX_TEXT_CHARS) {
  const flat = flattenControls(s, max);
  if (flat.trim() === "" || flat.includes("|") || flat.includes("<!--"))
    return escapeMarkdownInline(flat, max);
  let longestRun = 0;
  for (const run of flat.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = "`".repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// src/report/method-line.ts
function methodLine(m) {
  const models = m.modelsPerSample === 0 ? "all shared models" : `${m.modelsPerSample}-model ${m.sampling} samples`;
  const runs = m.modelsPerSample === 0 || !REPEATED_SAMPLINGS.includes(m.sampling) ? "" : ` × ${m.samples}`;
  return `${CORRELATION_NAME[m.correlation]}, ${models}${runs}, seed ${m.seed}, at least ${m.minCommonModels} shared models`;
}

// src/report/trust-lines.ts
function percent(v) {
  const p = v * 100;
  return `${p < 10 ? Number(p.toFixed(1)) : Math.round(p)}%`;
}
var rankText = (r) => String(r);
var SATURATED = "saturated";
var rowsToCheck = (n) => `${n} row${n === 1 ? "" : "s"} to check`;
function trustMarks(saturated, flagged) {
  return [...saturated ? [SATURATED] : [], ...flagged > 0 ? [rowsToCheck(flagged)] : []];
}
function trustLegend({ saturation: s, plausibility: p }) {
  return `${SATURATED}: at least ${percent(s.saturatedShare)} of the models score within ${percent(s.nearBest)} of the score range from the best, or the top ${s.topModels} span less than ${percent(s.minTopSpread)} of the range (no verdict below ${s.minModels} models). N rows to check: models whose rank in the scenario is further from their rank in the aggregate than ${p.madMultiplier} median absolute deviations above the median gap and than ${percent(p.minGapShare)} of the shared models (checked from ${p.minModels} shared models). Neither changes the score.`;
}
function saturationFacts(s, t) {
  if (s.nearBestShare === null || s.topSpread === null) return "no scores";
  return `${percent(s.nearBestShare)} of ${s.models} models within ${percent(t.nearBest)} of the best; the top ${s.topModels} span ${percent(s.topSpread)} of the range`;
}
var PLAIN = { place: (s) => s, name: (s) => s };
function checkRowLine(f, shared, escape = PLAIN) {
  return `${escape.place(`${f.file}${f.line === null ? "" : `:${f.line}`}`)} ${escape.name(f.name)}: rank ${rankText(f.rank)} in this scenario, ${rankText(f.aggregateRank)} in the aggregate (of ${shared} shared models)`;
}

export {
  trustOf,
  escapeMarkdownInline,
  escapeHtml,
  escapeCommentHtml,
  codeSpan,
  methodLine,
  SATURATED,
  trustMarks,
  trustLegend,
  saturationFacts,
  checkRowLine
};
