/**
 * One-click fixes for unmatched model names, as planned by pipeline/fix-suggestions.ts and
 * posted as a review of suggested changes (report/suggestion-review.ts).
 */

export interface LineFix {
  /** Catalog-relative path of the results file. */
  readonly file: string;
  readonly line: number;
  readonly model: string;
  /** The catalog's spelling the line should use, and the model id it resolves to. */
  readonly spelling: string;
  readonly id: string;
  readonly before: string;
  readonly after: string;
}

export interface AliasFix {
  readonly file: string;
  readonly model: string;
  readonly id: string;
  readonly spelling: string;
}

export interface FixPlan {
  readonly lines: readonly LineFix[];
  readonly aliases: readonly AliasFix[];
}
