/**
 * A seeded generator of realistic synthetic results: the latent-ability model of
 * docs/simulation.md. Models have a general ability and correlated per-domain skills;
 * each benchmark mixes the domains (biased to its primary domain, its category), adds
 * noise, maps the result onto its own scale (accuracy, percentage, Elo, or a
 * lower-is-better error rate or perplexity) and covers a random subset of the models.
 *
 * Contract: pure and deterministic. Every draw comes from `Random.for(seed, <what>, <id>)`,
 * so the same options give the same numbers on every machine, and a draw depends only on
 * what it is for: model i has the same abilities whatever the number of models or
 * benchmarks, and `missingRate` only blanks cells (a present score never changes with it).
 * Scores are rounded to the precision of their scale (ties are possible). Invalid options
 * throw a RangeError naming the option.
 */
import { Random, identity } from '../core/random.js';
import type { Direction, ScoreMatrix } from '../core/types.js';

export type ScaleKind = 'accuracy' | 'percentage' | 'elo' | 'error-rate' | 'perplexity';

export interface SimulateOptions {
  readonly seed: number;
  readonly models: number;
  readonly benchmarks: number;
  /** The most scenarios a benchmark may have; most have one (see `multiScenarioShare`). */
  readonly scenariosPerBenchmark: number;
  /** Target share of missing (model, benchmark) cells over the whole matrix, in [0, 1). */
  readonly missingRate: number;
  /** Domains, i.e. skill dimensions and benchmark categories, in allocation order. */
  readonly domains: readonly string[];
  /** The domain whose benchmarks mix every domain evenly instead of favouring one. */
  readonly broadDomain: string;
  /** Share of benchmarks in the broad domain. */
  readonly broadShare: number;
  /** Correlation of every domain skill with general ability. */
  readonly rho: number;
  /** Added to the primary domain's exponential weight before normalising the mix. */
  readonly primaryBoost: number;
  /** Shape of the Gamma weights of a broad benchmark's mix (1 = a flat Dirichlet). */
  readonly broadConcentration: number;
  /** Noise standard deviation of a benchmark, uniform in [noiseMin, noiseMax]. */
  readonly noiseMin: number;
  readonly noiseMax: number;
  /** Share of benchmarks (outside the broad domain) whose scale is lower-is-better. */
  readonly lowerShare: number;
  /** Share of benchmarks with 2..scenariosPerBenchmark scenarios. */
  readonly multiScenarioShare: number;
  /** In benchmarks with several scenarios, chance that a covered model misses one scenario. */
  readonly scenarioDropRate: number;
  /** Half-width of the uniform spread of per-benchmark coverage around 1 - missingRate. */
  readonly coverageSpread: number;
  /** Correlation of a model's popularity with its general ability. */
  readonly popularityAbility: number;
  /** How strongly popularity raises the chance of being covered (weight exp(bias * popularity)). */
  readonly coverageBias: number;
}

export const DEFAULT_SIMULATE_OPTIONS: SimulateOptions = {
  seed: 0,
  models: 24,
  benchmarks: 14,
  scenariosPerBenchmark: 3,
  missingRate: 0.25,
  domains: ['holistic', 'safety', 'reasoning', 'knowledge', 'code', 'math'],
  broadDomain: 'holistic',
  broadShare: 0.4,
  rho: 0.7,
  primaryBoost: 4,
  broadConcentration: 4,
  noiseMin: 0.15,
  noiseMax: 1,
  lowerShare: 0.2,
  multiScenarioShare: 0.2,
  scenarioDropRate: 0.05,
  coverageSpread: 0.3,
  popularityAbility: 0.5,
  coverageBias: 1,
};

export interface SimulatedModel {
  /** Canonical id, e.g. `sim-atlas-7b`. */
  readonly id: string;
  /** Display name, e.g. `Sim-Atlas 7B`. */
  readonly name: string;
  /** A made-up organisation, e.g. `simlabs`. */
  readonly org: string;
  /** General ability g ~ N(0, 1). */
  readonly general: number;
  /** One skill per domain, in the order of `options.domains`. */
  readonly skills: readonly number[];
  readonly popularity: number;
}

export interface SimulatedScenario {
  /** Unique across the simulation: the benchmark id, or `<benchmark>-<easy|medium|hard>`. */
  readonly id: string;
  readonly benchmark: string;
  /** Shift of the latent score before scaling (difficulty; positive = easier). */
  readonly shift: number;
}

export interface SimulatedBenchmark {
  /** e.g. `sim-bench-reasoning-03`. */
  readonly id: string;
  readonly name: string;
  /** Its primary domain. */
  readonly category: string;
  readonly direction: Direction;
  readonly scale: ScaleKind;
  /** Domain weights (sum 1), in the order of `options.domains`. */
  readonly mix: readonly number[];
  /** Noise standard deviation on the latent scale. */
  readonly noise: number;
  readonly offset: number;
  readonly slope: number;
  /** Target share of models covered. */
  readonly coverage: number;
  /** `YYYY-MM-DD`, drawn from the seed. */
  readonly snapshot: string;
  readonly scenarios: readonly SimulatedScenario[];
}

export interface Simulation {
  readonly options: SimulateOptions;
  readonly models: readonly SimulatedModel[];
  readonly benchmarks: readonly SimulatedBenchmark[];
  /**
   * Raw scores on each benchmark's own scale (direction not applied), NaN = missing.
   * Columns are model ids, rows are scenario ids in benchmark order.
   */
  readonly matrix: ScoreMatrix;
}

const FAMILIES = [
  'atlas', 'birch', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'heron',
  'juniper', 'kestrel', 'lumen', 'marble', 'nimbus', 'onyx', 'pebble', 'quartz',
  'rowan', 'sable', 'tundra', 'umber', 'vesper', 'willow', 'yarrow', 'zinnia',
]; // prettier-ignore
const SIZES = [1, 3, 7, 8, 13, 14, 34, 70, 110, 180];
const ORGS = ['simlabs', 'synthetica', 'mocklab', 'fauxworks'];
const DIFFICULTY: Readonly<Record<number, readonly [string, number][]>> = {
  2: [
    ['easy', 0.6],
    ['hard', -0.6],
  ],
  3: [
    ['easy', 0.6],
    ['medium', 0],
    ['hard', -0.6],
  ],
};

/** Runs the latent-ability model; see the module comment for the contract. */
export function simulate(partial: Partial<SimulateOptions> = {}): Simulation {
  const options: SimulateOptions = { ...DEFAULT_SIMULATE_OPTIONS, ...partial };
  checkOptions(options);
  const models = Array.from({ length: options.models }, (_, i) => simulateModel(options, i));
  const benchmarks = planBenchmarks(options);
  const scenarioIds = benchmarks.flatMap((b) => b.scenarios.map((s) => s.id));
  const values = fillScores(options, models, benchmarks, scenarioIds.length);
  return {
    options,
    models,
    benchmarks,
    matrix: { models: models.map((m) => m.id), scenarios: scenarioIds, values },
  };
}

function checkOptions(o: SimulateOptions): void {
  const fail = (name: string, rule: string): never => {
    throw new RangeError(`simulate: ${name} must be ${rule}`);
  };
  const int = (name: keyof SimulateOptions, min: number, max: number): void => {
    const v = o[name] as number;
    if (!Number.isInteger(v) || v < min || v > max) fail(name, `an integer in [${min}, ${max}]`);
  };
  const share = (name: keyof SimulateOptions, maxExclusive = false): void => {
    const v = o[name] as number;
    if (!(v >= 0 && (maxExclusive ? v < 1 : v <= 1))) fail(name, `in [0, 1${maxExclusive ? ')' : ']'}`);
  };
  int('seed', -(2 ** 31), 2 ** 32 - 1);
  int('models', 1, 1_000_000);
  int('benchmarks', 1, 100_000);
  int('scenariosPerBenchmark', 1, 3);
  share('missingRate', true);
  share('broadShare');
  share('rho');
  share('lowerShare');
  share('multiScenarioShare');
  share('scenarioDropRate', true);
  share('coverageSpread');
  share('popularityAbility');
  if (o.domains.length < 1) fail('domains', 'a non-empty list');
  if (new Set(o.domains).size !== o.domains.length) fail('domains', 'distinct');
  if (!o.domains.every((d) => /^[a-z][a-z0-9]*$/.test(d)))
    fail('domains', 'lowercase words ([a-z][a-z0-9]*)');
  if (!(o.noiseMin >= 0 && o.noiseMax >= o.noiseMin && Number.isFinite(o.noiseMax))) {
    fail('noiseMin, noiseMax', 'finite with 0 <= noiseMin <= noiseMax');
  }
  if (!(o.primaryBoost >= 0 && Number.isFinite(o.primaryBoost))) fail('primaryBoost', 'finite and >= 0');
  if (!(Number.isInteger(o.broadConcentration) && o.broadConcentration >= 1 && o.broadConcentration <= 100)) {
    fail('broadConcentration', 'an integer in [1, 100]');
  }
  if (!Number.isFinite(o.coverageBias)) fail('coverageBias', 'finite');
}

function simulateModel(o: SimulateOptions, i: number): SimulatedModel {
  const family = i % FAMILIES.length;
  const k = Math.floor(i / FAMILIES.length);
  const size = SIZES[(k + 3 * family) % SIZES.length]!;
  const generation = Math.floor(k / SIZES.length) + 1;
  const word = FAMILIES[family]!;
  const version = generation > 1 ? `v${generation}` : '';
  const id = ['sim', word, version, `${size}b`].filter(Boolean).join('-');
  const name = [`Sim-${word[0]!.toUpperCase()}${word.slice(1)}`, version, `${size}B`]
    .filter(Boolean)
    .join(' ');

  const r = Random.for(o.seed, 'model', i);
  const general = r.nextNormal();
  const unique = Math.sqrt(1 - o.rho * o.rho);
  const skills = o.domains.map(() => o.rho * general + unique * r.nextNormal());
  const c = o.popularityAbility;
  const popularity = c * general + Math.sqrt(1 - c * c) * r.nextNormal();
  return { id, name, org: ORGS[family % ORGS.length]!, general, skills, popularity };
}

/** Categories, directions, scales, mixes, noise and scenarios of every benchmark. */
function planBenchmarks(o: SimulateOptions): SimulatedBenchmark[] {
  const B = o.benchmarks;
  const focusedDomains = o.domains.filter((d) => d !== o.broadDomain);
  const hasBroad = o.domains.includes(o.broadDomain);
  const nBroad = !hasBroad ? 0 : focusedDomains.length === 0 ? B : Math.round(o.broadShare * B);
  const categories: string[] = [];
  for (let j = 0; j < B; j++)
    categories.push(j < nBroad ? o.broadDomain : focusedDomains[(j - nBroad) % focusedDomains.length]!);
  // Group by category in domain order, so that ids and files read naturally.
  categories.sort((a, b) => o.domains.indexOf(a) - o.domains.indexOf(b));

  const focused = categories.flatMap((c, j) => (c === o.broadDomain ? [] : [j]));
  const lower = new Set(pick(Random.for(o.seed, 'lower'), focused, Math.round(o.lowerShare * B)));
  const multi = new Set(
    o.scenariosPerBenchmark > 1
      ? pick(
          Random.for(o.seed, 'multi'),
          categories.map((_, j) => j),
          Math.round(o.multiScenarioShare * B),
        )
      : [],
  );

  const width = Math.max(2, String(B).length);
  const perCategory = new Map<string, number>();
  const spread = Math.min(o.coverageSpread, o.missingRate, 1 - o.missingRate);
  return categories.map((category, j) => {
    const n = (perCategory.get(category) ?? 0) + 1;
    perCategory.set(category, n);
    const number = String(n).padStart(width, '0');
    const id = `sim-bench-${category}-${number}`;
    const r = Random.for(o.seed, 'benchmark', id);
    const direction: Direction = lower.has(j) ? 'lower' : 'higher';
    const scale = drawScale(r, direction, category === o.broadDomain);
    const mix = drawMix(r, o, category);
    const noise = o.noiseMin + (o.noiseMax - o.noiseMin) * r.nextFloat();
    const offset = scale === 'elo' ? r.nextFloat() - 0.5 : -1 + 2.5 * r.nextFloat();
    const slope = 0.8 + 0.7 * r.nextFloat();
    const coverage = 1 - o.missingRate + spread * (2 * r.nextFloat() - 1);
    const snapshot = dateAfter('2025-01-01', r.nextInt(365));
    const count = multi.has(j) ? 2 + r.nextInt(o.scenariosPerBenchmark - 1) : 1;
    const scenarios =
      count === 1
        ? [{ id, benchmark: id, shift: 0 }]
        : DIFFICULTY[count]!.map(([suffix, shift]) => ({ id: `${id}-${suffix}`, benchmark: id, shift }));
    const name = `Sim Bench ${category[0]!.toUpperCase()}${category.slice(1)} ${number}`;
    return { id, name, category, direction, scale, mix, noise, offset, slope, coverage, snapshot, scenarios };
  });
}

function drawScale(r: Random, direction: Direction, broad: boolean): ScaleKind {
  if (direction === 'lower') return r.nextFloat() < 0.5 ? 'error-rate' : 'perplexity';
  const u = r.nextFloat();
  const elo = broad ? 0.4 : 0.1;
  return u < elo ? 'elo' : u < elo + (1 - elo) / 2 ? 'accuracy' : 'percentage';
}

/** Normalised exponentials (a Dirichlet draw); the primary domain gets `primaryBoost` more. */
function drawMix(r: Random, o: SimulateOptions, category: string): number[] {
  const broad = category === o.broadDomain;
  const raw = o.domains.map((d) => {
    let e = 0;
    for (let k = 0; k < (broad ? o.broadConcentration : 1); k++) e -= Math.log(1 - r.nextFloat());
    return d === category && !broad ? e + o.primaryBoost : e;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((e) => e / total);
}

/** k distinct items of `from` in draw order (all of them when k >= length). */
function pick(r: Random, from: readonly number[], k: number): number[] {
  const n = from.length;
  const take = Math.min(k, n);
  const out = new Int32Array(take);
  r.sample(n, take, out, identity(n));
  return Array.from(out, (i) => from[i]!);
}

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function fillScores(
  o: SimulateOptions,
  models: readonly SimulatedModel[],
  benchmarks: readonly SimulatedBenchmark[],
  scenarioCount: number,
): Float64Array {
  const M = models.length;
  const D = o.domains.length;
  const skills = new Float64Array(M * D);
  const weights = new Float64Array(M);
  models.forEach((m, i) => {
    for (let d = 0; d < D; d++) skills[i * D + d] = m.skills[d]!;
    weights[i] = Math.exp(o.coverageBias * m.popularity);
  });
  const values = new Float64Array(scenarioCount * M);
  const signal = new Float64Array(M);
  const covered = new Uint8Array(M);
  const keys = new Float64Array(M);
  const sorted = new Float64Array(M);
  let row = 0;
  for (const b of benchmarks) {
    for (let m = 0; m < M; m++) {
      let x = 0;
      for (let d = 0; d < D; d++) x += b.mix[d]! * skills[m * D + d]!;
      signal[m] = x;
    }
    chooseCovered(Random.for(o.seed, 'coverage', b.id), b.coverage, weights, keys, sorted, covered);
    const multi = b.scenarios.length > 1;
    for (const s of b.scenarios) {
      const noise = new Normals(Random.for(o.seed, 'noise', s.id));
      const drop = Random.for(o.seed, 'drop', s.id);
      const base = row * M;
      for (let m = 0; m < M; m++) {
        const z = b.offset + s.shift + b.slope * (signal[m]! + b.noise * noise.next());
        // Draw whether covered or not, so that coverage never shifts another cell's draws.
        const dropped = multi && drop.nextFloat() < o.scenarioDropRate;
        const present = covered[m] === 1 && !dropped;
        values[base + m] = present ? toScale(b.scale, z) : NaN;
      }
      row++;
    }
  }
  return values;
}

/**
 * Covers round(coverage * M) models, sampled without replacement with probability
 * proportional to `weights` (an exponential race: the smallest Exp(weight) arrival times win).
 */
function chooseCovered(
  r: Random,
  coverage: number,
  weights: Float64Array,
  keys: Float64Array,
  sorted: Float64Array,
  covered: Uint8Array,
): void {
  const M = weights.length;
  const k = Math.min(M, Math.max(0, Math.round(coverage * M)));
  // 32-bit uniforms in (0, 1) are plenty for a race between at most a million models.
  for (let m = 0; m < M; m++) keys[m] = -Math.log((r.nextUint32() + 0.5) * 2 ** -32) / weights[m]!;
  if (k === M) {
    covered.fill(1);
    return;
  }
  if (k === 0) {
    covered.fill(0);
    return;
  }
  sorted.set(keys);
  const threshold = kthSmallest(sorted, k - 1);
  for (let m = 0; m < M; m++) covered[m] = keys[m]! <= threshold ? 1 : 0;
}

/** The k-th smallest value (0-based) by quickselect, reordering `a` in place: O(n) on average. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Standard normal deviates by Box-Muller, using both values of each pair (twice as fast as one). */
class Normals {
  private spare = NaN;
  constructor(private readonly random: Random) {}

  next(): number {
    if (!Number.isNaN(this.spare)) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    // 32-bit uniforms (u in (0, 1), never 0): tails reach about 6.7 sd, plenty for noise.
    const u = (this.random.nextUint32() + 0.5) * 2 ** -32;
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * 2 ** -32 * this.random.nextUint32();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
const round = (v: number, scale: number): number => Math.round(v * scale) / scale;

/** Maps the latent "goodness" z onto a scale; every map is monotone (decreasing for lower-is-better). */
export function toScale(scale: ScaleKind, z: number): number {
  switch (scale) {
    case 'accuracy':
      return round(logistic(z), 1e4);
    case 'percentage':
      return round(100 * logistic(z), 100);
    case 'elo':
      return round(1000 + 120 * z, 10);
    case 'error-rate':
      return round(logistic(-z), 1e4);
    case 'perplexity':
      return round(Math.exp(2 - 0.5 * z), 1e3);
  }
}
