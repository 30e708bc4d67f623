/**
 * The parts of a `PrReport` that compare base and head: every change of the first board with
 * its cause (see core/change-causes.ts), and where each touched scenario stands on every
 * configured board.
 */
import { explainChanges, type ChangeFacts } from '../core/change-causes.js';
import type { BoardDiff } from '../core/leaderboard-diff.js';
import type { BoardPlacement, ChangedBenchmark, ReportChange } from '../model/pr-report-schema.js';
import type { CatalogScores } from './score-catalog.js';

const EPS = 1e-9;

/** What the change did to the aggregate and to each scenario's own scores. */
export function changeFacts(
  before: Omit<CatalogScores, 'matrix'>,
  after: Omit<CatalogScores, 'matrix'>,
  benchmarks: readonly ChangedBenchmark[],
  changedFiles: ReadonlySet<string>,
): ChangeFacts {
  const ownScores = new Set(benchmarks.flatMap((b) => b.scenarios));
  const namesChanged = new Set<string>();
  // Only a change outside the results files (models.yaml) can move an unchanged file's model ids.
  const outside = [...changedFiles].some((f) => !f.startsWith('benchmarks/'));
  if (outside) {
    for (const [id, { scenario }] of after.info) {
      const old = before.info.get(id)?.scenario;
      if (!old || ownScores.has(id)) continue;
      if (!sameScores(old.scores, scenario.scores)) namesChanged.add(id);
    }
  }
  const a = before.leaderboard.aggregate.scores;
  const b = after.leaderboard.aggregate.scores;
  const aggregateChanged =
    a.length !== b.length || a.some(([m, v], i) => b[i]![0] !== m || Math.abs(b[i]![1] - v) > EPS);
  return { ownScores, namesChanged, aggregateChanged };
}

function sameScores(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v && !(Number.isNaN(v) && Number.isNaN(b.get(k)))) return false;
  return true;
}

/** Every change of the board that is not `unchanged` (or that changed order), with its cause. */
export function reportChanges(
  diff: BoardDiff,
  facts: ChangeFacts,
  name: (s: string) => string,
): ReportChange[] {
  return explainChanges(diff, facts).flatMap((e) => {
    const c = e.change;
    if (c.status === 'unchanged' && !e.listed) return [];
    return [
      {
        scenario: c.scenario,
        name: name(c.scenario),
        status: c.status === 'unchanged' ? 'changed' : c.status,
        cause: e.cause,
        zBefore: c.before?.z ?? null,
        zAfter: c.after?.z ?? null,
        agreementBefore: c.before?.agreement ?? null,
        agreementAfter: c.after?.agreement ?? null,
        rankBefore: c.before?.rank ?? null,
        rankAfter: c.after?.rank ?? null,
        agreementChanged: e.agreementChanged,
        orderChanged: e.orderChanged,
        listed: e.listed,
      },
    ];
  });
}

/** Each touched scenario's rank on every configured board (boards without it say so). */
export function boardPlacements(after: CatalogScores, touched: readonly string[]): BoardPlacement[] {
  const wanted = new Set(touched);
  return after.leaderboard.boards.map((board) => ({
    id: board.id,
    title: board.title,
    scored: board.rows.filter((r) => r.rank !== null).length,
    rows: board.rows
      .filter((r) => wanted.has(r.scenario))
      .map((r) => ({
        scenario: r.scenario,
        z: r.z,
        zInterval: r.zInterval,
        rank: r.rank,
        rankInterval: r.rankInterval,
      })),
  }));
}
