/**
 * The agreement helper (core/agreement-helper.ts) on the parse worker's thread (parse-pool.ts),
 * which is idle once a pull request's two sides are read. The job is posted with a port of its
 * own and a signal in shared memory; the worker computes, posts the results on the port and
 * raises the signal; the main thread, done with its own share, waits on the signal
 * (Atomics.wait) and takes the results off the port synchronously (receiveMessageOnPort), so
 * that scoring stays one synchronous call. A worker that stops counting scenarios for
 * STALLED_WAITS waits in a row gives no results: the main thread computes them.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { agreement, type Agreement, type Skipped } from '../core/agreement.js';
import type { AgreementHelper, AgreementJob } from '../core/agreement-helper.js';

/** What the main thread posts to the worker. */
export interface AgreementMessage {
  readonly agree: AgreementJob;
  readonly port: MessagePort;
  /** [0]: 1 once the reply is posted; [1]: scenarios computed so far. */
  readonly signal: Int32Array;
}

type Reply = { readonly results: readonly (Agreement | Skipped)[] } | { readonly failed: string };

const WAIT_MS = 100;
/** Waits of WAIT_MS with no scenario computed after which the worker is taken for stopped. */
const STALLED_WAITS = 20;

/** The helper that posts its jobs to `worker` (whose program calls answerAgreements). */
export function agreementHelperOn(worker: Worker): AgreementHelper {
  return {
    start(job) {
      const { port1, port2 } = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(8));
      const message: AgreementMessage = { agree: job, port: port2, signal };
      worker.postMessage(message, [port2]);
      return {
        collect() {
          const reply = waitForReply(signal) ? (receiveMessageOnPort(port1)?.message as Reply) : undefined;
          port1.close();
          return reply && 'results' in reply ? reply.results : undefined;
        },
      };
    },
  };
}

function waitForReply(signal: Int32Array): boolean {
  let stalled = 0;
  let counted = Atomics.load(signal, 1);
  while (Atomics.load(signal, 0) === 0) {
    if (Atomics.wait(signal, 0, 0, WAIT_MS) !== 'timed-out') continue;
    const now = Atomics.load(signal, 1);
    stalled = now === counted ? stalled + 1 : 0;
    counted = now;
    if (stalled >= STALLED_WAITS) return false;
  }
  return true;
}

/** On the worker: computes a job's agreements, posts them and raises the signal. */
export function answerAgreements({ agree: job, port, signal }: AgreementMessage): void {
  let reply: Reply;
  try {
    const { values, models, reference, method } = job;
    const results = job.rows.map((r, k) => {
      const x = values.subarray(r * models, (r + 1) * models);
      const result = agreement({
        x,
        y: reference.row,
        ids: [job.ids[k]!, reference.id],
        method,
        ranking: reference.row,
      });
      Atomics.add(signal, 1, 1);
      return result;
    });
    reply = { results };
  } catch (e) {
    reply = { failed: e instanceof Error ? e.message : String(e) };
  }
  // The main thread closes the channel once it has taken the reply.
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
