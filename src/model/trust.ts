/**
 * How far to trust one scenario, as data (computed by pipeline/trust.ts, carried by the PR
 * report and the leaderboard): its saturation (core/saturation.ts) and the rows of its file that
 * rank far from the aggregate (core/plausibility.ts; ranks among the shared models, ties
 * averaged, so a rank may end in .5), with the file and line of each. And the thresholds of
 * both, as `benchbench.yaml`'s `trust:` section gives them (catalog/trust-config.ts).
 */
import type { PlausibilityThresholds, Plausibility, RankGap } from '../core/plausibility.js';
import type { Saturation, SaturationThresholds } from '../core/saturation.js';

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
  readonly flagged: readonly FlaggedRow[];
}

export interface ScenarioTrust {
  readonly scenario: string;
  readonly saturation: Saturation;
  readonly plausibility: SubmissionCheck;
}

export interface TrustConfig {
  readonly saturation: SaturationThresholds;
  readonly plausibility: PlausibilityThresholds;
}
