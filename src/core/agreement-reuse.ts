/**
 * Agreements computed once for two score matrices that share most scenarios (a pull request's
 * base and head). A scenario's agreement with a reference is a function of the models the two
 * share, in model order, their scores in both, the two ids and the method: the draws of a pair
 * depend only on the pair (agreement.ts, sampling.ts; ties go by model order, which a sorted
 * model list keeps when models are added or removed around them). So when the head's scenario
 * has exactly the base's shared models and scores, the base's result is the head's, with no
 * approximation; anything else is computed. `test/core/agreement-reuse.test.ts` compares a
 * leaderboard scored with reuse against one scored without.
 */
import { agreement, sharedModels, type Agreement, type AgreementRequest, type Skipped } from './agreement.js';
import type { Method } from './types.js';

interface Remembered {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly models: readonly string[];
  readonly referenceId: string;
  readonly method: Method;
  readonly result: Agreement | Skipped;
}

export class AgreementReuse {
  /** Scenario id -> the last agreement computed for it (its rows are views, not copies). */
  private readonly remembered = new Map<string, Remembered>();
  /** How many agreements were taken over rather than computed (for tests and progress). */
  reused = 0;

  /** `agreement(request)`, or the remembered result when it is certain to be the same. */
  agreement(request: AgreementRequest & { readonly models: readonly string[] }): Agreement | Skipped {
    const [scenario, referenceId] = request.ids;
    const before = this.remembered.get(scenario);
    // The reference is also the ranking (as scoreAgainst asks): its shared scores are compared.
    const rankedByReference = request.ranking === undefined || request.ranking === request.y;
    if (
      before &&
      rankedByReference &&
      before.referenceId === referenceId &&
      sameMethod(before.method, request.method) &&
      this.sameInputs(before, request)
    ) {
      this.reused++;
      return before.result;
    }
    const result = agreement(request);
    if (rankedByReference) {
      const { x, y, models, method } = request;
      this.remembered.set(scenario, { x, y, models, referenceId, method, result });
    }
    return result;
  }

  /** The last pair of reference rows and of model lists compared, and whether they were equal. */
  private lastRows: [Float64Array, Float64Array, boolean] | undefined;
  private lastModels: [readonly string[], readonly string[], boolean] | undefined;

  /**
   * Whether the head's request has the base's shared models and scores. Over the same models,
   * rows equal bit for bit say so at once (one pass, no allocation; the reference row, shared by
   * every scenario, is compared once); otherwise the shared models are compared one by one.
   */
  private sameInputs(a: Inputs, b: Inputs): boolean {
    if (this.lastModels?.[0] !== a.models || this.lastModels[1] !== b.models)
      this.lastModels = [a.models, b.models, sameList(a.models, b.models)];
    if (this.lastRows?.[0] !== a.y || this.lastRows[1] !== b.y)
      this.lastRows = [a.y, b.y, sameBytes(a.y, b.y)];
    if (this.lastModels[2] && this.lastRows[2] && sameBytes(a.x, b.x)) return true;
    return sameShared(a, b);
  }
}

interface Inputs {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly models: readonly string[];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((m, i) => m === b[i]));
}

/** Equal bit for bit (compared as 32-bit words: a Float64Array view is 8-byte aligned). */
function sameBytes(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const wa = new Uint32Array(a.buffer, a.byteOffset, 2 * a.length);
  const wb = new Uint32Array(b.buffer, b.byteOffset, 2 * b.length);
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
  return true;
}

function sameMethod(a: Method, b: Method): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the models shared by x and y are the same, in the same order, with the same scores. */
function sameShared(a: Inputs, b: Inputs): boolean {
  const sa = sharedModels(a.x, a.y);
  const sb = sharedModels(b.x, b.y);
  if (sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) {
    const [ma, mb] = [sa[i]!, sb[i]!];
    if (a.models[ma] !== b.models[mb]) return false;
    if (!Object.is(a.x[ma], b.x[mb]) || !Object.is(a.y[ma], b.y[mb])) return false;
  }
  return true;
}
