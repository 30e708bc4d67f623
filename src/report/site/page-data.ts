/**
 * What the page reads (inlined in index.html as JSON): the leaderboard document without its
 * pair list, plus what the build derives from the pairs: the heatmap in clustered order and each
 * scenario's closest benchmarks. Shared by the builder and the browser script (types only there).
 */
import type { Limits, ModelNaming } from '../../catalog/types.js';
import type { LeaderboardDocument } from '../leaderboard-document.js';

export interface ClosestDocument {
  scenario: string;
  agreement: number;
  interval: readonly [number, number] | null;
  n_common: number;
}

export interface PageData extends Omit<LeaderboardDocument, 'pairs'> {
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
