/**
 * BenchBench's own name normalisation, reproduced rule for rule (misfires included) so that
 * a catalog imported from BenchBench's files matches models and scenarios exactly as
 * BenchBench's loader does.
 *
 * Source: IBM/benchbench, `src/bat/benchmark.py`, the static methods
 * `Benchmark.standardize_model_name` and `Benchmark.standardize_scenario_name`, and the
 * module function `get_nice_benchmark_name` (the version that reads
 * `assets/prettified_bencmark_names.json` and maps `.` to `_` in model names). Each rule is
 * Python's `str.replace`: every non-overlapping occurrence, left to right, one pass, in
 * this order. The rules are naive substring edits, so some names come out mangled, e.g.
 * `dbrx-instruct` -> `dbrx_instructruct` (`dbrx-inst` is expanded even when already
 * expanded), `flan-ul2` -> `flan_flan-ul2`, `some-hfmodel` -> `somemodel`; reproducing them
 * is the point.
 */

type Rule = readonly [from: string, to: string];

/** `standardize_model_name`, after strip + lower, up to the split on `/`. */
const MODEL_RULES_BEFORE_SPLIT: readonly Rule[] = [
  ['   ', '-'],
  ['  ', '-'],
  [' ', '-'],
  ['(', ''],
  [')', ''],
  ['β', 'beta'],
  ['command-r+', 'command-r-plus'],
  ['dbrx-inst', 'dbrx-instruct'],
  ['-hf', ''],
  ['-', '_'],
  ['llama_3', 'llama3'],
  ['ul2', 'flan-ul2'],
];

/** `standardize_model_name`, applied to the last `/`-separated part. */
const MODEL_RULES_AFTER_SPLIT: readonly Rule[] = [
  ['meta_', ''],
  ['.', '_'],
  ['v01', 'v0_1'],
  ['v02', 'v0_2'],
  ['v03', 'v0_3'],
  // BenchBench also removes `wml/`, which can no longer occur after the split: a no-op.
];

/** `standardize_scenario_name`, after strip + lower, before the prettified-name lookup. */
const SCENARIO_RULES: readonly Rule[] = [
  ['   ', '-'],
  ['  ', '-'],
  [' ', '-'],
  ['(', ''],
  [')', ''],
  ['gsm-8k', 'gsm8k'],
  ['open-book', 'open'],
  ['closed-book', 'closed'],
  ['agi-eval', 'agieval'],
  ['alpacaeval2-wr', 'alpacav2'],
  ['alpacav2,-len-adj', 'alpacaeval2-lc'],
  ['hswag', 'hellaswag'],
  ['obqa', 'openbookqa'],
  ['winogrande', 'winog'],
  ['winog', 'winogrande'],
  ['-', '_'],
];

const applyRules = (name: string, rules: readonly Rule[]): string =>
  rules.reduce((s, [from, to]) => s.replaceAll(from, to), name);

/** Python's `str.strip()` + `str.lower()` (JavaScript's trim covers the same whitespace for these files). */
const stripLower = (name: string): string => name.trim().toLowerCase();

/** A model name as BenchBench's loader rewrites it, e.g. `Meta-Llama-3-8B-Instruct` -> `llama3_8b_instruct`. */
export function benchbenchModelName(name: string): string {
  const beforeSplit = applyRules(stripLower(name), MODEL_RULES_BEFORE_SPLIT);
  const lastPart = beforeSplit.split('/').at(-1) ?? '';
  return applyRules(lastPart, MODEL_RULES_AFTER_SPLIT);
}

/** A scenario header as BenchBench normalises it before looking up its display name, e.g. `GSM 8K` -> `gsm8k`. */
export function benchbenchScenarioId(header: string): string {
  return applyRules(stripLower(header), SCENARIO_RULES);
}

/**
 * The scenario name BenchBench's loader works with: the display name of the normalised id
 * in `prettified_names.json`, or the normalised id itself when the map has no entry.
 */
export function benchbenchScenarioName(
  header: string,
  prettifiedNames: Readonly<Record<string, string>>,
): string {
  const id = benchbenchScenarioId(header);
  return Object.hasOwn(prettifiedNames, id) ? prettifiedNames[id]! : id;
}

/**
 * A scenario id safe for this project's catalog (file names, YAML keys, URLs): the
 * BenchBench id lowercased, each run of characters outside `[a-z0-9_]` (with the `_` around
 * it) turned into one `_`, leading and trailing `_` removed; `scenario` when nothing is left.
 * E.g. `violence_&_extremism` -> `violence_extremism`, `pass@1` -> `pass_1`.
 */
export function safeScenarioId(benchbenchId: string): string {
  const safe = benchbenchId
    .toLowerCase()
    .replace(/_*[^a-z0-9_]+_*/g, '_')
    .replace(/^_+|_+$/g, '');
  return safe === '' ? 'scenario' : safe;
}
