/**
 * The page's side of the engine worker: one worker, started from the worker's source as a Blob
 * (works from file:// and over HTTP). A new request supersedes a running one: that worker is
 * ended and a new one started, so the page never waits for work nobody wants any more.
 */
import type { Leaderboard } from '../../../core/leaderboard.js';
import type { UploadResult } from '../../../pipeline/score-upload.js';
import type { FromWorker, LoadScores, ScoreRequest, UploadRequest } from './engine-protocol.js';

declare const __ENGINE_WORKER_SOURCE__: string;

export interface EngineCallbacks {
  progress(done: number, total: number): void;
  result(leaderboard: Leaderboard): void;
  error(message: string): void;
}

export interface UploadCallbacks {
  result(upload: UploadResult): void;
  error(message: string): void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private uploader: Worker | null = null;
  private busy = false;
  private next = 0;
  private readonly url = URL.createObjectURL(
    new Blob([__ENGINE_WORKER_SOURCE__], { type: 'text/javascript' }),
  );

  constructor(private readonly scores: LoadScores['scores']) {}

  private start(): Worker {
    const worker = new Worker(this.url);
    worker.postMessage({ type: 'load', scores: this.scores } satisfies LoadScores);
    return worker;
  }

  /** Scores a reader's file; a worker of its own, so that it never cancels the boards' work. */
  upload(input: UploadRequest['input'], on: UploadCallbacks): void {
    this.uploader?.terminate();
    const worker = (this.uploader = this.start());
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'upload-result') on.result(m.upload);
      else if (m.type === 'error') on.error(m.message);
    };
    worker.onerror = (e) => on.error(e.message || 'the engine stopped');
    worker.postMessage({ type: 'upload', id: 0, input } satisfies UploadRequest);
  }

  score(request: Omit<ScoreRequest, 'type' | 'id'>, on: EngineCallbacks): void {
    if (this.busy) {
      this.worker?.terminate();
      this.worker = null;
    }
    const worker = (this.worker ??= this.start());
    const id = ++this.next;
    this.busy = true;
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
}
