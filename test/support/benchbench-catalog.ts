/**
 * BenchBench's public catalog imported as `import-benchbench` does (its name rules, its lower-is-
 * better list, its example aggregate), at test time from ../shared/benchbench: never copied into
 * the repository. Callers check `sharedDataAvailable()` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importBenchBench } from '../../src/catalog/import-benchbench.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { benchbenchDir } from './shared-data.js';

export function importedBenchBench(): { files: ReadonlyMap<string, string>; catalog: Catalog } {
  const csvDir = path.join(benchbenchDir, 'catalog');
  const lines = (name: string): string[] =>
    readFileSync(path.join(benchbenchDir, name), 'utf8').split(/\r?\n/);
  const imported = importBenchBench({
    files: new Map(
      readdirSync(csvDir)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => [f, new Uint8Array(readFileSync(path.join(csvDir, f)))]),
    ),
    lowerIsBetter: lines('lower_is_better_benchmarks.txt'),
    prettifiedNames: JSON.parse(
      readFileSync(path.join(benchbenchDir, 'prettified_names.json'), 'utf8'),
    ) as Record<string, string>,
    aggregateScenarios: lines('scenarios_for_aggregate.txt'),
    modelColumn: 'llm_model',
  });
  const encoder = new TextEncoder();
  const catalog = loadCatalog(new Map([...imported.files].map(([f, text]) => [f, encoder.encode(text)])));
  return { files: imported.files, catalog };
}
