import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  csvCell
} from "./chunk-NOWMQY72.js";
import {
  aggregateOf,
  presetAggregate,
  readTableFile,
  tableOrCatalog
} from "./chunk-UYZFYVBJ.js";
import {
  loadCatalogFolder
} from "./chunk-I2SOMBBY.js";
import {
  catalogMatrix,
  presetOption,
  scenarioIndex
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-BDPTSPK4.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  printJson,
  printText,
  reportIssues,
  wholeNumber
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/aggregate.ts
function aggregateCommand() {
  return new Command("aggregate").summary("BenchBench's mean-win-rate aggregate of chosen scenarios").description(
    "Each model's mean win rate over the given scenarios (ties count as losses), keeping the models present in at least --min-scenarios of them (default max(1, floor(configured / 3)), counting names that match nothing, as BenchBench does). In a table, model names are matched exactly as written. On a catalog folder (TABLE a folder, or no TABLE: --catalog), the models are the catalog's canonical models and --scenarios and --min-scenarios default to benchbench.yaml's aggregate."
  ).argument("[table]", "CSV file, wide or long, or a catalog folder (default: --catalog)").option("--scenarios <list>", "comma-separated scenario names (required for a table without --preset)").option(
    "--min-scenarios <n>",
    "keep models with scores in at least n of the scenarios",
    wholeNumber("--min-scenarios", 1)
  ).addOption(presetOption()).option("--json", 'print [{"model", "score"}] as JSON').addOption(catalogOption()).addOption(verboseOption()).action(async (given, flags, self) => {
    const { path: table, isCatalog } = tableOrCatalog(given, flags.catalog, self);
    const wanted = flags.scenarios?.split(",").map((s) => s.trim()).filter(Boolean);
    let matrix;
    let configured;
    let minScenarios = flags.minScenarios;
    if (isCatalog) {
      const { catalog, issues } = await loadCatalogFolder(table, flags.preset);
      if (reportIssues(issues, flags.verbose)) throw new CliError(`the catalog ${table} has errors`, 1);
      matrix = catalogMatrix(scenarioIndex(catalog));
      configured = wanted ?? catalog.config.aggregate.scenarios;
      if (!wanted) minScenarios ??= catalog.config.aggregate.minScenariosPerModel;
    } else {
      matrix = readTableFile(table, flags.verbose);
      const preset = flags.preset && !wanted ? presetAggregate(matrix, table, flags.preset) : void 0;
      if (!preset && !wanted) throw new CliError("give --scenarios (or --preset) for a table file", 1);
      configured = preset?.scenarios ?? wanted;
      minScenarios ??= preset?.minScenarios;
    }
    const scores = aggregateOf(matrix, table, configured, minScenarios);
    const rows = matrix.models.flatMap(
      (model, i) => Number.isNaN(scores[i]) ? [] : [{ model, score: scores[i] }]
    );
    if (flags.json) printJson(rows);
    else printText(["model,score", ...rows.map((r) => `${csvCell(r.model)},${r.score}`)].join("\n") + "\n");
  });
}
export {
  aggregateCommand
};
