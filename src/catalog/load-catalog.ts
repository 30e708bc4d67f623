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
import { ContentHashes, contentHash } from './content-hash.js';
import { decodeText } from './decode-text.js';
import { didYouMean, SuggestionBudget } from './did-you-mean.js';
import { invisibleIssue } from './invisible.js';
import { Deadline, TimeLimitError } from './deadline.js';
import type { FileMemo } from './file-memo.js';
import type { UnmatchedModel } from '../model/unmatched-model.js';
import {
  capIssuesPerFile,
  makeIssue,
  pushAll,
  sortIssues,
  type Issue,
  type OpenHintCode,
} from '../model/issue.js';
import { defaultMetadata, fileStem, parseMetadata } from './metadata.js';
import { emptyRegistry, modelSuggester, parseModels } from './model-names.js';
import type { ParsedResults } from './parse-csv.js';
import { ParseReceiver, parseResultsFile, type FileParse, type SentParse } from './parsed-elsewhere.js';
import type { ModelSpellings } from './model-spellings.js';
import { ModelColumn, ModelNames, ModelTable } from './results-table.js';
import { resolvePresetAggregate, withPreset, type PresetName } from './presets.js';
import type { Position } from './text-position.js';
import {
  DEFAULT_LIMITS,
  type Benchmark,
  type BenchmarkMetadata,
  type Catalog,
  type CatalogFiles,
  type Limits,
  type ModelNaming,
  type ModelRegistry,
  type Scenario,
} from './types.js';

export const CONFIG_FILE = 'benchbench.yaml';
export const MODELS_FILE = 'models.yaml';
const RESULTS = /^benchmarks\/(.+\/)?[^/]+\.csv$/;
const METADATA = /^benchmarks\/(.+\/)?[^/]+\.yaml$/;

/**
 * `memo` (optional) remembers what each file gave, so that a second catalog sharing files with
 * the first (a pull request's base and head) reads only the files that differ; the result is
 * the same with or without it.
 */
export interface LoadOptions {
  /** Shares the reading of files between loads (a pull request's base and head). */
  readonly memo?: FileMemo;
  /** Scores with this preset (`--preset`): its aggregate and method replace the config's. */
  readonly preset?: PresetName;
  /** Replaces the catalog's own limits: a pull request's head is loaded with the base's. */
  readonly limits?: Limits;
  readonly clock?: () => number;
  /** The run's time budget, shared with the other phases (else one starts here, of the limits' max_seconds). */
  readonly deadline?: Deadline;
  /** Replaces the catalog's own `model_names`: a pull request's head is matched by the base's. */
  readonly modelNames?: ModelNaming;
  /**
   * Files that keep their benchmark and scenario ids when another file claims the same: a pull
   * request's unchanged files, so that the error lands on the file the pull request changed.
   * Otherwise the first file in path order keeps them.
   */
  readonly established?: ReadonlySet<string>;
}

export function loadCatalog(files: CatalogFiles, options: LoadOptions = {}): Catalog {
  return new CatalogLoader(files, options).load();
}

/**
 * Parses a results file on another thread (sources/parse-pool.ts): a promise of what it sends, or
 * undefined when it takes no more work now (the file is then parsed here).
 */
export type ParseElsewhere = (
  path: string,
  bytes: Uint8Array,
  limits: Limits,
) => Promise<SentParse> | undefined;

/** What catalogPreparer gives: the listener of the files, and the wait for the parses sent elsewhere. */
export interface CatalogPreparer {
  /** Hears each file with its bytes: benchbench.yaml and models.yaml first, then in path order. */
  readonly hear: (path: string, bytes: Uint8Array) => void;
  /** Resolves once every file heard is read into the memo (parses sent elsewhere included). */
  readonly done: () => Promise<void>;
}

/**
 * Reads a catalog's files into `memo` as they arrive, while the rest is still on its way (a git
 * revision streamed blob by blob), so that `loadCatalog` of the same files with the same memo
 * and no `limits` or `modelNames` options finds every file read. `paths` are the catalog's files.
 * A results file is parsed as it arrives, here or, when `elsewhere` takes it, on another thread;
 * the files are then read in path order as their parses and metadata are in. Only what the memo
 * keeps carries over: the result is loadCatalog's with or without this (and whichever thread
 * parsed a file), and nothing is reported from here.
 */
export function catalogPreparer(
  paths: readonly string[],
  memo: FileMemo,
  elsewhere?: ParseElsewhere,
): CatalogPreparer {
  // As loadCatalog, the first MAX_CATALOG_FILES in path order.
  const inOrder = [...paths].sort();
  const listed = new Set(inOrder.slice(0, MAX_CATALOG_FILES));
  const files = new Map<string, Uint8Array>();
  // The content hash, in path order as files arrive: loadCatalog finds it made (content-hash.ts).
  const hashes = hashesOf(memo);
  let hashed = 0;
  const hashArrived = (): void => {
    for (; hashed < inOrder.length && files.has(inOrder[hashed]!); hashed++)
      hashes.ahead(inOrder[hashed]!, files.get(inOrder[hashed]!)!);
  };
  const loader = new CatalogLoader(files, { memo });
  const needed = [CONFIG_FILE, MODELS_FILE].filter((p) => listed.has(p));
  /** Results files to read, in path order; undefined until begun. */
  let waiting: string[] | undefined;
  /** Results files whose parse is elsewhere and not back yet. */
  const away = new Set<string>();
  const sent: Promise<void>[] = [];
  let inTime = true;
  // A results file is read with its metadata, which comes after it in path order.
  const readReady = (): void => {
    while (inTime && waiting && waiting.length > 0) {
      const next = waiting[0]!;
      const metadata = next.replace(/\.csv$/, '.yaml');
      if (away.has(next) || (listed.has(metadata) && !files.has(metadata))) break;
      waiting.shift();
      inTime = loader.visit(next);
    }
  };
  const parse = (path: string): void => {
    if (!inTime) return;
    const parsing = elsewhere?.(path, files.get(path)!, loader.limits);
    if (!parsing) return loader.parseAhead(path);
    away.add(path);
    // A parse that fails elsewhere is made here, when the file is read.
    const back = parsing
      .then(
        (s) => loader.receive(path, s),
        () => undefined,
      )
      .then(() => {
        away.delete(path);
        readReady();
      });
    back.catch(() => undefined);
    sent.push(back);
  };
  const hear = (path: string, bytes: Uint8Array): void => {
    if (!listed.has(path)) return;
    files.set(path, bytes);
    hashArrived();
    if (!waiting) {
      if (!needed.every((p) => files.has(p))) return;
      loader.begin();
      waiting = [...files.keys()].filter((p) => RESULTS.test(p));
      waiting.forEach(parse);
    } else if (RESULTS.test(path)) {
      waiting.push(path);
      parse(path);
    }
    readReady();
  };
  return { hear, done: async () => void (await Promise.all(sent)) };
}

/** The content hashes of a memo's catalogs: they share the hashing of their files (content-hash.ts). */
const hashesOf = (memo: FileMemo): ContentHashes =>
  memo.shared('content-hashes', [], () => new ContentHashes());

/** One load: the state the steps of docs/catalog.md share, in the order they run. */
class CatalogLoader {
  private readonly issues: Issue[] = [];
  private readonly suggestions = new SuggestionBudget();
  limits: Limits = DEFAULT_LIMITS;
  private config = defaultConfig();
  private aggregatePlaces: readonly PlacedName[] = [];
  private boardPlaces: readonly PlacedName[] = [];
  private configText: string | undefined;
  private registry: ModelRegistry = emptyRegistry();
  private modelNaming: ModelNaming = 'standard';
  private table!: ModelTable;
  private deadline!: Deadline;
  private readonly benchmarks: Benchmark[] = [];
  /** Lowercased benchmark id -> the file that has it. */
  private readonly benchmarkIds = new Map<string, string>();
  /** Lowercased scenario id -> where it was first named. */
  private readonly scenarioOwners = new Map<string, { file: string; line: number; id: string }>();
  /** Results files parsed before they are read (catalogPreparer), until read. */
  private readonly parsedAhead = new Map<string, FileParse>();
  private receiver: ParseReceiver | undefined;

  constructor(
    private readonly files: CatalogFiles,
    private readonly options: LoadOptions,
  ) {}

  load(): Catalog {
    const paths = this.catalogPaths();
    this.begin();
    const { established } = this.options;
    const rank = (p: string): number => (established?.has(p) ? 0 : 1);
    for (const path of paths.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)))
      if (!this.visit(path)) break;

    const named = this.benchmarks.flatMap((b) => b.scenarios);
    const resolved = resolvePresetAggregate(this.config, this.aggregatePlaces, named, CONFIG_FILE);
    ({ config: this.config, places: this.aggregatePlaces } = resolved);
    this.issues.push(...resolved.issues);
    if (this.configText !== undefined) this.checkConfigScenarios(new Set(named.map((s) => s.id)));
    this.benchmarks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
      config: this.config,
      registry: this.registry,
      benchmarks: this.benchmarks,
      issues: capIssuesPerFile(sortIssues(this.issues)),
      // A memo's catalogs share files: their hashes share the work of hashing them (content-hash.ts).
      contentHash: this.options.memo ? hashesOf(this.options.memo).of(this.files) : contentHash(this.files),
    };
  }

  /** benchbench.yaml, models.yaml, then what every file is read with: the deadline and the model table. */
  begin(): void {
    this.readConfig();
    this.readModels();
    const { memo, clock } = this.options;
    const { registry, modelNaming } = this;
    this.deadline = this.options.deadline ?? new Deadline(this.limits.maxSeconds, clock);
    // Models are numbered once for all files, and for both catalogs of a pull request when they
    // share models.yaml and the naming rules (results-table.ts).
    const newTable = () => new ModelTable(registry, modelNaming);
    this.table = memo ? memo.shared('model-table', [registry, modelNaming], newTable) : newTable();
  }

  /** Parses a results file now, to be read later (catalogPreparer). */
  parseAhead(path: string): void {
    const bytes = this.files.get(path);
    if (!bytes || this.sizeIssue(path, bytes)) return;
    this.parsedAhead.set(path, parseResultsFile(path, bytes, this.limits, this.table.spellings));
  }

  /** Takes the parse of a results file made on another thread, in the order they were sent. */
  receive(path: string, sent: SentParse): void {
    this.receiver ??= new ParseReceiver(this.table.spellings);
    this.parsedAhead.set(path, this.receiver.receive(path, this.files.get(path)!, this.limits, sent));
  }

  /** The parse of a results file made before it is read, if any. */
  private parsedBefore(path: string): FileParse | undefined {
    const parse = this.parsedAhead.get(path);
    this.parsedAhead.delete(path);
    return parse;
  }

  /** The catalog's paths in order, at most MAX_CATALOG_FILES (an issue for the rest). */
  private catalogPaths(): string[] {
    const paths = [...this.files.keys()].sort();
    if (paths.length > MAX_CATALOG_FILES) {
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'limit-files',
          file: paths[MAX_CATALOG_FILES]!,
          message: `The catalog has ${paths.length} files; at most ${MAX_CATALOG_FILES} are read (MAX_CATALOG_FILES), in path order: this one and the ${paths.length - MAX_CATALOG_FILES - 1} after it are not.`,
          hint: 'Merge small results files into fewer, larger ones.',
        }),
      );
      paths.length = MAX_CATALOG_FILES;
    }
    return paths;
  }

  /** The text of a file, with the issues of reading it added to `out`. */
  private readInto(path: string, out: Issue[]): string | undefined {
    const bytes = this.files.get(path);
    if (bytes === undefined) return undefined;
    const tooLarge = this.sizeIssue(path, bytes);
    if (tooLarge) {
      out.push(tooLarge);
      return undefined;
    }
    const decoded = decodeText(path, bytes);
    pushAll(out, decoded.issues);
    return decoded.text;
  }

  /** The error of a file over maxFileBytes. */
  private sizeIssue(path: string, bytes: Uint8Array): Issue | undefined {
    const size = bytes.length;
    if (size <= this.limits.maxFileBytes) return undefined;
    return makeIssue({
      severity: 'error',
      code: 'limit-file-bytes',
      file: path,
      message: `The file is ${size} bytes; the limit maxFileBytes is ${this.limits.maxFileBytes}.`,
      hint: 'Split the file, or raise limits.max_file_bytes in benchbench.yaml.',
    });
  }

  /** What `compute` gives for a file that exists, remembered by the memo when there is one. */
  private remember<T>(step: string, path: string, deps: readonly unknown[], compute: () => T): T {
    const { memo } = this.options;
    return memo ? memo.get(step, path, this.files.get(path)!, deps, compute) : compute();
  }

  private limitValues(): unknown[] {
    const { maxFileBytes, maxRows, maxColumns, maxCellChars } = this.limits;
    return [maxFileBytes, maxRows, maxColumns, maxCellChars];
  }

  /** benchbench.yaml (required), then the limits, preset and naming that the rest is read with. */
  private readConfig(): void {
    if (this.files.has(CONFIG_FILE)) {
      const step = this.remember('config', CONFIG_FILE, this.limitValues(), () => {
        const out: Issue[] = [];
        const text = this.readInto(CONFIG_FILE, out);
        return { out, text, parsed: text === undefined ? undefined : parseConfig(CONFIG_FILE, text) };
      });
      pushAll(this.issues, step.out);
      this.configText = step.text;
      if (step.parsed) {
        pushAll(this.issues, step.parsed.issues);
        this.config = step.parsed.config;
        ({ aggregate: this.aggregatePlaces, leaderboardScenarios: this.boardPlaces } = step.parsed.places);
      }
    } else {
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'missing-config',
          file: CONFIG_FILE,
          message: 'The catalog has no benchbench.yaml.',
          hint: 'Add benchbench.yaml with at least `aggregate: { scenarios: [...] }`.',
        }),
      );
    }
    this.limits = this.options.limits ?? this.config.limits;
    if (this.options.preset) {
      this.config = withPreset(this.config, this.options.preset);
      this.aggregatePlaces = this.config.aggregate.scenarios.map((name) => ({ name }));
    }
    this.modelNaming = this.options.modelNames ?? this.config.modelNames;
  }

  /** models.yaml (optional): canonical ids and aliases. */
  private readModels(): void {
    if (!this.files.has(MODELS_FILE)) return;
    const step = this.remember('models', MODELS_FILE, this.limitValues(), () => {
      const out: Issue[] = [];
      const text = this.readInto(MODELS_FILE, out);
      const parsed = text === undefined ? undefined : parseModels(MODELS_FILE, text);
      if (parsed) pushAll(out, parsed.issues);
      return { out, registry: parsed?.registry };
    });
    pushAll(this.issues, step.out);
    if (step.registry) this.registry = step.registry;
  }

  /** One path of the catalog: a results file is loaded, anything else checked; false once out of time. */
  visit(path: string): boolean {
    if (path === CONFIG_FILE || path === MODELS_FILE) return true;
    if (METADATA.test(path)) {
      if (!this.files.has(path.replace(/\.yaml$/, '.csv'))) {
        this.issues.push(
          makeIssue({
            severity: 'warning',
            code: 'orphan-metadata',
            file: path,
            message: `There is no results file ${path.replace(/\.yaml$/, '.csv')} for this metadata.`,
            hint: 'Rename the metadata to the stem of its results file, or delete it.',
          }),
        );
      }
      return true;
    }
    if (!RESULTS.test(path)) {
      this.issues.push(
        makeIssue({
          severity: 'note',
          code: 'unknown-file',
          file: path,
          message: 'This file is not part of the catalog format and is ignored.',
          hint: unknownFileHint(path),
        }),
      );
      return true;
    }
    if (!this.inTime(path)) return false;
    const id = fileStem(path);
    if (!this.ownBenchmarkId(path, id)) return true;
    const benchmark = this.loadBenchmark(path, id);
    if (benchmark) this.benchmarks.push(benchmark);
    return true;
  }

  private inTime(path: string): boolean {
    try {
      this.deadline.check(path);
      return true;
    } catch (e) {
      if (!(e instanceof TimeLimitError)) throw e;
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'limit-time',
          file: path,
          message: `${e.message} This file and the ones after it were not read.`,
          hint: 'Raise limits.max_seconds in benchbench.yaml.',
        }),
      );
      return false;
    }
  }

  /** Whether the file's benchmark id is its own (ids that differ only in case clash), and visible. */
  private ownBenchmarkId(path: string, id: string): boolean {
    // Ids that differ only in case clash: they would be one file on a case-insensitive disk.
    const clash = this.benchmarkIds.get(id.toLowerCase());
    if (clash !== undefined) {
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'duplicate-benchmark-id',
          file: path,
          message: `${clash} and ${path} have the same file name${fileStem(clash) === id ? '' : ' but for case'}; benchmark ids must be unique, ignoring case.`,
          hint: 'Rename one of the two files (and its metadata).',
        }),
      );
      return false;
    }
    this.benchmarkIds.set(id.toLowerCase(), path);
    const hidden = invisibleIssue('file name', path, path);
    if (hidden) this.issues.push(hidden);
    return true;
  }

  /** A results file with its metadata: the scenarios it owns, then the metadata's unknown scenarios. */
  private loadBenchmark(path: string, id: string): Benchmark | undefined {
    const { registry, modelNaming } = this;
    const results = this.remember('results', path, [...this.limitValues(), registry, modelNaming], () =>
      this.readResults(path),
    );
    pushAll(this.issues, results.readIssues);
    const metadataFile = path.replace(/\.csv$/, '.yaml');
    const { metadata, places } = this.readMetadata(path, id, metadataFile);
    pushAll(this.issues, results.parseIssues);
    if (!results.readable) return undefined;
    const scenarios = this.ownScenarios(path, id, results, metadata);
    this.unknownScenarios(path, metadataFile, results, metadata, places);
    return {
      id,
      file: path,
      ...(this.files.has(metadataFile) && { metadataFile }),
      metadata,
      scenarios,
      modelNames: results.modelNames,
    };
  }

  /** The metadata of a results file, or the defaults (with an error when the file is missing). */
  private readMetadata(
    path: string,
    id: string,
    metadataFile: string,
  ): { metadata: BenchmarkMetadata; places: ReadonlyMap<string, Position | undefined> } {
    if (!this.files.has(metadataFile)) {
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'missing-metadata',
          file: path,
          message: `The results file has no metadata file ${metadataFile}.`,
          hint: `Add ${metadataFile} with at least \`name:\` and \`direction: higher\` (or \`lower\`).`,
        }),
      );
      return { metadata: defaultMetadata(id), places: new Map() };
    }
    const step = this.remember('metadata', metadataFile, this.limitValues(), () => {
      const out: Issue[] = [];
      const text = this.readInto(metadataFile, out);
      const parsed = text === undefined ? undefined : parseMetadata(metadataFile, text);
      if (parsed) pushAll(out, parsed.issues);
      return { out, parsed };
    });
    pushAll(this.issues, step.out);
    if (!step.parsed) return { metadata: defaultMetadata(id), places: new Map() };
    return { metadata: step.parsed.metadata, places: step.parsed.scenarioPlaces };
  }

  /** The file's scenarios whose id no earlier file has (ignoring case), named and directed by the metadata. */
  private ownScenarios(
    path: string,
    id: string,
    results: ReadResults,
    metadata: BenchmarkMetadata,
  ): Scenario[] {
    const scenarios: Scenario[] = [];
    for (const s of results.scenarios) {
      const owner = this.scenarioOwners.get(s.id.toLowerCase());
      if (owner) {
        this.issues.push(
          makeIssue({
            severity: 'error',
            code: 'duplicate-scenario',
            file: path,
            line: s.line,
            column: s.column,
            message: `The scenario id \`${s.id}\` is already used by ${owner.file} (line ${owner.line})${owner.id === s.id ? '' : ` as \`${owner.id}\``}.`,
            hint: 'Scenario ids are unique across the catalog, ignoring case: rename the column (or the scenario) in one of the files.',
          }),
        );
        continue;
      }
      this.scenarioOwners.set(s.id.toLowerCase(), { file: path, line: s.line, id: s.id });
      const hidden = invisibleIssue('scenario id', s.id, path, { line: s.line, column: s.column });
      if (hidden) this.issues.push(hidden);
      pushAll(this.issues, s.issues);
      const meta = metadata.scenarios[s.id];
      scenarios.push({
        id: s.id,
        name: meta?.name ?? (results.scenarios.length === 1 ? metadata.name : s.id),
        benchmark: id,
        direction: meta?.direction ?? metadata.direction,
        scores: s.scores,
        lines: s.lines,
      });
    }
    return scenarios;
  }

  /** Scenarios the metadata describes that the results file lacks: an error when declared lower-is-better. */
  private unknownScenarios(
    path: string,
    metadataFile: string,
    results: ReadResults,
    metadata: BenchmarkMetadata,
    places: ReadonlyMap<string, Position | undefined>,
  ): void {
    const ids = results.scenarios.map((s) => s.id);
    const idSet = new Set(ids);
    for (const [scenario, place] of places) {
      if (idSet.has(scenario)) continue;
      const lower = metadata.scenarios[scenario]?.direction === 'lower';
      const guess = didYouMean(scenario, ids, this.suggestions);
      this.issues.push(
        makeIssue({
          severity: lower ? 'error' : 'warning',
          code: 'unknown-scenario',
          file: metadataFile,
          ...place,
          message: `${lower ? 'Lower-is-better is declared for' : 'The metadata describes'} scenario \`${scenario}\`, which ${path} does not have.`,
          hint: guess ? `Did you mean \`${guess}\`?` : `The scenarios of ${path}: ${listSome(ids)}.`,
        }),
      );
    }
  }

  /**
   * A results file on its own: what reading and parsing it says, and its scenarios with scores
   * by canonical model id (given the registry), before any check against other files.
   */
  private readResults(path: string): ReadResults {
    const { table } = this;
    // Read once: a folder read on demand reads the file on each look-up (sources/folder-files.ts).
    const bytes = this.files.get(path);
    const tooLarge = bytes && this.sizeIssue(path, bytes);
    const { readIssues, parsed }: FileParse = !bytes
      ? { readIssues: [] }
      : tooLarge
        ? { readIssues: [tooLarge] }
        : (this.parsedBefore(path) ?? parseResultsFile(path, bytes, this.limits, table.spellings));
    const none = {
      readIssues,
      parseIssues: [],
      readable: false,
      modelNames: new ModelNames(table, new Int32Array(0), new Int32Array(0)),
      scenarios: [],
    };
    if (!parsed) return none;
    if (parsed.format === undefined) return { ...none, parseIssues: parsed.issues };
    // The parser keeps one score per name as written; only names that share a canonical id can clash.
    table.startFile();
    let clashes = false;
    const models = new Int32Array(parsed.modelSpellings.length);
    for (let i = 0; i < models.length; i++) {
      models[i] = table.spellingNumber(parsed.modelSpellings[i]!);
      if (table.namedAgain(models[i]!)) clashes = true;
    }
    return {
      readIssues,
      parseIssues: withInvisibleNames(path, parsed, table.spellings),
      readable: true,
      modelNames: new ModelNames(table, Int32Array.from(parsed.modelSpellings), models),
      scenarios: clashes
        ? this.clashingScenarios(path, parsed, models)
        : this.distinctScenarios(path, parsed, models),
    };
  }

  /** Every score kept: the parse's own arrays, its model indices renumbered in place (it is not used after), or the file's. */
  private distinctScenarios(path: string, parsed: ParsedResults, models: Int32Array): ReadScenario[] {
    // A wide file's scenarios share one line per model (its row); a long file has a row per score.
    const wideLines =
      parsed.format === 'wide' ? new ModelColumn(this.table, models, parsed.modelLines) : undefined;
    return parsed.scenarios.map((s): ReadScenario => {
      const lines = wideLines ?? Int32Array.from(s.values, (_, k) => s.rowLine(k));
      const numbers = sameOrOwn(models, s.modelIndex);
      return {
        id: s.id,
        line: s.line,
        column: s.column,
        scores: new ModelColumn(this.table, numbers, s.values),
        lines: lines instanceof ModelColumn ? lines : new ModelColumn(this.table, numbers, lines),
        issues: emptyScenarioIssues(path, s, numbers.length),
      };
    });
  }

  /** Two names of the file are one model: in each scenario the first score of a model is kept, the others are errors. */
  private clashingScenarios(path: string, parsed: ParsedResults, models: Int32Array): ReadScenario[] {
    return parsed.scenarios.map((s): ReadScenario => {
      const scenarioIssues: Issue[] = [];
      /** Model number -> the score that first gave it (the rest are duplicates). */
      const firstCell = new Map<number, number>();
      const kept: number[] = [];
      const { modelIndex, values } = s;
      for (let k = 0; k < values.length; k++) {
        const n = models[modelIndex[k]!]!;
        const first = firstCell.get(n);
        if (first !== undefined) {
          const { line, column } = s.place(k);
          scenarioIssues.push(
            makeIssue({
              severity: 'error',
              code: 'duplicate-model',
              file: path,
              line,
              column,
              message: `${JSON.stringify(parsed.modelNames[modelIndex[k]!]!)} (line ${line}) and ${JSON.stringify(parsed.modelNames[modelIndex[first]!]!)} (line ${s.place(first).line}) are the same model \`${this.table.ids[n]!}\` in scenario \`${s.id}\`.`,
              hint: 'Keep one row per model (the first is used), or list them as different models in models.yaml.',
            }),
          );
          continue;
        }
        firstCell.set(n, k);
        kept.push(k);
      }
      const numbers = Int32Array.from(kept, (k) => models[modelIndex[k]!]!);
      pushAll(scenarioIssues, emptyScenarioIssues(path, s, kept.length));
      return {
        id: s.id,
        line: s.line,
        column: s.column,
        scores: new ModelColumn(
          this.table,
          numbers,
          Float64Array.from(kept, (k) => values[k]!),
        ),
        lines: new ModelColumn(
          this.table,
          numbers,
          Int32Array.from(kept, (k) => s.rowLine(k)),
        ),
        issues: scenarioIssues,
      };
    });
  }

  private checkConfigScenarios(known: ReadonlySet<string>): void {
    const unknown = (p: PlacedName, code: OpenHintCode, what: string) => {
      const guess = didYouMean(p.name, known, this.suggestions);
      this.issues.push(
        makeIssue({
          severity: 'warning',
          code,
          file: CONFIG_FILE,
          line: p.line,
          column: p.column,
          message: `The ${what} scenario \`${p.name}\` matches no scenario of the catalog and is left out.`,
          hint: guess
            ? `Did you mean \`${guess}\`?`
            : 'Check the scenario id: it is a column name of a results file (wide) or a value of its `scenario` column (long).',
        }),
      );
    };
    const { aggregatePlaces, boardPlaces } = this;
    const matched = aggregatePlaces.filter((p) => known.has(p.name));
    for (const p of aggregatePlaces)
      if (!known.has(p.name)) unknown(p, 'unknown-aggregate-scenario', 'aggregate');
    if (matched.length < 1) {
      const first = aggregatePlaces[0];
      this.issues.push(
        makeIssue({
          severity: 'error',
          code: 'aggregate-too-small',
          file: CONFIG_FILE,
          line: first?.line,
          column: first?.column,
          message: `The aggregate needs at least 1 scenario of the catalog; none of the ${aggregatePlaces.length} configured match.`,
          hint: 'List existing scenario ids under `aggregate.scenarios` (several: agreement with a single reference is what BenchBench warns against).',
        }),
      );
    }
    for (const p of boardPlaces)
      if (!known.has(p.name)) unknown(p, 'unknown-leaderboard-scenario', 'leaderboard');
  }
}

interface ReadScenario {
  readonly id: string;
  readonly line: number;
  readonly column: number;
  readonly scores: ReadonlyMap<string, number>;
  readonly lines: ReadonlyMap<string, number>;
  /** Its duplicate-model and empty-scenario issues, reported only when the scenario id is its own. */
  readonly issues: readonly Issue[];
}

interface ReadResults {
  /** Issues of reading the bytes as text (reported before the metadata's). */
  readonly readIssues: readonly Issue[];
  /** Issues of parsing the text. */
  readonly parseIssues: readonly Issue[];
  /** False when the file could not be read far enough to have a format. */
  readonly readable: boolean;
  readonly modelNames: ReadonlyMap<string, string>;
  readonly scenarios: readonly ReadScenario[];
}

/**
 * The model numbers of a scenario's scores: `index` (positions in the file's `models`) renumbered
 * in place, or `models` itself when the scenario scores every model of the file in file order
 * (the common case: one array of numbers per file, not one more per scenario).
 */
function sameOrOwn(models: Int32Array, index: Int32Array): Int32Array {
  let identity = index.length === models.length;
  for (let k = 0; k < index.length; k++) {
    if (index[k] !== k) identity = false;
    index[k] = models[index[k]!]!;
  }
  return identity ? models : index;
}

/** A warning for a scenario without scores. */
function emptyScenarioIssues(
  path: string,
  s: { readonly id: string; readonly line: number; readonly column: number },
  count: number,
): Issue[] {
  if (count > 0) return [];
  return [
    makeIssue({
      severity: 'warning',
      code: 'empty-scenario',
      file: path,
      line: s.line,
      column: s.column,
      message: `The scenario \`${s.id}\` has no scores.`,
      hint: 'Fill in its scores, or remove the column.',
    }),
  ];
}

/** Files read from one catalog at most (docs/limits.md). */
export const MAX_CATALOG_FILES = 20_000;

/** The first ten ids in backticks, and how many more: a hint never grows with the file. */
function listSome(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  const shown = ids
    .slice(0, 10)
    .map((i) => `\`${i}\``)
    .join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

function unknownFileHint(path: string): string {
  if (/\.yml$/.test(path)) return 'Catalog YAML files end in `.yaml`: rename the file.';
  if (/\.(csv|yaml)$/.test(path) && !path.startsWith('benchmarks/'))
    return 'Results and their metadata belong under `benchmarks/`.';
  return 'Expected: benchbench.yaml, models.yaml, and benchmarks/<name>.csv with benchmarks/<name>.yaml.';
}

/** Suggestions are computed for this many unmatched models of a file (in name order) at most. */
export const MAX_SUGGESTED = 500;

/**
 * Per catalog, once: the canonical models, those of two or more benchmarks first, then each
 * benchmark's own (named by it alone) in one block, and the suggester over them. A benchmark's
 * candidates are everything but its own block, skipped in one step: no work per skipped model.
 */
interface ModelIndex {
  readonly suggest: ReturnType<typeof modelSuggester>;
  /** Benchmark id -> its block `[from, to)` of models no other benchmark names. */
  readonly blocks: ReadonlyMap<string, readonly [number, number]>;
  readonly shared: ReadonlySet<string>;
}
const modelIndexes = new WeakMap<Catalog, ModelIndex>();

function modelIndex(catalog: Catalog): ModelIndex {
  let index = modelIndexes.get(catalog);
  if (index) return index;
  const { ids, perBenchmark } = numberedModels(catalog);
  // How many benchmarks name each model (a benchmark naming it twice counts once).
  const counts = new Int32Array(ids.length);
  const seenIn = new Int32Array(ids.length).fill(-1);
  perBenchmark.forEach((models, b) => {
    for (let k = 0; k < models.length; k++) {
      const n = models[k]!;
      if (seenIn[n] === b) continue;
      seenIn[n] = b;
      counts[n]!++;
    }
  });
  const shared = new Set<string>();
  // The benchmarks that name a model no other does (seenIn[n] is the one benchmark naming n).
  const withOwn = new Uint8Array(perBenchmark.length);
  counts.forEach((c, n) => (c > 1 ? shared.add(ids[n]!) : c === 1 && (withOwn[seenIn[n]!] = 1)));
  const order = [...shared].sort();
  const blocks = new Map<string, readonly [number, number]>();
  seenIn.fill(-1);
  catalog.benchmarks.forEach((benchmark, b) => {
    const from = order.length;
    // In file order (no sort needed: suggestions are ranked by score, then name).
    const models = withOwn[b] ? perBenchmark[b]! : [];
    for (let k = 0; k < models.length; k++) {
      const n = models[k]!;
      if (counts[n] !== 1 || seenIn[n] === b) continue;
      seenIn[n] = b;
      order.push(ids[n]!);
    }
    blocks.set(benchmark.id, [from, order.length]);
  });
  index = { suggest: modelSuggester(order), blocks, shared };
  modelIndexes.set(catalog, index);
  return index;
}

/**
 * Each benchmark's models as numbers of one table: the table's own when every benchmark was
 * numbered by it (a loaded catalog), else numbers given here by canonical id.
 */
function numberedModels(catalog: Catalog): { ids: readonly string[]; perBenchmark: Int32Array[] } {
  const first = catalog.benchmarks[0]?.modelNames;
  if (
    first instanceof ModelNames &&
    catalog.benchmarks.every((b) => b.modelNames instanceof ModelNames && b.modelNames.table === first.table)
  )
    return {
      ids: first.table.ids,
      perBenchmark: catalog.benchmarks.map((b) => (b.modelNames as ModelNames).models),
    };
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (id: string): number => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = ids.push(id) - 1));
    return n;
  };
  return {
    ids,
    perBenchmark: catalog.benchmarks.map((b) => Int32Array.from(b.modelNames.values(), numberOf)),
  };
}

/**
 * The models of one benchmark that no other benchmark of the catalog has, by name as written,
 * each with the closest models of the other benchmarks (for the first MAX_SUGGESTED of them,
 * within the suggestion budget: give one budget to all the calls of one report). Empty for an
 * unknown benchmark id. Linear in the catalog's models once per catalog, then in the benchmark's.
 */
export function unmatchedModels(
  catalog: Catalog,
  benchmarkId: string,
  budget: SuggestionBudget = new SuggestionBudget(),
): UnmatchedModel[] {
  const benchmark = catalog.benchmarks.find((b) => b.id === benchmarkId);
  if (!benchmark) return [];
  const { suggest, blocks, shared } = modelIndex(catalog);
  const unmatched = [...benchmark.modelNames].filter(([, id]) => !shared.has(id));
  if (unmatched.length === 0) return [];
  const options = { budget, skip: blocks.get(benchmark.id)! };
  return unmatched
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name], i) => ({ name, suggestions: i < MAX_SUGGESTED ? suggest(name, 3, options) : [] }));
}

/** A results file's parse issues, and an `invisible-character` error for each model name holding one. */
function withInvisibleNames(
  path: string,
  parsed: ParsedResults,
  spellings: ModelSpellings,
): readonly Issue[] {
  // No spelling of the catalog so far holds one: the file's names need no look.
  if (!spellings.anyInvisible) return parsed.issues;
  const out: Issue[] = [];
  parsed.modelSpellings.forEach((spelling, i) => {
    // The names' places (`parsed.models`) are built on first use: only for a name that needs one.
    if (!spellings.holdsInvisible(spelling)) return;
    const { line, column } = parsed.models[i]!;
    out.push(invisibleIssue('model name', spellings.written[spelling]!, path, { line, column })!);
  });
  if (out.length === 0) return parsed.issues;
  pushAll(out, parsed.issues);
  return out;
}
