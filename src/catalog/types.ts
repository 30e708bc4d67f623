/** The typed catalog: what `catalog/` readers produce and the rest of the pipeline consumes. */
import type { Access, Cost, Direction, Method } from '../core/types.js';
import type { Issue } from '../model/issue.js';
import type { PresetName } from './presets.js';
import type { TrustConfig } from './trust-config.js';

/** The files of a catalog, by path relative to its root ('/'-separated), as raw bytes. */
export type CatalogFiles = ReadonlyMap<string, Uint8Array>;

/** A catalog's files as one commit has them (sources/read-revisions.ts reads two). */
export interface CatalogSnapshot {
  /** Commit SHA. */
  readonly sha: string;
  readonly files: CatalogFiles;
  /** Problems met while reading (symlinks, submodules, paths escaping the catalog, sizes). */
  readonly issues: readonly Issue[];
}

export interface LeaderboardConfig {
  readonly id: string;
  readonly title: string;
  /** Keep benchmarks of these categories (all when absent). */
  readonly categories?: readonly string[];
  /** Keep these scenario ids (all when absent). */
  readonly scenarios?: readonly string[];
}

/** `benchbench.yaml`, with defaults applied. */
export interface Config {
  readonly aggregate: {
    readonly scenarios: readonly string[];
    /** Already resolved: max(1, floor(configured / 3)) when not given. */
    readonly minScenariosPerModel: number;
    /**
     * The scenarios are a preset's display names, not yet resolved to ids (only between
     * parseConfig and loadCatalog, which resolves them; see presets.ts).
     */
    readonly byName?: boolean;
  };
  /** The preset the method starts from (`method.preset`, or `--preset`), if any. */
  readonly preset?: PresetName;
  readonly method: Method;
  readonly leaderboards: readonly LeaderboardConfig[];
  /** Input limits (hostile input); see docs. */
  readonly limits: Limits;
  /**
   * How model names are matched: `standard` (this project's normalisation) or `benchbench`
   * (BenchBench's own rules, for a catalog imported from BenchBench: its numbers then match).
   */
  readonly modelNames: ModelNaming;
  /** Thresholds of saturation and plausibility, shown beside the score (trust-config.ts). */
  readonly trust: TrustConfig;
}

export type ModelNaming = 'standard' | 'benchbench';

export interface Limits {
  readonly maxFileBytes: number;
  /** All files of one catalog (or one commit of it) together. */
  readonly maxTotalBytes: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxCellChars: number;
  /** Time budget of reading a catalog, and again of scoring it. */
  readonly maxSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalBytes: 320 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 5_000,
  maxCellChars: 1_000,
  maxSeconds: 240,
};

export interface ScenarioMeta {
  readonly name?: string;
  readonly direction?: Direction;
}

/** Metadata YAML of one results file. */
export interface BenchmarkMetadata {
  readonly name: string;
  readonly url?: string;
  readonly snapshot?: string;
  readonly category?: string;
  readonly license?: string;
  readonly description?: string;
  readonly simulated?: boolean;
  /** Who can run the benchmark (`alternatives --where access=open`). */
  readonly access?: Access;
  /** What running it costs (`alternatives`, `subset --max-cost`). */
  readonly cost?: Cost;
  /** How many items (prompts, tasks) it has. */
  readonly items?: number;
  /** Direction of every scenario unless overridden per scenario. */
  readonly direction: Direction;
  readonly scenarios: Readonly<Record<string, ScenarioMeta>>;
}

/** One scored column of a results file. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly benchmark: string;
  readonly direction: Direction;
  /** Canonical model id -> raw score as written (direction not applied). */
  readonly scores: ReadonlyMap<string, number>;
  /** Canonical model id -> the line of its row in the results file (absent when not read from one). */
  readonly lines?: ReadonlyMap<string, number>;
}

/** One results file and its metadata. */
export interface Benchmark {
  /** File stem, e.g. `arena-hard`. */
  readonly id: string;
  /** Catalog-relative path of the results file, e.g. `benchmarks/arena-hard.csv`. */
  readonly file: string;
  readonly metadataFile?: string;
  readonly metadata: BenchmarkMetadata;
  readonly scenarios: readonly Scenario[];
  /** Model names as written in the file -> canonical id. */
  readonly modelNames: ReadonlyMap<string, string>;
}

export interface ModelRegistry {
  /** Canonical id -> display name. */
  readonly models: ReadonlyMap<string, string>;
  /** Normalised alias -> canonical id. */
  readonly aliases: ReadonlyMap<string, string>;
}

export interface Catalog {
  readonly config: Config;
  readonly registry: ModelRegistry;
  readonly benchmarks: readonly Benchmark[];
  readonly issues: readonly Issue[];
  /** `sha256:<hex>` of every catalog file's path and bytes, in path order. */
  readonly contentHash: string;
}
