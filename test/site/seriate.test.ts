import { describe, expect, it } from 'vitest';
import { clusteredOrder } from '../../src/report/site/seriate.js';

/** Agreement 0.9 inside a group, 0.1 across groups. */
const grouped =
  (groups: readonly number[]) =>
  (i: number, j: number): number =>
    groups[i] === groups[j] ? 0.9 : 0.1;

describe('clusteredOrder', () => {
  it('returns a permutation of every index', () => {
    const order = clusteredOrder(7, (i, j) => Math.cos(i * j));
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('puts the members of each cluster next to each other', () => {
    const groups = [0, 1, 2, 0, 1, 2, 0, 1, 2];
    const order = clusteredOrder(groups.length, grouped(groups));
    const sequence = order.map((i) => groups[i]);
    const runs = sequence.filter((g, k) => k === 0 || g !== sequence[k - 1]).length;
    expect(runs).toBe(3);
  });

  it('treats a missing agreement as none at all', () => {
    const order = clusteredOrder(4, (i, j) => (i % 2 === j % 2 ? 0.8 : null));
    const parity = order.map((i) => i % 2);
    expect(parity[0]).toBe(parity[1]);
    expect(parity[2]).toBe(parity[3]);
  });

  it('is the identity for two items or fewer', () => {
    expect(clusteredOrder(0, () => 1)).toEqual([]);
    expect(clusteredOrder(2, () => 1)).toEqual([0, 1]);
  });
});
