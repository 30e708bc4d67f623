import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  scoredCatalog
} from "./chunk-OIAFJMER.js";
import "./chunk-I2SOMBBY.js";
import {
  fixed,
  range
} from "./chunk-WUSCOLWA.js";
import {
  PRESET_HELP,
  addCatalogMethodOptions,
  aggregateRow,
  bootstrap,
  interval90,
  kendallTauB,
  minAgreementOption,
  scenarioRow,
  sharedModels
} from "./chunk-YAV7MX6X.js";
import {
  hashKey
} from "./chunk-ITNWOIZY.js";
import {
  defaultMinScenarios,
  didYouMean,
  meanWinRate
} from "./chunk-BDPTSPK4.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  DEFAULT_CATALOG
} from "./chunk-4OHGSMT4.js";
import {
  Deadline
} from "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  InvalidArgumentError,
  Option,
  commaList,
  printJson,
  wholeNumber
} from "./chunk-UH3OXTXY.js";

// src/core/subset-tau.ts
function setAggregate(rows) {
  return rows.length ? meanWinRate(rows, defaultMinScenarios(rows.length)) : null;
}
function paired(target, aggregate) {
  const shared = sharedModels(target, aggregate);
  return [Float64Array.from(shared, (m) => target[m]), Float64Array.from(shared, (m) => aggregate[m])];
}
function setTau(target, rows) {
  const aggregate = setAggregate(rows);
  if (!aggregate) return { tau: NaN, nModels: 0 };
  const [x, y] = paired(target, aggregate);
  return { tau: kendallTauB(x, y).statistic, nModels: x.length };
}
function setTauInterval(target, rows, samples, seed) {
  const aggregate = setAggregate(rows);
  if (!aggregate) return null;
  const [x, y] = paired(target, aggregate);
  if (x.length < 2) return null;
  return interval90(bootstrap(x, y, { correlation: "kendall", samples }, hashKey([seed, "subset"])));
}

// src/core/greedy-subset.ts
var DEFAULT_SUBSET_TAU = 0.9;
function better(a, b) {
  if (!b) return true;
  if (a.tau === null !== (b.tau === null)) return a.tau !== null;
  if (a.tau !== null && b.tau !== null) return a.tau > b.tau;
  return a.nModels > b.nModels;
}
function greedySubset(request) {
  const { target, minAgreement: t, minModels, maxCost } = request;
  if (!(t >= -1 && t <= 1)) throw new RangeError(`the minimum agreement ${t} is not in [-1, 1]`);
  const remaining = [...request.candidates].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rows = [];
  const paid = /* @__PURE__ */ new Set();
  const steps = [];
  let cost = 0;
  let spent = 0;
  let stop = "exhausted";
  const total = remaining.length;
  while (remaining.length) {
    request.onStep?.(steps.length, total);
    let best = null;
    for (const candidate of remaining) {
      request.checkpoint?.(steps.length + 1, candidate.id);
      const extra = paid.has(candidate.group) ? 0 : candidate.cost;
      if (maxCost !== void 0 && (extra === null || overBudget(spent + extra, maxCost))) continue;
      const r = setTau(target, [...rows, candidate.row]);
      const trial = {
        candidate,
        tau: r.nModels >= minModels && !Number.isNaN(r.tau) ? r.tau : null,
        nModels: r.nModels
      };
      if (better(trial, best)) best = trial;
    }
    if (!best) {
      stop = "cost";
      break;
    }
    const c = best.candidate;
    remaining.splice(remaining.indexOf(c), 1);
    rows.push(c.row);
    if (!paid.has(c.group)) {
      paid.add(c.group);
      spent += c.cost ?? 0;
      cost = cost === null || c.cost === null ? null : cost + c.cost;
    }
    steps.push({ scenario: c.id, tau: best.tau, nModels: best.nModels, cost });
    if (best.tau !== null && best.tau >= t) {
      stop = "reached";
      break;
    }
  }
  request.onStep?.(total, total);
  const reached = stop === "reached";
  const end = reached ? steps.length : bestPrefix(steps);
  const subset = steps.slice(0, end).map((s) => s.scenario);
  const chosenRows = rows.slice(0, end);
  return {
    steps,
    subset,
    tau: end ? steps[end - 1].tau : null,
    interval: end ? setTauInterval(target, chosenRows, request.samples, request.seed) : null,
    reached,
    stop
  };
}
var overBudget = (cost, budget) => cost > budget + 1e-9 * Math.max(1, Math.abs(budget));
function bestPrefix(steps) {
  let end = 0;
  let bestTau = -Infinity;
  steps.forEach((s, i) => {
    if (s.tau !== null && s.tau > bestTau) {
      bestTau = s.tau;
      end = i + 1;
    }
  });
  return end;
}

// src/core/subset-candidates.ts
function subsetCandidates(matrix, ids, sourceOf) {
  const index = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const sources = [...new Set(ids)].map((id) => {
    if (!index.has(id)) throw new RangeError(`scenario "${id}" is not in the catalog`);
    return { id, source: sourceOf(id) };
  });
  const units = [...new Set(sources.flatMap(({ source }) => source.cost?.unit ?? []))].sort();
  const unit = units.length === 1 ? units[0] : null;
  const candidates = sources.map(({ id, source }) => ({
    id,
    row: scenarioRow(matrix, index.get(id)),
    group: source.group,
    cost: unit !== null ? source.cost?.value ?? null : null
  }));
  return { candidates, units, unit };
}
var defaultMinModels = (aggregateModels) => Math.max(2, Math.ceil(aggregateModels / 2));
var severalUnits = (units) => `the candidates' costs are in ${units.length} units (${units.join(", ")})`;

// src/cli/commands/subset.ts
function subsetCommand() {
  const cmd = new Command("subset").summary("the smallest set of scenarios that ranks the models like the aggregate").description(
    "Greedy forward selection: starting from no scenario, each step adds the candidate whose set, aggregated by mean win rate, ranks the models most like benchbench.yaml's aggregate (Kendall tau-b over the models both rank; ties go to the smaller id), until tau reaches --min-agreement. Each step shows its tau, the models compared and the cumulative cost (a results file is paid once). A set counts only when it ranks at least --min-models models; before that, a step adds the candidate that covers the most. The final tau gets a 90% bootstrap interval over the models (--samples resamples, seeded by --seed). When no set reaches the threshold, or --max-cost leaves no candidate, it says so and shows the best set found (exit 0)."
  ).option("--catalog <dir>", "the catalog folder", DEFAULT_CATALOG).addOption(
    minAgreementOption(DEFAULT_SUBSET_TAU, "stop at the first set whose tau reaches this (-1 to 1)")
  ).addOption(
    new Option(
      "--max-cost <c>",
      "try only scenarios that keep the total cost at most c (in the one cost unit of the candidates; scenarios of unknown cost are not tried)"
    ).argParser(nonNegative)
  ).option(
    "--candidates <scenarios>",
    "comma-separated scenario ids to choose from (default: every scenario)",
    commaList
  ).addOption(
    new Option(
      "--min-models <n>",
      "a set counts only when it ranks at least n of the aggregate's models (default: half of them, rounded up)"
    ).argParser(wholeNumber("--min-models", 2))
  ).option("--json", "machine-readable output").option("--verbose", "also print notes");
  addCatalogMethodOptions(cmd, {
    preset: `${PRESET_HELP}; its aggregate is then the target`,
    samples: "bootstrap resamples of the final interval",
    seed: "seed of the bootstrap"
  });
  return cmd.action(async (flags) => {
    const { scores, method, failed } = await scoredCatalog(flags);
    if (scores.leaderboard.aggregate.scenarios.length < 2)
      throw new CliError(
        `the catalog ${flags.catalog} has no aggregate (fewer than 2 of its scenarios exist)`,
        1
      );
    const target = aggregateRow(scores);
    const ranked = scores.leaderboard.aggregate.scores.length;
    const minModels = flags.minModels ?? defaultMinModels(ranked);
    const { candidates, unit } = candidatesOf(scores, flags);
    const steps = progress("subset");
    const deadline = new Deadline(scores.catalog.config.limits.maxSeconds);
    const result = greedySubset({
      target,
      candidates,
      minAgreement: flags.minAgreement,
      minModels,
      ...flags.maxCost !== void 0 ? { maxCost: flags.maxCost } : {},
      samples: method.samples,
      seed: method.seed,
      onStep: steps.update,
      checkpoint: (step, candidate) => deadline.check(`subset step ${step}, trying ${candidate}`)
    });
    steps.done();
    if (flags.json) printJson(subsetJson(result, flags, minModels, unit));
    else process.stdout.write(text(result, flags, minModels, ranked, unit).join("\n") + "\n");
    if (failed) process.exitCode = 1;
  });
}
function subsetJson(result, flags, minModels, unit) {
  return {
    target: "aggregate",
    min_agreement: flags.minAgreement,
    min_models: minModels,
    max_cost: flags.maxCost ?? null,
    cost_unit: unit,
    steps: result.steps.map((s) => ({ scenario: s.scenario, tau: s.tau, n_models: s.nModels, cost: s.cost })),
    subset: result.subset,
    tau: result.tau,
    tau_interval: result.interval,
    reached: result.reached,
    stop: result.stop
  };
}
function nonNegative(value) {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError(`--max-cost must be a number of at least 0, got "${value}"`);
  return n;
}
function candidatesOf(scores, flags) {
  const { matrix } = scores;
  const ids = flags.candidates ?? [...matrix.scenarios];
  const unknown = ids.filter((id) => !matrix.scenarios.includes(id));
  if (unknown.length) {
    const guess = didYouMean(unknown[0], matrix.scenarios);
    throw new CliError(
      `--candidates names ${unknown.length === 1 ? "a scenario" : "scenarios"} not in the catalog: ${unknown.join(", ")}` + (guess ? `; did you mean "${guess}"?` : ""),
      1
    );
  }
  const { candidates, units, unit } = subsetCandidates(matrix, ids, (id) => {
    const benchmark = scores.info.get(id).benchmark;
    return { group: benchmark.id, cost: benchmark.metadata.cost };
  });
  if (units.length > 1) {
    const message = severalUnits(units);
    if (flags.maxCost !== void 0)
      throw new CliError(
        `${message}: --max-cost needs one; choose --candidates whose cost is in one unit`,
        1
      );
    process.stderr.write(`warning: ${message}, so no cost is added up
`);
  }
  const uncosted = candidates.filter((c) => c.cost === null).length;
  if (flags.maxCost !== void 0 && uncosted)
    process.stderr.write(
      `note: ${uncosted} of ${candidates.length} candidates have no cost and are not tried under --max-cost
`
    );
  return { candidates, unit };
}
function text(r, flags, minModels, ranked, unit) {
  const budget = flags.maxCost !== void 0 ? `, total cost at most ${flags.maxCost} ${unit ?? ""}`.trimEnd() : "";
  const lines = [
    `Greedy subset standing in for the aggregate (${ranked} models): Kendall tau-b at least ${flags.minAgreement} over at least ${minModels} models${budget}`,
    "  step  tau     models  cost  scenario"
  ];
  r.steps.forEach(
    (s, i) => lines.push(
      `  ${String(i + 1).padStart(4)}  ${fixed(s.tau).padEnd(6)}  ${String(s.nModels).padStart(6)}  ${(s.cost === null ? "–" : String(s.cost)).padStart(4)}  ${s.scenario}`
    )
  );
  const best = r.subset.length === 0 ? "No set ranked enough models to count." : `The best set found: ${r.subset.length} scenario${r.subset.length === 1 ? "" : "s"} (${r.subset.join(", ")}), tau ${fixed(r.tau)} [${range(r.interval)}].`;
  if (r.reached)
    lines.push(
      `Reached: ${r.subset.length} scenario${r.subset.length === 1 ? "" : "s"} (${r.subset.join(", ")}) rank the models like the aggregate, tau ${fixed(r.tau)} [${range(r.interval)}].`
    );
  else if (r.stop === "cost")
    lines.push(
      `Not reached: no further candidate fits --max-cost ${flags.maxCost}${unit ? ` ${unit}` : ""}. ${best}`
    );
  else lines.push(`Not reached: no set of the candidates reaches tau ${flags.minAgreement}. ${best}`);
  return lines;
}
export {
  subsetCommand
};
