/**
 * How far to trust a scenario's scores (docs/method.md): the thresholds of `trust:` in
 * benchbench.yaml, and what the pipeline finds per scenario (pipeline/trust.ts). Shown beside
 * the score in every report; the score never depends on it.
 */
import type { Plausibility, PlausibilityThresholds, RankGap } from '../core/plausibility.js';
import type { Saturation, SaturationThresholds } from '../core/saturation.js';

export interface TrustThresholds {
  readonly saturation: SaturationThresholds;
  readonly plausibility: PlausibilityThresholds;
}

/** A row to check: a model that ranks far from where the aggregate ranks it. */
export interface FlaggedRow extends RankGap {
  /** The model's name as written in the file. */
  readonly name: string;
  /** Catalog-relative path of the results file. */
  readonly file: string;
  /** Line of the model's row (null when the catalog was not read from a file). */
  readonly line: number | null;
}

export interface SubmissionCheck extends Omit<Plausibility, 'flagged'> {
  /** The rows to check, largest gap first: every one, or the first ones when `flaggedCount` is set. */
  readonly flagged: readonly FlaggedRow[];
  /** How many rows are flagged, when `flagged` lists only the first of them (pipeline/trust.ts). */
  readonly flaggedCount?: number;
}

export interface ScenarioTrust {
  readonly scenario: string;
  readonly saturation: Saturation;
  readonly plausibility: SubmissionCheck;
}
