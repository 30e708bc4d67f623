/**
 * Model names: the documented normalisation, the `models.yaml` registry of canonical ids and
 * aliases, and suggestions for names that match nothing.
 *
 * Normalisation (`normaliseModelName`), in order:
 * 1. control and invisible format characters are dropped (tabs and line breaks count as spaces);
 * 2. Unicode NFKC (full-width letters, ligatures and non-breaking spaces become plain ones);
 * 3. trim, lowercase;
 * 4. every run of whitespace, `_`, `-` and `.` becomes one `-`; `-` at either end is dropped
 *    (so versions written `3.1`, `3_1` or `3-1` agree, as in BenchBench's own names).
 * Nothing else changes: an `org/` prefix, parentheses and digits stay, so two different
 * models never merge by accident (`Llama-3.1-8B`, `llama_3_1 8b` and `llama-3-1-8b` merge;
 * `llama-3-8b` and `llama-3.1-8b` do not). Merging spellings beyond this is the job of `models.yaml`:
 *
 * ```yaml
 * models:
 *   gpt-4o-2024-05-13:                 # canonical id (normalised)
 *     name: GPT-4o (2024-05-13)        # display name; default: the id
 *     aliases: [openai/gpt-4o-2024-05-13, "GPT-4o (2024-05-13)"]
 * ```
 */
import { distance } from 'fastest-levenshtein';
import type { SuggestionBudget } from './did-you-mean.js';
import { makeIssue, type Issue } from '../model/issue.js';
import { MODELS_YAML_LIMITS, YamlFile } from './parse-yaml.js';
import { benchbenchModelName } from '../benchbench/benchbench-names.js';
import type { ModelNaming, ModelRegistry } from './types.js';

export function normaliseModelName(raw: string): string {
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  // Printable ASCII, the common case, holds no control or format character and is its own NFKC.
  const n = (
    PRINTABLE_ASCII.test(raw)
      ? raw
      : raw.replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/u.test(c) ? ' ' : '')).normalize('NFKC')
  )
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(raw, n);
  return n;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Names repeat across the files of a catalog; normalising each spelling once is much faster.
const CACHE_SIZE = 100_000;
const cache = new Map<string, string>();

// One shared empty registry: the file memo compares dependencies with ===, so a new empty
// registry per load would make a catalog without models.yaml parse every results file twice.
const EMPTY_REGISTRY: ModelRegistry = Object.freeze({ models: new Map(), aliases: new Map() });
export const emptyRegistry = (): ModelRegistry => EMPTY_REGISTRY;

/**
 * The canonical id of a model name: its alias in the registry, else its normalised form. With
 * `benchbench` naming (a catalog imported from BenchBench), the normalised form is BenchBench's
 * own (`benchbenchModelName`), so that new files match the imported names as BenchBench would.
 */
export function resolveModel(registry: ModelRegistry, raw: string, naming: ModelNaming = 'standard'): string {
  const n = normaliseModelName(raw);
  return registry.aliases.get(n) ?? (naming === 'benchbench' ? benchbenchModelName(raw) : n);
}

/**
 * `models.yaml` -> registry. Canonical ids are normalised (a warning when written otherwise);
 * an id or alias that two canonical ids claim is an error naming both (the first keeps it).
 * Issue codes: model-id-not-normalised (warning), alias-conflict, empty-model-id, plus YAML ones.
 */
export function parseModels(
  file: string,
  text: string,
): { registry: ModelRegistry; issues: readonly Issue[] } {
  const y = new YamlFile(file, text, MODELS_YAML_LIMITS);
  const top = y.fields(y.root, 'models.yaml', ['models']) ?? {};
  const models = new Map<string, string>();
  const aliases = new Map<string, string>();
  const claimedAt = new Map<string, string>();
  const issues: Issue[] = [];

  const claim = (alias: string, id: string, node: Parameters<YamlFile['at']>[0], written: string): void => {
    const owner = aliases.get(alias);
    if (owner === undefined) {
      aliases.set(alias, id);
      claimedAt.set(alias, place(y.at(node)));
    } else if (owner !== id) {
      y.error(
        node,
        'alias-conflict',
        `${JSON.stringify(written)} (normalised \`${alias}\`) is claimed by both \`${owner}\` (${claimedAt.get(alias)}) and \`${id}\`.`,
        'A name may belong to one model only: remove it from one of them.',
      );
    }
  };

  for (const e of y.entries(top.models?.value, '`models`') ?? []) {
    const id = normaliseModelName(e.key);
    if (id === '') {
      y.error(
        e.keyNode,
        'empty-model-id',
        'A model id is empty once normalised.',
        'Give the model a name with letters or digits.',
      );
      continue;
    }
    if (id !== e.key) {
      issues.push(
        makeIssue({
          code: 'model-id-not-normalised',
          file,
          ...y.at(e.keyNode),
          message: `The model id ${JSON.stringify(e.key)} is read as \`${id}\`.`,
          hint: `Write the id as \`${id}\` and keep the other spelling under \`aliases\`.`,
        }),
      );
    }
    if (models.has(id)) {
      y.error(
        e.keyNode,
        'alias-conflict',
        `The model id \`${id}\` is listed twice (${claimedAt.get(id)}).`,
        'List each model once and merge their aliases.',
      );
      continue;
    }
    const f = y.fields(e.value, `model \`${e.key}\``, ['name', 'aliases']) ?? {};
    const name = (f.name && y.string(f.name.value, `the name of \`${e.key}\``)) || id;
    models.set(id, name);
    claim(id, id, e.keyNode, e.key);
    for (const a of y.strings(f.aliases?.value, `the aliases of \`${e.key}\``) ?? []) {
      const alias = normaliseModelName(a.value);
      if (alias !== '') claim(alias, id, a.node, a.value);
    }
  }
  return { registry: { models, aliases }, issues: [...y.issues, ...issues] };
}

const place = (p: { line: number; column: number } | undefined): string => (p ? `line ${p.line}` : 'above');

const tokens = (normalised: string): Set<string> =>
  new Set(normalised.split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/**
 * Up to `limit` names from `known` closest to `name`: Levenshtein distance between normalised
 * names relative to the longer one, minus half the share of tokens (runs of letters and digits)
 * of the name with fewer tokens that the other name also has. Candidates scoring above 0.5 are not plausible and are
 * left out. Ties are broken by name, so the result never depends on the order of `known`.
 */
export function suggestModels(name: string, known: Iterable<string>, limit = 3): string[] {
  return modelSuggester(known)(name, limit);
}

export interface SuggestOptions {
  /** Positions `[from, to)` in `known` (as given, duplicates dropped) that are not candidates. */
  readonly skip?: readonly [number, number];
  readonly budget?: SuggestionBudget;
}

/**
 * `suggestModels` for many names against the same known models: the known names are
 * normalised and split into tokens once. With a `budget` (did-you-mean.ts), comparisons stop
 * when it is spent and the names after that get no suggestion; `skip` leaves a range out
 * without looking at it.
 */
export function modelSuggester(
  known: Iterable<string>,
): (name: string, limit?: number, options?: SuggestOptions) => string[] {
  const names = [...new Set(known)];
  // Prepared on first use: with a budget, most of a long list is never looked at.
  const prepared: ({ name: string; n: string; tokens: Set<string> } | undefined)[] = new Array(names.length);
  const at = (i: number) => {
    let k = prepared[i];
    if (!k) {
      const n = normaliseModelName(names[i]!);
      prepared[i] = k = { name: names[i]!, n, tokens: tokens(n) };
    }
    return k;
  };
  return (name, limit = 3, { skip, budget } = {}) => {
    const a = normaliseModelName(name);
    const ta = tokens(a);
    const scored: { name: string; score: number }[] = [];
    const [from, to] = skip ?? [0, 0];
    for (let i = 0; i < names.length; i++) {
      if (i === from && to > from) i = to;
      if (i >= names.length) break;
      const k = at(i);
      if (budget && !budget.spend(a.length * k.n.length + ta.size + 1)) return [];
      let shared = 0;
      for (const t of ta) if (k.tokens.has(t)) shared++;
      const score =
        distance(a, k.n) / Math.max(a.length, k.n.length, 1) -
        (0.5 * shared) / Math.max(Math.min(ta.size, k.tokens.size), 1);
      if (score <= 0.5) scored.push({ name: k.name, score });
    }
    return scored
      .sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .slice(0, limit)
      .map((s) => s.name);
  };
}
