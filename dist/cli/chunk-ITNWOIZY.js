import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/core/random.ts
var Random = class _Random {
  s0;
  s1;
  s2;
  s3;
  constructor(key) {
    let x = key >>> 0;
    const next = () => {
      x = x + 2654435769 | 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** Seeds from a list of parts, e.g. `Random.for(seed, 'mmlu', 'aggregate', experiment)`. */
  static for(...parts) {
    return new _Random(hashKey(parts));
  }
  /** A uniform 32-bit unsigned integer. */
  nextUint32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat() {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  /** A uniform integer in [0, n), without modulo bias (rejection sampling); n in [1, 2^32]. */
  nextInt(n) {
    const limit = 4294967296 - 4294967296 % n;
    let v = this.nextUint32();
    while (v >= limit) v = this.nextUint32();
    return v % n;
  }
  /** A standard normal deviate (Box-Muller, one of the pair). */
  nextNormal() {
    let u = this.nextFloat();
    while (u === 0) u = this.nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextFloat());
  }
  /**
   * k distinct indices of [0, n) in draw order, uniform over subsets: a partial Fisher-Yates
   * shuffle in O(k). `scratch` (length >= n) must hold the identity 0..n-1 on entry (see
   * `identity`); the swaps are undone before returning, so it can be reused without refilling.
   */
  sample(n, k, out, scratch) {
    if (swaps.length < k) swaps = new Int32Array(k);
    for (let i = 0; i < k; i++) {
      const j = i + this.nextInt(n - i);
      swaps[i] = j;
      const t = scratch[i];
      scratch[i] = scratch[j];
      scratch[j] = t;
      out[i] = scratch[i];
    }
    for (let i = k - 1; i >= 0; i--) {
      const j = swaps[i];
      const t = scratch[i];
      scratch[i] = scratch[j];
      scratch[j] = t;
    }
  }
};
var swaps = new Int32Array(16);
function identity(n) {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
var rotl = (x, k) => x << k | x >>> 32 - k;
function hashKey(parts) {
  let h = 2166136261;
  for (const part of parts) {
    const text = typeof part === "number" ? `#${part}` : `$${part}`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    h ^= 31;
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}

export {
  Random,
  identity,
  hashKey
};
