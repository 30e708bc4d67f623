import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { PRESETS, resolveScenarioNames } from '../../src/catalog/presets.js';
import type { CatalogFiles } from '../../src/catalog/types.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';

const SPACE = PRESETS['benchbench-space'];

describe('the benchbench-space preset', () => {
  // Its 8 names are checked on the real catalog (test/cli/preset.test.ts): 7 resolve, 1 is absent.
  it("holds the Space's method and minimum per model", () => {
    expect(SPACE.aggregate).toHaveLength(8);
    expect(SPACE.minScenariosPerModel).toBe(2);
    expect(SPACE.method).toEqual({ correlation: 'kendall', modelsPerSample: 8, samples: 10 });
  });
});

describe('resolveScenarioNames', () => {
  const scenarios = [
    { id: 'helm_lite', name: 'Helm Lite' },
    { id: 'arena_elo', name: 'LMSys Arena' },
    { id: 'z_other', name: 'Dup' },
    { id: 'a_other', name: 'Dup' },
    { id: 'hf_open_llm_v2', name: 'hf_open_llm_v2' },
  ];

  it('finds an id as written, then a display name, then either ignoring case and punctuation', () => {
    expect(
      resolveScenarioNames(['arena_elo', 'LMSys Arena', 'HF OpenLLM v2', 'HELM-lite'], scenarios),
    ).toEqual({
      // arena_elo twice (by id and by name) counts once; "HF OpenLLM v2" loosely is not hf_open_llm_v2.
      ids: ['arena_elo', 'helm_lite'],
      missing: ['HF OpenLLM v2'],
    });
    expect(resolveScenarioNames(['HF Open LLM v2'], scenarios).ids).toEqual(['hf_open_llm_v2']);
  });

  it('takes the smallest id when several scenarios match at one step', () => {
    expect(resolveScenarioNames(['Dup'], scenarios).ids).toEqual(['a_other']);
  });

  it('prefers an exact id over a display name', () => {
    expect(resolveScenarioNames(['Dup'], [...scenarios, { id: 'Dup', name: 'x' }]).ids).toEqual(['Dup']);
  });
});

describe('`method: { preset: benchbench-space }` in benchbench.yaml', () => {
  it('sets the method, the aggregate by display name and its minimum; no aggregate key needed', () => {
    const { config, issues } = parseConfig('benchbench.yaml', 'method:\n  preset: benchbench-space\n');
    expect(issues).toEqual([]);
    expect(config.preset).toBe('benchbench-space');
    expect(config.method).toEqual({
      ...DEFAULT_METHOD,
      correlation: 'kendall',
      modelsPerSample: 8,
      samples: 10,
    });
    expect(config.aggregate).toEqual({ scenarios: SPACE.aggregate, minScenariosPerModel: 2, byName: true });
  });

  it('lets every key written beside it override it', () => {
    const text =
      'aggregate:\n  scenarios: [a, b, c, d, e, f, g, h, i]\nmethod:\n  preset: benchbench-space\n  models_per_sample: 5\n  sampling: middle\n';
    const { config, issues } = parseConfig('benchbench.yaml', text);
    expect(issues).toEqual([]);
    expect(config.method).toMatchObject({
      modelsPerSample: 5,
      sampling: 'middle',
      samples: 10,
      correlation: 'kendall',
    });
    // The ids written replace the preset's names; its minimum of 2 stays (the default would be 3).
    expect(config.aggregate).toEqual({
      scenarios: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
      minScenariosPerModel: 2,
    });
    const min = parseConfig(
      'benchbench.yaml',
      'aggregate:\n  min_scenarios_per_model: 1\nmethod:\n  preset: benchbench-space\n',
    );
    expect(min.config.aggregate.minScenariosPerModel).toBe(1);
  });

  it('refuses an unknown preset at its place, with the known ones in the hint', () => {
    const { config, issues } = parseConfig(
      'benchbench.yaml',
      'aggregate:\n  scenarios: [a, b]\nmethod:\n  preset: benchbench-spaces\n',
    );
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['invalid-value', 4, 11]]);
    expect(issues[0]!.hint).toContain('benchbench-space');
    expect(config.preset).toBeUndefined();
    expect(config.method).toEqual(DEFAULT_METHOD);
  });
});

describe('loading a catalog with the preset', () => {
  const files = (config: string): CatalogFiles => {
    const entries: Record<string, string> = {
      'benchbench.yaml': config,
      'benchmarks/lite.csv': 'model,helm_lite\nm1,1\nm2,2\n',
      'benchmarks/lite.yaml': 'name: Helm Lite\n',
      'benchmarks/arena.csv': 'model,arena_elo,arena_hard\nm1,1000,3\nm2,1100,4\n',
      'benchmarks/arena.yaml': 'name: Arena\nscenarios:\n  arena_elo: { name: LMSys Arena }\n',
    };
    return new Map(Object.entries(entries).map(([p, t]) => [p, new TextEncoder().encode(t)]));
  };

  it("resolves the Space's names to the catalog's ids, with a note at the preset for each it lacks", () => {
    const catalog = loadCatalog(files('model_names: standard\nmethod:\n  preset: benchbench-space\n'));
    // Helm Lite is the benchmark's name (one scenario); LMSys Arena a scenario's display name.
    expect(catalog.config.aggregate.scenarios).toEqual([
      'helm_lite',
      'arena_elo',
      ...SPACE.aggregate.filter((n) => n !== 'Helm Lite' && n !== 'LMSys Arena'),
    ]);
    expect(catalog.config.aggregate.byName).toBeUndefined();
    expect(catalog.issues.map((i) => [i.severity, i.code, i.line, i.column])).toEqual(
      Array.from({ length: 6 }, () => ['note', 'preset-scenario-absent', 3, 11]),
    );
    expect(catalog.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('"HF OpenLLM v2"'));
  });

  it('errs when the catalog has none of them', () => {
    const catalog = loadCatalog(
      new Map(
        [...files('method:\n  preset: benchbench-space\n')].filter(
          ([p]) => !p.startsWith('benchmarks/l') && !p.startsWith('benchmarks/a'),
        ),
      ),
    );
    expect(catalog.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'aggregate-too-small',
    ]);
  });

  it('with --preset (LoadOptions.preset) replaces what the config writes', () => {
    const config =
      'aggregate:\n  scenarios: [arena_hard, helm_lite]\nmethod:\n  samples: 3\n  models_per_sample: 0\n  seed: 7\n';
    const catalog = loadCatalog(files(config), { preset: 'benchbench-space' });
    expect(catalog.config.aggregate.scenarios.slice(0, 2)).toEqual(['helm_lite', 'arena_elo']);
    expect(catalog.config.aggregate.minScenariosPerModel).toBe(2);
    expect(catalog.config.method).toMatchObject({ samples: 10, modelsPerSample: 8, seed: 7 });
    expect(catalog.issues.map((i) => [i.code, i.line])).toEqual(
      Array.from({ length: 6 }, () => ['preset-scenario-absent', undefined]),
    );
  });
});
