/**
 * Turns a simulation (src/simulate/simulate.ts) into the files of a catalog (DESIGN.md
 * section 3): `benchbench.yaml`, `models.yaml`, and per benchmark a wide results CSV and
 * its metadata YAML. Pure and deterministic: the same simulation gives byte-identical
 * files, returned by catalog-relative path in writing order.
 *
 * Each results file spells model names in its own house style, as real sources do
 * (canonical, Title-Case, underscores, `org/` prefix, display name), so that name
 * normalisation and `models.yaml` aliases matter. Case and `_` vs `-` are left to the
 * normalisation; an `org/` prefix or a display name is only written where models.yaml
 * lists it as an alias.
 */
import { DEFAULT_METHOD } from '../core/types.js';
import { methodJson } from '../model/method.js';
import { Random } from '../core/random.js';
import type { SimulateOptions, SimulatedBenchmark, SimulatedModel, Simulation } from './simulate.js';
import { wideCsv, yamlDocument } from '../catalog/write-catalog.js';

export interface SimulatedCatalogOptions {
  /** Most aggregate scenarios (first scenario of each broad benchmark, in order). */
  readonly aggregateSize?: number;
  /** The command that regenerates the catalog, quoted in benchbench.yaml's header. */
  readonly command?: string;
}

type Spelling = 'canonical' | 'title' | 'underscore' | 'org' | 'display';
const SPELLINGS: readonly Spelling[] = ['canonical', 'canonical', 'title', 'underscore', 'org', 'display'];

/** The `benchbench simulate` command line for these options (defaults omitted). */
export function simulateCommand(options: SimulateOptions, out = 'catalog'): string {
  const flags = [
    `--seed ${options.seed}`,
    `--models ${options.models}`,
    `--benchmarks ${options.benchmarks}`,
    `--scenarios-per-benchmark ${options.scenariosPerBenchmark}`,
    `--missing-rate ${options.missingRate}`,
    `--domains ${options.domains.join(',')}`,
  ];
  return `benchbench simulate ${flags.join(' ')} --out ${out}`;
}

export function simulatedCatalog(
  sim: Simulation,
  options: SimulatedCatalogOptions = {},
): Map<string, string> {
  const files = new Map<string, string>();
  files.set('benchbench.yaml', configFile(sim, options));
  files.set('models.yaml', modelsFile(sim));
  const { matrix } = sim;
  const M = matrix.models.length;
  const rowOf = new Map(matrix.scenarios.map((s, i) => [s, i]));
  const spellings = new Map(
    SPELLINGS.map((style) => [style, sim.models.map((model, m) => spell(model, m, style))]),
  );
  for (const b of sim.benchmarks) {
    const style = SPELLINGS[Random.for(sim.options.seed, 'spelling', b.id).nextInt(SPELLINGS.length)]!;
    const rows = b.scenarios.map((s) => rowOf.get(s.id)!);
    const present: number[] = [];
    for (let m = 0; m < M; m++)
      if (rows.some((r) => !Number.isNaN(matrix.values[r * M + m]!))) present.push(m);
    const names = present.map((m) => spellings.get(style)![m]!);
    const index = new Map(present.map((m, i) => [names[i]!, m]));
    // wideCsv asks row by row: remember the last row's model to skip most look-ups.
    let lastName = '';
    let lastModel = -1;
    const csv = wideCsv(
      names,
      b.scenarios.map((s) => s.id),
      (name, scenario) => {
        if (name !== lastName) [lastName, lastModel] = [name, index.get(name)!];
        const v = matrix.values[rowOf.get(scenario)! * M + lastModel]!;
        return Number.isNaN(v) ? undefined : v;
      },
    );
    files.set(`benchmarks/${b.id}.csv`, csv);
    files.set(`benchmarks/${b.id}.yaml`, metadataFile(b, sim.options));
  }
  return files;
}

/** Every third model (by index) has an `org/` alias. */
const hasOrgAlias = (index: number): boolean => index % 3 === 0;

function spell(model: SimulatedModel, index: number, spelling: Spelling): string {
  switch (spelling) {
    case 'canonical':
      return model.id;
    case 'title':
      return model.id
        .replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())
        .replace(/b$/, 'B');
    case 'underscore':
      return model.id.replace(/-/g, '_');
    case 'org':
      return hasOrgAlias(index) ? `${model.org}/${model.id}` : model.id;
    case 'display':
      return model.name;
  }
}

function aliases(model: SimulatedModel, index: number): string[] {
  return hasOrgAlias(index) ? [model.name, `${model.org}/${model.id}`] : [model.name];
}

function modelsFile(sim: Simulation): string {
  const models: Record<string, { name: string; aliases: string[] }> = {};
  sim.models.forEach((m, i) => (models[m.id] = { name: m.name, aliases: aliases(m, i) }));
  return yamlDocument(
    { models },
    'SIMULATED models: synthetic ids, names and aliases (docs/simulation.md). Not real models.',
  );
}

/** The first scenario of up to `size` broad benchmarks; when fewer than 2, the least noisy higher-is-better ones. */
export function aggregateScenarios(sim: Simulation, size = 6): string[] {
  const broad = sim.benchmarks.filter((b) => b.category === sim.options.broadDomain);
  const others = sim.benchmarks
    .filter((b) => b.category !== sim.options.broadDomain && b.direction === 'higher')
    .sort((a, b) => a.noise - b.noise);
  const chosen = broad.slice(0, size);
  if (chosen.length < 2) chosen.push(...others.slice(0, Math.min(size, 2) - chosen.length));
  return chosen.map((b) => b.scenarios[0]!.id);
}

function configFile(sim: Simulation, options: SimulatedCatalogOptions): string {
  const command = options.command ?? simulateCommand(sim.options);
  const config = {
    aggregate: {
      scenarios: aggregateScenarios(sim, options.aggregateSize),
      min_scenarios_per_model: 2,
    },
    method: methodJson(DEFAULT_METHOD),
    leaderboards: [
      { id: 'main', title: 'All benchmarks' },
      { id: 'safety', title: 'Safety', categories: ['safety'] },
    ],
  };
  const header = [
    'SIMULATED catalog: every model, benchmark and score here is synthetic, drawn from',
    "benchbench's latent-ability model (docs/simulation.md). None of it is a real result.",
    `Regenerate with: ${command}`,
  ].join('\n');
  return yamlDocument(config, header);
}

function metadataFile(b: SimulatedBenchmark, o: SimulateOptions): string {
  const primary = o.domains.indexOf(b.category);
  const mixText =
    b.category === o.broadDomain
      ? 'a broad mix of every domain'
      : `mostly ${b.category} (${Math.round(100 * b.mix[primary]!)}% of its mix)`;
  const meta: Record<string, unknown> = {
    name: b.name,
    snapshot: b.snapshot,
    category: b.category,
    direction: b.direction,
    license: 'CC0-1.0',
    simulated: true,
    description:
      `Simulated benchmark, not real data: latent-ability model with seed ${o.seed}, ` +
      `${mixText}, ${b.scale} scale, noise ${b.noise.toFixed(2)}.`,
  };
  if (b.scenarios.length > 1) {
    meta['scenarios'] = Object.fromEntries(
      b.scenarios.map((s) => [s.id, { name: `${b.name} (${s.id.slice(b.id.length + 1)})` }]),
    );
  }
  return yamlDocument(meta, `SIMULATED benchmark (docs/simulation.md); regenerate, do not edit.`);
}
