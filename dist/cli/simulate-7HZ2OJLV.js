import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_SIMULATE_OPTIONS,
  simulate,
  simulateCommand,
  simulatedCatalog
} from "./chunk-7EMQW7OW.js";
import {
  writeFiles
} from "./chunk-XZLW32RQ.js";
import "./chunk-NOWMQY72.js";
import "./chunk-ITNWOIZY.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import "./chunk-E462UKO2.js";
import {
  forceOption,
  plural
} from "./chunk-4OHGSMT4.js";
import {
  CliError,
  Command,
  InvalidArgumentError,
  wholeNumber
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/simulate.ts
var rate = (v) => {
  const n = Number(v);
  if (!(n >= 0 && n < 1)) throw new InvalidArgumentError(`must be a number in [0, 1), got "${v}"`);
  return n;
};
function simulateCommandLine() {
  const d = DEFAULT_SIMULATE_OPTIONS;
  return new Command("simulate").summary("write a synthetic catalog from a seeded latent-ability model").description(
    "Generates models with general and per-domain skills and benchmarks with a domain mix, noise, their own scales (some lower-is-better) and missing models, then writes them as a catalog (benchbench.yaml, models.yaml, benchmarks/*.csv + .yaml), every file labelled as simulated. The model is documented in docs/simulation.md. Same options, same seed: byte-identical files."
  ).requiredOption("--out <dir>", "where to write the catalog").option("--seed <s>", "seed", wholeNumber("--seed"), d.seed).option("--models <n>", "number of models", wholeNumber("--models", 2), d.models).option("--benchmarks <n>", "number of benchmarks", wholeNumber("--benchmarks", 1), d.benchmarks).option(
    "--scenarios-per-benchmark <n>",
    "most scenarios in one benchmark",
    wholeNumber("--scenarios-per-benchmark", 1),
    d.scenariosPerBenchmark
  ).option("--missing-rate <r>", "share of missing (model, benchmark) cells", rate, d.missingRate).option(
    "--domains <list>",
    "comma-separated domains (benchmark categories)",
    (v) => v.split(",").map((s) => s.trim()).filter(Boolean),
    [...d.domains]
  ).addOption(forceOption("a catalog")).action((flags) => {
    const options = {
      ...d,
      seed: flags.seed,
      models: flags.models,
      benchmarks: flags.benchmarks,
      scenariosPerBenchmark: flags.scenariosPerBenchmark,
      missingRate: flags.missingRate,
      domains: flags.domains
    };
    let sim;
    const bar = progress("writing");
    bar.stage("simulating");
    try {
      sim = simulate(options);
    } catch (e) {
      bar.done();
      if (e instanceof RangeError) throw new CliError(e.message, 1);
      throw e;
    }
    bar.stage("writing");
    const files = simulatedCatalog(sim, { command: simulateCommand(options, flags.out) });
    try {
      writeFiles(flags.out, files, flags.force, bar.update);
    } finally {
      bar.done();
    }
    process.stderr.write(
      `wrote a simulated catalog of ${plural(sim.benchmarks.length, "benchmark")} and ${plural(sim.matrix.models.length, "model")} to ${flags.out}
`
    );
  });
}
export {
  simulateCommandLine
};
