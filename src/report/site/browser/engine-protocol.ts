/**
 * The messages between the page and its one engine worker (types only). The page sends the
 * bytes of scores.parquet once (`load`); the worker decodes them into the score matrix and keeps
 * it, the only copy, for every later question: leaderboards, a reader's file, alternatives, the
 * lite subset and a scenario's scores for the scatter plot. Each message has an id; the worker
 * answers it with progress, then an answer or an error for that id.
 */
import type { BoardSpec, Leaderboard } from '../../../core/leaderboard.js';
import type { Alternative } from '../../../core/alternatives.js';
import type { SubsetResult } from '../../../core/greedy-subset.js';
import type { Access, Cost, Method } from '../../../core/types.js';
import type { UploadInput, UploadResult } from '../../../pipeline/score-upload.js';
import type { MatrixShape } from '../page-data.js';

/** Decode scores.parquet into the catalog's score matrix and keep it (answered by null). */
export interface LoadScores {
  readonly type: 'load';
  readonly id: number;
  /** The bytes of scores.parquet (moved to the worker, not copied). */
  readonly parquet: ArrayBuffer;
  readonly shape: MatrixShape;
  /** The page's catalog hash: a scores.parquet of another catalog is refused. */
  readonly catalogHash: string;
}

export interface ScoreRequest {
  readonly type: 'score';
  readonly id: number;
  readonly method: Method;
  readonly aggregate: { readonly scenarios: readonly string[]; readonly minScenariosPerModel: number };
  readonly boards: readonly BoardSpec[];
}

export interface UploadRequest {
  readonly type: 'upload';
  readonly id: number;
  readonly input: Omit<UploadInput, 'matrix'>;
}

/** One scenario's scores (direction applied: higher is better), for its scatter plot. */
export interface ScenarioScoresRequest {
  readonly type: 'scenario-scores';
  readonly id: number;
  readonly scenario: string;
}

/** What it takes to run a scenario, from its results file's metadata (not its scores). */
export interface ScenarioResources {
  /** Its results file: the scenarios of one file share its cost. */
  readonly group: string;
  readonly access?: Access;
  readonly cost?: Cost;
}

/** The method and aggregate in force, and each scenario's resources. */
interface EfficientContext {
  readonly method: Method;
  readonly aggregate: ScoreRequest['aggregate'];
  readonly resources: Readonly<Record<string, ScenarioResources>>;
}

/** `benchbench alternatives SCENARIO --min-agreement T`, every alternative (the page filters). */
export interface AlternativesRequest extends EfficientContext {
  readonly type: 'alternatives';
  readonly id: number;
  readonly scenario: string;
  readonly minAgreement: number;
}

/** `benchbench subset` with its options; null = the CLI's default. */
export interface SubsetRequest extends EfficientContext {
  readonly type: 'subset';
  readonly id: number;
  readonly minAgreement: number;
  readonly minModels: number | null;
  readonly maxCost: number | null;
  /** Null: every scenario. */
  readonly candidates: readonly string[] | null;
}

export interface SubsetAnswer {
  readonly result: SubsetResult;
  /** The models of the aggregate (the target), and the least a set must rank to count. */
  readonly aggregateModels: number;
  readonly minModels: number;
  readonly candidates: number;
  /** The one unit the costs add up in (null: none, or several: `units`). */
  readonly unit: string | null;
  readonly units: readonly string[];
}

export type ToWorker =
  LoadScores | ScoreRequest | UploadRequest | ScenarioScoresRequest | AlternativesRequest | SubsetRequest;

/** The answer to each kind of message. */
export interface Answers {
  readonly load: null;
  readonly score: Leaderboard;
  readonly upload: UploadResult;
  /** By model id; models without a score are left out. */
  readonly 'scenario-scores': Map<string, number>;
  readonly alternatives: Alternative[];
  readonly subset: SubsetAnswer;
}

/**
 * Kinds of question where only the newest counts (a new one makes an older one moot): the
 * worker skips an older one still waiting, and the page drops its answer.
 */
export const NEWEST_ONLY: ReadonlySet<ToWorker['type']> = new Set([
  'score',
  'upload',
  'alternatives',
  'subset',
]);

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'answer'; readonly id: number; readonly answer: Answers[keyof Answers] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
