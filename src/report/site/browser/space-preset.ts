/**
 * The BenchBench leaderboard Space's default method (issue 8's preset `benchbench-space`):
 * the aggregate of the scenarios it names by display name (those of this catalog), Kendall,
 * 8 models per random sample, 10 experiments; seed and minimum shared models stay the catalog's.
 * Null when fewer than 2 of its scenarios are in the catalog.
 */
import { methodOfDocument } from '../../leaderboard-document.js';
import type { PageData } from '../page-data.js';
import type { MethodPreset } from './method-panel.js';

export const SPACE_AGGREGATE_NAMES: readonly string[] = [
  'Helm Lite',
  'HF OpenLLM v2',
  'OpenCompass Academic',
  'LMSys Arena',
  'Helm Classic',
  'AlphacaEval v2lc',
  'LiveBench 240725',
  'WildBench Elo LC',
];

export function SPACE_PRESET(data: PageData): MethodPreset | null {
  const byName = new Map<string, string>();
  for (const b of data.boards) for (const r of b.rows) if (!byName.has(r.name)) byName.set(r.name, r.scenario);
  const aggregate = SPACE_AGGREGATE_NAMES.flatMap((n) => (byName.has(n) ? [byName.get(n)!] : [])).sort();
  if (aggregate.length < 2) return null;
  const catalog = methodOfDocument(data.method);
  return {
    label: 'BenchBench Space preset',
    method: { ...catalog, correlation: 'kendall', modelsPerSample: 8, sampling: 'random', samples: 10 },
    aggregate,
  };
}
