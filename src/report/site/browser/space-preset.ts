/**
 * The page's "BenchBench Space preset" button: the catalog's preset `benchbench-space`
 * (src/catalog/presets.ts, as `--preset benchbench-space` scores): its aggregate resolved by
 * display name among this catalog's scenarios, its method keys over the catalog's method, and
 * its minimum of aggregate scenarios per model. Null when fewer than 2 of its scenarios are here.
 */
import { PRESETS, resolveScenarioNames } from '../../../catalog/presets.js';
import { methodOfJson } from '../../../model/method.js';
import type { PageData } from '../page-data.js';
import type { MethodPreset } from './method-panel.js';

export const SPACE = PRESETS['benchbench-space'];

export function SPACE_PRESET(data: PageData): MethodPreset | null {
  const named = new Map<string, string>();
  for (const b of data.boards)
    for (const r of b.rows) if (!named.has(r.scenario)) named.set(r.scenario, r.name);
  const { ids } = resolveScenarioNames(
    SPACE.aggregate,
    [...named].map(([id, name]) => ({ id, name })),
  );
  if (ids.length < 2) return null;
  return {
    label: 'BenchBench Space preset',
    method: { ...methodOfJson(data.method), ...SPACE.method },
    aggregate: [...ids].sort(),
    minScenariosPerModel: SPACE.minScenariosPerModel,
  };
}
