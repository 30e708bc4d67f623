import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  wideCsv,
  yamlDocument
} from "./chunk-NOWMQY72.js";
import {
  Random,
  identity
} from "./chunk-ITNWOIZY.js";
import {
  DEFAULT_METHOD,
  methodJson
} from "./chunk-E462UKO2.js";

// src/simulate/simulated-catalog.ts
var SPELLINGS = ["canonical", "canonical", "title", "underscore", "org", "display"];
function simulateCommand(options, out = "catalog") {
  const flags = [
    `--seed ${options.seed}`,
    `--models ${options.models}`,
    `--benchmarks ${options.benchmarks}`,
    `--scenarios-per-benchmark ${options.scenariosPerBenchmark}`,
    `--missing-rate ${options.missingRate}`,
    `--domains ${options.domains.join(",")}`
  ];
  return `benchbench simulate ${flags.join(" ")} --out ${out}`;
}
function simulatedCatalog(sim, options = {}) {
  const files = /* @__PURE__ */ new Map();
  files.set("benchbench.yaml", configFile(sim, options));
  files.set("models.yaml", modelsFile(sim));
  const { matrix } = sim;
  const M = matrix.models.length;
  const rowOf = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const spellings = new Map(
    SPELLINGS.map((style) => [style, sim.models.map((model, m) => spell(model, m, style))])
  );
  for (const b of sim.benchmarks) {
    const style = SPELLINGS[Random.for(sim.options.seed, "spelling", b.id).nextInt(SPELLINGS.length)];
    const rows = b.scenarios.map((s) => rowOf.get(s.id));
    const present = [];
    for (let m = 0; m < M; m++)
      if (rows.some((r) => !Number.isNaN(matrix.values[r * M + m]))) present.push(m);
    const names = present.map((m) => spellings.get(style)[m]);
    const index = new Map(present.map((m, i) => [names[i], m]));
    let lastName = "";
    let lastModel = -1;
    const csv = wideCsv(
      names,
      b.scenarios.map((s) => s.id),
      (name, scenario) => {
        if (name !== lastName) [lastName, lastModel] = [name, index.get(name)];
        const v = matrix.values[rowOf.get(scenario) * M + lastModel];
        return Number.isNaN(v) ? void 0 : v;
      }
    );
    files.set(`benchmarks/${b.id}.csv`, csv);
    files.set(`benchmarks/${b.id}.yaml`, metadataFile(b, sim.options));
  }
  return files;
}
var hasOrgAlias = (index) => index % 3 === 0;
function spell(model, index, spelling) {
  switch (spelling) {
    case "canonical":
      return model.id;
    case "title":
      return model.id.replace(/(^|-)([a-z])/g, (_, sep, c) => sep + c.toUpperCase()).replace(/b$/, "B");
    case "underscore":
      return model.id.replace(/-/g, "_");
    case "org":
      return hasOrgAlias(index) ? `${model.org}/${model.id}` : model.id;
    case "display":
      return model.name;
  }
}
function aliases(model, index) {
  return hasOrgAlias(index) ? [model.name, `${model.org}/${model.id}`] : [model.name];
}
function modelsFile(sim) {
  const models = {};
  sim.models.forEach((m, i) => models[m.id] = { name: m.name, aliases: aliases(m, i) });
  return yamlDocument(
    { models },
    "SIMULATED models: synthetic ids, names and aliases (docs/simulation.md). Not real models."
  );
}
function aggregateScenarios(sim, size = 6) {
  const broad = sim.benchmarks.filter((b) => b.category === sim.options.broadDomain);
  const others = sim.benchmarks.filter((b) => b.category !== sim.options.broadDomain && b.direction === "higher").sort((a, b) => a.noise - b.noise);
  const chosen = broad.slice(0, size);
  if (chosen.length < 2) chosen.push(...others.slice(0, Math.min(size, 2) - chosen.length));
  return chosen.map((b) => b.scenarios[0].id);
}
function configFile(sim, options) {
  const command = options.command ?? simulateCommand(sim.options);
  const config = {
    aggregate: {
      scenarios: aggregateScenarios(sim, options.aggregateSize),
      min_scenarios_per_model: 2
    },
    method: methodJson(DEFAULT_METHOD),
    leaderboards: [
      { id: "main", title: "All benchmarks" },
      { id: "safety", title: "Safety", categories: ["safety"] }
    ]
  };
  const header = [
    "SIMULATED catalog: every model, benchmark and score here is synthetic, drawn from",
    "benchbench's latent-ability model (docs/simulation.md). None of it is a real result.",
    `Regenerate with: ${command}`
  ].join("\n");
  return yamlDocument(config, header);
}
function metadataFile(b, o) {
  const primary = o.domains.indexOf(b.category);
  const mixText = b.category === o.broadDomain ? "a broad mix of every domain" : `mostly ${b.category} (${Math.round(100 * b.mix[primary])}% of its mix)`;
  const meta = {
    name: b.name,
    snapshot: b.snapshot,
    category: b.category,
    direction: b.direction,
    license: "CC0-1.0",
    simulated: true,
    description: `Simulated benchmark, not real data: latent-ability model with seed ${o.seed}, ${mixText}, ${b.scale} scale, noise ${b.noise.toFixed(2)}.`
  };
  if (b.scenarios.length > 1) {
    meta["scenarios"] = Object.fromEntries(
      b.scenarios.map((s) => [s.id, { name: `${b.name} (${s.id.slice(b.id.length + 1)})` }])
    );
  }
  return yamlDocument(meta, `SIMULATED benchmark (docs/simulation.md); regenerate, do not edit.`);
}

// src/simulate/simulate.ts
var DEFAULT_SIMULATE_OPTIONS = {
  seed: 0,
  models: 24,
  benchmarks: 14,
  scenariosPerBenchmark: 3,
  missingRate: 0.25,
  domains: ["holistic", "safety", "reasoning", "knowledge", "code", "math"],
  broadDomain: "holistic",
  broadShare: 0.4,
  rho: 0.7,
  primaryBoost: 4,
  broadConcentration: 4,
  noiseMin: 0.15,
  noiseMax: 1,
  lowerShare: 0.2,
  multiScenarioShare: 0.2,
  scenarioDropRate: 0.05,
  coverageSpread: 0.3,
  popularityAbility: 0.5,
  coverageBias: 1
};
var FAMILIES = [
  "atlas",
  "birch",
  "cobalt",
  "dune",
  "ember",
  "fjord",
  "garnet",
  "heron",
  "juniper",
  "kestrel",
  "lumen",
  "marble",
  "nimbus",
  "onyx",
  "pebble",
  "quartz",
  "rowan",
  "sable",
  "tundra",
  "umber",
  "vesper",
  "willow",
  "yarrow",
  "zinnia"
];
var SIZES = [1, 3, 7, 8, 13, 14, 34, 70, 110, 180];
var ORGS = ["simlabs", "synthetica", "mocklab", "fauxworks"];
var DIFFICULTY = {
  2: [
    ["easy", 0.6],
    ["hard", -0.6]
  ],
  3: [
    ["easy", 0.6],
    ["medium", 0],
    ["hard", -0.6]
  ]
};
function simulate(partial = {}) {
  const options = { ...DEFAULT_SIMULATE_OPTIONS, ...partial };
  checkOptions(options);
  const models = Array.from({ length: options.models }, (_, i) => simulateModel(options, i));
  const benchmarks = planBenchmarks(options);
  const scenarioIds = benchmarks.flatMap((b) => b.scenarios.map((s) => s.id));
  const values = fillScores(options, models, benchmarks, scenarioIds.length);
  return {
    options,
    models,
    benchmarks,
    matrix: { models: models.map((m) => m.id), scenarios: scenarioIds, values }
  };
}
function checkOptions(o) {
  const fail = (name, rule) => {
    throw new RangeError(`simulate: ${name} must be ${rule}`);
  };
  const int = (name, min, max) => {
    const v = o[name];
    if (!Number.isInteger(v) || v < min || v > max) fail(name, `an integer in [${min}, ${max}]`);
  };
  const share = (name, maxExclusive = false) => {
    const v = o[name];
    if (!(v >= 0 && (maxExclusive ? v < 1 : v <= 1))) fail(name, `in [0, 1${maxExclusive ? ")" : "]"}`);
  };
  int("seed", -(2 ** 31), 2 ** 32 - 1);
  int("models", 1, 1e6);
  int("benchmarks", 1, 1e5);
  int("scenariosPerBenchmark", 1, 3);
  share("missingRate", true);
  share("broadShare");
  share("rho");
  share("lowerShare");
  share("multiScenarioShare");
  share("scenarioDropRate", true);
  share("coverageSpread");
  share("popularityAbility");
  if (o.domains.length < 1) fail("domains", "a non-empty list");
  if (new Set(o.domains).size !== o.domains.length) fail("domains", "distinct");
  if (!o.domains.every((d) => /^[a-z][a-z0-9]*$/.test(d)))
    fail("domains", "lowercase words ([a-z][a-z0-9]*)");
  if (!(o.noiseMin >= 0 && o.noiseMax >= o.noiseMin && Number.isFinite(o.noiseMax))) {
    fail("noiseMin, noiseMax", "finite with 0 <= noiseMin <= noiseMax");
  }
  if (!(o.primaryBoost >= 0 && Number.isFinite(o.primaryBoost))) fail("primaryBoost", "finite and >= 0");
  if (!(Number.isInteger(o.broadConcentration) && o.broadConcentration >= 1 && o.broadConcentration <= 100)) {
    fail("broadConcentration", "an integer in [1, 100]");
  }
  if (!Number.isFinite(o.coverageBias)) fail("coverageBias", "finite");
}
function simulateModel(o, i) {
  const family = i % FAMILIES.length;
  const k = Math.floor(i / FAMILIES.length);
  const size = SIZES[(k + 3 * family) % SIZES.length];
  const generation = Math.floor(k / SIZES.length) + 1;
  const word = FAMILIES[family];
  const version = generation > 1 ? `v${generation}` : "";
  const id = ["sim", word, version, `${size}b`].filter(Boolean).join("-");
  const name = [`Sim-${word[0].toUpperCase()}${word.slice(1)}`, version, `${size}B`].filter(Boolean).join(" ");
  const r = Random.for(o.seed, "model", i);
  const general = r.nextNormal();
  const unique = Math.sqrt(1 - o.rho * o.rho);
  const skills = o.domains.map(() => o.rho * general + unique * r.nextNormal());
  const c = o.popularityAbility;
  const popularity = c * general + Math.sqrt(1 - c * c) * r.nextNormal();
  return { id, name, org: ORGS[family % ORGS.length], general, skills, popularity };
}
function planBenchmarks(o) {
  const B = o.benchmarks;
  const focusedDomains = o.domains.filter((d) => d !== o.broadDomain);
  const hasBroad = o.domains.includes(o.broadDomain);
  const nBroad = !hasBroad ? 0 : focusedDomains.length === 0 ? B : Math.round(o.broadShare * B);
  const categories = [];
  for (let j = 0; j < B; j++)
    categories.push(j < nBroad ? o.broadDomain : focusedDomains[(j - nBroad) % focusedDomains.length]);
  categories.sort((a, b) => o.domains.indexOf(a) - o.domains.indexOf(b));
  const focused = categories.flatMap((c, j) => c === o.broadDomain ? [] : [j]);
  const lower = new Set(pick(Random.for(o.seed, "lower"), focused, Math.round(o.lowerShare * B)));
  const multi = new Set(
    o.scenariosPerBenchmark > 1 ? pick(
      Random.for(o.seed, "multi"),
      categories.map((_, j) => j),
      Math.round(o.multiScenarioShare * B)
    ) : []
  );
  const width = Math.max(2, String(B).length);
  const perCategory = /* @__PURE__ */ new Map();
  const spread = Math.min(o.coverageSpread, o.missingRate, 1 - o.missingRate);
  return categories.map((category, j) => {
    const n = (perCategory.get(category) ?? 0) + 1;
    perCategory.set(category, n);
    const number = String(n).padStart(width, "0");
    const id = `sim-bench-${category}-${number}`;
    const r = Random.for(o.seed, "benchmark", id);
    const direction = lower.has(j) ? "lower" : "higher";
    const scale = drawScale(r, direction, category === o.broadDomain);
    const mix = drawMix(r, o, category);
    const noise = o.noiseMin + (o.noiseMax - o.noiseMin) * r.nextFloat();
    const offset = scale === "elo" ? r.nextFloat() - 0.5 : -1 + 2.5 * r.nextFloat();
    const slope = 0.8 + 0.7 * r.nextFloat();
    const coverage = 1 - o.missingRate + spread * (2 * r.nextFloat() - 1);
    const snapshot = dateAfter("2025-01-01", r.nextInt(365));
    const count = multi.has(j) ? 2 + r.nextInt(o.scenariosPerBenchmark - 1) : 1;
    const scenarios = count === 1 ? [{ id, benchmark: id, shift: 0 }] : DIFFICULTY[count].map(([suffix, shift]) => ({ id: `${id}-${suffix}`, benchmark: id, shift }));
    const name = `Sim Bench ${category[0].toUpperCase()}${category.slice(1)} ${number}`;
    return { id, name, category, direction, scale, mix, noise, offset, slope, coverage, snapshot, scenarios };
  });
}
function drawScale(r, direction, broad) {
  if (direction === "lower") return r.nextFloat() < 0.5 ? "error-rate" : "perplexity";
  const u = r.nextFloat();
  const elo = broad ? 0.4 : 0.1;
  return u < elo ? "elo" : u < elo + (1 - elo) / 2 ? "accuracy" : "percentage";
}
function drawMix(r, o, category) {
  const broad = category === o.broadDomain;
  const raw = o.domains.map((d) => {
    let e = 0;
    for (let k = 0; k < (broad ? o.broadConcentration : 1); k++) e -= Math.log(1 - r.nextFloat());
    return d === category && !broad ? e + o.primaryBoost : e;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((e) => e / total);
}
function pick(r, from, k) {
  const n = from.length;
  const take = Math.min(k, n);
  const out = new Int32Array(take);
  r.sample(n, take, out, identity(n));
  return Array.from(out, (i) => from[i]);
}
function dateAfter(start, days) {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}
function fillScores(o, models, benchmarks, scenarioCount) {
  const M = models.length;
  const D = o.domains.length;
  const skills = new Float64Array(M * D);
  const weights = new Float64Array(M);
  models.forEach((m, i) => {
    for (let d = 0; d < D; d++) skills[i * D + d] = m.skills[d];
    weights[i] = Math.exp(o.coverageBias * m.popularity);
  });
  const values = new Float64Array(scenarioCount * M);
  const signal = new Float64Array(M);
  const covered = new Uint8Array(M);
  const keys = new Float64Array(M);
  const sorted = new Float64Array(M);
  let row = 0;
  for (const b of benchmarks) {
    for (let m = 0; m < M; m++) {
      let x = 0;
      for (let d = 0; d < D; d++) x += b.mix[d] * skills[m * D + d];
      signal[m] = x;
    }
    chooseCovered(Random.for(o.seed, "coverage", b.id), b.coverage, weights, keys, sorted, covered);
    const multi = b.scenarios.length > 1;
    for (const s of b.scenarios) {
      const noise = new Normals(Random.for(o.seed, "noise", s.id));
      const drop = Random.for(o.seed, "drop", s.id);
      const base = row * M;
      for (let m = 0; m < M; m++) {
        const z = b.offset + s.shift + b.slope * (signal[m] + b.noise * noise.next());
        const dropped = multi && drop.nextFloat() < o.scenarioDropRate;
        const present = covered[m] === 1 && !dropped;
        values[base + m] = present ? toScale(b.scale, z) : NaN;
      }
      row++;
    }
  }
  return values;
}
function chooseCovered(r, coverage, weights, keys, sorted, covered) {
  const M = weights.length;
  const k = Math.min(M, Math.max(0, Math.round(coverage * M)));
  for (let m = 0; m < M; m++) keys[m] = -Math.log((r.nextUint32() + 0.5) * 2 ** -32) / weights[m];
  if (k === M) {
    covered.fill(1);
    return;
  }
  if (k === 0) {
    covered.fill(0);
    return;
  }
  sorted.set(keys);
  const threshold = kthSmallest(sorted, k - 1);
  for (let m = 0; m < M; m++) covered[m] = keys[m] <= threshold ? 1 : 0;
}
function kthSmallest(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[lo + hi >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
var Normals = class {
  constructor(random) {
    this.random = random;
  }
  random;
  spare = NaN;
  next() {
    if (!Number.isNaN(this.spare)) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    const u = (this.random.nextUint32() + 0.5) * 2 ** -32;
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * 2 ** -32 * this.random.nextUint32();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }
};
var logistic = (z) => 1 / (1 + Math.exp(-z));
var round = (v, scale) => Math.round(v * scale) / scale;
function toScale(scale, z) {
  switch (scale) {
    case "accuracy":
      return round(logistic(z), 1e4);
    case "percentage":
      return round(100 * logistic(z), 100);
    case "elo":
      return round(1e3 + 120 * z, 10);
    case "error-rate":
      return round(logistic(-z), 1e4);
    case "perplexity":
      return round(Math.exp(2 - 0.5 * z), 1e3);
  }
}

export {
  simulateCommand,
  simulatedCatalog,
  DEFAULT_SIMULATE_OPTIONS,
  simulate
};
