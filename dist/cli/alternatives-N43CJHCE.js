import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  resolveBenchmark
} from "./chunk-276RHRNT.js";
import {
  similarScenarios
} from "./chunk-WQ3TMPBT.js";
import {
  scoredCatalog
} from "./chunk-OIAFJMER.js";
import "./chunk-I2SOMBBY.js";
import {
  fixed,
  range
} from "./chunk-WUSCOLWA.js";
import {
  addCatalogMethodOptions,
  aggregateRow,
  minAgreementOption
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import {
  didYouMean
} from "./chunk-BDPTSPK4.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import {
  ACCESS_LEVELS
} from "./chunk-E462UKO2.js";
import {
  DEFAULT_CATALOG
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  printJson
} from "./chunk-UH3OXTXY.js";

// src/core/alternatives.ts
var DEFAULT_MIN_AGREEMENT = 0.6;
function alternatives(similar, minAgreement, own, resourcesOf2, keep = () => true) {
  if (!Number.isFinite(minAgreement)) throw new RangeError(`the minimum agreement is ${minAgreement}`);
  const out = [];
  for (const s of similar) {
    if (s.agreement === null || !(s.agreement >= minAgreement) || !keep(s.scenario)) continue;
    const r = resourcesOf2(s.scenario);
    out.push({
      scenario: s.scenario,
      agreement: s.agreement,
      interval: s.interval,
      nCommon: s.nCommon,
      access: r.access ?? null,
      cost: r.cost ? { value: r.cost.value, unit: r.cost.unit, relative: relativeCost(r.cost, own.cost) } : null
    });
  }
  return out;
}
function relativeCost(cost, reference) {
  if (!cost || !reference || cost.unit !== reference.unit || !(reference.value > 0)) return null;
  return cost.value / reference.value;
}

// src/cli/commands/alternatives.ts
var WHERE = {
  access: (b) => b.metadata.access,
  category: (b) => b.metadata.category,
  license: (b) => b.metadata.license,
  benchmark: (b) => b.id
};
function alternativesCommand() {
  const cmd = new Command("alternatives").summary("the benchmarks that rank models like one benchmark, with their access and cost").description(
    "Efficient alternatives to a benchmark: the scenarios whose agreement with it (the mean correlation over samples of the models they share, as `similar` computes it, with benchbench.yaml's method) is at least --min-agreement, most agreeing first, each with its 90% interval, shared models, access and cost (from its results file's metadata) and that cost relative to the benchmark's (in the same unit). --where keeps only scenarios whose metadata match: KEY is access, category, license or benchmark (the results file id); several values of one key match any of them, different keys must all match."
  ).argument("<benchmark>", "a scenario id, or the file stem of a results file with one scenario").option("--catalog <dir>", "the catalog folder", DEFAULT_CATALOG).addOption(
    minAgreementOption(DEFAULT_MIN_AGREEMENT, "keep scenarios agreeing at least this much (-1 to 1)")
  ).option(
    "--where <key=value>",
    "keep scenarios whose metadata KEY is VALUE, e.g. access=open (repeatable)",
    collect,
    []
  ).option("--json", "machine-readable output").option("--verbose", "also print notes");
  addCatalogMethodOptions(cmd);
  return cmd.action(async (benchmark, flags) => {
    const where = parseWhere(flags.where ?? []);
    const { scores, method, failed } = await scoredCatalog(flags);
    const scenario = oneScenario(benchmark, scores);
    const own = resourcesOf(scores, scenario);
    const found = alternatives(
      similarScenarios(scores.matrix, method, scenario, aggregateRow(scores)),
      flags.minAgreement,
      own,
      (s) => resourcesOf(scores, s),
      (s) => matches(where, scores.info.get(s)?.benchmark)
    );
    if (flags.json) {
      printJson({
        benchmark: scenario,
        alternatives: found.map((a) => ({
          scenario: a.scenario,
          agreement: a.agreement,
          interval: a.interval,
          n_common: a.nCommon,
          access: a.access,
          cost: a.cost
        }))
      });
    } else {
      process.stdout.write(text(scores, scenario, own, found, flags, method.correlation).join("\n") + "\n");
    }
    if (failed) process.exitCode = 1;
  });
}
var collect = (value, previous) => [...previous ?? [], value];
function parseWhere(filters) {
  const out = /* @__PURE__ */ new Map();
  for (const f of filters) {
    const eq = f.indexOf("=");
    const key = eq < 0 ? f.trim() : f.slice(0, eq).trim();
    const value = eq < 0 ? "" : f.slice(eq + 1).trim();
    if (!Object.hasOwn(WHERE, key)) {
      const guess = didYouMean(key, Object.keys(WHERE));
      throw new CliError(
        `--where "${f}": "${key}" is not one of ${Object.keys(WHERE).join(", ")}` + (guess ? `; did you mean "${guess}"?` : ""),
        1
      );
    }
    if (eq < 0 || value === "") throw new CliError(`--where "${f}" has no value; write ${key}=VALUE`, 1);
    if (key === "access" && !ACCESS_LEVELS.includes(value))
      throw new CliError(`--where access=${value}: access is one of ${ACCESS_LEVELS.join(", ")}`, 1);
    (out.get(key) ?? out.set(key, /* @__PURE__ */ new Set()).get(key)).add(value);
  }
  return out;
}
function matches(where, b) {
  for (const [key, values] of where) {
    const v = b && WHERE[key](b);
    if (v === void 0 || !values.has(v)) return false;
  }
  return true;
}
function oneScenario(benchmark, scores) {
  const ids = resolveBenchmark(benchmark, scores);
  if (ids.length === 1) return ids[0];
  throw new CliError(
    `the results file "${benchmark}" has ${ids.length} scenarios (${ids.join(", ")}); name one of them`,
    1
  );
}
function resourcesOf(scores, scenario) {
  const m = scores.info.get(scenario)?.benchmark.metadata;
  return { ...m?.access ? { access: m.access } : {}, ...m?.cost ? { cost: m.cost } : {} };
}
var costText = (c) => c ? `${c.value} ${c.unit}` : "unknown";
function text(scores, scenario, own, found, flags, correlation) {
  const name = (s) => scores.info.get(s)?.scenario.name ?? s;
  const filter = flags.where?.length ? `, where ${flags.where.join(" and ")}` : "";
  const lines = [
    `Alternatives to ${name(scenario)} (${scenario}): agreement at least ${flags.minAgreement} (${correlation})${filter}`,
    `  its access: ${own.access ?? "unknown"}; its cost: ${costText(own.cost)}`
  ];
  if (!found.length)
    lines.push("  none: no other scenario agrees this much (`benchbench similar` lists the closest)");
  found.forEach((a, i) => {
    const relative = a.cost?.relative === null || !a.cost ? "" : ` (${fixed(a.cost.relative, 2)} × its cost)`;
    lines.push(
      `${String(i + 1).padStart(4)}  ${name(a.scenario)} (${a.scenario}): ${fixed(a.agreement)} [${range(a.interval)}]  ${a.nCommon} shared models  access ${a.access ?? "unknown"}  cost ${costText(a.cost)}${relative}`
    );
  });
  return lines;
}
export {
  alternativesCommand
};
