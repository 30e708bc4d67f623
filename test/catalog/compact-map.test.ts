import { describe, expect, it } from 'vitest';
import { CompactMap } from '../../src/catalog/compact-map.js';

describe('CompactMap', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const scores = new CompactMap(ids, [2, 0, 3], [0.5, 1, -0]);

  it('behaves as a read-only map from model id to score', () => {
    expect(scores.size).toBe(3);
    expect(scores.get('c')).toBe(0.5);
    expect(scores.get('b')).toBeUndefined();
    expect(scores.has('a')).toBe(true);
    expect(scores.has('b')).toBe(false);
    expect(Object.is(scores.get('d'), -0)).toBe(true);
  });

  it('iterates in the order of the file, like the Map it replaces', () => {
    const map = new Map([
      ['c', 0.5],
      ['a', 1],
      ['d', -0],
    ]);
    expect([...scores]).toEqual([...map]);
    expect([...scores.keys()]).toEqual([...map.keys()]);
    expect([...scores.values()]).toEqual([...map.values()]);
    const seen: [string, number][] = [];
    scores.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([...map]);
  });

  it('takes keys in their own order when there is no key index', () => {
    const names = new CompactMap(['GPT 4', 'llama'], null, ['gpt-4', 'llama']);
    expect([...names]).toEqual([
      ['GPT 4', 'gpt-4'],
      ['llama', 'llama'],
    ]);
    expect(names.get('GPT 4')).toBe('gpt-4');
    expect(names.size).toBe(2);
  });
});
