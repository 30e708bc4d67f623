/**
 * The messages between the page and its engine worker (types only). The page loads the scores
 * once, then asks for leaderboards; each request has an id, and the worker answers with
 * progress and then a result or an error for that id.
 */
import type { BoardSpec, Leaderboard } from '../../../core/leaderboard.js';
import type { Method } from '../../../core/types.js';
import type { UploadInput, UploadResult } from '../../../pipeline/score-upload.js';

export interface LoadScores {
  readonly type: 'load';
  /** Scenario id -> model id -> score, direction already applied (higher is better). */
  readonly scores: Record<string, Record<string, number>>;
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

export type ToWorker = LoadScores | ScoreRequest | UploadRequest;

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly id: number; readonly leaderboard: Leaderboard }
  | { readonly type: 'upload-result'; readonly id: number; readonly upload: UploadResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
