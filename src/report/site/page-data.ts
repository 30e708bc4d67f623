/**
 * What the page reads (inlined in index.html, gzip-compressed JSON: render-site.ts): the
 * leaderboard document without its pair list, plus what the build derives from the pairs: the
 * heatmap in clustered order and each scenario's closest benchmarks. No per-model score is in it:
 * the engine worker reads those from `scores.parquet` when the reader needs them, and `shape`
 * says how it builds the score matrix from them. Shared by the builder and the browser script
 * (types only there).
 */
import type { Limits, ModelNaming } from '../../catalog/types.js';
import type { LeaderboardDocument } from '../leaderboard-document.js';

export interface ClosestDocument {
  scenario: string;
  agreement: number;
  interval: readonly [number, number] | null;
  n_common: number;
}

/** What the worker needs besides scores.parquet to build the same score matrix as the CLI. */
export interface MatrixShape {
  /** The matrix's model ids, in its order (code-unit order). */
  models: string[];
  /** The matrix's scenario ids, in its order (code-unit order), with or without scores. */
  scenarios: string[];
  /** The scenarios whose lower scores are better (flipped as the CLI flips them). */
  lower_is_better: string[];
}

/** The id of the <script> in index.html that holds the page data, and how it is packed. */
export const PAGE_DATA_ID = 'benchbench-data';
export const PAGE_DATA_ENCODING = 'deflate-raw+base64';

/** The file of every score, beside the page (written by report/scores-parquet.ts). */
export const SCORES_PARQUET = 'scores.parquet';
/** The file of every row to check, beside the page (report/scores-parquet.ts). */
export const CHECKS_PARQUET = 'checks.parquet';

/** Rows to check the page lists per scenario (the largest gaps; checks.parquet lists every one). */
export const PAGE_FLAGGED_ROWS = 3;

export interface PageData extends Omit<LeaderboardDocument, 'pairs'> {
  /**
   * Display names that differ from the model's id only (the page shows the id otherwise):
   * leaderboard.json has every model's.
   */
  model_names: Record<string, string>;
  shape: MatrixShape;
  /** A wide CSV of one scored benchmark's scores for up to 30 models, to try the upload with. */
  example_csv: string;
  /** One sentence naming the method (report/method-line.ts). */
  method_line: string;
  /** The configured minimum of aggregate scenarios per model (the document has it capped). */
  aggregate_min_scenarios_per_model: number;
  /** For scoring a reader's own file: models.yaml's aliases (normalised alias -> canonical id), */
  model_aliases: Record<string, string>;
  /** the catalog's model naming rules, and its input limits (as the catalog's parser takes them). */
  model_naming: ModelNaming;
  limits: Limits;
  heatmap: {
    /** Scenario ids in clustered order. */
    scenarios: string[];
    /** Row-major agreement (n × n, same order); null when the pair has none; 1 on the diagonal. */
    agreement: (number | null)[];
    /** Scenarios with pairs computed, of which `scenarios` shows the ones with the most models. */
    of: number;
  };
  /** Scenario id -> the most agreeing other scenarios (at most `closest` of them). */
  closest: Record<string, ClosestDocument[]>;
}
