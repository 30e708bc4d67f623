/**
 * Impact labels on a pull request: one label of each group is set and the others of the group
 * removed, so exactly one holds. A label missing from the repository is created first (with its
 * colour and description; a 422 "already_exists" from a racing run is fine).
 *
 * A 403 (a read-only token) gives a warning instead of an exception; anything else is thrown.
 */
import { describeError, httpStatus, type GitHubClient } from './client.js';

export interface LabelSpec {
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string;
}

export interface LabelTarget {
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export interface LabelResult {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly created: readonly string[];
  readonly warning?: string;
}

/** `groups`: the labels of each group; `wanted`: the one label to hold per group. */
export async function setImpactLabels(
  t: LabelTarget,
  groups: readonly (readonly LabelSpec[])[],
  wanted: readonly string[],
): Promise<LabelResult> {
  const issues = t.client.octokit.rest.issues;
  const base = { owner: t.owner, repo: t.repo };
  const created: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  try {
    const specs = groups.flat().filter((s) => wanted.includes(s.name));
    for (const s of specs) {
      try {
        await issues.getLabel({ ...base, name: s.name });
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
        try {
          await issues.createLabel({ ...base, name: s.name, color: s.color, description: s.description });
          created.push(s.name);
        } catch (e) {
          if (httpStatus(e) !== 422) throw e;
        }
      }
    }
    const current = await t.client.octokit.paginate(issues.listLabelsOnIssue, {
      ...base,
      issue_number: t.issueNumber,
      per_page: 100,
    });
    const has = new Set(current.map((l) => l.name.toLowerCase()));
    const missing = wanted.filter((w) => !has.has(w.toLowerCase()));
    if (missing.length > 0) {
      await issues.addLabels({ ...base, issue_number: t.issueNumber, labels: missing });
      added.push(...missing);
    }
    const stale = groups
      .flat()
      .map((s) => s.name)
      .filter((n) => !wanted.includes(n) && has.has(n.toLowerCase()));
    for (const name of stale) {
      try {
        await issues.removeLabel({ ...base, issue_number: t.issueNumber, name });
        removed.push(name);
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
      }
    }
    return { added, removed, created };
  } catch (error) {
    if (httpStatus(error) !== 403 || /rate limit/i.test(error instanceof Error ? error.message : ''))
      throw error;
    return {
      added,
      removed,
      created,
      warning:
        `Cannot set the benchbench labels on ${t.owner}/${t.repo}#${t.issueNumber} (${describeError(error)}): ` +
        'the token needs `pull-requests: write` (or `issues: write`).',
    };
  }
}
