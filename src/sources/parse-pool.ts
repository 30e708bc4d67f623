/**
 * A second thread that parses results files (catalog/parsed-elsewhere.ts), so that a large catalog
 * is read on two cores: the main thread takes the blobs from git, numbers the models and reads the
 * metadata, and parses what this thread does not take. One worker, which runs the bundle
 * dist/parse-worker.cjs (src/sources/parse-worker.ts) and parses the files it is sent one after
 * the other; it sends each parse back in the order asked. A failing worker takes nothing more, and
 * what it had not sent back is parsed on the main thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SentParse } from '../catalog/parsed-elsewhere.js';
import type { Limits } from '../catalog/types.js';

/**
 * Files smaller than this are parsed on the main thread: sending a file and taking its parse back
 * costs about as much as parsing a few kilobytes, so 10,000 files of 2 KB were slower sent.
 */
export const PARSE_POOL_MIN_FILE_BYTES = 32 * 1024;

/**
 * A catalog whose files of at least PARSE_POOL_MIN_FILE_BYTES are smaller in all is parsed on one
 * thread: a worker takes about 30 ms to start.
 */
export const PARSE_POOL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Files sent and not back: enough that the worker always has the next one; past that, the main
 * thread parses the files that arrive (at 2,000 benchmarks, about one in nine).
 */
const MAX_AWAY = 12;

/** The worker's reply: the parse, or why it failed. */
export type ParseReply = { readonly sent: SentParse } | { readonly failed: string };

export class ParsePool {
  private readonly worker: Worker;
  private readonly away: { resolve(s: SentParse): void; reject(e: Error): void }[] = [];
  private broken = false;

  /** The worker bundle beside this one, when the code runs bundled (dist/); else undefined. */
  static bundled(): string | undefined {
    const file = typeof __dirname === 'string' ? path.join(__dirname, 'parse-worker.cjs') : undefined;
    return file !== undefined && existsSync(file) ? file : undefined;
  }

  constructor(workerFile: string) {
    // The parse allocates much that dies young: by default the worker's young generation grows to
    // 48 MB, which the run's peak memory then carries.
    this.worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    this.worker.on('message', (reply: ParseReply) => {
      if (this.broken) return;
      if ('sent' in reply) this.away.shift()?.resolve(reply.sent);
      else this.fail(new Error(reply.failed));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', () => this.fail(new Error('the parse worker stopped')));
  }

  /** Sends a file to parse, unless it is small or the worker has enough to do (or failed): undefined then. */
  readonly offer = (file: string, bytes: Uint8Array, limits: Limits): Promise<SentParse> | undefined => {
    if (this.broken || this.away.length >= MAX_AWAY || bytes.length < PARSE_POOL_MIN_FILE_BYTES)
      return undefined;
    const promise = new Promise<SentParse>((resolve, reject) => this.away.push({ resolve, reject }));
    if (bytes.buffer instanceof SharedArrayBuffer) {
      // Read where they are (read-git.ts keeps blobs in shared memory).
      this.worker.postMessage({ file, bytes, limits });
    } else {
      // A copy of its own, moved to the worker (posting a view would copy all of its buffer).
      const copy = bytes.slice();
      this.worker.postMessage({ file, bytes: copy, limits }, [copy.buffer]);
    }
    return promise;
  };

  /** Stops the worker (what it had not sent back is rejected). */
  async close(): Promise<void> {
    await this.worker.terminate();
    this.fail(new Error('the parse worker was closed'));
  }

  private fail(e: Error): void {
    this.broken = true;
    for (const waiting of this.away.splice(0)) waiting.reject(e);
  }
}
