/**
 * Agreements computed once for two score matrices that share most scenarios (a pull request's
 * base and head). A scenario's agreement with a reference is a function of the models the two
 * share, in model order, their scores in both, the two ids and the method: the draws of a pair
 * depend only on the pair (agreement.ts, sampling.ts; ties go by model order, which a sorted
 * model list keeps when models are added or removed around them). So when the head's scenario
 * was built from the base's scores (the same column, or one with the same models and values in
 * the same order, and the same direction) and the reference has the same score for every model,
 * the base's result is the head's, with no approximation; anything else is computed.
 *
 * Nothing here keeps a row of the base's matrix: what is compared is the columns the rows were
 * built from (the catalog keeps those anyway) and the reference row, so the base's matrix can
 * be given up before the head's is built (score-matrix.ts, `storage`).
 * `test/core/agreement-reuse.test.ts` compares a leaderboard scored with reuse against one
 * scored without.
 */
import { agreement, type Agreement, type AgreementRequest, type Skipped } from './agreement.js';
import type { Method, RowSource } from './types.js';

/** A reference row over its matrix's models (sorted by id, as every matrix's are). */
interface Reference {
  readonly models: readonly string[];
  readonly row: Float64Array;
}

interface Remembered {
  readonly source: RowSource;
  readonly reference: Reference;
  readonly referenceId: string;
  readonly method: Method;
  readonly result: Agreement | Skipped;
}

export interface ReuseRequest extends AgreementRequest {
  /** The matrix's models (x and y are rows over them). */
  readonly models: readonly string[];
  /** What x was built from; without one, the agreement is computed and not remembered. */
  readonly source?: RowSource;
}

export class AgreementReuse {
  /** Scenario id -> the last agreement computed for it. */
  private readonly remembered = new Map<string, Remembered>();
  /** How many agreements were taken over rather than computed (for tests and progress). */
  reused = 0;

  /** `agreement(request)`, or the remembered result when it is certain to be the same. */
  agreement(request: ReuseRequest): Agreement | Skipped {
    const [scenario, referenceId] = request.ids;
    const { source, models, y, method } = request;
    const before = this.remembered.get(scenario);
    // The reference is also the ranking (as scoreAgainst asks): its scores are compared.
    const rankedByReference = request.ranking === undefined || request.ranking === y;
    if (
      before &&
      source &&
      rankedByReference &&
      before.referenceId === referenceId &&
      sameMethod(before.method, method) &&
      sameSource(before.source, source) &&
      this.sameReference(before.reference, { models, row: y })
    ) {
      this.reused++;
      return before.result;
    }
    const result = agreement(request);
    if (rankedByReference && source) {
      this.remembered.set(scenario, { source, reference: { models, row: y }, referenceId, method, result });
    }
    return result;
  }

  /** The last pair of references compared, and whether they were equal (every scenario shares one). */
  private lastReferences: [Reference, Reference, boolean] | undefined;

  private sameReference(a: Reference, b: Reference): boolean {
    const last = this.lastReferences;
    if (
      last?.[0].row === a.row &&
      last[1].row === b.row &&
      last[0].models === a.models &&
      last[1].models === b.models
    )
      return last[2];
    const same = sameById(a, b);
    this.lastReferences = [a, b, same];
    return same;
  }
}

/** The same column, or one with the same models and values in the same order, and the same direction. */
function sameSource(a: RowSource, b: RowSource): boolean {
  if (a === b) return true;
  if ((a.direction ?? 'higher') !== (b.direction ?? 'higher') || a.scores.size !== b.scores.size)
    return false;
  if (a.scores === b.scores) return true;
  const bs = b.scores.entries();
  for (const [m, v] of a.scores) {
    const next = bs.next();
    if (next.done || next.value[0] !== m || !Object.is(next.value[1], v)) return false;
  }
  return true;
}

/** Whether two rows give every model the same score (NaN: none), over model lists sorted by id. */
function sameById(a: Reference, b: Reference): boolean {
  if (a.models === b.models) return sameValues(a.row, b.row);
  let j = 0;
  for (let i = 0; i < a.models.length; i++) {
    if (Number.isNaN(a.row[i]!)) continue;
    while (j < b.models.length && Number.isNaN(b.row[j]!)) j++;
    if (j === b.models.length || a.models[i] !== b.models[j] || !Object.is(a.row[i], b.row[j])) return false;
    j++;
  }
  while (j < b.models.length && Number.isNaN(b.row[j]!)) j++;
  return j === b.models.length;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameMethod(a: Method, b: Method): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
