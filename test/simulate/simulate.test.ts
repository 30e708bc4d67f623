import { describe, expect, it } from 'vitest';
import { flipLowerIsBetter } from '../../src/core/direction.js';
import { simulate, toScale, type ScaleKind, type Simulation } from '../../src/simulate/simulate.js';

/** Share of concordant pairs among the pairs where both values are present and untied (by hand, O(n^2)). */
function concordance(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  let concordant = 0;
  let counted = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const dx = xs[j]! - xs[i]!;
      const dy = ys[j]! - ys[i]!;
      if (Number.isNaN(dx) || Number.isNaN(dy) || dx === 0 || dy === 0) continue;
      counted++;
      if (Math.sign(dx) === Math.sign(dy)) concordant++;
    }
  }
  return concordant / counted;
}

const row = (sim: Simulation, scenario: string): Float64Array => {
  const s = sim.matrix.scenarios.indexOf(scenario);
  const M = sim.matrix.models.length;
  return sim.matrix.values.slice(s * M, (s + 1) * M);
};
const general = (sim: Simulation): number[] => sim.models.map((m) => m.general);
const missingShare = (values: Float64Array): number => values.filter(Number.isNaN).length / values.length;

describe('simulate', () => {
  it('gives identical results for the same options and different ones for another seed', () => {
    const a = simulate({ seed: 7, models: 40, benchmarks: 12 });
    const b = simulate({ seed: 7, models: 40, benchmarks: 12 });
    const c = simulate({ seed: 8, models: 40, benchmarks: 12 });
    expect(Array.from(a.matrix.values)).toEqual(Array.from(b.matrix.values));
    expect(a.benchmarks).toEqual(b.benchmarks);
    expect(a.models).toEqual(b.models);
    expect(Array.from(c.matrix.values)).not.toEqual(Array.from(a.matrix.values));
  });

  it('produces one row per scenario and one column per model, with unique synthetic ids', () => {
    const sim = simulate({ seed: 1, models: 60, benchmarks: 30, scenariosPerBenchmark: 3 });
    const { matrix } = sim;
    expect(matrix.models).toHaveLength(60);
    expect(sim.benchmarks).toHaveLength(30);
    expect(matrix.values).toHaveLength(matrix.scenarios.length * 60);
    expect(new Set(matrix.models).size).toBe(60);
    expect(new Set(matrix.scenarios).size).toBe(matrix.scenarios.length);
    for (const id of matrix.models) expect(id).toMatch(/^sim-[a-z]+(-v\d+)?-\d+b$/);
    for (const b of sim.benchmarks) expect(b.id).toMatch(/^sim-bench-[a-z]+-\d{2,}$/);
    const multi = sim.benchmarks.filter((b) => b.scenarios.length > 1);
    expect(multi).toHaveLength(Math.round(0.2 * 30));
    for (const b of multi) expect(b.scenarios.length).toBeLessThanOrEqual(3);
    expect(matrix.scenarios).toEqual(sim.benchmarks.flatMap((b) => b.scenarios.map((s) => s.id)));
  });

  it('gives every benchmark a single scenario when scenariosPerBenchmark is 1', () => {
    const sim = simulate({ models: 10, benchmarks: 20, scenariosPerBenchmark: 1 });
    expect(sim.matrix.scenarios).toEqual(sim.benchmarks.map((b) => b.id));
  });

  it('keeps model names distinct beyond the first round of families and sizes', () => {
    const sim = simulate({ models: 600, benchmarks: 1 });
    expect(new Set(sim.models.map((m) => m.id)).size).toBe(600);
    expect(new Set(sim.models.map((m) => m.name)).size).toBe(600);
  });

  it('misses about missingRate of the cells, with coverage spread around 1 - missingRate', () => {
    const sim = simulate({ seed: 3, models: 200, benchmarks: 150, missingRate: 0.4, scenarioDropRate: 0 });
    expect(missingShare(sim.matrix.values)).toBeCloseTo(0.4, 1);
    expect(Math.abs(missingShare(sim.matrix.values) - 0.4)).toBeLessThan(0.04);
    for (const b of sim.benchmarks) {
      expect(b.coverage).toBeGreaterThanOrEqual(0.3);
      expect(b.coverage).toBeLessThanOrEqual(0.9);
    }
    const coverages = sim.benchmarks.map((b) => b.coverage);
    expect(Math.max(...coverages) - Math.min(...coverages)).toBeGreaterThan(0.4);
  });

  it('covers exactly round(coverage x models) models in each single-scenario benchmark', () => {
    const sim = simulate({ seed: 4, models: 97, benchmarks: 25, scenariosPerBenchmark: 1, missingRate: 0.5 });
    for (const b of sim.benchmarks) {
      const present = row(sim, b.id).filter((v) => !Number.isNaN(v)).length;
      expect(present).toBe(Math.round(b.coverage * 97));
    }
  });

  it('stays close to missingRate with the default scenario drops', () => {
    const sim = simulate({ seed: 5, models: 200, benchmarks: 150, missingRate: 0.25 });
    expect(Math.abs(missingShare(sim.matrix.values) - 0.25)).toBeLessThan(0.05);
  });

  it('leaves nothing missing when missingRate is 0 and scenarios are never dropped', () => {
    const sim = simulate({ models: 30, benchmarks: 10, missingRate: 0, scenarioDropRate: 0 });
    expect(missingShare(sim.matrix.values)).toBe(0);
  });

  it('covers popular models more often than unpopular ones', () => {
    const sim = simulate({ seed: 6, models: 400, benchmarks: 60, missingRate: 0.5 });
    const M = sim.models.length;
    const covered = sim.models.map((_, m) => {
      let n = 0;
      for (let s = 0; s < sim.matrix.scenarios.length; s++)
        if (!Number.isNaN(sim.matrix.values[s * M + m]!)) n++;
      return n;
    });
    const byPopularity = sim.models
      .map((m, i) => ({ p: m.popularity, n: covered[i]! }))
      .sort((a, b) => a.p - b.p);
    const mean = (xs: { n: number }[]): number => xs.reduce((a, x) => a + x.n, 0) / xs.length;
    expect(mean(byPopularity.slice(M / 2))).toBeGreaterThan(1.2 * mean(byPopularity.slice(0, M / 2)));
  });

  it('changes no present score when only missingRate changes', () => {
    const dense = simulate({ seed: 9, models: 50, benchmarks: 8, missingRate: 0 });
    const sparse = simulate({ seed: 9, models: 50, benchmarks: 8, missingRate: 0.6 });
    sparse.matrix.values.forEach((v, i) => {
      if (!Number.isNaN(v)) expect(v).toBe(dense.matrix.values[i]);
    });
    expect(missingShare(sparse.matrix.values)).toBeGreaterThan(0.4);
  });

  it('gives model i the same abilities whatever the number of models', () => {
    expect(simulate({ seed: 2, models: 5 }).models).toEqual(
      simulate({ seed: 2, models: 30 }).models.slice(0, 5),
    );
  });

  it('draws domain skills correlated with general ability by rho', () => {
    const sim = simulate({ seed: 10, models: 3000, benchmarks: 1, rho: 0.7 });
    const g = general(sim);
    const s0 = sim.models.map((m) => m.skills[0]!);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [mg, ms] = [mean(g), mean(s0)];
    const cov = mean(g.map((x, i) => (x - mg) * (s0[i]! - ms)));
    const sd = (xs: number[], m: number): number => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(cov / (sd(g, mg) * sd(s0, ms))).toBeCloseTo(0.7, 1);
  });

  it('mixes domains with weights summing to 1, favouring the primary domain of focused benchmarks', () => {
    const sim = simulate({ seed: 11, benchmarks: 60 });
    const domains = sim.options.domains;
    for (const b of sim.benchmarks) {
      expect(b.mix.reduce((a, w) => a + w, 0)).toBeCloseTo(1, 12);
      expect(domains).toContain(b.category);
    }
    const focused = sim.benchmarks.filter((b) => b.category !== 'holistic');
    const favoured = focused.filter((b) => b.mix[domains.indexOf(b.category)] === Math.max(...b.mix));
    expect(favoured.length / focused.length).toBeGreaterThan(0.9);
    expect(sim.benchmarks.filter((b) => b.category === 'holistic')).toHaveLength(Math.round(0.4 * 60));
  });

  it('makes about lowerShare of the benchmarks lower-is-better, never a broad one', () => {
    const sim = simulate({ seed: 12, benchmarks: 14 });
    const lower = sim.benchmarks.filter((b) => b.direction === 'lower');
    expect(lower).toHaveLength(3);
    for (const b of lower) {
      expect(b.category).not.toBe('holistic');
      expect(['error-rate', 'perplexity']).toContain(b.scale);
    }
    for (const b of sim.benchmarks.filter((x) => x.direction === 'higher')) {
      expect(['accuracy', 'percentage', 'elo']).toContain(b.scale);
    }
  });

  it('makes lower-is-better scores anti-correlate with ability until they are flipped', () => {
    const sim = simulate({ seed: 13, models: 150, benchmarks: 40, noiseMax: 0.5, missingRate: 0.2 });
    const lower = sim.matrix.scenarios.filter(
      (s) => sim.benchmarks.find((b) => b.scenarios.some((x) => x.id === s))!.direction === 'lower',
    );
    expect(lower.length).toBeGreaterThanOrEqual(5);
    for (const s of lower) {
      expect(concordance(row(sim, s), general(sim))).toBeLessThan(0.35);
      expect(concordance(flipLowerIsBetter(row(sim, s)), general(sim))).toBeGreaterThan(0.65);
    }
  });

  it('makes low-noise benchmarks agree more with general ability than high-noise ones', () => {
    const sim = simulate({
      seed: 14,
      models: 120,
      benchmarks: 30,
      scenariosPerBenchmark: 1,
      lowerShare: 0,
      missingRate: 0,
      noiseMin: 0.05,
      noiseMax: 2.5,
    });
    const byNoise = [...sim.benchmarks].sort((a, b) => a.noise - b.noise);
    const agreement = (bs: typeof byNoise): number =>
      bs.reduce((a, b) => a + concordance(row(sim, b.id), general(sim)), 0) / bs.length;
    const quiet = agreement(byNoise.slice(0, 5));
    const noisy = agreement(byNoise.slice(-5));
    expect(byNoise[4]!.noise).toBeLessThan(byNoise[25]!.noise);
    expect(quiet).toBeGreaterThan(noisy + 0.08);
  });

  it('maps the latent score monotonically onto each scale, decreasing for lower-is-better', () => {
    const increasing: ScaleKind[] = ['accuracy', 'percentage', 'elo'];
    const decreasing: ScaleKind[] = ['error-rate', 'perplexity'];
    for (const scale of [...increasing, ...decreasing]) {
      const values = [-2, -1, 0, 1, 2].map((z) => toScale(scale, z));
      const sorted = [...values].sort((a, b) => (increasing.includes(scale) ? a - b : b - a));
      expect(values).toEqual(sorted);
      expect(new Set(values).size).toBe(5);
    }
    expect(toScale('accuracy', 0)).toBe(0.5);
    expect(toScale('percentage', 0)).toBe(50);
    expect(toScale('elo', 0)).toBe(1000);
    expect(toScale('error-rate', 0)).toBe(0.5);
    expect(toScale('accuracy', 1)).toBe(0.7311);
  });

  it('rejects invalid options with a RangeError naming the option', () => {
    expect(() => simulate({ models: 0 })).toThrow(/models/);
    expect(() => simulate({ missingRate: 1 })).toThrow(/missingRate/);
    expect(() => simulate({ scenariosPerBenchmark: 4 })).toThrow(/scenariosPerBenchmark/);
    expect(() => simulate({ domains: [] })).toThrow(/domains/);
    expect(() => simulate({ domains: ['code', 'code'] })).toThrow(RangeError);
    expect(() => simulate({ noiseMin: 1, noiseMax: 0.5 })).toThrow(/noise/);
  });

  it('generates 2,000 benchmarks x 5,000 models in a few seconds', () => {
    const start = performance.now();
    const sim = simulate({ seed: 1, models: 5000, benchmarks: 2000 });
    const seconds = (performance.now() - start) / 1000;
    expect(sim.matrix.values.length).toBe(sim.matrix.scenarios.length * 5000);
    expect(sim.matrix.scenarios.length).toBeGreaterThanOrEqual(2000);
    // The target is under ~3 s on a 2-core runner; the bound leaves room for a loaded machine.
    expect(seconds).toBeLessThan(10);
  });
});
