import { describe, expect, it } from 'vitest';
import { Random, hashKey, identity, sampleScratch } from '../../src/core/random.js';

/** hashKey as it is specified: FNV-1a over `#` and a number's text or `$` and a string, then fmix32. */
function hashKeyAsText(parts: readonly (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : `$${part}`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

describe('Random', () => {
  it('gives the same sequence for the same key', () => {
    const a = Random.for(0, 'mmlu', 3);
    const b = Random.for(0, 'mmlu', 3);
    expect(Array.from({ length: 20 }, () => a.nextUint32())).toEqual(
      Array.from({ length: 20 }, () => b.nextUint32()),
    );
  });

  it('gives different sequences for different keys', () => {
    expect(Random.for(0, 'a').nextUint32()).not.toBe(Random.for(0, 'b').nextUint32());
    expect(hashKey([1, 'x'])).not.toBe(hashKey(['1', 'x']));
  });

  it('hashes a number as its decimal text, whichever way it is computed', () => {
    const rng = new Random(9);
    const numbers = [0, 1, 9, 10, 99, 100, 4294967295, 4294967296, -1, -42, 0.5, 1e21, -0, NaN, Infinity];
    for (let i = 0; i < 2000; i++) numbers.push(rng.nextUint32(), rng.nextInt(1000), rng.nextFloat() * 1e6);
    for (const n of numbers) {
      expect(hashKey([n])).toBe(hashKeyAsText([n]));
      expect(hashKey([n, 'mmlu', n, 3])).toBe(hashKeyAsText([n, 'mmlu', n, 3]));
    }
  });

  it('shares one sampling scratch that sampling leaves as the identity', () => {
    const scratch = sampleScratch(50);
    expect(scratch.length).toBeGreaterThanOrEqual(50);
    const out = new Int32Array(7);
    new Random(3).sample(50, 7, out, scratch);
    expect([...scratch.subarray(0, 50)]).toEqual([...identity(50)]);
    expect(sampleScratch(20)).toBe(scratch);
    expect([...sampleScratch(500).subarray(0, 500)]).toEqual([...identity(500)]);
  });

  it('pins its first outputs so that results stay reproducible across versions', () => {
    const r = new Random(0);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toMatchInlineSnapshot(`
      [
        3809008728,
        1133695204,
        53579671,
      ]
    `);
  });

  it('draws floats in [0, 1) with a mean near 1/2', () => {
    const r = new Random(42);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = r.nextFloat();
      expect(v >= 0 && v < 1).toBe(true);
      sum += v;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.01);
  });

  it('draws every subset position uniformly when sampling without replacement', () => {
    const r = new Random(7);
    const counts = new Array(10).fill(0);
    const out = new Int32Array(3);
    const scratch = identity(10);
    for (let i = 0; i < 30_000; i++) {
      r.sample(10, 3, out, scratch);
      expect(new Set(out).size).toBe(3);
      for (const v of out) counts[v]++;
      expect(Array.from(scratch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    for (const c of counts) expect(Math.abs(c - 9000)).toBeLessThan(400);
  });

  it('draws integers below n without bias', () => {
    const r = new Random(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.nextInt(3)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });
});
