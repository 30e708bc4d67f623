/** The subset's candidates: rows from the matrix, one group per results file, costs in one unit only. */
import { describe, expect, it } from 'vitest';
import { buildScoreMatrix } from '../../src/core/score-matrix.js';
import { defaultMinModels, severalUnits, subsetCandidates } from '../../src/core/subset-candidates.js';

const matrix = buildScoreMatrix(
  ['a', 'b', 'c'].map((id, i) => ({
    id,
    scores: new Map([
      ['m1', i + 1],
      ['m2', 10 * (i + 1)],
    ]),
  })),
);

describe('subset candidates', () => {
  it('carries each scenario\u2019s row, its file as group and its cost when the costs share one unit', () => {
    const { candidates, units, unit } = subsetCandidates(matrix, ['c', 'a', 'c'], (id) => ({
      group: id === 'c' ? 'file-c' : 'file-a',
      ...(id === 'a' ? { cost: { value: 2.5, unit: 'h' } } : {}),
    }));
    expect(units).toEqual(['h']);
    expect(unit).toBe('h');
    expect(candidates.map((c) => [c.id, c.group, c.cost, [...c.row]])).toEqual([
      ['c', 'file-c', null, [3, 30]],
      ['a', 'file-a', 2.5, [1, 10]],
    ]);
  });

  it('counts no cost when the candidates\u2019 costs are in several units, and names them', () => {
    const { candidates, units, unit } = subsetCandidates(matrix, ['a', 'b'], (id) => ({
      group: id,
      cost: { value: 1, unit: id === 'a' ? 'h' : 'USD' },
    }));
    expect(units).toEqual(['USD', 'h']);
    expect(unit).toBeNull();
    expect(candidates.map((c) => c.cost)).toEqual([null, null]);
    expect(severalUnits(units)).toBe("the candidates' costs are in 2 units (USD, h)");
  });

  it('refuses a scenario the matrix does not have', () => {
    expect(() => subsetCandidates(matrix, ['a', 'zz'], (id) => ({ group: id }))).toThrow(RangeError);
  });

  it('asks a set to rank half of the aggregate\u2019s models by default, rounded up, at least 2', () => {
    expect([0, 1, 3, 4, 37].map(defaultMinModels)).toEqual([2, 2, 2, 2, 19]);
  });
});
