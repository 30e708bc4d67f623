/**
 * Why each scenario of a board diff changed, and which changes mean something (issue 9).
 *
 * Within one board Z is an increasing affine function of agreement (the board's mean and sd),
 * so inserting or removing a scenario shifts every Z and rank below it without changing any
 * agreement or the order of the others: a mechanical shift. A change means something when
 * the scenario's agreement moved by at least `AGREEMENT_ROUNDING` (it shows with 3 decimals),
 * or when its order relative to another scenario present on both sides changed.
 *
 * Causes, first that applies:
 * - `inserted` / `removed`: the scenario itself was added or removed;
 * - `own scores`: its own file (or metadata) changed;
 * - `names changed`: its file did not change but its scores, by model id, did (models.yaml);
 * - `aggregate changed`: the aggregate's scores changed and so did its agreement;
 * - otherwise its agreement did not change and the change is mechanical: `inserted` when the
 *   board gained a scenario, `removed` when it lost one, else the cause of the scenarios whose
 *   agreement changed (the first of `aggregate changed`, `names changed`, `own scores` among
 *   them) since they moved past it.
 *
 * Order among the common scenarios: 1 + the number of common scenarios ranked strictly better
 * (ranks are the board's, so ties stay ties). Unscored scenarios (null rank) have no order;
 * a scenario scored on one side only counts as an order change. Pure and deterministic.
 */
import type { BoardDiff, ScenarioChange } from './leaderboard-diff.js';
import { countBelow } from './count-below.js';

export type ChangeCause = 'inserted' | 'removed' | 'own scores' | 'aggregate changed' | 'names changed';

/** Half the last digit of an agreement shown with 3 decimals. */
export const AGREEMENT_ROUNDING = 0.0005;

export interface ChangeFacts {
  /** Scenarios whose own results file or metadata the change touched. */
  readonly ownScores: ReadonlySet<string>;
  /** Scenarios whose scores by model id differ while their file did not change. */
  readonly namesChanged: ReadonlySet<string>;
  /** Whether the aggregate's scores differ. */
  readonly aggregateChanged: boolean;
}

export interface ExplainedChange {
  readonly change: ScenarioChange;
  readonly cause: ChangeCause;
  /** Agreement moved by at least AGREEMENT_ROUNDING (or appeared or vanished). */
  readonly agreementChanged: boolean;
  /** Its order relative to another scenario present before and after changed. */
  readonly orderChanged: boolean;
  /** It belongs in the list of meaningful changes (not a mechanical shift, not added/removed). */
  readonly listed: boolean;
}

const agreementMoved = (c: ScenarioChange): boolean => {
  const a = c.before?.agreement ?? null;
  const b = c.after?.agreement ?? null;
  return a === null || b === null ? a !== b : Math.abs(a - b) >= AGREEMENT_ROUNDING;
};

/** Rank among the given scenarios' ranks: 1 + how many are strictly better (sorted once). */
function orderAmong(ids: readonly string[], rank: (id: string) => number | null): Map<string, number | null> {
  const ranks = ids.map(rank);
  const known = Float64Array.from(ranks.filter((r): r is number => r !== null)).sort();
  return new Map(ids.map((id, i) => [id, ranks[i] === null ? null : 1 + countBelow(known, ranks[i]!)]));
}

export function explainChanges(diff: BoardDiff, facts: ChangeFacts): ExplainedChange[] {
  const common = diff.changes.filter((c) => c.before && c.after);
  const ids = common.map((c) => c.scenario);
  const byId = new Map(common.map((c) => [c.scenario, c]));
  const before = orderAmong(ids, (id) => byId.get(id)!.before!.rank);
  const after = orderAmong(ids, (id) => byId.get(id)!.after!.rank);

  const direct = (c: ScenarioChange): ChangeCause | null => {
    if (c.status === 'added') return 'inserted';
    if (c.status === 'removed') return 'removed';
    if (facts.ownScores.has(c.scenario)) return 'own scores';
    if (facts.namesChanged.has(c.scenario)) return 'names changed';
    if (facts.aggregateChanged && agreementMoved(c)) return 'aggregate changed';
    return null;
  };
  const reasons = new Set(diff.changes.filter(agreementMoved).map(direct));
  const mechanical: ChangeCause =
    diff.added.length > 0
      ? 'inserted'
      : diff.removed.length > 0
        ? 'removed'
        : ((['aggregate changed', 'names changed', 'own scores'] as const).find((r) => reasons.has(r)) ??
          'own scores');

  return diff.changes.map((c) => {
    const isCommon = c.before !== null && c.after !== null;
    const agreementChanged = isCommon && agreementMoved(c);
    const orderChanged = isCommon && before.get(c.scenario) !== after.get(c.scenario);
    return {
      change: c,
      cause: direct(c) ?? mechanical,
      agreementChanged,
      orderChanged,
      listed: agreementChanged || orderChanged,
    };
  });
}
