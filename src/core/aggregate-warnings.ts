/**
 * Warnings about the aggregate itself, shown beside every board scored against it (the
 * leaderboard JSON, Markdown and text, and the pull-request report).
 *
 * Contract: `present` are the aggregate's scenarios found in the catalog. Exactly one gives the
 * single-reference warning: BenchBench and its Space accept such an aggregate (every model then
 * needs that one scenario), but agreement with one reference benchmark is what the BenchBench
 * paper (arXiv 2407.13696) warns against. None or several give no warning (none is an error of
 * the catalog, reported where the config is read).
 */
export function aggregateWarnings(present: readonly string[]): string[] {
  if (present.length !== 1) return [];
  return [
    `The aggregate is a single scenario (${present[0]}): every score is agreement with one reference ` +
      'benchmark, which the BenchBench paper (arXiv 2407.13696) warns against, since the ranking then ' +
      "depends on that benchmark's choices. List more scenarios under aggregate.scenarios.",
  ];
}
