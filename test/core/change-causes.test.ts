import { describe, expect, it } from 'vitest';
import { explainChanges, type ChangeFacts } from '../../src/core/change-causes.js';
import { diffBoards } from '../../src/core/leaderboard-diff.js';
import type { Board, ScenarioResult } from '../../src/core/leaderboard.js';

/** A board of [scenario, agreement, z] rows, ranked by z as the engine ranks them. */
function board(rows: readonly (readonly [string, number | null, number | null])[]): Board {
  const zs = rows.map((r) => r[2]).filter((z): z is number => z !== null);
  return {
    id: 'main',
    title: 'Main',
    rows: rows.map(([scenario, agreement, z]): ScenarioResult => ({
      scenario,
      models: 10,
      nCommon: 10,
      modelsPerSample: 5,
      experiments: 10,
      agreement,
      pValue: null,
      agreementInterval: null,
      z,
      zInterval: null,
      rank: z === null ? null : 1 + zs.filter((o) => o > z + 1e-9).length,
      rankInterval: null,
      inAggregate: false,
      skipped: null,
      warnings: [],
    })),
  };
}

const none: ChangeFacts = { ownScores: new Set(), namesChanged: new Set(), aggregateChanged: false };
const byId = (xs: ReturnType<typeof explainChanges>) => new Map(xs.map((x) => [x.change.scenario, x]));

describe('explainChanges', () => {
  it('calls an insertion above three benchmarks a mechanical shift: nothing listed', () => {
    const before = board([
      ['a', 0.9, 1],
      ['b', 0.5, 0],
      ['c', 0.1, -1],
    ]);
    // n inserted on top; Z of the others moves (new mean and sd), agreements do not.
    const after = board([
      ['n', 0.95, 1.2],
      ['a', 0.9, 0.9],
      ['b', 0.5, -0.1],
      ['c', 0.1, -1.1],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), { ...none, ownScores: new Set(['n']) }));
    expect(e.get('n')).toMatchObject({ cause: 'inserted', listed: false });
    for (const s of ['a', 'b', 'c']) {
      expect(e.get(s)).toMatchObject({
        cause: 'inserted',
        agreementChanged: false,
        orderChanged: false,
        listed: false,
      });
    }
  });

  it('calls a removal a mechanical shift too', () => {
    const before = board([
      ['a', 0.9, 1],
      ['x', 0.6, 0.5],
      ['b', 0.5, 0],
    ]);
    const after = board([
      ['a', 0.9, 0.8],
      ['b', 0.5, -0.8],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), none));
    expect(e.get('x')).toMatchObject({ cause: 'removed', listed: false });
    expect(e.get('b')).toMatchObject({ cause: 'removed', listed: false });
  });

  it('lists a benchmark whose own scores moved it past two others, and those two', () => {
    const before = board([
      ['a', 0.9, 1],
      ['b', 0.8, 0.5],
      ['c', 0.3, -0.5],
      ['d', 0.1, -1],
    ]);
    // c's own file changed: its agreement rises past a and b; d keeps its place.
    const after = board([
      ['c', 0.95, 1.1],
      ['a', 0.9, 0.9],
      ['b', 0.8, 0.4],
      ['d', 0.1, -1.2],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), { ...none, ownScores: new Set(['c']) }));
    expect(e.get('c')).toMatchObject({
      cause: 'own scores',
      agreementChanged: true,
      orderChanged: true,
      listed: true,
    });
    expect(e.get('a')).toMatchObject({
      cause: 'own scores',
      agreementChanged: false,
      orderChanged: true,
      listed: true,
    });
    expect(e.get('b')).toMatchObject({ orderChanged: true, listed: true });
    expect(e.get('d')).toMatchObject({ orderChanged: false, listed: false });
  });

  it('blames the aggregate for agreements that moved beyond rounding, and only those', () => {
    const before = board([
      ['a', 0.9, 1],
      ['b', 0.5, 0],
      ['c', 0.1, -1],
    ]);
    const after = board([
      ['a', 0.9003, 1],
      ['b', 0.45, -0.1],
      ['c', 0.1, -0.9],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), { ...none, aggregateChanged: true }));
    expect(e.get('a')).toMatchObject({ agreementChanged: false, listed: false }); // 0.0003 < 0.0005
    expect(e.get('b')).toMatchObject({ cause: 'aggregate changed', agreementChanged: true, listed: true });
    expect(e.get('c')).toMatchObject({ cause: 'aggregate changed', listed: false });
  });

  it('says names changed for a file that did not change but whose models resolve differently', () => {
    const before = board([
      ['a', 0.9, 1],
      ['b', 0.5, 0],
    ]);
    const after = board([
      ['b', 0.95, 1],
      ['a', 0.9, 0],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), { ...none, namesChanged: new Set(['b']) }));
    expect(e.get('b')).toMatchObject({ cause: 'names changed', listed: true });
    expect(e.get('a')).toMatchObject({ cause: 'names changed', agreementChanged: false, orderChanged: true });
  });

  it('keeps tied benchmarks tied: a tie is no order, and unscored rows have none', () => {
    const before = board([
      ['a', 0.5, 0],
      ['b', 0.5, 0],
      ['u', null, null],
    ]);
    const after = board([
      ['n', 0.9, 1],
      ['a', 0.5, -0.5],
      ['b', 0.5, -0.5],
      ['u', null, null],
    ]);
    const e = byId(explainChanges(diffBoards(before, after), none));
    expect(e.get('a')).toMatchObject({ orderChanged: false, listed: false });
    expect(e.get('u')).toMatchObject({ orderChanged: false, agreementChanged: false, listed: false });
  });
});
