/**
 * The messages between the page and its engine workers (types only). Every score is decoded
 * from scores.parquet once, by a worker (`decode`), which sends the score matrix back; the page
 * keeps it and hands it to each engine worker it starts (`load`), then asks for leaderboards;
 * each request has an id, and the worker answers with progress and then a result or an error
 * for that id.
 */
import type { BoardSpec, Leaderboard } from '../../../core/leaderboard.js';
import type { Alternative } from '../../../core/alternatives.js';
import type { SubsetResult } from '../../../core/greedy-subset.js';
import type { Access, Cost, Method, ScoreMatrix } from '../../../core/types.js';
import type { UploadInput, UploadResult } from '../../../pipeline/score-upload.js';
import type { MatrixShape } from '../page-data.js';

/** Decode scores.parquet into the catalog's score matrix (answered by `decoded` or `error`). */
export interface DecodeScores {
  readonly type: 'decode';
  readonly id: number;
  /** The bytes of scores.parquet. */
  readonly parquet: ArrayBuffer;
  readonly shape: MatrixShape;
  /** The page's catalog hash: a scores.parquet of another catalog is refused. */
  readonly catalogHash: string;
}

export interface LoadScores {
  readonly type: 'load';
  /** The catalog's score matrix, as the CLI builds it (lower-is-better scenarios flipped). */
  readonly matrix: ScoreMatrix;
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
  DecodeScores | LoadScores | ScoreRequest | UploadRequest | AlternativesRequest | SubsetRequest;

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'decoded'; readonly id: number; readonly matrix: ScoreMatrix }
  | { readonly type: 'result'; readonly id: number; readonly leaderboard: Leaderboard }
  | { readonly type: 'upload-result'; readonly id: number; readonly upload: UploadResult }
  | { readonly type: 'alternatives-result'; readonly id: number; readonly alternatives: Alternative[] }
  | { readonly type: 'subset-result'; readonly id: number; readonly subset: SubsetAnswer }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
