/**
 * A small catalog for the trust measures: two aggregate scenarios that rank m01..m12 in order,
 * and a submission whose scenario `swapped` trades m01 and m12 and whose `crowded` (lower is
 * better) packs four models near the best.
 */
/** Models m01..m12; both aggregate scenarios rank them in that order (m01 best). */
export const MODELS = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
export const wide = (column: string, score: (i: number) => number | string): string =>
  `model,${column}\n${MODELS.map((m, i) => `${m},${score(i)}`).join('\n')}\n`;

export const BASE = new Map<string, string>([
  ['benchbench.yaml', 'aggregate:\n  scenarios: [agg_a, agg_b]\nmethod: { models_per_sample: 0 }\n'],
  ['benchmarks/agg-a.csv', wide('agg_a', (i) => 100 - i)],
  ['benchmarks/agg-a.yaml', 'name: A\n'],
  ['benchmarks/agg-b.csv', wide('agg_b', (i) => 50 - 2 * i)],
  ['benchmarks/agg-b.yaml', 'name: B\n'],
]);

/**
 * A submission with two scenarios. `swapped`: m01 and m12 trade places (gaps 11, the rest 0:
 * flagged above a quarter of 12, 3). `crowded` (lower is better): m01..m04 at 0, 1, 1.5, 2, then
 * 30, 40, ..., 100: 4 of 12 within 2% of the range from the best, saturated; the 10th best is 80.
 */
export const SUBMISSION =
  'model,swapped,crowded\n' +
  MODELS.map(
    (m, i) => `${m},${i === 0 ? 1 : i === 11 ? 12 : 12 - i},${[0, 1, 1.5, 2][i] ?? 10 * i - 10}`,
  ).join('\n') +
  '\n';
export const SUBMISSION_METADATA =
  'name: Submission\ndirection: higher\nscenarios:\n  crowded: { direction: lower }\n';
export const HEAD = new Map([
  ...BASE,
  ['benchmarks/sub.csv', SUBMISSION],
  ['benchmarks/sub.yaml', SUBMISSION_METADATA],
]);

/**
 * A catalog of `n` models m001.. that both aggregate scenarios rank in order, and a submission
 * (`benchmarks/sub.csv`, scenario `many`) that ranks model i at `rank(i)` (0-based); `base` is
 * the catalog without the submission.
 */
export function rankedCatalog(
  n: number,
  rank: (i: number) => number,
): { base: Map<string, string>; head: Map<string, string> } {
  const names = Array.from({ length: n }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);
  const csv = (col: string, f: (i: number) => number) =>
    `model,${col}\n${names.map((m, i) => `${m},${f(i)}`).join('\n')}\n`;
  const base = new Map([
    ['benchbench.yaml', 'aggregate:\n  scenarios: [agg_a, agg_b]\n'],
    ['benchmarks/agg-a.csv', csv('agg_a', (i) => 10 * n - i)],
    ['benchmarks/agg-a.yaml', 'name: A\n'],
    ['benchmarks/agg-b.csv', csv('agg_b', (i) => 20 * n - i)],
    ['benchmarks/agg-b.yaml', 'name: B\n'],
  ]);
  const head = new Map([
    ...base,
    ['benchmarks/sub.csv', csv('many', (i) => 10 * n - rank(i))],
    ['benchmarks/sub.yaml', 'name: Many\n'],
  ]);
  return { base, head };
}
