/**
 * The parse worker's program (dist/parse-worker.cjs, started by parse-pool.ts): parses each results
 * file it is sent, in order, and sends back the parse with its typed arrays moved, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { ParseSender } from '../catalog/parsed-elsewhere.js';
import type { Limits } from '../catalog/types.js';
import type { ParseReply } from './parse-pool.js';

const sender = new ParseSender();
parentPort?.on('message', ({ file, bytes, limits }: { file: string; bytes: Uint8Array; limits: Limits }) => {
  let reply: ParseReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const parse = sender.parse(file, bytes, limits);
    reply = { sent: parse.sent };
    transfer = parse.transfer;
  } catch (e) {
    reply = { failed: `parsing ${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort!.postMessage(reply, transfer);
});
