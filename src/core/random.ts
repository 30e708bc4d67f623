/**
 * The seeded generator of the engine: xoshiro128** (Blackman and Vigna, 2018) with its
 * 128-bit state filled by splitmix32 from a 32-bit key. Keys are derived from any list of
 * numbers and strings (seed, scenario ids, experiment number) with FNV-1a and murmur3's
 * finaliser, so a draw depends only on what it is for, never on the order of work.
 * Every operation is 32-bit integer arithmetic: the same on every machine.
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(key: number) {
    let x = key >>> 0;
    const next = (): number => {
      // splitmix32
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Seeds from a list of parts, e.g. `Random.for(seed, 'mmlu', 'aggregate', experiment)`. */
  static for(...parts: readonly (number | string)[]): Random {
    return new Random(hashKey(parts));
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
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
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform integer in [0, n), without modulo bias (rejection sampling); n in [1, 2^32]. */
  nextInt(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    let v = this.nextUint32();
    while (v >= limit) v = this.nextUint32();
    return v % n;
  }

  /** A standard normal deviate (Box-Muller, one of the pair). */
  nextNormal(): number {
    let u = this.nextFloat();
    while (u === 0) u = this.nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextFloat());
  }

  /**
   * k distinct indices of [0, n) in draw order, uniform over subsets: a partial Fisher-Yates
   * shuffle in O(k). `scratch` (length >= n) must hold the identity 0..n-1 on entry (see
   * `identity`); the swaps are undone before returning, so it can be reused without refilling.
   */
  sample(n: number, k: number, out: Int32Array, scratch: Int32Array): void {
    if (swaps.length < k) swaps = new Int32Array(k);
    for (let i = 0; i < k; i++) {
      const j = i + this.nextInt(n - i);
      swaps[i] = j;
      const t = scratch[i]!;
      scratch[i] = scratch[j]!;
      scratch[j] = t;
      out[i] = scratch[i]!;
    }
    for (let i = k - 1; i >= 0; i--) {
      const j = swaps[i]!;
      const t = scratch[i]!;
      scratch[i] = scratch[j]!;
      scratch[j] = t;
    }
  }
}

let swaps = new Int32Array(16);

/** 0, 1, ..., n - 1: the state `Random.sample` expects its scratch in. */
export function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * A scratch for `Random.sample` of at least n, shared by the calls of this thread: `sample`
 * leaves it as the identity, so it is made once for the largest n, not once per call.
 */
export function sampleScratch(n: number): Int32Array {
  if (sharedIdentity.length < n) sharedIdentity = identity(Math.max(n, 2 * sharedIdentity.length));
  return sharedIdentity;
}
let sharedIdentity: Int32Array = new Int32Array(0);

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** FNV-1a over the parts (strings by UTF-16 code unit, numbers by their decimal text), then fmix32. */
export function hashKey(parts: readonly (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    if (typeof part === 'number' && Number.isInteger(part) && part >= 0 && part <= 0xffffffff) {
      h = hashDigits(h, part);
    } else {
      const text = typeof part === 'number' ? `#${part}` : `$${part}`;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
    }
    h ^= 0x1f; // separator
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a over `#` and the decimal digits of n (an integer in [0, 2^32)), as over the text
 * `#${n}`, without making the text: the engine hashes two such numbers per experiment.
 */
function hashDigits(h: number, n: number): number {
  h = Math.imul(h ^ 35 /* # */, 0x01000193);
  let power = 1;
  while (power * 10 <= n) power *= 10;
  for (; power >= 1; power /= 10) {
    const digit = Math.floor(n / power) % 10;
    h = Math.imul(h ^ (48 + digit), 0x01000193);
  }
  return h;
}
