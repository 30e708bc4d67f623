import { describe, expect, it } from 'vitest';
import { aggregateWarnings } from '../../src/core/aggregate-warnings.js';
import { computeLeaderboard } from '../../src/core/leaderboard.js';
import { buildScoreMatrix } from '../../src/core/score-matrix.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';

const matrix = buildScoreMatrix([
  {
    id: 'ref',
    scores: new Map([
      ['m1', 1],
      ['m2', 2],
      ['m3', 3],
      ['m4', 3],
    ]),
  },
  {
    id: 'other',
    scores: new Map([
      ['m1', 4],
      ['m2', 3],
      ['m3', 2],
      ['m4', 1],
    ]),
  },
]);
const method = { ...DEFAULT_METHOD, modelsPerSample: 0, minCommonModels: 2 };
const board = [{ id: 'main', title: 'Main', scenarios: ['ref', 'other'] }];

describe('a one-scenario aggregate', () => {
  const lb = computeLeaderboard({
    matrix,
    aggregate: { scenarios: ['ref', 'gone'], minScenariosPerModel: 2 },
    method,
    boards: board,
  });

  it("is accepted: each model's aggregate is its win rate in that scenario, every model kept", () => {
    // ref: m1 1, m2 2, m3 3, m4 3; win rate = share of the 3 others strictly below (ties lose).
    expect(lb.aggregate.scores).toEqual([
      ['m1', 0],
      ['m2', 1 / 3],
      ['m3', 2 / 3],
      ['m4', 2 / 3],
    ]);
    expect(lb.aggregate.minScenariosPerModel).toBe(1);
    expect(lb.boards[0]!.rows.every((r) => r.agreement !== null)).toBe(true);
  });

  it('carries the single-reference warning beside the board', () => {
    expect(lb.aggregate.warnings).toEqual([expect.stringContaining('single scenario (ref)')]);
    expect(lb.aggregate.warnings[0]).toContain('BenchBench paper (arXiv 2407.13696) warns against');
  });

  it('gives no warning with two scenarios or none', () => {
    expect(aggregateWarnings(['a', 'b'])).toEqual([]);
    expect(aggregateWarnings([])).toEqual([]);
    const two = computeLeaderboard({
      matrix,
      aggregate: { scenarios: ['ref', 'other'], minScenariosPerModel: 1 },
      method,
      boards: board,
    });
    expect(two.aggregate.warnings).toEqual([]);
  });

  it('leaves every scenario unscored, saying why, when no aggregate scenario exists', () => {
    const none = computeLeaderboard({
      matrix,
      aggregate: { scenarios: ['gone'], minScenariosPerModel: 1 },
      method,
      boards: board,
    });
    expect(none.boards[0]!.rows.map((r) => r.skipped)).toEqual([
      'no aggregate scenario in the catalog',
      'no aggregate scenario in the catalog',
    ]);
  });
});
