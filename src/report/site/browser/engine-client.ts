/**
 * The page's side of its one engine worker (worker.ts), started from the worker's source as a
 * Blob (works from file:// and over HTTP) the first time a question needs the scores. The
 * first such question has scores.parquet read (engine-source.ts) and its bytes moved to the
 * worker, which decodes and keeps the score matrix: the page never holds it, and there is one
 * copy however many kinds of question are asked. A new question of a NEWEST_ONLY kind makes the
 * older one of its kind moot: its answer is dropped (and the worker skips it if it has not
 * started it). If the worker fails, every waiting question gets the error and the next one
 * starts a new worker.
 */
import type { Leaderboard } from '../../../core/leaderboard.js';
import type { UploadResult } from '../../../pipeline/score-upload.js';
import type { Alternative } from '../../../core/alternatives.js';
import {
  NEWEST_ONLY,
  type AlternativesRequest,
  type Answers,
  type FromWorker,
  type LoadScores,
  type ScoreRequest,
  type SubsetAnswer,
  type SubsetRequest,
  type ToWorker,
  type UploadRequest,
} from './engine-protocol.js';
import type { MatrixShape } from '../page-data.js';
import type { ScoresSource } from './engine-source.js';

declare const __ENGINE_WORKER_SOURCE__: string;

export interface AnswerCallbacks<T> {
  progress?(done: number, total: number): void;
  result(answer: T): void;
  error(message: string): void;
}

/** `progress` with `total` 0: the scores are being loaded. */
export type EngineCallbacks = AnswerCallbacks<Leaderboard> &
  Required<Pick<AnswerCallbacks<Leaderboard>, 'progress'>>;
export type UploadCallbacks = AnswerCallbacks<UploadResult>;

/** A message to the worker, before it gets its id. */
type Question = ToWorker extends infer M ? (M extends ToWorker ? Omit<M, 'id'> : never) : never;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class EngineClient {
  private worker: Worker | null = null;
  private loaded: Promise<void> | null = null;
  private next = 0;
  /** The callbacks of every question sent and not yet answered, by id. */
  private readonly waiting = new Map<number, AnswerCallbacks<unknown>>();
  /** The id of the newest question of each NEWEST_ONLY kind. */
  private readonly newest = new Map<ToWorker['type'], number>();
  private readonly url = URL.createObjectURL(
    new Blob([__ENGINE_WORKER_SOURCE__], { type: 'text/javascript' }),
  );

  constructor(
    private readonly source: ScoresSource,
    private readonly shape: MatrixShape,
    private readonly catalogHash: string,
  ) {}

  /** Recomputes the boards with another method. */
  score(request: Omit<ScoreRequest, 'type' | 'id'>, on: EngineCallbacks): void {
    if (!this.loaded) on.progress(0, 0);
    this.ask<'score'>({ type: 'score', ...request }, on);
  }

  /** Scores a reader's file. */
  upload(input: UploadRequest['input'], on: UploadCallbacks): void {
    this.ask<'upload'>({ type: 'upload', input }, on);
  }

  /** A benchmark's alternatives (`benchbench alternatives`). */
  alternatives(request: Omit<AlternativesRequest, 'type' | 'id'>, on: AnswerCallbacks<Alternative[]>): void {
    this.ask<'alternatives'>({ type: 'alternatives', ...request }, on);
  }

  /** The lite subset (`benchbench subset`), with progress per step. */
  subset(request: Omit<SubsetRequest, 'type' | 'id'>, on: AnswerCallbacks<SubsetAnswer>): void {
    this.ask<'subset'>({ type: 'subset', ...request }, on);
  }

  /** A scenario's scores (direction applied: higher is better), by model id: the scatter plot's points. */
  scenarioScores(scenario: string): Promise<Map<string, number>> {
    return new Promise((result, reject) =>
      this.ask<'scenario-scores'>(
        { type: 'scenario-scores', scenario },
        { result, error: (message) => reject(new Error(message)) },
      ),
    );
  }

  private ask<K extends keyof Answers>(
    question: Question & { type: K },
    on: AnswerCallbacks<Answers[K]>,
  ): void {
    const id = ++this.next;
    if (NEWEST_ONLY.has(question.type)) {
      const older = this.newest.get(question.type);
      if (older !== undefined) this.waiting.delete(older);
      this.newest.set(question.type, id);
    }
    const moot = (): boolean => NEWEST_ONLY.has(question.type) && this.newest.get(question.type) !== id;
    this.ready().then(
      () => {
        if (moot()) return;
        this.waiting.set(id, on as AnswerCallbacks<unknown>);
        this.engine().postMessage({ ...question, id } as ToWorker);
      },
      (error: unknown) => {
        if (!moot()) on.error(messageOf(error));
      },
    );
  }

  /** The scores, read and loaded into the worker once (again after a failure). */
  private ready(): Promise<void> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async load(): Promise<void> {
    const parquet = await this.source.bytes();
    const id = ++this.next;
    await new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { result: () => resolve(), error: (message) => reject(new Error(message)) });
      const message: LoadScores = {
        type: 'load',
        id,
        parquet,
        shape: this.shape,
        catalogHash: this.catalogHash,
      };
      this.engine().postMessage(message, [parquet]);
    });
  }

  private engine(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url);
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    worker.onerror = (e) => this.failed(e.message || 'the engine stopped');
    return (this.worker = worker);
  }

  private receive(m: FromWorker): void {
    const on = this.waiting.get(m.id);
    if (!on) return;
    if (m.type === 'progress') return on.progress?.(m.done, m.total);
    this.waiting.delete(m.id);
    if (m.type === 'answer') on.result(m.answer);
    else on.error(m.message);
  }

  /** The worker failed (out of memory, say): it is ended, with its matrix, and every question told. */
  private failed(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.loaded = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const on of waiting) on.error(message);
  }
}
