import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PART_FORMAT,
  PART_VERSION
} from "./chunk-F3OJVXLF.js";
import {
  pairNumber,
  pairwiseAgreements,
  parseShard
} from "./chunk-362HKAXR.js";
import {
  presetAggregate,
  readTableFile,
  selectScenarios,
  tableOrCatalog,
  withAggregate
} from "./chunk-UYZFYVBJ.js";
import {
  loadCatalogFolder
} from "./chunk-I2SOMBBY.js";
import {
  fixed,
  pValue,
  range,
  signed
} from "./chunk-WUSCOLWA.js";
import {
  AGGREGATE_ID,
  addMethodOptions,
  catalogMatrix,
  isSkipped,
  methodFromFlags,
  methodOver,
  scenarioIndex,
  scenarioRow,
  scoreAgainst
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import {
  contentHash
} from "./chunk-BDPTSPK4.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  plural,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  InvalidArgumentError,
  Option,
  commaList,
  jsonText,
  printJson,
  printText,
  reportIssues,
  wholeNumber
} from "./chunk-UH3OXTXY.js";

// src/core/agree.ts
function agreeWithReference(matrix, reference, method, options = {}) {
  const r = matrix.scenarios.indexOf(reference);
  if (r < 0) throw new RangeError(`reference scenario "${reference}" is not in the table`);
  const row = scenarioRow(matrix, r);
  const others = matrix.scenarios.filter((s) => s !== reference);
  const [board] = scoreAgainst(matrix, { id: reference, row }, method, [
    { id: "agree", title: "agree", scenarios: others }
  ]);
  const pairs = options.allPairs ? pairwiseAgreements(matrix, method, matrix.scenarios, row, options.onProgress, options.shard) : [];
  return { reference, scores: board.rows, pairs: pairs.filter((p) => !isSkipped(p.result)) };
}

// src/cli/shard-option.ts
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
var shardOption = () => new Option(
  "--shard <I/N>",
  "compute share I of N of the pairs and write a partial result (see merge)"
).argParser((v) => {
  const shard = parseShard(v);
  if (!shard) throw new InvalidArgumentError(`expected I/N with 1 <= I <= N (e.g. 2/8), not "${v}".`);
  return shard;
});
var fileHash = (file) => `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
var writePart = (file, part) => writeFileSync(file, jsonText(part));

// src/cli/commands/agree.ts
function agreeCommand() {
  const cmd = new Command("agree").summary("agreement of every scenario of a table with a reference scenario").description(
    "Benchmark agreement testing on any wide (model,<scenario>...) or long (model,scenario,score[,...]) CSV table, or on a catalog folder: every scenario is correlated with the reference over samples of the models they share, then given a Z score and rank among the scenarios. In a table, model names are matched exactly as written; in a catalog, as the catalog matches them, --reference aggregate uses the catalog's aggregate unless --aggregate is given, and the method is benchbench.yaml's except for the method options given. Without TABLE, the --catalog folder is read. --all-pairs lists every pair in the text output too."
  ).argument(
    "[table]",
    "CSV file, wide or long (extra columns of a long table are ignored), or a catalog folder (default: --catalog)"
  ).requiredOption(
    "--reference <scenario>",
    "the scenario every other one is compared with (e.g. aggregate)"
  ).option(
    "--aggregate <list>",
    'first add a scenario "aggregate": the mean win rate over these comma-separated scenarios',
    commaList
  ).option(
    "--min-scenarios <n>",
    "with --aggregate: keep models with scores in at least n of them",
    wholeNumber("--min-scenarios", 1)
  ).option(
    "--scenarios <list>",
    "only these comma-separated scenarios (plus the reference and the aggregate)",
    commaList
  ).option("--all-pairs", "also report the agreement of every pair of scenarios").option("--json", "machine-readable output").addOption(catalogOption()).addOption(shardOption()).option("--out <file>", "with --shard: where to write the partial result").addOption(verboseOption());
  addMethodOptions(cmd);
  return cmd.action(runAgree);
}
async function runAgree(given, flags, command) {
  const { path: table, isCatalog } = tableOrCatalog(given, flags.catalog, command);
  const input = isCatalog ? await catalogInput(table, flags, command) : tableInput(table, flags, command);
  const matrix = selectScenarios(
    withAggregate(input.matrix, table, input.aggregate, input.minScenarios),
    flags.scenarios,
    flags.reference
  );
  if (!matrix.scenarios.includes(flags.reference)) {
    throw new CliError(
      `--reference "${flags.reference}" is not a scenario of ${table} (it has ${matrix.scenarios.length}: ${matrix.scenarios.slice(0, 8).join(", ")}${matrix.scenarios.length > 8 ? ", ..." : ""})`,
      1
    );
  }
  if (flags.shard && !(flags.allPairs && flags.out)) {
    throw new CliError("--shard I/N needs --all-pairs and --out FILE (the partial result; docs/scale.md)");
  }
  const bar = progress("pairs");
  const result = agreeWithReference(matrix, flags.reference, input.method, {
    allPairs: flags.allPairs ?? false,
    onProgress: bar.update,
    ...flags.shard && { shard: flags.shard }
  });
  bar.done();
  const rows = resultRows(result, flags.reference);
  if (flags.shard) writeShard(flags, flags.shard, input, matrix.scenarios, rows);
  else if (flags.json)
    printJson({ agreements: [...rows.reference, ...rows.pairs.map((p) => p.row)], scores: rows.scores });
  else printText(agreeText(result, flags, input.method));
}
function resultRows(result, reference) {
  const referenceRows = result.scores.filter((r) => r.skipped === null || r.agreement !== null).map((r) => ({
    scenario: r.scenario,
    reference,
    correlation: r.agreement,
    p_value: r.pValue,
    n_common: r.nCommon,
    samples: r.experiments
  }));
  const pairRows = result.pairs.flatMap(
    (p) => isSkipped(p.result) || p.a === reference || p.b === reference ? [] : [
      {
        pair: p,
        row: {
          scenario: p.a,
          reference: p.b,
          correlation: nullable(p.result.correlation),
          p_value: nullable(p.result.pValue),
          n_common: p.result.nCommon,
          samples: p.result.experiments
        }
      }
    ]
  );
  const scores = result.scores.filter((r) => r.z !== null).map((r) => ({
    scenario: r.scenario,
    z: r.z,
    correlation: r.agreement,
    p_value: r.pValue,
    n_common: r.nCommon,
    rank: r.rank
  }));
  return { reference: referenceRows, pairs: pairRows, scores };
}
function writeShard(flags, shard, input, scenarios, rows) {
  const ids = [...scenarios].sort();
  const position = new Map(ids.map((id, i) => [id, i]));
  writePart(flags.out, {
    format: PART_FORMAT,
    version: PART_VERSION,
    command: "agree --all-pairs",
    input: input.hash,
    method: { ...input.method },
    options: {
      reference: flags.reference,
      aggregate: input.aggregate ?? null,
      min_scenarios: input.minScenarios ?? null,
      scenarios: flags.scenarios ?? null
    },
    shard,
    pairs: ids.length * (ids.length - 1) / 2,
    at: "agreements",
    output: { agreements: rows.reference, scores: rows.scores },
    entries: rows.pairs.map(({ pair, row }) => ({
      k: pairNumber(position.get(pair.a), position.get(pair.b), ids.length),
      value: row
    }))
  });
}
function agreeText(result, flags, method) {
  const lines = [`Agreement with ${flags.reference} (${method.correlation}):`];
  for (const r of result.scores) {
    lines.push(
      r.z === null ? `   –  ${r.scenario}: not scored (${r.skipped})` : `${String(r.rank).padStart(4)}  ${r.scenario}: Z ${signed(r.z)}  agreement ${fixed(r.agreement)} [${range(r.agreementInterval)}]  p ${pValue(r.pValue)}  ${r.nCommon} shared`
    );
  }
  if (flags.allPairs) lines.push("", ...pairLines(result.pairs, method));
  return lines.join("\n") + "\n";
}
var nullable = (v) => Number.isFinite(v) ? v : null;
function pairLines(pairs, method) {
  const lines = [`Agreement of every pair (${plural(pairs.length, "pair")}, ${method.correlation}):`];
  for (const p of pairs) {
    const r = p.result;
    lines.push(
      isSkipped(r) ? `  ${p.a} ~ ${p.b}: not computed (${r.skipped})` : `  ${p.a} ~ ${p.b}: ${fixed(nullable(r.correlation))} [${range(r.interval)}]  p ${pValue(nullable(r.pValue))}  ${r.nCommon} shared`
    );
  }
  return lines;
}
async function catalogInput(dir, flags, cmd) {
  const { catalog, issues, files } = await loadCatalogFolder(dir, flags.preset);
  if (reportIssues(issues, flags.verbose)) throw new CliError(`the catalog ${dir} has errors`, 1);
  const { aggregate } = catalog.config;
  const useCatalogAggregate = !flags.aggregate && flags.reference === AGGREGATE_ID;
  return {
    matrix: catalogMatrix(scenarioIndex(catalog)),
    hash: contentHash(files),
    aggregate: useCatalogAggregate ? aggregate.scenarios : flags.aggregate,
    minScenarios: useCatalogAggregate ? flags.minScenarios ?? aggregate.minScenariosPerModel : flags.minScenarios,
    method: methodOver(catalog.config.method, flags, cmd)
  };
}
function tableInput(table, flags, cmd) {
  const matrix = readTableFile(table, flags.verbose);
  const method = methodFromFlags(flags, cmd);
  const hash = flags.shard ? fileHash(table) : "";
  if (!flags.preset || flags.aggregate || flags.reference !== AGGREGATE_ID)
    return { matrix, hash, aggregate: flags.aggregate, minScenarios: flags.minScenarios, method };
  const { scenarios, minScenarios } = presetAggregate(matrix, table, flags.preset);
  return { matrix, hash, aggregate: scenarios, minScenarios: flags.minScenarios ?? minScenarios, method };
}
export {
  agreeCommand
};
