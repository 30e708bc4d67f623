import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  AGGREGATE_ID,
  aggregateWarnings,
  buildScoreMatrix,
  scenarioRow,
  withScenario
} from "./chunk-YAV7MX6X.js";
import {
  DEFAULT_LIMITS,
  PRESETS,
  decodeText,
  defaultMinScenarios,
  meanWinRate,
  parseResultsCsv,
  resolveScenarioNames
} from "./chunk-BDPTSPK4.js";
import {
  plural,
  requirePath
} from "./chunk-4OHGSMT4.js";
import {
  CliError,
  reportIssues
} from "./chunk-UH3OXTXY.js";

// src/cli/table-or-catalog.ts
import { statSync } from "node:fs";
function tableOrCatalog(table, catalog, cmd) {
  if (table !== void 0 && cmd.getOptionValueSource("catalog") === "cli")
    throw new CliError("give either a TABLE or --catalog, not both", 1);
  const p = table ?? catalog;
  if (table === void 0) requirePath(p, "folder");
  else if (statSync(p, { throwIfNoEntry: false }) === void 0)
    throw new CliError(`${p} does not exist (a table file or a catalog folder)`);
  return { path: p, isCatalog: statSync(p).isDirectory() };
}

// src/cli/table-aggregate.ts
function aggregateOf(matrix, table, configured, minScenarios) {
  const present = configured.filter((s) => matrix.scenarios.includes(s));
  for (const s of configured)
    if (!present.includes(s)) process.stderr.write(`warning: scenario "${s}" is not in ${table}
`);
  if (present.length < 1) throw new CliError(`none of the aggregate scenarios is in ${table}`, 1);
  for (const w of aggregateWarnings(present)) process.stderr.write(`warning: ${w}
`);
  const wanted = minScenarios ?? defaultMinScenarios(configured.length);
  const min = Math.min(wanted, present.length);
  if (min < wanted) {
    process.stderr.write(
      `warning: only ${present.length} of the scenarios ${present.length === 1 ? "is" : "are"} in ${table}, so models need scores in ${min} of them, not ${wanted}
`
    );
  }
  return meanWinRate(
    present.map((s) => scenarioRow(matrix, matrix.scenarios.indexOf(s))),
    min
  );
}
function withAggregate(matrix, table, configured, minScenarios) {
  if (!configured) return matrix;
  if (matrix.scenarios.includes(AGGREGATE_ID))
    throw new CliError(`${table} already has a scenario named "${AGGREGATE_ID}"`);
  return withScenario(matrix, AGGREGATE_ID, aggregateOf(matrix, table, configured, minScenarios));
}
function selectScenarios(matrix, wanted, ...keep) {
  if (!wanted) return matrix;
  const unknown = wanted.filter((s) => !matrix.scenarios.includes(s));
  if (unknown.length) {
    process.stderr.write(
      `warning: --scenarios names ${plural(unknown.length, "scenario")} not in the table: ${unknown.join(", ")}
`
    );
  }
  const chosen = /* @__PURE__ */ new Set([...wanted, ...keep.filter((k) => matrix.scenarios.includes(k))]);
  const rows = matrix.scenarios.flatMap((s, i) => chosen.has(s) ? [i] : []);
  const n = matrix.models.length;
  const values = new Float64Array(rows.length * n);
  rows.forEach((r, i) => values.set(scenarioRow(matrix, r), i * n));
  return { models: matrix.models, scenarios: rows.map((r) => matrix.scenarios[r]), values };
}
function presetAggregate(matrix, table, name) {
  const preset = PRESETS[name];
  const scenarios = matrix.scenarios.map((id) => ({ id, name: id }));
  const { ids, missing } = resolveScenarioNames(preset.aggregate, scenarios);
  for (const m of missing)
    process.stderr.write(`note: ${table} has no scenario "${m}" of the preset ${name}
`);
  return { scenarios: ids, minScenarios: preset.minScenariosPerModel };
}

// src/cli/read-input.ts
import { readFileSync } from "node:fs";

// src/catalog/read-table.ts
function readTable(file, text, limits = DEFAULT_LIMITS) {
  const parsed = parseResultsCsv(file, text, limits);
  const models = parsed.models.map((m) => m.text);
  const column = new Map(models.map((m, i) => [m, i]));
  const scenarios = parsed.scenarios.map((s) => s.id);
  const values = new Float64Array(scenarios.length * models.length).fill(NaN);
  parsed.scenarios.forEach((s, row) => {
    for (const cell of s.cells) values[row * models.length + column.get(cell.model)] = cell.value;
  });
  return { matrix: { models, scenarios, values }, issues: parsed.issues };
}

// src/cli/read-input.ts
function readTableFile(file, verbose = false) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${e.code ?? e.message}`);
  }
  const decoded = decodeText(file, bytes);
  if (decoded.text === void 0) {
    reportIssues(decoded.issues, verbose);
    throw new CliError(`${file} is not readable text`, 1);
  }
  const { matrix, issues } = readTable(file, decoded.text);
  if (reportIssues([...decoded.issues, ...issues], verbose)) throw new CliError(`${file} has errors`, 1);
  return sortedMatrix(matrix);
}
function sortedMatrix(m) {
  const n = m.models.length;
  return buildScoreMatrix(
    m.scenarios.map((id, s) => {
      const scores = /* @__PURE__ */ new Map();
      for (let j = 0; j < n; j++)
        if (!Number.isNaN(m.values[s * n + j])) scores.set(m.models[j], m.values[s * n + j]);
      return { id, scores };
    })
  );
}

export {
  tableOrCatalog,
  aggregateOf,
  withAggregate,
  selectScenarios,
  presetAggregate,
  readTableFile
};
