/**
 * The score matrix: models and scenarios sorted by id, lower-is-better rows flipped, the columns
 * kept as the rows' sources, and the same matrix whether it is allocated or written over a
 * storage that is large enough, moving the rows of the matrix it held; each row's scores counted
 * as it is built.
 */
import { describe, expect, it } from 'vitest';
import { buildScoreMatrix, countScored, matrixCells, scenarioRow } from '../../src/core/score-matrix.js';

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

  it('counts the scores of each row, as a pass over the row would', () => {
    const matrix = buildScoreMatrix([...columns, { id: 'c', scores: new Map([['m2', NaN]]) }]);
    expect([...matrix.scored!]).toEqual([2, 2, 0]);
  });

  it('counts again a flipped row that held an infinite score, which the flip leaves NaN', () => {
    const scores = new Map([
      ['m1', Infinity],
      ['m2', 1],
      ['m3', 2],
    ]);
    const matrix = buildScoreMatrix([{ id: 'a', direction: 'lower', scores }]);
    expect([...scenarioRow(matrix, 0)]).toEqual([NaN, 1, 1]);
    expect(matrix.scored![0]).toBe(countScored(scenarioRow(matrix, 0)));
  });

  it('counts the scores of numbered columns, placed by model number', () => {
    const modelIds = ['m1', 'm2', 'm3'];
    const numbered = (id: string, numbers: number[], values: number[], direction?: 'lower') => ({
      id,
      ...(direction && { direction }),
      scores: Object.assign(new Map(numbers.map((n, k) => [modelIds[n]!, values[k]!])), {
        modelIds,
        modelNumbers: Int32Array.from(numbers),
        modelValues: Float64Array.from(values),
      }),
    });
    const matrix = buildScoreMatrix([
      numbered('a', [2, 0], [1, NaN]),
      numbered('b', [0, 1, 2], [-Infinity, 3, 4], 'lower'),
    ]);
    expect(matrix.models).toEqual(modelIds);
    expect([...matrix.scored!]).toEqual([0, 1].map((s) => countScored(scenarioRow(matrix, s))));
    expect([...matrix.scored!]).toEqual([1, 0]);
  });

  describe('built over the matrix its storage holds', () => {
    const column = (id: string, scores: [string, number][], direction?: 'higher' | 'lower') => ({
      id,
      ...(direction && { direction }),
      scores: new Map(scores),
    });
    const a = column('a', [
      ['m1', 1],
      ['m2', 2],
    ]);
    const b = column(
      'b',
      [
        ['m1', 3],
        ['m3', 1],
      ],
      'lower',
    );
    const c = column('c', [
      ['m2', 5],
      ['m3', NaN],
    ]);
    const d = column('d', [
      ['m1', 0.5],
      ['m2', 0.25],
      ['m3', 0.75],
    ]);
    const fresh = (cols: ReturnType<typeof column>[]) => buildScoreMatrix(cols);
    const over = (first: ReturnType<typeof column>[], then: ReturnType<typeof column>[]) => {
      const storage = new Float64Array(64).fill(7);
      const previous = buildScoreMatrix(first, storage);
      return buildScoreMatrix(then, storage, previous);
    };
    const same = (x: ReturnType<typeof fresh>, y: ReturnType<typeof fresh>) => {
      expect(x.scenarios).toEqual(y.scenarios);
      expect(x.models).toEqual(y.models);
      expect([...x.values]).toEqual([...y.values]);
      expect([...x.scored!]).toEqual([...y.scored!]);
    };

    it('is the same matrix when a scenario is added before, between or after the others', () => {
      same(over([b, d], [a, b, d]), fresh([a, b, d]));
      same(over([a, d], [a, b, d]), fresh([a, b, d]));
      same(over([a, b], [a, b, d]), fresh([a, b, d]));
    });

    it('is the same matrix when scenarios are removed or replaced', () => {
      same(over([a, b, c, d], [b, d]), fresh([b, d]));
      same(
        over(
          [a, b, d],
          [
            a,
            column('b', [
              ['m1', 9],
              ['m3', 8],
            ]),
            d,
          ],
        ),
        fresh([
          a,
          column('b', [
            ['m1', 9],
            ['m3', 8],
          ]),
          d,
        ]),
      );
    });

    it('rebuilds a row whose direction changed, and every row when the models differ', () => {
      const higher = { ...b, direction: 'higher' as const };
      same(over([a, b, d], [a, higher, d]), fresh([a, higher, d]));
      same(over([a, b], [a, b, column('e', [['m9', 1]])]), fresh([a, b, column('e', [['m9', 1]])]));
    });

    it('takes nothing from a matrix that is not at the start of its storage', () => {
      const storage = new Float64Array(64);
      const elsewhere = buildScoreMatrix([a, d]);
      same(buildScoreMatrix([a, d], storage, elsewhere), fresh([a, d]));
    });
  });
});
