/**
 * Reusing the base's agreements in the head is exact: a leaderboard scored with the agreements
 * taken over equals, to the last bit, the same leaderboard scored from scratch, for every
 * sampling strategy, when models and scenarios are added and removed around the unchanged ones.
 */
import { describe, expect, it } from 'vitest';
import { AgreementReuse } from '../../src/core/agreement-reuse.js';
import { computeLeaderboard } from '../../src/core/leaderboard.js';
import { buildScoreMatrix, matrixCells } from '../../src/core/score-matrix.js';
import { Random } from '../../src/core/random.js';
import { DEFAULT_METHOD, type Method } from '../../src/core/types.js';

type Scores = Map<string, Map<string, number>>;

/** 30 scenarios x 80 models, a fifth of the cells missing, ties on a coarse grid. */
function catalog(seed: number): Scores {
  const rng = new Random(seed);
  const scores: Scores = new Map();
  for (let s = 0; s < 30; s++) {
    const column = new Map<string, number>();
    for (let m = 0; m < 80; m++)
      if (rng.nextFloat() > 0.2)
        column.set(`model-${String(m).padStart(3, '0')}`, Math.round(rng.nextFloat() * 20) / 20);
    scores.set(`scenario-${String(s).padStart(2, '0')}`, column);
  }
  return scores;
}

const AGGREGATE = ['scenario-00', 'scenario-01', 'scenario-02', 'scenario-03', 'scenario-04'];

function score(scores: Scores, method: Method, reuse?: AgreementReuse) {
  const matrix = buildScoreMatrix([...scores].map(([id, s]) => ({ id, scores: s })));
  return computeLeaderboard({
    matrix,
    aggregate: { scenarios: AGGREGATE, minScenariosPerModel: 2 },
    method,
    boards: [{ id: 'all', title: 'All', scenarios: [...scores.keys()] }],
    ...(reuse && { reuse }),
  });
}

/** The head of a pull request: one scenario edited, one removed, one added (with a model new between the others), models leave one. */
function head(base: Scores): Scores {
  const next: Scores = new Map([...base].map(([id, s]) => [id, new Map(s)]));
  for (const [m, v] of next.get('scenario-10')!) next.get('scenario-10')!.set(m, 1 - v);
  next.delete('scenario-11');
  next.set('scenario-99', new Map([...next.get('scenario-12')!].map(([m, v]) => [m, 1 - v])));
  // A model only the new scenario has, sorted between the others, and one that leaves.
  next.get('scenario-99')!.set('model-004b', 0.5);
  for (const m of [...next.get('scenario-15')!.keys()].slice(0, 3)) next.get('scenario-15')!.delete(m);
  return next;
}

describe('agreements taken over from the base', () => {
  for (const sampling of ['random', 'top', 'middle', 'adjacent'] as const) {
    it(`give the leaderboard a full recomputation gives (${sampling} samples)`, () => {
      const method = { ...DEFAULT_METHOD, sampling };
      const base = catalog(7);
      const reuse = new AgreementReuse();
      score(base, method, reuse);
      const taken = score(head(base), method, reuse);
      expect(taken).toEqual(score(head(base), method));
      // The aggregate is unchanged: of the head's 30 scenarios, 10, 15 and 99 are computed.
      expect(reuse.reused).toBe(27);
    });
  }

  it('are taken over for every unchanged scenario when the aggregate is unchanged', () => {
    const base = catalog(3);
    const next: Scores = new Map([...base].map(([id, s]) => [id, new Map(s)]));
    next.get('scenario-20')!.set('model-001', 0.999);
    next.set('scenario-98', new Map(base.get('scenario-21')!));
    const reuse = new AgreementReuse();
    score(base, DEFAULT_METHOD, reuse);
    const computedBefore = reuse.reused;
    const taken = score(next, DEFAULT_METHOD, reuse);
    expect(taken).toEqual(score(next, DEFAULT_METHOD));
    // 31 scenarios: the edited and the new one are computed, the other 29 taken over.
    expect(reuse.reused - computedBefore).toBe(29);
  });

  it('are computed again when the aggregate changes, or the method', () => {
    const base = catalog(5);
    const next: Scores = new Map([...base].map(([id, s]) => [id, new Map(s)]));
    for (const [m, v] of next.get('scenario-00')!) next.get('scenario-00')!.set(m, 1 - v);
    const reuse = new AgreementReuse();
    score(base, DEFAULT_METHOD, reuse);
    expect(score(next, DEFAULT_METHOD, reuse)).toEqual(score(next, DEFAULT_METHOD));
    expect(reuse.reused).toBe(0);
    const other = { ...DEFAULT_METHOD, seed: 1 };
    expect(score(next, other, reuse)).toEqual(score(next, other));
    expect(reuse.reused).toBe(0);
  });

  it('are computed again for a scenario whose direction changes, though its scores do not', () => {
    const base = catalog(9);
    const build = (lower: string | undefined) =>
      buildScoreMatrix(
        [...base].map(([id, s]) => ({ id, scores: s, ...(id === lower && { direction: 'lower' as const }) })),
      );
    const board = (matrix: ReturnType<typeof build>, reuse?: AgreementReuse) =>
      computeLeaderboard({
        matrix,
        aggregate: { scenarios: AGGREGATE, minScenariosPerModel: 2 },
        method: DEFAULT_METHOD,
        boards: [{ id: 'all', title: 'All', scenarios: [...base.keys()] }],
        ...(reuse && { reuse }),
      });
    const reuse = new AgreementReuse();
    board(build(undefined), reuse);
    expect(board(build('scenario-20'), reuse)).toEqual(board(build('scenario-20')));
    expect(reuse.reused).toBe(29);
  });

  it('keep no row of the base: its matrix can be written over by the head', () => {
    const base = catalog(11);
    const next = head(base);
    const columns = (scores: Scores) => [...scores].map(([id, s]) => ({ id, scores: s }));
    const storage = new Float64Array(Math.max(matrixCells(columns(base)), matrixCells(columns(next))));
    const board = (matrix: ReturnType<typeof buildScoreMatrix>, reuse?: AgreementReuse) =>
      computeLeaderboard({
        matrix,
        aggregate: { scenarios: AGGREGATE, minScenariosPerModel: 2 },
        method: DEFAULT_METHOD,
        boards: [{ id: 'all', title: 'All', scenarios: [...next.keys(), ...base.keys()] }],
        ...(reuse && { reuse }),
      });
    const reuse = new AgreementReuse();
    const baseMatrix = buildScoreMatrix(columns(base), storage);
    expect(baseMatrix.values.buffer).toBe(storage.buffer);
    board(baseMatrix, reuse);
    const headMatrix = buildScoreMatrix(columns(next), storage);
    expect(headMatrix.values.buffer).toBe(storage.buffer);
    expect(board(headMatrix, reuse)).toEqual(board(buildScoreMatrix(columns(next))));
    expect(reuse.reused).toBe(27);
  });
});
