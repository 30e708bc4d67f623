/**
 * The agreement helper on a real worker thread (agreement-worker.ts, in the bundled
 * dist/parse-worker.cjs): it reads the rows in shared memory and gives agreement()'s results,
 * in order; a worker that fails the job, or that never answers, gives none (and the caller
 * computes them), without hanging.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agreement } from '../../src/core/agreement.js';
import type { AgreementJob } from '../../src/core/agreement-helper.js';
import { Random } from '../../src/core/random.js';
import { DEFAULT_METHOD, type Method } from '../../src/core/types.js';
import { agreementHelperOn } from '../../src/sources/agreement-worker.js';
import { ensureBuilt, repoRoot } from '../support/cli.js';

const WORKER = path.join(repoRoot, 'dist/parse-worker.cjs');
const MODELS = 50;
const ROWS = 12;

function job(method: Method = { ...DEFAULT_METHOD, modelsPerSample: 6, samples: 15 }): AgreementJob {
  const rng = new Random(7);
  const values = new Float64Array(new SharedArrayBuffer(8 * ROWS * MODELS));
  for (let i = 0; i < values.length; i++)
    values[i] = rng.nextFloat() < 0.2 ? NaN : Math.round(rng.nextFloat() * 30);
  const row = Float64Array.from({ length: MODELS }, () => rng.nextFloat());
  return {
    values,
    models: MODELS,
    rows: [1, 4, 5, 11],
    ids: ['b', 'e', 'f', 'l'],
    reference: { id: 'aggregate', row },
    method,
  };
}

const here = (j: AgreementJob) =>
  j.rows.map((r, k) =>
    agreement({
      x: j.values.subarray(r * MODELS, (r + 1) * MODELS),
      y: j.reference.row,
      ids: [j.ids[k]!, 'aggregate'],
      method: j.method,
      ranking: j.reference.row,
    }),
  );

describe('the agreement helper on a worker thread', () => {
  const workers: Worker[] = [];
  const start = (file: string) => {
    const worker = new Worker(file);
    workers.push(worker);
    return agreementHelperOn(worker);
  };
  beforeAll(() => ensureBuilt());
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.terminate()));
  });

  it("gives agreement()'s results for the rows it is sent, in their order", () => {
    const j = job();
    expect(start(WORKER).start(j).collect()).toEqual(here(j));
  });

  it('answers several jobs one after the other', () => {
    const helper = start(WORKER);
    const j = job();
    const first = helper.start(j).collect();
    const second = helper.start({ ...j, rows: [0], ids: ['a'] }).collect();
    expect(first).toEqual(here(j));
    expect(second).toEqual(here({ ...j, rows: [0], ids: ['a'] }));
  });

  it('gives nothing when the job fails on the worker', () => {
    const broken = { ...DEFAULT_METHOD, correlation: 'no-such-coefficient' } as unknown as Method;
    expect(start(WORKER).start(job(broken)).collect()).toBeUndefined();
  });

  it('gives nothing, after a bounded wait, when the worker never answers', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-agreement-worker-'));
    try {
      const silent = path.join(dir, 'silent-worker.cjs');
      writeFileSync(silent, "require('node:worker_threads').parentPort.on('message', () => {});\n");
      expect(start(silent).start(job()).collect()).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
