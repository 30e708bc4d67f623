import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  writeFiles
} from "./chunk-XZLW32RQ.js";
import {
  wideCsv,
  yamlDocument
} from "./chunk-NOWMQY72.js";
import {
  benchbenchModelName,
  benchbenchScenarioId,
  benchbenchScenarioName,
  parse,
  safeScenarioId
} from "./chunk-R75JC2LW.js";
import {
  forceOption,
  plural,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import {
  CliError,
  Command,
  makeIssue,
  printJson,
  reportIssues,
  sortIssues
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/import-benchbench.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/benchbench/benchbench-read-file.ts
var MISSING = /* @__PURE__ */ new Set([
  "",
  "-",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "n/a",
  "nan",
  "null"
]);
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function readBenchBenchFile(fileName, bytes, options) {
  const issues = [];
  const issue = (i) => void issues.push(makeIssue({ file: fileName, ...i }));
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    issue({ code: "invalid-utf8", message: "the file is not valid UTF-8; it is skipped" });
    return { issues };
  }
  const rows = parseRows(text);
  if ("error" in rows) {
    issue({
      code: "csv-syntax",
      line: rows.line,
      message: `${rows.error}; the file is skipped`
    });
    return { issues };
  }
  const [head, ...body] = rows;
  if (!head) {
    issue({ code: "empty-file", message: "the file has no header row; it is skipped" });
    return { issues };
  }
  if (!acceptedHeader(head, options, issue)) return { issues };
  const { columns, nameOfCell } = scenarioColumns(head, options, issue);
  const { models, firstSeen, scores } = readModelRows(head, body, columns, nameOfCell, issue);
  const scored = dropEmptyScenarios(head, columns, scores, issue);
  const spellings = new Map([...firstSeen].map(([model, { raw }]) => [model, raw.trim()]));
  return { file: { fileName, columns: scored, models, spellings, scores }, issues };
}
function acceptedHeader(head, options, issue) {
  const first = head.cells[0] ?? "";
  if (first !== "model" && (options.modelColumn === void 0 || first !== options.modelColumn)) {
    issue({
      code: "missing-model-column",
      line: head.line,
      column: 1,
      message: `the first column is "${first}", not "model"; BenchBench's loader rejects the file ("DataFrame must contain a 'model' column"), so it is skipped`,
      hint: first.trim() === "" ? 'name the first column "model"' : `rename the header to "model", or if "${first}" holds the model names, import with --model-column ${first}`
    });
    return false;
  }
  if (head.cells.includes("scenario")) {
    issue({
      code: "unsupported-long-format",
      line: head.line,
      column: head.columns[head.cells.indexOf("scenario")],
      message: 'a "scenario" column marks a long-format file, which this importer does not read; the file is skipped',
      hint: "write the file wide: `model,<scenario>,<scenario>...`"
    });
    return false;
  }
  return true;
}
function scenarioColumns(head, options, issue) {
  const columns = [];
  const nameOfCell = /* @__PURE__ */ new Map();
  const seenHeaders = /* @__PURE__ */ new Map();
  head.cells.forEach((raw, i) => {
    if (i === 0) return;
    const column = head.columns[i];
    if (raw.trim() === "") {
      issue({
        code: "blank-column-name",
        line: head.line,
        column,
        message: `column ${i + 1} has no name; its cells are left out`
      });
      return;
    }
    const header = pandasMangle(raw, seenHeaders);
    if (header !== raw) {
      issue({
        code: "duplicate-column",
        severity: "warning",
        line: head.line,
        column,
        message: `the header "${raw}" appears more than once; like pandas, BenchBench reads this one as "${header}"`
      });
    }
    const name = benchbenchScenarioName(header, options.prettifiedNames);
    const same = columns.find((c) => c.name === name);
    if (same) {
      issue({
        code: "duplicate-scenario-column",
        line: head.line,
        column,
        message: `"${header}" and "${same.header}" both name the scenario "${name}"; each model keeps the higher of its scores, as BenchBench does`
      });
    } else {
      columns.push({ header, id: benchbenchScenarioId(header), name, column: column ?? i + 1 });
    }
    nameOfCell.set(i, name);
  });
  return { columns, nameOfCell };
}
function readModelRows(head, body, columns, nameOfCell, issue) {
  const models = [];
  const firstSeen = /* @__PURE__ */ new Map();
  const scores = new Map(columns.map((c) => [c.name, /* @__PURE__ */ new Map()]));
  for (const row of body) {
    const rawModel = row.cells[0] ?? "";
    const model = MISSING.has(rawModel.trim()) ? "" : benchbenchModelName(rawModel);
    if (model === "") {
      issue({
        code: "missing-model",
        line: row.line,
        column: 1,
        message: rawModel.trim() === "" || MISSING.has(rawModel.trim()) ? "the model name is missing; the row is left out" : `the model name "${rawModel}" normalises to nothing; the row is left out`
      });
      continue;
    }
    const previous = firstSeen.get(model);
    if (previous) {
      issue({
        code: "duplicate-model",
        severity: "note",
        line: row.line,
        column: 1,
        message: `"${rawModel}" (line ${row.line}) and "${previous.raw}" (line ${previous.line}) both normalise to "${model}"; each scenario keeps the higher score, as BenchBench does`
      });
    } else {
      firstSeen.set(model, { line: row.line, raw: rawModel });
      models.push(model);
    }
    if (row.cells.length < head.cells.length) {
      issue({
        code: "short-row",
        severity: "note",
        line: row.line,
        column: row.columns.at(-1),
        message: `the row has ${row.cells.length} cells and the header ${head.cells.length}; the missing cells are missing scores`
      });
    } else if (row.cells.length > head.cells.length) {
      issue({
        code: "long-row",
        line: row.line,
        column: row.columns[head.cells.length],
        message: `the row has ${row.cells.length} cells and the header ${head.cells.length}; the extra cells are left out (BenchBench's loader fails on this file)`
      });
    }
    readScores(row, rawModel, model, head, nameOfCell, scores, issue);
  }
  return { models, firstSeen, scores };
}
function readScores(row, rawModel, model, head, nameOfCell, scores, issue) {
  for (const [i, name] of nameOfCell) {
    const cell = row.cells[i];
    if (cell === void 0) continue;
    const where = { line: row.line, column: row.columns[i] };
    const value = cell.trim();
    if (MISSING.has(value)) {
      issue({
        code: "missing-score",
        ...where,
        message: value === "" ? `blank cell: no score for "${rawModel}" in "${head.cells[i]}"` : `"${cell}" read as a missing score for "${rawModel}" in "${head.cells[i]}"`
      });
      continue;
    }
    if (!NUMBER.test(value)) {
      issue({
        code: "invalid-score",
        ...where,
        message: `"${cell}" is not a number (BenchBench's loader fails on this file: "score must be numeric"); the cell is left out`,
        hint: "write a number, or leave the cell empty for a missing score"
      });
      continue;
    }
    const score = Number(value);
    const byModel = scores.get(name);
    const old = byModel.get(model);
    if (old === void 0 || score > old) byModel.set(model, score);
  }
}
function dropEmptyScenarios(head, columns, scores, issue) {
  for (const c of columns.filter((c2) => scores.get(c2.name).size === 0)) {
    issue({
      code: "empty-scenario",
      line: head.line,
      column: c.column,
      message: `the column "${c.header}" holds no score; like BenchBench, the importer has no scenario "${c.name}"`
    });
    scores.delete(c.name);
  }
  return columns.filter((c) => scores.has(c.name));
}
function pandasMangle(header, seen) {
  let count = seen.get(header);
  if (count === void 0) {
    seen.set(header, 0);
    return header;
  }
  let name;
  do {
    count += 1;
    name = `${header}.${count}`;
  } while (seen.has(name));
  seen.set(header, count);
  seen.set(name, 0);
  return name;
}
function parseRows(text) {
  let records;
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    });
  } catch (e) {
    const err = e;
    return { error: `the file is not valid CSV: ${err.message ?? String(e)}`, line: err.lines };
  }
  const lines = text.split(/\r\n|\n|\r/);
  return records.map(({ record, info }) => {
    const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    return { cells: record, line, columns: cellColumns(lines[line - 1] ?? "") };
  });
}
function cellColumns(line) {
  const columns = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === "," && !quoted) columns.push(i + 2);
  }
  return columns;
}

// src/benchbench/import-benchbench.ts
var LOWER_IS_BETTER_FILE = "lower_is_better_benchmarks.txt";
var AGGREGATE_FILE = "scenarios_for_aggregate.txt";
var REPOSITORY = "https://github.com/IBM/benchbench";
var SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;
function importBenchBench(input) {
  const issues = [];
  const read = [];
  for (const fileName of [...input.files.keys()].sort()) {
    if (!fileName.endsWith(".csv")) continue;
    if (!SAFE_FILE_NAME.test(fileName)) {
      issues.push(
        makeIssue({
          code: "unsafe-file-name",
          file: fileName,
          message: "the file name is not a plain `<name>.csv` (letters, digits, `.`, `_`, `-`); the file is skipped"
        })
      );
      continue;
    }
    const result = readBenchBenchFile(fileName, input.files.get(fileName), input);
    issues.push(...result.issues);
    if (result.file) read.push(result.file);
  }
  const lowerStems = lowerIsBetterStems(
    input.lowerIsBetter,
    new Set(read.map((f) => stemOf(f.fileName))),
    issues
  );
  const kept = keepOneCopyPerScenario(read, issues);
  const ids = assignIds(kept, issues);
  const files = /* @__PURE__ */ new Map();
  const rows = [];
  for (const file of read) {
    const scenarios = file.columns.filter((c) => kept.get(c.name)?.file === file);
    if (scenarios.length === 0) continue;
    const scoresOf = (name) => file.scores.get(name);
    const models = file.models.filter((m) => scenarios.some((c) => scoresOf(c.name).has(m)));
    for (const c of scenarios) {
      for (const m of models) {
        const score = scoresOf(c.name).get(m);
        if (score !== void 0) rows.push({ model: m, scenario: c.name, score, source: file.fileName });
      }
    }
    const stem = stemOf(file.fileName);
    const idOf = new Map(scenarios.map((c) => [ids.get(c.name), c.name]));
    const spelled = models.map((m) => file.spellings.get(m) ?? m);
    const modelOf = new Map(spelled.map((label, i) => [label, models[i]]));
    files.set(
      `benchmarks/${stem}.csv`,
      wideCsv(spelled, [...idOf.keys()], (label, id) => scoresOf(idOf.get(id)).get(modelOf.get(label)))
    );
    files.set(
      `benchmarks/${stem}.yaml`,
      metadataYaml(
        file,
        stem,
        scenarios.map((c) => [ids.get(c.name), c.name]),
        lowerStems.has(stem),
        issues
      )
    );
  }
  files.set("benchbench.yaml", configYaml(input.aggregateScenarios, ids, issues));
  return { files, issues: sortIssues(issues), rows };
}
var stemOf = (fileName) => fileName.slice(0, -".csv".length);
function lowerIsBetterStems(lines, stems, issues) {
  const entries = /* @__PURE__ */ new Set();
  lines.forEach((raw, i) => {
    const entry = raw.trim().replace(/\.csv$/, "");
    if (entry === "" || entry.startsWith("#")) return;
    if (!stems.has(entry)) {
      issues.push(
        makeIssue({
          code: "unknown-lower-is-better",
          file: LOWER_IS_BETTER_FILE,
          line: i + 1,
          column: 1,
          message: `"${entry}" names no imported results file, so no file is marked lower-is-better by it`,
          hint: "list the file name without `.csv`, e.g. `helm_airbench_240916_safety`"
        })
      );
    }
    entries.add(entry);
  });
  return entries;
}
function keepOneCopyPerScenario(read, issues) {
  const presence = /* @__PURE__ */ new Map();
  for (const f of read) {
    for (const byModel of f.scores.values())
      for (const m of byModel.keys()) presence.set(m, (presence.get(m) ?? 0) + 1);
  }
  const overlap = (f, name) => {
    let sum = 0;
    for (const m of f.scores.get(name).keys()) sum += presence.get(m);
    return sum;
  };
  const copies = /* @__PURE__ */ new Map();
  for (const f of read) for (const c of f.columns) copies.set(c.name, [...copies.get(c.name) ?? [], f]);
  const kept = /* @__PURE__ */ new Map();
  for (const [name, files] of copies) {
    const counts = files.map((f) => overlap(f, name));
    const best = counts.indexOf(Math.max(...counts));
    const keep = files[best];
    kept.set(name, { id: keep.columns.find((c) => c.name === name).id, name, file: keep });
    files.forEach((f, i) => {
      if (i === best) return;
      issues.push(
        makeIssue({
          code: "duplicate-scenario",
          severity: "warning",
          file: f.fileName,
          line: 1,
          column: f.columns.find((c) => c.name === name).column,
          message: `the scenario "${name}" is also in ${keep.fileName}; as BenchBench does, the copy with the most model overlap is kept (${keep.fileName}: ${counts[best]}, this file: ${counts[i]}) and this column is dropped`,
          hint: "give the scenario a distinct name if both copies should count"
        })
      );
    });
  }
  return kept;
}
function assignIds(kept, issues) {
  const ids = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const ordered = [...kept.values()].sort((a, b) => cmp(a.file.fileName, b.file.fileName));
  for (const s of ordered) {
    const base = safeScenarioId(s.id);
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
    if (id !== base) {
      issues.push(
        makeIssue({
          code: "scenario-id-collision",
          file: s.file.fileName,
          line: 1,
          column: s.file.columns.find((c) => c.name === s.name).column,
          message: `the scenario "${s.name}" would get the id "${base}", already taken; it is imported as "${id}"`
        })
      );
    }
    taken.add(id);
    ids.set(s.name, id);
  }
  return ids;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var FILE_STEM = /^(.+?)_(\d{6})(?:_\d{6})*_([A-Za-z0-9-]+)$/;
function metadataYaml(file, stem, scenarios, lowerIsBetter, issues) {
  const parts = FILE_STEM.exec(stem);
  if (!parts) {
    issues.push(
      makeIssue({
        code: "unrecognised-file-name",
        file: file.fileName,
        message: "the file name is not `<source>_<yymmdd>_<category>.csv`; no snapshot date or category is recorded"
      })
    );
  }
  const snapshot = parts ? snapshotDate(parts[2]) : void 0;
  if (parts && snapshot === void 0) {
    issues.push(
      makeIssue({
        code: "invalid-snapshot",
        file: file.fileName,
        message: `"${parts[2]}" in the file name is not a valid yymmdd date; no snapshot date is recorded`
      })
    );
  }
  const metadata = {
    name: scenarios.length === 1 ? scenarios[0][1] : parts?.[1] ?? stem,
    url: REPOSITORY,
    ...snapshot !== void 0 && { snapshot },
    ...parts && { category: parts[3].toLowerCase() },
    direction: lowerIsBetter ? "lower" : "higher",
    license: "Apache-2.0",
    description: `Imported from BenchBench's catalog file ${file.fileName} (IBM/benchbench, src/bat/assets/benchmarks); model names normalised as BenchBench does.`,
    scenarios: Object.fromEntries(scenarios.map(([id, name]) => [id, { name }]))
  };
  return yamlDocument(metadata, `Imported from BenchBench (${REPOSITORY}): ${file.fileName}.`);
}
function snapshotDate(yymmdd) {
  const [y, m, d] = [yymmdd.slice(0, 2), yymmdd.slice(2, 4), yymmdd.slice(4, 6)];
  const date = new Date(Date.UTC(2e3 + Number(y), Number(m) - 1, Number(d)));
  const iso = `20${y}-${m}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : void 0;
}
function configYaml(aggregateLines, ids, issues) {
  let aggregate;
  if (aggregateLines === void 0) {
    aggregate = { scenarios: [...ids.values()] };
  } else {
    const scenarios = [];
    let listed = 0;
    aggregateLines.forEach((raw, i) => {
      const name = raw.trim();
      if (name === "" || name.startsWith("#")) return;
      listed += 1;
      const id = ids.get(name);
      if (id === void 0) {
        issues.push(
          makeIssue({
            code: "unknown-aggregate-scenario",
            file: AGGREGATE_FILE,
            line: i + 1,
            column: 1,
            message: `"${name}" matches no imported scenario; the aggregate is formed without it, as in BenchBench`,
            hint: 'aggregate scenarios are named by display name (prettified_names.json), e.g. "Helm Lite"'
          })
        );
      } else if (!scenarios.includes(id)) {
        scenarios.push(id);
      }
    });
    aggregate = { scenarios, min_scenarios_per_model: Math.max(1, Math.floor(listed / 3)) };
  }
  const config = {
    aggregate,
    method: {
      correlation: "kendall",
      models_per_sample: 10,
      sampling: "random",
      samples: 100,
      seed: 0,
      min_common_models: 5
    },
    model_names: "benchbench"
  };
  return yamlDocument(
    config,
    `Imported from BenchBench (${REPOSITORY}) by benchbench-action's importer.
Scenario ids are BenchBench's normalised scenario names. Model names are written as in
BenchBench's files and matched with BenchBench's own rules (model_names: benchbench).`
  );
}

// src/cli/commands/import-benchbench.ts
var PRETTIFIED_FILE = "prettified_names.json";
function importBenchBenchCommand() {
  return new Command("import-benchbench").summary("convert BenchBench's CSV catalog into this catalog format").description(
    "Reads BenchBench's results files (<source>_<yymmdd>_<category>.csv) from DIR, DIR/catalog or DIR/benchmarks, with lower_is_better_benchmarks.txt, prettified_names.json and scenarios_for_aggregate.txt from DIR or its parent, normalises names with BenchBench's own rules, and writes benchbench.yaml and benchmarks/<stem>.csv + .yaml under --out. Every problem met is reported; a file whose first column is not \"model\" is skipped unless --model-column names it. The aggregate written is the BenchBench package example's: the scenarios named (by display name) in scenarios_for_aggregate.txt, those the files lack warned about and left out, models kept with scores in at least max(1, floor(listed / 3)) of them; the method kendall, 10 models per sample, random, 100 samples (without the file: every scenario, at least 1). The BenchBench leaderboard Space scores differently by default: its aggregate names LiveBench 240725 where the example names LiveBench 240829, with 8 models per sample, 10 samples and at least 2 scenarios per model. Score an imported catalog as the Space does with --preset benchbench-space, or write `method: { preset: benchbench-space }` in place of benchbench.yaml's aggregate and method."
  ).argument("<dir>", "folder of BenchBench's files").requiredOption("--out <catalog-dir>", "where to write the catalog").option("--model-column <name>", 'accept this first-column name as "model" (lvbench uses llm_model)').option(
    "--lower-is-better <file>",
    `the list of lower-is-better stems (default: ${LOWER_IS_BETTER_FILE})`
  ).option("--prettified-names <file>", `scenario display names (default: ${PRETTIFIED_FILE})`).option("--aggregate <file>", `the aggregate's scenarios (default: ${AGGREGATE_FILE})`).addOption(forceOption("a catalog")).option("--json", "print the issues and the files written as JSON").addOption(verboseOption()).action((dir, flags) => {
    const result = importBenchBench(importInput(dir, flags));
    writeFiles(flags.out, result.files, flags.force);
    if (flags.json) printJson({ written: [...result.files.keys()].sort(), issues: result.issues });
    else {
      reportIssues(result.issues, flags.verbose);
      process.stderr.write(
        `wrote ${plural(result.files.size, "file")} (${plural(result.rows.length, "score")}) to ${flags.out}
`
      );
    }
    if (result.issues.some((i) => i.severity === "error")) process.exitCode = 1;
  });
}
function importInput(dir, flags) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${dir} is not a folder`);
  const csvDir = ["catalog", "benchmarks", "assets/benchmarks", "."].map((d) => path.join(dir, d)).find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith(".csv")));
  if (!csvDir) throw new CliError(`no .csv files in ${dir}, ${dir}/catalog or ${dir}/benchmarks`);
  const find = (explicit, name) => explicit ?? [dir, csvDir, path.dirname(path.resolve(dir))].map((d) => path.join(d, name)).find((f) => existsSync(f));
  const files = /* @__PURE__ */ new Map();
  for (const f of readdirSync(csvDir).filter((f2) => f2.endsWith(".csv")).sort())
    files.set(f, readFileSync(path.join(csvDir, f)));
  const aggregateScenarios = readLines(find(flags.aggregate, AGGREGATE_FILE));
  return {
    files,
    lowerIsBetter: readLines(find(flags.lowerIsBetter, LOWER_IS_BETTER_FILE)) ?? [],
    prettifiedNames: readPrettifiedNames(find(flags.prettifiedNames, PRETTIFIED_FILE)),
    ...aggregateScenarios ? { aggregateScenarios } : {},
    ...flags.modelColumn ? { modelColumn: flags.modelColumn } : {}
  };
}
function readLines(file) {
  if (file === void 0) return void 0;
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`${file} is not a readable file`);
  return readFileSync(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
function readPrettifiedNames(file) {
  if (!file) {
    process.stderr.write(`warning: no ${PRETTIFIED_FILE} found; scenario ids are used as display names
`);
    return {};
  }
  if (!statSync(file, { throwIfNoEntry: false })?.isFile())
    throw new CliError(`${file} is not a readable file`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(`${file}: not valid JSON (${e.message})`);
  }
}
export {
  importBenchBenchCommand
};
