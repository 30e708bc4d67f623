import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/core/types.ts
var ACCESS_LEVELS = ["open", "gated", "private"];
var DEFAULT_METHOD = {
  correlation: "kendall",
  modelsPerSample: 10,
  sampling: "random",
  samples: 100,
  seed: 0,
  minCommonModels: 5
};

// src/model/method.ts
var CORRELATIONS = ["kendall", "pearson", "spearman"];
var SAMPLINGS = [
  "random",
  "top",
  "bottom",
  "middle",
  "adjacent"
];
var REPEATED_SAMPLINGS = ["random", "adjacent"];
var METHOD_KEYS = {
  correlation: {
    field: "correlation",
    flag: "--correlation",
    values: CORRELATIONS,
    rule: `one of ${CORRELATIONS.join(", ")}`
  },
  models_per_sample: {
    field: "modelsPerSample",
    flag: "--models-per-sample",
    min: 0,
    not: 1,
    rule: "0 (all shared models) or a whole number of at least 2"
  },
  sampling: {
    field: "sampling",
    flag: "--sampling",
    values: SAMPLINGS,
    rule: `one of ${SAMPLINGS.join(", ")}`
  },
  samples: { field: "samples", flag: "--samples", min: 1, rule: "a whole number of at least 1" },
  seed: { field: "seed", flag: "--seed", min: 0, rule: "a whole number" },
  min_common_models: {
    field: "minCommonModels",
    flag: "--min-common",
    min: 2,
    rule: "a whole number of at least 2"
  }
};
var METHOD_KEY_NAMES = Object.keys(METHOD_KEYS);
var METHOD_YAML_KEYS = ["preset", ...METHOD_KEY_NAMES];
var rule = (key) => METHOD_KEYS[key];
var choicesOf = (key) => {
  const r = rule(key);
  return "values" in r ? r.values : void 0;
};
function methodValue(key, value) {
  const r = rule(key);
  if ("values" in r) {
    return typeof value === "string" && r.values.includes(value) ? { ok: true, value } : { ok: false, rule: r.rule };
  }
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= r.min && n !== r.not ? { ok: true, value: n } : { ok: false, rule: r.rule };
}
function methodJson(m) {
  return Object.fromEntries(METHOD_KEY_NAMES.map((key) => [key, m[METHOD_KEYS[key].field]]));
}
function methodOfJson(json) {
  return Object.fromEntries(
    METHOD_KEY_NAMES.map((key) => [METHOD_KEYS[key].field, json[key]])
  );
}
var methodFields = (m) => methodOfJson(methodJson(m));

export {
  ACCESS_LEVELS,
  DEFAULT_METHOD,
  REPEATED_SAMPLINGS,
  METHOD_KEYS,
  METHOD_KEY_NAMES,
  choicesOf,
  methodValue,
  methodJson,
  methodFields
};
