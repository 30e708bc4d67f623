/**
 * Locates the public BenchBench data (../shared/benchbench or $BENCHBENCH_DATA), which is never
 * part of this repository. A test that needs a part of it asks `referenceData(part)` when it is
 * collected: a missing part skips the test with one line saying what is missing and where it
 * comes from (docs/reference-data.md), except under CI=true, where a missing part is a failure.
 * Tests read the files in their own bodies (or hooks), never while being collected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchBenchInput } from '../../src/benchbench/import-benchbench.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const benchbenchDir = path.resolve(repoRoot, process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
/** scipy's reference values: beside the BenchBench folder (or $STATS_REFERENCE). */
export const statsReferenceFile = path.resolve(
  process.env.STATS_REFERENCE ?? path.join(benchbenchDir, '..', 'stats-reference', 'scipy_cases.json'),
);

/**
 * The three parts of the reference data, the files each must have, and where each comes from.
 * - catalog: BenchBench's own files, from a clone of IBM/benchbench at commit 1dfd46a.
 * - golden: results of the BenchBench Python package run on that catalog.
 * - scipy: scipy 1.10.1's kendalltau, pearsonr and spearmanr on generated cases.
 */
const PARTS = {
  catalog: {
    files: () =>
      [
        'catalog/',
        'my_bench.csv',
        'lower_is_better_benchmarks.txt',
        'prettified_names.json',
        'scenarios_for_aggregate.txt',
      ].map((f) => path.join(benchbenchDir, f)),
    what: 'BenchBench catalog',
    set: 'BENCHBENCH_DATA to the folder that holds catalog/',
    origin: 'IBM/benchbench at commit 1dfd46a, folder src/bat/assets/benchmarks',
  },
  golden: {
    files: () =>
      ['catalog_long.csv', 'aggregate_default.csv', 'full_kendall/', 'random10_kendall/'].map((f) =>
        path.join(benchbenchDir, 'golden', f),
      ),
    what: 'BenchBench reference results',
    set: 'BENCHBENCH_DATA to the folder that holds golden/',
    origin: 'golden/, made by running the BenchBench Python package on that catalog',
  },
  scipy: {
    files: () => [statsReferenceFile],
    what: 'scipy reference values',
    set: 'STATS_REFERENCE to the file, or BENCHBENCH_DATA to a sibling of stats-reference/',
    origin: 'stats-reference/scipy_cases.json, made with scipy 1.10.1',
  },
} as const;

export type ReferencePart = keyof typeof PARTS;

/** The first file of `part` that is missing, if any (a folder, named with a final `/`, must not be empty). */
export function missingReferenceFile(part: ReferencePart): string | undefined {
  return PARTS[part]
    .files()
    .find((f) => !existsSync(f) || (f.endsWith(path.sep) && readdirSync(f).length === 0));
}

/** The one line that says what is missing and how to get it. */
export function referenceDataMessage(part: ReferencePart, missing: string): string {
  const { what, set, origin } = PARTS[part];
  return `no ${what} at ${missing}: set ${set} (it comes from ${origin}; docs/reference-data.md says how)`;
}

const warned = new Set<ReferencePart>();

/**
 * True when every file of `part` is there. Otherwise false, with the one-line reason on stderr
 * (once per part and test file), or, under CI=true, an error: CI never skips them.
 */
export function referenceData(...parts: ReferencePart[]): boolean {
  for (const part of parts) {
    const missing = missingReferenceFile(part);
    if (missing === undefined) continue;
    const message = referenceDataMessage(part, missing);
    if (process.env.CI === 'true')
      throw new Error(`${message}. Under CI=true this is a failure, not a skip.`);
    if (!warned.has(part)) console.warn(`Skipping the tests that need it: ${message}.`);
    warned.add(part);
    return false;
  }
  return true;
}

/** The whole BenchBench folder (catalog and reference results). */
export const sharedDataAvailable = (): boolean => referenceData('catalog', 'golden');

/** BenchBench's 40 results files and name lists, as `importBenchBench` takes them (part "catalog"). */
export function benchbenchInput(): BenchBenchInput {
  const catalogDir = path.join(benchbenchDir, 'catalog');
  const lines = (name: string): string[] =>
    readFileSync(path.join(benchbenchDir, name), 'utf8').split(/\r?\n/);
  return {
    files: new Map(
      readdirSync(catalogDir)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => [f, new Uint8Array(readFileSync(path.join(catalogDir, f)))]),
    ),
    lowerIsBetter: lines('lower_is_better_benchmarks.txt'),
    prettifiedNames: JSON.parse(
      readFileSync(path.join(benchbenchDir, 'prettified_names.json'), 'utf8'),
    ) as Record<string, string>,
    aggregateScenarios: lines('scenarios_for_aggregate.txt'),
    modelColumn: 'llm_model',
  };
}
