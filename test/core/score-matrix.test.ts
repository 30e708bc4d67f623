/**
 * The score matrix: models and scenarios sorted by id, lower-is-better rows flipped, the columns
 * kept as the rows' sources, and the same matrix whether it is allocated or written over a
 * storage that is large enough.
 */
import { describe, expect, it } from 'vitest';
import { buildScoreMatrix, matrixCells } from '../../src/core/score-matrix.js';

const columns = [
  {
    id: 'b',
    scores: new Map([
      ['m2', 0.5],
      ['m1', 0.25],
    ]),
  },
  {
    id: 'a',
    direction: 'lower' as const,
    scores: new Map([
      ['m3', 1],
      ['m1', 2],
    ]),
  },
];

describe('a score matrix', () => {
  it('sorts models and scenarios by id and keeps the columns its rows come from', () => {
    const matrix = buildScoreMatrix(columns);
    expect(matrix.models).toEqual(['m1', 'm2', 'm3']);
    expect(matrix.scenarios).toEqual(['a', 'b']);
    expect(matrix.sources).toEqual([columns[1], columns[0]]);
    expect(matrixCells(columns)).toBe(6);
  });

  it('is the same written over a storage large enough, which it then shares', () => {
    const storage = new Float64Array(10).fill(7);
    const written = buildScoreMatrix(columns, storage);
    expect(written.values.buffer).toBe(storage.buffer);
    expect([...written.values]).toEqual([...buildScoreMatrix(columns).values]);
  });

  it('leaves a storage too small alone', () => {
    const storage = new Float64Array(5).fill(7);
    const built = buildScoreMatrix(columns, storage);
    expect(built.values.buffer).not.toBe(storage.buffer);
    expect([...storage]).toEqual([7, 7, 7, 7, 7]);
  });
});
