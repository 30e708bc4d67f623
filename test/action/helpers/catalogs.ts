/** Simulated catalogs for the action's tests: a base, and heads that add one benchmark to it. */
import { simulatedCatalog } from '../../../src/simulate/simulated-catalog.js';
import { simulate } from '../../../src/simulate/simulate.js';

export const NEW_BENCHMARK = 'benchmarks/sim-bench-math-01';

/** The full simulated catalog (text by catalog-relative path). */
export function fullCatalog(seed = 1): Map<string, string> {
  return simulatedCatalog(simulate({ seed }));
}

/** The simulated catalog without the benchmark a PR will add. */
export function baseCatalog(seed = 1): Map<string, string> {
  const files = fullCatalog(seed);
  files.delete(`${NEW_BENCHMARK}.csv`);
  files.delete(`${NEW_BENCHMARK}.yaml`);
  return files;
}

export const toBytes = (files: ReadonlyMap<string, string>): Map<string, Uint8Array> =>
  new Map([...files].map(([p, t]) => [p, new TextEncoder().encode(t)]));

/** A wide results file of `n` models named `prefix-<i>` with scores rising with i. */
export function bigBenchmark(n: number, prefix = 'unknown-model'): string {
  const lines = ['model,big_bench'];
  for (let i = 0; i < n; i++) lines.push(`${prefix}-${i},${(i / n).toFixed(6)}`);
  return lines.join('\n') + '\n';
}

export const HOSTILE = '| <img src=x> @org/team #1 <!-- benchbench-action:comment -->';
