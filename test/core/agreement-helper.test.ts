/**
 * A helper thread's share of the agreements (agreement-helper.ts): scoreAgainst hands it every
 * second scenario left to compute and the leaderboard is the one computed on one thread, also
 * when the helper gives nothing back, when agreements are taken over from a base, and it is
 * not asked when there are too few scenarios or the matrix is not in shared memory.
 */
import { describe, expect, it } from 'vitest';
import { agreement } from '../../src/core/agreement.js';
import {
  HELPER_MIN_SCENARIOS,
  type AgreementHelper,
  type AgreementJob,
} from '../../src/core/agreement-helper.js';
import { AgreementReuse } from '../../src/core/agreement-reuse.js';
import { computeLeaderboard } from '../../src/core/leaderboard.js';
import { buildScoreMatrix, matrixCells } from '../../src/core/score-matrix.js';
import { Random } from '../../src/core/random.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';

type Columns = { id: string; scores: Map<string, number> }[];

function columns(count: number, seed = 1): Columns {
  const rng = new Random(seed);
  return Array.from({ length: count }, (_, s) => {
    const scores = new Map<string, number>();
    for (let m = 0; m < 60; m++)
      if (rng.nextFloat() > 0.2) scores.set(`m${m}`, Math.round(rng.nextFloat() * 40) / 4);
    return { id: `s${String(s).padStart(3, '0')}`, scores };
  });
}

/** A helper on this thread: computes each job as the worker does, or gives nothing back. */
function inThread(answers = true): AgreementHelper & { jobs: AgreementJob[] } {
  const jobs: AgreementJob[] = [];
  return {
    jobs,
    start(job) {
      jobs.push(job);
      const results = job.rows.map((r, k) =>
        agreement({
          x: job.values.subarray(r * job.models, (r + 1) * job.models),
          y: job.reference.row,
          ids: [job.ids[k]!, job.reference.id],
          method: job.method,
          ranking: job.reference.row,
        }),
      );
      return { collect: () => (answers ? results : undefined) };
    },
  };
}

const method = { ...DEFAULT_METHOD, modelsPerSample: 8, samples: 20 };

function leaderboard(
  cols: Columns,
  options: { helper?: AgreementHelper; shared?: boolean; reuse?: AgreementReuse },
) {
  const cells = matrixCells(cols);
  const storage =
    options.shared === false ? new Float64Array(cells) : new Float64Array(new SharedArrayBuffer(8 * cells));
  return computeLeaderboard({
    matrix: buildScoreMatrix(cols, storage),
    aggregate: { scenarios: ['s000', 's001', 's002'], minScenariosPerModel: 2 },
    method,
    boards: [{ id: 'all', title: 'All', scenarios: cols.map((c) => c.id) }],
    ...(options.helper && { helper: options.helper }),
    ...(options.reuse && { reuse: options.reuse }),
  });
}

describe('agreements shared with a helper thread', () => {
  const cols = columns(HELPER_MIN_SCENARIOS + 11);
  const alone = leaderboard(cols, {});

  it('gives the helper every second scenario and the leaderboard of one thread', () => {
    const helper = inThread();
    expect(leaderboard(cols, { helper })).toEqual(alone);
    expect(helper.jobs).toHaveLength(1);
    expect(helper.jobs[0]!.ids).toEqual(cols.map((c) => c.id).filter((_, k) => k % 2 === 1));
  });

  it('computes the helper share itself when the helper gives nothing back', () => {
    const helper = inThread(false);
    expect(leaderboard(cols, { helper })).toEqual(alone);
    expect(helper.jobs).toHaveLength(1);
  });

  it('remembers what the helper computed, for the next catalog to take over', () => {
    const reuse = new AgreementReuse();
    leaderboard(cols, { helper: inThread(), reuse });
    const helper = inThread();
    expect(leaderboard(cols, { helper, reuse })).toEqual(alone);
    // Everything was taken over: nothing left to share.
    expect(helper.jobs).toHaveLength(0);
    expect(reuse.reused).toBe(cols.length);
  });

  it('asks no helper for fewer scenarios than HELPER_MIN_SCENARIOS, or for a matrix not in shared memory', () => {
    const few = columns(HELPER_MIN_SCENARIOS - 1);
    const helper = inThread();
    expect(leaderboard(few, { helper })).toEqual(leaderboard(few, {}));
    expect(leaderboard(cols, { helper, shared: false })).toEqual(alone);
    expect(helper.jobs).toHaveLength(0);
  });
});
