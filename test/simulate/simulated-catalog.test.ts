import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  aggregateScenarios,
  simulateCommand,
  simulatedCatalog,
} from '../../src/simulate/simulated-catalog.js';
import { simulate, type SimulateOptions } from '../../src/simulate/simulate.js';

const STARTER: Partial<SimulateOptions> = { seed: 0, models: 24, benchmarks: 14 };
const catalogOf = (options: Partial<SimulateOptions>): Map<string, string> =>
  simulatedCatalog(simulate(options));

interface ModelsYaml {
  models: Record<string, { name: string; aliases: string[] }>;
}

/** The normalisation the spellings rely on: case and `_` vs `-` do not matter. */
const normalise = (name: string): string => name.trim().toLowerCase().replace(/_/g, '-');

describe('simulatedCatalog', () => {
  it('writes byte-identical files for the same options and different ones for another seed', () => {
    const a = catalogOf(STARTER);
    expect(catalogOf(STARTER)).toEqual(a);
    const b = catalogOf({ ...STARTER, seed: 1 });
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...b.values()]).not.toEqual([...a.values()]);
  });

  it('writes the config, the models and a CSV and a YAML per benchmark', () => {
    const sim = simulate(STARTER);
    const files = simulatedCatalog(sim);
    expect([...files.keys()].slice(0, 2)).toEqual(['benchbench.yaml', 'models.yaml']);
    expect(files.size).toBe(2 + 2 * sim.benchmarks.length);
    for (const b of sim.benchmarks) {
      expect(files.has(`benchmarks/${b.id}.csv`)).toBe(true);
      expect(files.has(`benchmarks/${b.id}.yaml`)).toBe(true);
    }
  });

  it('parses every YAML file', () => {
    for (const [path, text] of catalogOf({ ...STARTER, benchmarks: 30 })) {
      if (path.endsWith('.yaml')) expect(() => parseYaml(text), path).not.toThrow();
    }
  });

  it('configures an aggregate of six holistic scenarios, the default method and two leaderboards', () => {
    const sim = simulate(STARTER);
    const files = simulatedCatalog(sim);
    const text = files.get('benchbench.yaml')!;
    const config = parseYaml(text);
    expect(config.aggregate.scenarios).toHaveLength(6);
    for (const s of config.aggregate.scenarios) expect(s).toMatch(/^sim-bench-holistic-/);
    expect(config.aggregate.min_scenarios_per_model).toBe(2);
    expect(config.method).toEqual({
      correlation: 'kendall',
      models_per_sample: 10,
      sampling: 'random',
      samples: 100,
      seed: 0,
      min_common_models: 5,
    });
    expect(config.leaderboards).toEqual([
      { id: 'main', title: 'All benchmarks' },
      { id: 'safety', title: 'Safety', categories: ['safety'] },
    ]);
    expect(text.split('\n')[0]).toMatch(/^# SIMULATED catalog/);
    expect(text).toContain(`# Regenerate with: ${simulateCommand(sim.options)}`);
    expect(simulateCommand(sim.options)).toBe(
      'benchbench simulate --seed 0 --models 24 --benchmarks 14 --scenarios-per-benchmark 3 ' +
        '--missing-rate 0.25 --domains holistic,safety,reasoning,knowledge,code,math --out catalog',
    );
  });

  it('quotes the command it is given in the header', () => {
    const text = simulatedCatalog(simulate(STARTER), { command: 'make catalog' }).get('benchbench.yaml')!;
    expect(text).toContain('# Regenerate with: make catalog');
  });

  it('falls back to the least noisy higher-is-better benchmarks when there are too few broad ones', () => {
    const sim = simulate({ ...STARTER, broadShare: 0 });
    const chosen = aggregateScenarios(sim);
    expect(chosen).toHaveLength(2);
    const noise = (id: string): number => sim.benchmarks.find((b) => b.scenarios[0]!.id === id)!.noise;
    const others = sim.benchmarks.filter(
      (b) => b.direction === 'higher' && !chosen.includes(b.scenarios[0]!.id),
    );
    for (const b of others) expect(b.noise).toBeGreaterThanOrEqual(Math.max(...chosen.map(noise)));
  });

  it('lists every model with its display name among its aliases', () => {
    const sim = simulate(STARTER);
    const { models } = parseYaml(simulatedCatalog(sim).get('models.yaml')!) as ModelsYaml;
    expect(Object.keys(models)).toEqual(sim.models.map((m) => m.id));
    for (const m of sim.models) {
      expect(models[m.id]!.name).toBe(m.name);
      expect(models[m.id]!.aliases).toContain(m.name);
    }
    expect(models['sim-atlas-1b']).toEqual({
      name: 'Sim-Atlas 1B',
      aliases: ['Sim-Atlas 1B', 'simlabs/sim-atlas-1b'],
    });
  });

  it('writes wide CSVs whose scores are the simulated ones, blank where missing', () => {
    const sim = simulate({ ...STARTER, benchmarks: 30 });
    const files = simulatedCatalog(sim);
    const { models } = parseYaml(files.get('models.yaml')!) as ModelsYaml;
    const resolve = resolver(models);
    const M = sim.matrix.models.length;
    let blanks = 0;
    for (const b of sim.benchmarks) {
      const rows = parseCsv(files.get(`benchmarks/${b.id}.csv`)!) as string[][];
      expect(rows[0]).toEqual(['model', ...b.scenarios.map((s) => s.id)]);
      const seen = new Set<string>();
      for (const cells of rows.slice(1)) {
        expect(cells).toHaveLength(1 + b.scenarios.length);
        const id = resolve(cells[0]!);
        expect(seen.has(id), `${cells[0]} twice in ${b.id}`).toBe(false);
        seen.add(id);
        const m = sim.matrix.models.indexOf(id);
        b.scenarios.forEach((s, k) => {
          const v = sim.matrix.values[sim.matrix.scenarios.indexOf(s.id) * M + m]!;
          if (Number.isNaN(v)) blanks++;
          expect(cells[k + 1]).toBe(Number.isNaN(v) ? '' : String(v));
        });
      }
      const present = sim.matrix.models.filter((_, m) =>
        b.scenarios.some(
          (s) => !Number.isNaN(sim.matrix.values[sim.matrix.scenarios.indexOf(s.id) * M + m]!),
        ),
      );
      expect(seen).toEqual(new Set(present));
    }
    expect(blanks).toBeGreaterThan(0);
  });

  it('spells model names in several ways, using an org prefix only where it is an alias', () => {
    const files = catalogOf({ ...STARTER, benchmarks: 40 });
    const { models } = parseYaml(files.get('models.yaml')!) as ModelsYaml;
    const aliases = new Set(Object.values(models).flatMap((m) => m.aliases));
    const styles = new Set<string>();
    for (const [path, text] of files) {
      if (!path.endsWith('.csv')) continue;
      for (const [name] of (parseCsv(text) as string[][]).slice(1)) {
        if (name!.includes('/')) expect(aliases).toContain(name);
        styles.add(
          name!.includes('/')
            ? 'org'
            : name!.includes(' ')
              ? 'display'
              : name!.includes('_')
                ? 'underscore'
                : /[A-Z]/.test(name!)
                  ? 'title'
                  : 'canonical',
        );
      }
    }
    expect([...styles].sort()).toEqual(['canonical', 'display', 'org', 'title', 'underscore']);
  });

  it('marks each benchmark as simulated, with its category, direction and licence and no url', () => {
    const sim = simulate(STARTER);
    const files = simulatedCatalog(sim);
    for (const b of sim.benchmarks) {
      const meta = parseYaml(files.get(`benchmarks/${b.id}.yaml`)!);
      expect(meta).toMatchObject({
        name: b.name,
        snapshot: b.snapshot,
        category: b.category,
        direction: b.direction,
        license: 'CC0-1.0',
        simulated: true,
      });
      expect(meta.description).toMatch(/^Simulated benchmark, not real data/);
      expect(meta).not.toHaveProperty('url');
      if (b.scenarios.length > 1) expect(Object.keys(meta.scenarios)).toEqual(b.scenarios.map((s) => s.id));
      else expect(meta).not.toHaveProperty('scenarios');
    }
  });

  it('gives the starter options 2 safety benchmarks and 2 or 3 lower-is-better ones', () => {
    const sim = simulate(STARTER);
    expect(sim.benchmarks.filter((b) => b.category === 'safety')).toHaveLength(2);
    const lower = sim.benchmarks.filter((b) => b.direction === 'lower').length;
    expect(lower).toBeGreaterThanOrEqual(2);
    expect(lower).toBeLessThanOrEqual(3);
  });
});

/** Canonical id of a written name: through an alias, else through the normalisation. */
function resolver(models: ModelsYaml['models']): (name: string) => string {
  const byAlias = new Map<string, string>();
  for (const [id, m] of Object.entries(models)) {
    byAlias.set(normalise(id), id);
    for (const a of m.aliases) byAlias.set(normalise(a), id);
  }
  return (name) => {
    const id = byAlias.get(normalise(name));
    if (id === undefined) throw new Error(`no model matches ${name}`);
    return id;
  };
}
