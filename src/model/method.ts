/**
 * The method, as `benchbench.yaml` writes it and as the code types it: the only mapping between
 * the two. Each key of the `method:` section, its field of `Method` (core/types.ts), its
 * allowed values (the enums below), and the JSON form the reports write (the typed field names:
 * `leaderboard.json`, the PR report, the page's permalinks).
 */
import type { Correlation, Sampling } from '../core/types.js';

export const CORRELATIONS = ['kendall', 'pearson', 'spearman'] as const satisfies readonly Correlation[];
export const SAMPLINGS = [
  'random',
  'top',
  'bottom',
  'middle',
  'adjacent',
] as const satisfies readonly Sampling[];
