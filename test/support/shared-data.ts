/**
 * Locates the public BenchBench data (../shared/benchbench or $BENCHBENCH_DATA).
 * Tests that need it call `sharedData()`: when the folder is missing they are skipped with
 * a clear reason, except under CI=true where a missing folder is a failure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const benchbenchDir = path.resolve(repoRoot, process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
/** scipy's reference values: beside the BenchBench folder (or $STATS_REFERENCE). */
export const statsReferenceFile = path.resolve(
  process.env.STATS_REFERENCE ?? path.join(benchbenchDir, '..', 'stats-reference', 'scipy_cases.json'),
);

export function sharedDataAvailable(file = benchbenchDir): boolean {
  if (existsSync(file)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `The BenchBench reference data is missing at ${file} (set BENCHBENCH_DATA); under CI=true this is a failure.`,
    );
  }
  console.warn(
    `Skipping: the BenchBench reference data is not at ${file} (set BENCHBENCH_DATA to its folder).`,
  );
  return false;
}
