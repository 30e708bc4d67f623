/**
 * The correlation of two equal-length score vectors by the configured coefficient, with its
 * two-sided p-value as scipy 1.10.1 computes it (METHOD.md section 5). Inputs must be free of
 * missing values; NaN results mean "undefined" (constant input, too few values).
 */
import { kendallTauB } from './kendall-tau-b.js';
import { pearson } from './pearson.js';
import { spearman } from './spearman.js';
import type { Correlation, CorrelationResult } from './types.js';

export function correlate(kind: Correlation, x: ArrayLike<number>, y: ArrayLike<number>): CorrelationResult {
  switch (kind) {
    case 'kendall':
      return kendallTauB(x, y);
    case 'pearson':
      return pearson(x, y);
    case 'spearman':
      return spearman(x, y);
  }
}
