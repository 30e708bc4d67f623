/**
 * Another thread that computes agreements while this one computes others (a pull request's
 * base has thousands to compute): scoreAgainst hands it part of the scenarios it has to score
 * and collects their results, which are agreement()'s exactly (a pure function of the rows,
 * ids and method). The thread reads the rows where they are: `values` lies in shared memory.
 * sources/agreement-worker.ts is the one implementation.
 */
import type { Agreement, Skipped } from './agreement.js';
import type { Method } from './types.js';

export interface AgreementJob {
  /** A matrix's values (scenario-major rows of `models` cells), in a SharedArrayBuffer. */
  readonly values: Float64Array;
  readonly models: number;
  /** The rows to score, and the scenario id of each. */
  readonly rows: readonly number[];
  readonly ids: readonly string[];
  /** The row every scenario is compared with, which also ranks the models. */
  readonly reference: { readonly id: string; readonly row: Float64Array };
  readonly method: Method;
}

export interface AgreementHelper {
  /**
   * Starts scoring the job's rows; `collect` waits for the results, in the order of `rows`, or
   * gives undefined when they do not come (a failing thread): the caller then computes them.
   */
  start(job: AgreementJob): { collect(): readonly (Agreement | Skipped)[] | undefined };
}

/** Fewer scenarios to compute than this are all computed on the calling thread. */
export const HELPER_MIN_SCENARIOS = 64;
