/** Shared shapes of the pure engine. Nothing here does I/O. */

export type Correlation = 'kendall' | 'pearson' | 'spearman';
export type Sampling = 'random' | 'top' | 'bottom' | 'middle' | 'adjacent';
export type Direction = 'higher' | 'lower';

/** Who can run a benchmark: anyone, after a sign-up or licence, or only its owners. */
export type Access = 'open' | 'gated' | 'private';
export const ACCESS_LEVELS: readonly Access[] = ['open', 'gated', 'private'];

/** What running a benchmark costs, e.g. `{ value: 12, unit: 'GPU-hours per model' }`. */
export interface Cost {
  /** Finite and at least 0. */
  readonly value: number;
  /** Non-empty text; costs compare only when their units are equal. */
  readonly unit: string;
}

/** A correlation coefficient with its two-sided p-value; NaN where undefined (constant input). */
export interface CorrelationResult {
  readonly statistic: number;
  readonly pValue: number;
}

/** How agreement is measured (METHOD.md section 3). */
export interface Method {
  readonly correlation: Correlation;
  /** Models per sample; 0 = every model the two scenarios share. */
  readonly modelsPerSample: number;
  readonly sampling: Sampling;
  /** Experiments per pair (random and adjacent; the others use one). */
  readonly samples: number;
  readonly seed: number;
  /** Pairs sharing fewer than max(modelsPerSample, minCommonModels) models are skipped. */
  readonly minCommonModels: number;
}

export const DEFAULT_METHOD: Method = {
  correlation: 'kendall',
  modelsPerSample: 10,
  sampling: 'random',
  samples: 100,
  seed: 0,
  minCommonModels: 5,
};

/**
 * A dense score matrix: one row per scenario, one column per model, NaN = missing.
 * Scenario-major: the score of model m in scenario s is values[s * models.length + m].
 */
export interface ScoreMatrix {
  readonly models: readonly string[];
  readonly scenarios: readonly string[];
  readonly values: Float64Array;
  /** What row s was built from, when the matrix knows (score-matrix.ts; agreement-reuse.ts compares them). */
  readonly sources?: readonly RowSource[];
  /** Row s's cells that hold a score (not NaN), when the matrix's builder counted them. */
  readonly scored?: Int32Array;
}

/** A scenario's scores as given (model -> score, NaN or absent = missing) and its direction. */
export interface RowSource {
  readonly direction?: Direction;
  readonly scores: ReadonlyMap<string, number>;
}
