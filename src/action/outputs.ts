/**
 * The step's outputs (see action.yml), as strings. Empty strings stand for "none".
 *
 * Untrusted: `changed-benchmarks` lists scenario ids chosen by the pull request. A workflow must
 * pass it through `env:` and never paste it with `${{ }}` into `run:` (docs/action.md). As a
 * second line of defence, every character of an id other than `A-Z a-z 0-9 _ . -` is written as
 * a JSON `\uXXXX` escape: the value is still JSON for the same ids, and holds no quote, `$`,
 * backtick, space, `;` or line break a shell or an expression could act on.
 */
import type { PrReport } from '../model/pr-report-schema.js';

export interface ActionOutputs {
  readonly valid: string;
  readonly report: string;
  readonly 'changed-benchmarks': string;
  readonly score: string;
  readonly rank: string;
  readonly 'comment-id': string;
}

/** Scenario ids the PR adds or changes, in file order. */
export function changedScenarios(report: PrReport): string[] {
  return report.touched.filter((t) => t.status !== 'removed').map((t) => t.scenario);
}

export function reportOutputs(
  report: PrReport,
  reportPath: string,
  commentId: number | undefined,
): ActionOutputs {
  const changed = changedScenarios(report);
  const first = report.rows.find((r) => r.scenario === report.headline);
  return {
    valid: String(report.valid),
    report: reportPath,
    'changed-benchmarks': inertJson(changed),
    score: first?.z != null ? first.z.toFixed(4) : '',
    rank: first?.rank != null ? String(first.rank) : '',
    'comment-id': commentId !== undefined ? String(commentId) : '',
  };
}

/** A JSON array of strings whose only characters are `[ ] , "`, `\`, and `A-Z a-z 0-9 _ . - u`. */
export function inertJson(ids: readonly string[]): string {
  const escape = (id: string): string =>
    id.replace(/[^A-Za-z0-9_.-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `[${ids.map((id) => `"${escape(id)}"`).join(',')}]`;
}

/** Why the step fails, or null: errors (or warnings) in the changed files per `fail-on`, and the `min-z` gate. */
export function failure(
  report: PrReport,
  failOn: 'error' | 'warning' | 'never',
  minZ: number | null,
): string | null {
  const count = (s: string) => report.issues.filter((i) => i.severity === s).length;
  const reasons: string[] = [];
  if (failOn !== 'never' && count('error') > 0)
    reasons.push(`${count('error')} error(s) in the changed files`);
  if (failOn === 'warning' && count('warning') > 0)
    reasons.push(`${count('warning')} warning(s) in the changed files`);
  if (minZ !== null) {
    const changed = new Set(changedScenarios(report));
    for (const r of report.rows) {
      if (changed.has(r.scenario) && r.z !== null && r.z < minZ) {
        reasons.push(`${r.scenario} scores Z = ${r.z.toFixed(2)}, below min-z ${minZ}`);
      }
    }
  }
  return reasons.length > 0
    ? `BenchBench: ${reasons.join('; ')}. See the annotations and the job summary.`
    : null;
}
