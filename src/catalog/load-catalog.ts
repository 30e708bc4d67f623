/**
 * Catalog files -> the typed Catalog and every issue as data (DESIGN.md section 3).
 *
 * Layout: `benchbench.yaml` (config), `models.yaml` (optional aliases), `benchmarks/**\/<stem>.csv`
 * with its metadata in `<stem>.yaml` beside it. Files are visited in path order, so the result
 * (and which of two clashing files wins) never depends on how they were found.
 *
 * A bad file does not stop the others: a results file that cannot be read at all is left out; a
 * readable one keeps its good cells (the bad ones are errors); a missing or broken metadata file
 * falls back to defaults (name = stem, higher is better) with an error. A scenario id used by
 * two files stays with the first file. Models are keyed by canonical id (normalisation plus
 * `models.yaml`); two spellings of one model in one scenario are an error, the first is kept.
 *
 * Issue codes beyond those of the parsers: missing-config, missing-metadata, orphan-metadata,
 * unknown-file (note), duplicate-benchmark-id, duplicate-scenario, empty-scenario (warning),
 * unknown-scenario (error when it declares lower-is-better, else warning),
 * unknown-aggregate-scenario (warning), aggregate-too-small, unknown-leaderboard-scenario
 * (warning), limit-file-bytes.
 */
import { defaultConfig, parseConfig, type PlacedName } from './config.js';
import { contentHash } from './content-hash.js';
import { decodeText } from './decode-text.js';
import { didYouMean } from './did-you-mean.js';
import { sortIssues, type Issue } from './issue.js';
import { defaultMetadata, fileStem, parseMetadata } from './metadata.js';
import { emptyRegistry, parseModels, resolveModel, suggestModels } from './model-names.js';
import { parseResultsCsv } from './parse-csv.js';
import type { Position } from './text-position.js';
import {
  DEFAULT_LIMITS,
  type Benchmark,
  type BenchmarkMetadata,
  type Catalog,
  type CatalogFiles,
  type Limits,
  type ModelRegistry,
  type Scenario,
} from './types.js';

export const CONFIG_FILE = 'benchbench.yaml';
export const MODELS_FILE = 'models.yaml';
const RESULTS = /^benchmarks\/(.+\/)?[^/]+\.csv$/;
const METADATA = /^benchmarks\/(.+\/)?[^/]+\.yaml$/;

export function loadCatalog(files: CatalogFiles): Catalog {
  const issues: Issue[] = [];
  const paths = [...files.keys()].sort();
  let limits: Limits = DEFAULT_LIMITS;
  const read = (path: string): string | undefined => {
    const bytes = files.get(path);
    if (bytes === undefined) return undefined;
    if (bytes.length > limits.maxFileBytes) {
      issues.push({ severity: 'error', code: 'limit-file-bytes', file: path, message: `The file is ${bytes.length} bytes; the limit maxFileBytes is ${limits.maxFileBytes}.`, hint: 'Split the file, or raise limits.max_file_bytes in benchbench.yaml.' });
      return undefined;
    }
    const decoded = decodeText(path, bytes);
    issues.push(...decoded.issues);
    return decoded.text;
  };

  let config = defaultConfig();
  let aggregatePlaces: readonly PlacedName[] = [];
  let boardPlaces: readonly PlacedName[] = [];
  const configText = read(CONFIG_FILE);
  if (configText !== undefined) {
    const parsed = parseConfig(CONFIG_FILE, configText);
    issues.push(...parsed.issues);
    ({ config } = parsed);
    ({ aggregate: aggregatePlaces, leaderboardScenarios: boardPlaces } = parsed.places);
  } else if (!files.has(CONFIG_FILE)) {
    issues.push({ severity: 'error', code: 'missing-config', file: CONFIG_FILE, message: 'The catalog has no benchbench.yaml.', hint: 'Add benchbench.yaml with at least `aggregate: { scenarios: [...] }`.' });
  }
  limits = config.limits;

  let registry: ModelRegistry = emptyRegistry();
  const modelsText = read(MODELS_FILE);
  if (modelsText !== undefined) {
    const parsed = parseModels(MODELS_FILE, modelsText);
    issues.push(...parsed.issues);
    registry = parsed.registry;
  }

  const benchmarks: Benchmark[] = [];
  const benchmarkIds = new Map<string, string>();
  const scenarioOwners = new Map<string, { file: string; line: number }>();
  for (const path of paths) {
    if (path === CONFIG_FILE || path === MODELS_FILE) continue;
    if (METADATA.test(path)) {
      if (!files.has(path.replace(/\.yaml$/, '.csv'))) {
        issues.push({ severity: 'warning', code: 'orphan-metadata', file: path, message: `There is no results file ${path.replace(/\.yaml$/, '.csv')} for this metadata.`, hint: 'Rename the metadata to the stem of its results file, or delete it.' });
      }
      continue;
    }
    if (!RESULTS.test(path)) {
      issues.push({ severity: 'note', code: 'unknown-file', file: path, message: 'This file is not part of the catalog format and is ignored.', hint: unknownFileHint(path) });
      continue;
    }
    const id = fileStem(path);
    const clash = benchmarkIds.get(id);
    if (clash !== undefined) {
      issues.push({ severity: 'error', code: 'duplicate-benchmark-id', file: path, message: `${clash} and ${path} have the same file name; benchmark ids must be unique.`, hint: 'Rename one of the two files (and its metadata).' });
      continue;
    }
    benchmarkIds.set(id, path);
    const benchmark = loadBenchmark(path, id);
    if (benchmark) benchmarks.push(benchmark);
  }

  const known = new Set(benchmarks.flatMap((b) => b.scenarios.map((s) => s.id)));
  if (configText !== undefined) checkConfigScenarios(known);

  return { config, registry, benchmarks, issues: sortIssues(issues), contentHash: contentHash(files) };

  function loadBenchmark(path: string, id: string): Benchmark | undefined {
    const text = read(path);
    const metadataFile = path.replace(/\.csv$/, '.yaml');
    let metadata: BenchmarkMetadata = defaultMetadata(id);
    let places: ReadonlyMap<string, Position | undefined> = new Map();
    if (files.has(metadataFile)) {
      const metaText = read(metadataFile);
      if (metaText !== undefined) {
        const parsed = parseMetadata(metadataFile, metaText);
        issues.push(...parsed.issues);
        ({ metadata } = parsed);
        places = parsed.scenarioPlaces;
      }
    } else {
      issues.push({ severity: 'error', code: 'missing-metadata', file: path, message: `The results file has no metadata file ${metadataFile}.`, hint: `Add ${metadataFile} with at least \`name:\` and \`direction: higher\` (or \`lower\`).` });
    }
    if (text === undefined) return undefined;
    const parsed = parseResultsCsv(path, text, limits);
    issues.push(...parsed.issues);
    if (parsed.format === undefined) return undefined;

    const modelNames = new Map<string, string>();
    for (const m of parsed.models) modelNames.set(m.text, resolveModel(registry, m.text));
    const scenarios: Scenario[] = [];
    for (const s of parsed.scenarios) {
      const owner = scenarioOwners.get(s.id);
      if (owner) {
        issues.push({ severity: 'error', code: 'duplicate-scenario', file: path, line: s.line, column: s.column, message: `The scenario id \`${s.id}\` is already used by ${owner.file} (line ${owner.line}).`, hint: 'Scenario ids are unique across the catalog: rename the column (or the scenario) in one of the files.' });
        continue;
      }
      scenarioOwners.set(s.id, { file: path, line: s.line });
      const scores = new Map<string, number>();
      const firstCell = new Map<string, { model: string; line: number }>();
      for (const cell of s.cells) {
        const canonical = modelNames.get(cell.model)!;
        const first = firstCell.get(canonical);
        if (first) {
          issues.push({ severity: 'error', code: 'duplicate-model', file: path, line: cell.line, column: cell.column, message: `${JSON.stringify(cell.model)} (line ${cell.line}) and ${JSON.stringify(first.model)} (line ${first.line}) are the same model \`${canonical}\` in scenario \`${s.id}\`.`, hint: 'Keep one row per model (the first is used), or list them as different models in models.yaml.' });
          continue;
        }
        firstCell.set(canonical, { model: cell.model, line: cell.line });
        scores.set(canonical, cell.value);
      }
      if (scores.size === 0) {
        issues.push({ severity: 'warning', code: 'empty-scenario', file: path, line: s.line, column: s.column, message: `The scenario \`${s.id}\` has no scores.`, hint: 'Fill in its scores, or remove the column.' });
      }
      const meta = metadata.scenarios[s.id];
      scenarios.push({
        id: s.id,
        name: meta?.name ?? (parsed.scenarios.length === 1 ? metadata.name : s.id),
        benchmark: id,
        direction: meta?.direction ?? metadata.direction,
        scores,
      });
    }

    const ids = parsed.scenarios.map((s) => s.id);
    for (const [scenario, place] of places) {
      if (ids.includes(scenario)) continue;
      const lower = metadata.scenarios[scenario]?.direction === 'lower';
      const guess = didYouMean(scenario, ids);
      issues.push({
        severity: lower ? 'error' : 'warning',
        code: 'unknown-scenario',
        file: metadataFile,
        ...place,
        message: `${lower ? 'Lower-is-better is declared for' : 'The metadata describes'} scenario \`${scenario}\`, which ${path} does not have.`,
        hint: guess ? `Did you mean \`${guess}\`?` : `The scenarios of ${path}: ${ids.map((i) => `\`${i}\``).join(', ') || 'none'}.`,
      });
    }
    return { id, file: path, ...(files.has(metadataFile) && { metadataFile }), metadata, scenarios, modelNames };
  }

  function checkConfigScenarios(known: ReadonlySet<string>): void {
    const unknown = (p: PlacedName, code: string, what: string) => {
      const guess = didYouMean(p.name, known);
      issues.push({ severity: 'warning', code, file: CONFIG_FILE, line: p.line, column: p.column, message: `The ${what} scenario \`${p.name}\` matches no scenario of the catalog and is left out.`, hint: guess ? `Did you mean \`${guess}\`?` : 'Check the scenario id: it is a column name of a results file (wide) or a value of its `scenario` column (long).' });
    };
    const matched = aggregatePlaces.filter((p) => known.has(p.name));
    for (const p of aggregatePlaces) if (!known.has(p.name)) unknown(p, 'unknown-aggregate-scenario', 'aggregate');
    if (matched.length < 2) {
      const first = aggregatePlaces[0];
      issues.push({ severity: 'error', code: 'aggregate-too-small', file: CONFIG_FILE, line: first?.line, column: first?.column, message: `The aggregate needs at least 2 scenarios of the catalog; ${matched.length} of the ${aggregatePlaces.length} configured match.`, hint: 'List at least two existing scenario ids under `aggregate.scenarios`.' });
    }
    for (const p of boardPlaces) if (!known.has(p.name)) unknown(p, 'unknown-leaderboard-scenario', 'leaderboard');
  }
}

function unknownFileHint(path: string): string {
  if (/\.yml$/.test(path)) return 'Catalog YAML files end in `.yaml`: rename the file.';
  if (/\.(csv|yaml)$/.test(path) && !path.startsWith('benchmarks/')) return 'Results and their metadata belong under `benchmarks/`.';
  return 'Expected: benchbench.yaml, models.yaml, and benchmarks/<name>.csv with benchmarks/<name>.yaml.';
}

export interface UnmatchedModel {
  /** As written in the results file. */
  readonly name: string;
  /** Its canonical id. */
  readonly id: string;
  /** Up to 3 canonical ids of other benchmarks' models it is probably meant to be. */
  readonly suggestions: readonly string[];
}

/**
 * The models of one benchmark that no other benchmark of the catalog has, by name as written,
 * each with the closest models of the other benchmarks. Empty for an unknown benchmark id.
 */
export function unmatchedModels(catalog: Catalog, benchmarkId: string): UnmatchedModel[] {
  const benchmark = catalog.benchmarks.find((b) => b.id === benchmarkId);
  if (!benchmark) return [];
  const others = new Set<string>();
  for (const b of catalog.benchmarks) if (b !== benchmark) for (const id of b.modelNames.values()) others.add(id);
  const known = [...others].sort();
  return [...benchmark.modelNames]
    .filter(([, id]) => !others.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, id]) => ({ name, id, suggestions: suggestModels(name, known, 3) }));
}
