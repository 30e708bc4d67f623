/**
 * Metadata YAML of one results file -> BenchmarkMetadata (DESIGN.md section 3):
 *
 * ```yaml
 * name: Arena Hard          # default: the file stem
 * url: https://...          # http(s) only
 * snapshot: 2024-08-29
 * category: holistic
 * license: Apache-2.0
 * description: ...
 * simulated: false
 * access: open             # open | gated | private
 * cost: { value: 12, unit: GPU-hours per model }
 * items: 500
 * direction: higher         # higher | lower, or a map { <scenario id>: higher | lower }
 * scenarios:                # optional: { <scenario id>: { name, direction } }
 *   arena_hard: { name: Arena Hard }
 * ```
 *
 * A per-scenario direction given both in a `direction` map and under `scenarios` must agree.
 * `scenarios` is a null-prototype record, so any scenario id (even `__proto__`) is plain data.
 * Unknown keys and wrong values are errors (placed); the default is used instead. Never throws.
 */
import { isMap } from 'yaml';
import { ACCESS_LEVELS, type Direction } from '../core/types.js';
import type { Issue } from '../model/issue.js';
import { YamlFile, type Entry } from './parse-yaml.js';
import type { Position } from './text-position.js';
import type { BenchmarkMetadata, ScenarioMeta } from './types.js';

export interface ParsedMetadata {
  readonly metadata: BenchmarkMetadata;
  readonly issues: readonly Issue[];
  /** Where each scenario id is written (in `scenarios` or in a `direction` map). */
  readonly scenarioPlaces: ReadonlyMap<string, Position | undefined>;
}

const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
const TEXT_KEYS = ['name', 'snapshot', 'category', 'license', 'description'] as const;

/** `benchmarks/x/arena-hard.yaml` -> `arena-hard`. */
export const fileStem = (file: string): string => (file.split('/').pop() ?? file).replace(/\.[^.]*$/, '');

export const defaultMetadata = (stem: string): BenchmarkMetadata => ({
  name: stem,
  direction: 'higher',
  scenarios: Object.create(null) as Record<string, ScenarioMeta>,
});

export function parseMetadata(file: string, text: string): ParsedMetadata {
  const y = new YamlFile(file, text);
  const f =
    y.fields(y.root, 'the metadata', [
      ...TEXT_KEYS,
      'url',
      'simulated',
      ...RESOURCE_KEYS,
      'direction',
      'scenarios',
    ]) ?? {};
  const out: { -readonly [K in keyof BenchmarkMetadata]: BenchmarkMetadata[K] } = defaultMetadata(
    fileStem(file),
  );
  for (const key of TEXT_KEYS) {
    const value = f[key] && y.string(f[key].value, `\`${key}\``);
    if (value) out[key] = value;
  }

  if (f.url) {
    const url = y.string(f.url.value, '`url`');
    if (url !== undefined && isWebUrl(url)) out.url = url;
    else if (url !== undefined) {
      y.error(
        f.url.value,
        'invalid-value',
        `\`url\` is not an http(s) address: ${JSON.stringify(url)}.`,
        'Write a full address starting with https://.',
      );
    }
  }
  if (f.simulated) {
    const simulated = y.boolean(f.simulated.value, '`simulated`');
    if (simulated !== undefined) out.simulated = simulated;
  }
  Object.assign(out, resources(y, f));

  const scenarios = out.scenarios as Record<string, { name?: string; direction?: Direction }>;
  const places = new Map<string, Position | undefined>();
  const scenario = (id: string, at: Position | undefined) => {
    if (!places.has(id)) places.set(id, at);
    return (scenarios[id] ??= {});
  };

  if (f.direction) {
    if (isMap(y.deref(f.direction.value))) {
      for (const e of y.entries(f.direction.value, '`direction`') ?? []) {
        const d = y.choice(e.value, `the direction of \`${e.key}\``, DIRECTIONS);
        if (d) scenario(e.key, y.at(e.keyNode)).direction = d;
      }
    } else {
      out.direction = y.choice(f.direction.value, '`direction`', DIRECTIONS) ?? 'higher';
    }
  }

  if (f.scenarios) {
    for (const e of y.entries(f.scenarios.value, '`scenarios`') ?? []) {
      const s = y.fields(e.value, `scenario \`${e.key}\``, ['name', 'direction']);
      const meta = scenario(e.key, y.at(e.keyNode));
      if (!s) continue;
      const name = s.name && y.string(s.name.value, `the name of \`${e.key}\``);
      if (name) meta.name = name;
      const d = s.direction && y.choice(s.direction.value, `the direction of \`${e.key}\``, DIRECTIONS);
      if (d && meta.direction && meta.direction !== d) {
        y.error(
          s.direction!.value,
          'conflicting-direction',
          `Scenario \`${e.key}\` is declared both ${meta.direction} and ${d} is better.`,
          'Declare the direction of a scenario in one place.',
        );
      } else if (d) meta.direction = d;
    }
  }

  return { metadata: out, issues: y.issues, scenarioPlaces: places };
}

const RESOURCE_KEYS = ['access', 'cost', 'items'] as const;

/** `access`, `cost` and `items`: what it takes to run the benchmark. Each bad value is an issue and is left out. */
function resources(
  y: YamlFile,
  f: Record<string, Entry>,
): Pick<BenchmarkMetadata, (typeof RESOURCE_KEYS)[number]> {
  const out: { -readonly [K in (typeof RESOURCE_KEYS)[number]]?: BenchmarkMetadata[K] } = {};
  const access = f.access && y.choice(f.access.value, '`access`', ACCESS_LEVELS);
  if (access) out.access = access;
  const items = f.items && y.integer(f.items.value, '`items`', 1);
  if (items !== undefined) out.items = items;
  if (f.cost) {
    const c = y.fields(f.cost.value, '`cost`', ['value', 'unit']);
    if (c && (!c.value || !c.unit)) {
      const absent = !c.value ? 'value' : 'unit';
      y.error(
        f.cost.value ?? f.cost.keyNode,
        'missing-key',
        `\`cost\` has no \`${absent}\`.`,
        'Write `cost: { value: 12, unit: GPU-hours per model }`.',
      );
    } else if (c) {
      const value = y.number(c.value!.value, '`cost.value`', 0);
      const unit = y.string(c.unit!.value, '`cost.unit`');
      if (unit === '')
        y.error(
          c.unit!.value,
          'invalid-value',
          '`cost.unit` is empty.',
          'Name the unit, e.g. `GPU-hours per model` or `USD`.',
        );
      else if (value !== undefined && unit !== undefined) out.cost = { value, unit };
    }
  }
  return out;
}

function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
