import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  similarScenarios
} from "./chunk-WQ3TMPBT.js";
import {
  scoredFolder
} from "./chunk-OIAFJMER.js";
import {
  fixed,
  pValue,
  range
} from "./chunk-WUSCOLWA.js";
import {
  aggregateRow,
  presetOption,
  scenarioLabel
} from "./chunk-YAV7MX6X.js";
import {
  didYouMean
} from "./chunk-BDPTSPK4.js";
import {
  methodJson
} from "./chunk-E462UKO2.js";
import {
  catalogOption,
  limitOption,
  plural,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import {
  CliError,
  Command,
  printJson,
  printText
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/similar.ts
function similarCommand() {
  return new Command("similar").summary("the benchmarks whose rankings agree most with one benchmark").description(
    `Agreement of one scenario (or of every scenario of one results file) with every other scenario of the catalog, measured with benchbench.yaml's method, most agreeing first, with the models each pair shares and the 90% interval: the "efficient alternatives" to a benchmark. Pairs sharing too few models come last, with the reason.`
  ).argument("<benchmark>", "a scenario id, or the file stem of a results file (every scenario of it)").addOption(catalogOption()).addOption(limitOption("benchmarks", 10)).option("--json", "machine-readable output (every scenario, whatever --limit)").addOption(verboseOption()).addOption(presetOption()).action(async (benchmark, flags) => {
    const { scores, failed } = await scoredFolder(flags);
    const targets = resolveBenchmark(benchmark, scores);
    const ranking = aggregateRow(scores);
    const method = scores.leaderboard.method;
    const results = targets.map((scenario) => ({
      scenario,
      similar: similarScenarios(scores.matrix, method, scenario, ranking)
    }));
    const name = (s) => scores.info.get(s)?.scenario.name ?? s;
    if (flags.json) {
      printJson({
        method: methodJson(method),
        results: results.map((r) => ({
          scenario: r.scenario,
          name: name(r.scenario),
          similar: r.similar.map((s) => json(s, scores))
        }))
      });
    } else {
      const lines = [];
      for (const r of results) {
        const shown = flags.limit ? r.similar.slice(0, flags.limit) : r.similar;
        lines.push(`Closest to ${name(r.scenario)} (${r.scenario}), ${method.correlation}:`);
        shown.forEach(
          (s, i) => lines.push(
            s.agreement === null ? `   –  ${name(s.scenario)} (${s.scenario}): no agreement (${s.skipped})` : `${String(i + 1).padStart(4)}  ${name(s.scenario)} (${s.scenario}): ${fixed(s.agreement)} [${range(s.interval)}]  p ${pValue(s.pValue)}  ${plural(s.nCommon, "shared model")}`
          )
        );
        if (shown.length < r.similar.length)
          lines.push(`      (${r.similar.length - shown.length} more; --limit 0 shows all)`);
        lines.push("");
      }
      printText(lines.join("\n"));
    }
    if (failed) process.exitCode = 1;
  });
}
function resolveBenchmark(benchmark, scores) {
  if (scores.matrix.scenarios.includes(benchmark)) return [benchmark];
  const file = scores.catalog.benchmarks.find((b) => b.id === benchmark);
  const ids = file?.scenarios.map((s) => s.id).filter((s) => scores.matrix.scenarios.includes(s)) ?? [];
  if (ids.length) return ids;
  const guess = didYouMean(benchmark, [
    ...scores.matrix.scenarios,
    ...scores.catalog.benchmarks.map((b) => b.id)
  ]);
  throw new CliError(
    `"${benchmark}" is neither a scenario nor a results file of the catalog` + (guess ? `; did you mean "${guess}"?` : ""),
    1
  );
}
function json(s, scores) {
  return {
    scenario: s.scenario,
    ...scenarioLabel(scores, s.scenario),
    agreement: s.agreement,
    interval: s.interval,
    p_value: s.pValue,
    n_common: s.nCommon,
    skipped: s.skipped
  };
}

export {
  similarCommand,
  resolveBenchmark
};
