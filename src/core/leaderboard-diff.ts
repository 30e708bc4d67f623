/**
 * What a change to the catalog does to a board: per scenario, its Z, agreement and rank
 * before and after, and whether it was added, removed, moved or unchanged. Z or agreement
 * changes smaller than 1e-9 count as unchanged.
 */
import type { Board, ScenarioResult } from './leaderboard.js';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ScenarioChange {
  readonly scenario: string;
  readonly status: ChangeStatus;
  readonly before: ScenarioResult | null;
  readonly after: ScenarioResult | null;
  /** before.rank - after.rank: positive = moved up. Null when either rank is missing. */
  readonly rankDelta: number | null;
  readonly zDelta: number | null;
}

export interface BoardDiff {
  readonly id: string;
  readonly changes: readonly ScenarioChange[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Scenarios present before and after whose rank changed. */
  readonly moved: readonly string[];
}

const EPS = 1e-9;
const differs = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a !== b : Math.abs(a - b) > EPS;

export function diffBoards(before: Board | null, after: Board): BoardDiff {
  const old = new Map((before?.rows ?? []).map((r) => [r.scenario, r]));
  const now = new Map(after.rows.map((r) => [r.scenario, r]));
  const changes: ScenarioChange[] = [];
  for (const a of after.rows) {
    const b = old.get(a.scenario) ?? null;
    const status: ChangeStatus = !b
      ? 'added'
      : differs(b.z, a.z) || differs(b.agreement, a.agreement) || b.rank !== a.rank || b.nCommon !== a.nCommon
        ? 'changed'
        : 'unchanged';
    changes.push({
      scenario: a.scenario,
      status,
      before: b,
      after: a,
      rankDelta: b?.rank != null && a.rank !== null ? b.rank - a.rank : null,
      zDelta: b?.z != null && a.z !== null ? a.z - b.z : null,
    });
  }
  for (const b of before?.rows ?? []) {
    if (!now.has(b.scenario)) {
      changes.push({
        scenario: b.scenario,
        status: 'removed',
        before: b,
        after: null,
        rankDelta: null,
        zDelta: null,
      });
    }
  }
  return {
    id: after.id,
    changes,
    added: changes.filter((c) => c.status === 'added').map((c) => c.scenario),
    removed: changes.filter((c) => c.status === 'removed').map((c) => c.scenario),
    moved: changes.filter((c) => c.rankDelta !== null && c.rankDelta !== 0).map((c) => c.scenario),
  };
}
