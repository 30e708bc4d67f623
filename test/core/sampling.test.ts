/**
 * The windows of the ranked strategies and their tie rule (docs/method.md, "Windows and ties"),
 * with every expected model derived by hand from the ranking written beside it.
 *
 * A ranking is written best first; parentheses hold models with equal scores, and a trailing
 * `[...]` models without a ranking score. Positions count from 0. Models are indexed in id
 * order, as the score matrix indexes them.
 */
import { describe, expect, it } from 'vitest';
import { Random, identity } from '../../src/core/random.js';
import { chooseModels, orderByRanking, windowStart } from '../../src/core/sampling.js';
import { buildScoreMatrix, scenarioRow } from '../../src/core/score-matrix.js';
import type { Sampling } from '../../src/core/types.js';

/** The ids and ranking scores of a written ranking (groups get descending scores). */
function parse(written: string): { ids: string[]; ranking: Float64Array } {
  const score = new Map<string, number>();
  const groups = written.match(/\[[^\]]*\]|\([^)]*\)|\S+/g)!;
  groups.forEach((g, i) => {
    const value = g.startsWith('[') ? NaN : groups.length - i;
    for (const id of g
      .replace(/[()[\]]/g, '')
      .split(/\s+/)
      .filter(Boolean))
      score.set(id, value);
  });
  const ids = [...score.keys()].sort();
  return { ids, ranking: Float64Array.from(ids, (id) => score.get(id)!) };
}

/** The models a ranked strategy chooses, in id order. */
function pick(sampling: Exclude<Sampling, 'random' | 'adjacent'>, written: string, k: number): string[] {
  const { ids, ranking } = parse(written);
  const ordered = orderByRanking(identity(ids.length), ranking);
  const out = new Int32Array(k);
  chooseModels(sampling, ordered, k, new Random(1), out, identity(ids.length), ranking);
  return Array.from(out, (i) => ids[i]!).sort();
}

describe("the middle window is BenchBench's iloc[n//2 - k//2 : n//2 - k//2 + k]", () => {
  it('starts at n//2 - k//2 for every parity of n and k', () => {
    const rng = new Random(0);
    expect(windowStart('middle', 8, 2, rng)).toBe(3); // 4 - 1
    expect(windowStart('middle', 8, 3, rng)).toBe(3); // 4 - 1; floor((8 - 3) / 2) would be 2
    expect(windowStart('middle', 7, 2, rng)).toBe(2); // 3 - 1
    expect(windowStart('middle', 7, 3, rng)).toBe(2); // 3 - 1
    expect(windowStart('middle', 6, 5, rng)).toBe(1); // 3 - 2: the window ends at the last model
  });

  describe('n even, k even (n = 8, k = 2: positions 3 and 4)', () => {
    it('without ties takes the 4th and 5th best', () =>
      expect(pick('middle', 'a b c d e f g h', 2)).toEqual(['d', 'e']));
    it('with a tie at the upper edge takes the smallest id of the cut group', () =>
      // a0 b1 (c h)2-3 d4 ...: the group has position 3 in the window, filled by c.
      expect(pick('middle', 'a b (c h) d e f g', 2)).toEqual(['c', 'd']));
    it('with a tie at the lower edge takes the smallest id of the cut group', () =>
      // ... d3 (e h)4-5 ...: position 4 is filled by e.
      expect(pick('middle', 'a b c d (h e) f g', 2)).toEqual(['d', 'e']));
  });

  describe('n even, k odd (n = 8, k = 3: positions 3 to 5)', () => {
    it('without ties takes the 4th to 6th best, one later than floor((n - k) / 2)', () =>
      expect(pick('middle', 'a b c d e f g h', 3)).toEqual(['d', 'e', 'f']));
    it('with a tie at the upper edge takes the smallest id of the cut group', () =>
      expect(pick('middle', 'a b (h c) d e f g', 3)).toEqual(['c', 'd', 'e']));
    it('with a tie at the lower edge takes the smallest id of the cut group', () =>
      // ... e4 (f h)5-6 g7: position 5 is filled by f.
      expect(pick('middle', 'a b c d e (h f) g', 3)).toEqual(['d', 'e', 'f']));
  });

  describe('n odd, k even (n = 7, k = 2: positions 2 and 3)', () => {
    it('without ties takes the 3rd and 4th best', () =>
      expect(pick('middle', 'a b c d e f g', 2)).toEqual(['c', 'd']));
    it('with a tie at the upper edge takes the smallest id of the cut group', () =>
      // a0 (b g)1-2 c3: position 2 is filled by b.
      expect(pick('middle', 'a (g b) c d e f', 2)).toEqual(['b', 'c']));
    it('with a tie at the lower edge takes the smallest id of the cut group', () =>
      // c2 (d g)3-4: position 3 is filled by d.
      expect(pick('middle', 'a b c (g d) e f', 2)).toEqual(['c', 'd']));
  });

  describe('n odd, k odd (n = 7, k = 3: positions 2 to 4)', () => {
    it('without ties takes the 3rd to 5th best', () =>
      expect(pick('middle', 'a b c d e f g', 3)).toEqual(['c', 'd', 'e']));
    it('with a tie at the upper edge takes the smallest id of the cut group', () =>
      expect(pick('middle', 'a (g b) c d e f', 3)).toEqual(['b', 'c', 'd']));
    it('with a tie at the lower edge takes the smallest id of the cut group', () =>
      // d3 (e g)4-5: position 4 is filled by e.
      expect(pick('middle', 'a b c d (g e) f', 3)).toEqual(['c', 'd', 'e']));
    it('with one group cut by both edges takes its smallest ids', () =>
      // a0 (b..g)1-6: positions 2 to 4 are the group's 3 in the window, filled by b, c, d.
      expect(pick('middle', 'a (g f e d c b)', 3)).toEqual(['b', 'c', 'd']));
  });
});

describe('top and bottom break ties by ascending id at both ends', () => {
  it('top with a tie at its lower edge takes the smallest ids (nlargest, keep="first")', () =>
    // e0 (a b d)1-3: position 1 is filled by a.
    expect(pick('top', 'e (d b a) c', 2)).toEqual(['a', 'e']));
  it('top inside one tied group takes its smallest ids', () =>
    expect(pick('top', '(e c d) a b', 2)).toEqual(['c', 'd']));
  it('bottom with a tie at its upper edge takes the smallest id, not the last (nsmallest, keep="first")', () =>
    // e0 (a b d)1-3 c4, window 3-4: the group's one position is filled by a.
    expect(pick('bottom', 'e (d b a) c', 2)).toEqual(['a', 'c']));
  it('bottom inside one tied group takes its smallest ids', () =>
    // e0 c1 (a b d)2-4, window 3-4: a and b, not b and d.
    expect(pick('bottom', 'e c (d b a)', 2)).toEqual(['a', 'b']));
  it('counts the models without a ranking score as one group, last', () =>
    expect(pick('bottom', 'e c [d b a]', 2)).toEqual(['a', 'b']));
  it('ranks models without a ranking score after every scored one, for top too', () =>
    expect(pick('top', '[a b] c (e d)', 3)).toEqual(['c', 'd', 'e']));
});

describe('the choice never depends on file or row order', () => {
  it('chooses the same models from the same scores written in any row order', () => {
    const rows: [string, number][] = [
      ['m1', 3],
      ['m4', 1],
      ['m2', 1],
      ['m3', 1],
      ['m5', 0],
    ];
    const chosen = (written: [string, number][]) => {
      const matrix = buildScoreMatrix([{ id: 's', scores: new Map(written) }]);
      const ranking = scenarioRow(matrix, 0);
      const n = matrix.models.length;
      const out = new Int32Array(2);
      chooseModels(
        'bottom',
        orderByRanking(identity(n), ranking),
        2,
        new Random(0),
        out,
        identity(n),
        ranking,
      );
      return Array.from(out, (i) => matrix.models[i]!).sort();
    };
    expect(chosen(rows)).toEqual(['m2', 'm5']);
    expect(chosen([...rows].reverse())).toEqual(['m2', 'm5']);
  });
});
