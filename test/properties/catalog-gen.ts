/**
 * fast-check generators of small valid catalogs, as files: `n` models, `s` single-scenario
 * results files (some cells missing), an aggregate of the first three scenarios, and a method.
 * `toFiles` writes a generated catalog with the given model names, row order and file order, so
 * properties can compare catalogs that differ only in those.
 */
import fc from 'fast-check';
import type { Correlation, Sampling } from '../../src/core/types.js';

export interface GenCatalog {
  /** scores[s][m]: the score of model m in scenario s, or null when missing. */
  readonly scores: readonly (readonly (number | null)[])[];
  readonly models: number;
  readonly correlation: Correlation;
  readonly sampling: Sampling;
  readonly modelsPerSample: number;
  readonly seed: number;
}

export const genCatalog = (
  o: { correlations?: readonly Correlation[]; modelsPerSample?: readonly number[] } = {},
): fc.Arbitrary<GenCatalog> =>
  fc
    .record({
      models: fc.integer({ min: 6, max: 14 }),
      scenarios: fc.integer({ min: 4, max: 6 }),
      correlation: fc.constantFrom(...(o.correlations ?? (['kendall', 'spearman', 'pearson'] as const))),
      sampling: fc.constantFrom<Sampling>('random', 'top', 'adjacent'),
      modelsPerSample: fc.constantFrom(...(o.modelsPerSample ?? [0, 5])),
      seed: fc.nat(1000),
    })
    .chain((c) =>
      fc
        .array(
          fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { freq: 8, nil: null }), {
            minLength: c.models,
            maxLength: c.models,
          }),
          { minLength: c.scenarios, maxLength: c.scenarios },
        )
        .map((scores) => ({ ...c, scores })),
    );

export const scenarioId = (s: number): string => `scen_${s}`;
export const defaultModelName = (m: number): string => `model-${String(m).padStart(2, '0')}`;

export interface Layout {
  /** Name of model m. */
  readonly name?: (m: number) => string;
  /** Order of the rows (model indices) in every results file. */
  readonly rowOrder?: readonly number[];
  /** Order in which files enter the Map. */
  readonly fileOrder?: readonly number[];
  /** The score as written for scenario s. */
  readonly value?: (v: number, s: number) => number;
}

export function toFiles(c: GenCatalog, layout: Layout = {}): Map<string, Uint8Array> {
  const name = layout.name ?? defaultModelName;
  const value = layout.value ?? ((v: number) => v);
  const rows = layout.rowOrder ?? c.scores[0]!.map((_, m) => m);
  const text = new Map<string, string>();
  text.set(
    'benchbench.yaml',
    [
      'aggregate:',
      `  scenarios: [${[0, 1, 2].map(scenarioId).join(', ')}]`,
      'method:',
      `  correlation: ${c.correlation}`,
      `  sampling: ${c.sampling}`,
      `  models_per_sample: ${c.modelsPerSample}`,
      '  samples: 8',
      `  seed: ${c.seed}`,
      '  min_common_models: 3',
      '',
    ].join('\n'),
  );
  c.scores.forEach((row, s) => {
    const lines = [`model,${scenarioId(s)}`];
    for (const m of rows) lines.push(`${name(m)},${row[m] === null ? '' : String(value(row[m]!, s))}`);
    text.set(`benchmarks/bench-${s}.csv`, lines.join('\n') + '\n');
    text.set(`benchmarks/bench-${s}.yaml`, `name: Bench ${s}\ndirection: higher\n`);
  });
  const entries = [...text];
  const order = layout.fileOrder ?? entries.map((_, i) => i);
  return new Map(order.map((i) => [entries[i]![0], new TextEncoder().encode(entries[i]![1])]));
}

/** Number of files toFiles writes for a catalog. */
export const fileCount = (c: GenCatalog): number => 1 + 2 * c.scores.length;

/** A permutation of 0..n-1 from a list of random keys. */
export const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );
