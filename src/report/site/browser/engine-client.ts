/**
 * The page's side of the engine workers, started from the worker's source as a Blob (works from
 * file:// and over HTTP). The scores are loaded on demand: the first request that needs them
 * has scores.parquet read (engine-source.ts) and decoded by a worker into the score matrix,
 * which the page keeps and hands to every engine worker it starts. A new request supersedes a
 * running one: that worker is ended and a new one started, so the page never waits for work
 * nobody wants any more.
 */
import type { Leaderboard } from '../../../core/leaderboard.js';
import type { ScoreMatrix } from '../../../core/types.js';
import type { UploadResult } from '../../../pipeline/score-upload.js';
import type { Alternative } from '../../../core/alternatives.js';
import type {
  AlternativesRequest,
  DecodeScores,
  FromWorker,
  LoadScores,
  ScoreRequest,
  SubsetAnswer,
  SubsetRequest,
  UploadRequest,
} from './engine-protocol.js';
import type { MatrixShape } from '../page-data.js';
import type { ScoresSource } from './engine-source.js';

declare const __ENGINE_WORKER_SOURCE__: string;

export interface EngineCallbacks {
  /** `total` 0: the scores are being loaded. */
  progress(done: number, total: number): void;
  result(leaderboard: Leaderboard): void;
  error(message: string): void;
}

export interface UploadCallbacks {
  result(upload: UploadResult): void;
  error(message: string): void;
}

export interface AnswerCallbacks<T> {
  progress?(done: number, total: number): void;
  result(answer: T): void;
  error(message: string): void;
}

type Question = Omit<AlternativesRequest, 'id'> | Omit<SubsetRequest, 'id'>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class EngineClient {
  private worker: Worker | null = null;
  private uploader: Worker | null = null;
  private busy = false;
  /** One worker per kind of question (alternatives, subset), kept between requests. */
  private readonly askers = new Map<Question['type'], { worker: Worker; busy: boolean }>();
  private questions = 0;
  /** The id of the newest question of each kind: an older one's answer is dropped. */
  private readonly latest = new Map<Question['type'], number>();
  private next = 0;
  private uploads = 0;
  private matrix: Promise<ScoreMatrix> | null = null;
  private readonly url = URL.createObjectURL(
    new Blob([__ENGINE_WORKER_SOURCE__], { type: 'text/javascript' }),
  );

  constructor(
    private readonly source: ScoresSource,
    private readonly shape: MatrixShape,
    private readonly catalogHash: string,
  ) {}

  /** The catalog's score matrix, read and decoded once (again after a failure). */
  scores(): Promise<ScoreMatrix> {
    this.matrix ??= this.decode().catch((error: unknown) => {
      this.matrix = null;
      throw error;
    });
    return this.matrix;
  }

  /** A scenario's scores (direction applied: higher is better), by model id. */
  async scenarioScores(scenario: string): Promise<Map<string, number>> {
    const m = await this.scores();
    const s = m.scenarios.indexOf(scenario);
    const out = new Map<string, number>();
    const n = m.models.length;
    for (let j = 0; s >= 0 && j < n; j++) {
      const v = m.values[s * n + j]!;
      if (!Number.isNaN(v)) out.set(m.models[j]!, v);
    }
    return out;
  }

  private async decode(): Promise<ScoreMatrix> {
    const parquet = await this.source.bytes();
    const worker = new Worker(this.url);
    try {
      return await new Promise<ScoreMatrix>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'decoded') resolve(m.matrix);
          else if (m.type === 'error') reject(new Error(m.message));
        };
        worker.onerror = (e) => reject(new Error(e.message || 'the engine stopped'));
        const request: DecodeScores = {
          type: 'decode',
          id: 0,
          parquet,
          shape: this.shape,
          catalogHash: this.catalogHash,
        };
        worker.postMessage(request, [parquet]);
      });
    } finally {
      worker.terminate();
    }
  }

  private start(matrix: ScoreMatrix): Worker {
    const worker = new Worker(this.url);
    worker.postMessage({ type: 'load', matrix } satisfies LoadScores);
    return worker;
  }

  /** Scores a reader's file; a worker of its own, so that it never cancels the boards' work. */
  upload(input: UploadRequest['input'], on: UploadCallbacks): void {
    const id = ++this.uploads;
    this.scores().then(
      (matrix) => {
        if (id !== this.uploads) return;
        this.uploader?.terminate();
        const worker = (this.uploader = this.start(matrix));
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'upload-result') on.result(m.upload);
          else if (m.type === 'error') on.error(m.message);
        };
        worker.onerror = (e) => on.error(e.message || 'the engine stopped');
        worker.postMessage({ type: 'upload', id, input } satisfies UploadRequest);
      },
      (error: unknown) => {
        if (id === this.uploads) on.error(messageOf(error));
      },
    );
  }

  score(request: Omit<ScoreRequest, 'type' | 'id'>, on: EngineCallbacks): void {
    const id = ++this.next;
    if (this.busy) {
      this.worker?.terminate();
      this.worker = null;
    }
    this.busy = true;
    if (!this.matrix) on.progress(0, 0);
    this.scores().then(
      (matrix) => {
        if (id === this.next) this.run(matrix, id, request, on);
      },
      (error: unknown) => {
        if (id !== this.next) return;
        this.busy = false;
        on.error(messageOf(error));
      },
    );
  }

  private run(
    matrix: ScoreMatrix,
    id: number,
    request: Omit<ScoreRequest, 'type' | 'id'>,
    on: EngineCallbacks,
  ): void {
    const worker = (this.worker ??= this.start(matrix));
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return on.progress(m.done, m.total);
      this.busy = false;
      if (m.type === 'result') on.result(m.leaderboard);
      else if (m.type === 'error') on.error(m.message);
    };
    worker.onerror = (e) => {
      this.busy = false;
      on.error(e.message || 'the engine stopped');
    };
    worker.postMessage({ type: 'score', id, ...request } satisfies ScoreRequest);
  }

  /** A benchmark's alternatives (`benchbench alternatives`); a new request supersedes a running one. */
  alternatives(request: Omit<AlternativesRequest, 'type' | 'id'>, on: AnswerCallbacks<Alternative[]>): void {
    this.ask({ type: 'alternatives', ...request }, on, (m) =>
      m.type === 'alternatives-result' ? m.alternatives : undefined,
    );
  }

  /** The lite subset (`benchbench subset`), with progress per step. */
  subset(request: Omit<SubsetRequest, 'type' | 'id'>, on: AnswerCallbacks<SubsetAnswer>): void {
    this.ask({ type: 'subset', ...request }, on, (m) => (m.type === 'subset-result' ? m.subset : undefined));
  }

  private ask<T>(question: Question, on: AnswerCallbacks<T>, answer: (m: FromWorker) => T | undefined): void {
    const id = ++this.questions;
    this.latest.set(question.type, id);
    this.scores().then(
      (matrix) => {
        if (this.latest.get(question.type) === id) this.put(matrix, id, question, on, answer);
      },
      (error: unknown) => {
        if (this.latest.get(question.type) === id) on.error(messageOf(error));
      },
    );
  }

  private put<T>(
    matrix: ScoreMatrix,
    id: number,
    question: Question,
    on: AnswerCallbacks<T>,
    answer: (m: FromWorker) => T | undefined,
  ): void {
    let asker = this.askers.get(question.type);
    if (asker?.busy) {
      asker.worker.terminate();
      asker = undefined;
    }
    if (!asker) this.askers.set(question.type, (asker = { worker: this.start(matrix), busy: false }));
    const current = asker;
    current.busy = true;
    current.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return on.progress?.(m.done, m.total);
      current.busy = false;
      const value = answer(m);
      if (value !== undefined) on.result(value);
      else if (m.type === 'error') on.error(m.message);
    };
    current.worker.onerror = (e) => {
      current.busy = false;
      on.error(e.message || 'the engine stopped');
    };
    current.worker.postMessage({ ...question, id } as AlternativesRequest | SubsetRequest);
  }
}
