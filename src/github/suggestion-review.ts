/**
 * One suggestion review per pull-request head: a review (event COMMENT) whose body holds
 * `marker`, with review comments on exact lines.
 *
 * - Ours are the reviews by `ownLogin` whose body contains the marker; every page is read.
 * - If one of ours is already on `headSha` (its `commit_id`), nothing is posted ('exists'): a
 *   re-run never duplicates it. Reviews on older heads are left alone (GitHub marks their
 *   comments outdated when the lines change).
 * - A 403 (a read-only token: a fork's pull request in the check job) gives 'forbidden' with a
 *   warning; a 422 (GitHub cannot place a comment on the diff) gives 'rejected' with a warning.
 *   Anything else is thrown.
 */
import { describeError, httpStatus, type GitHubClient } from './client.js';

export interface ReviewTarget {
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly headSha: string;
  readonly marker: string;
  readonly ownLogin: string;
}

export interface ReviewContent {
  readonly body: string;
  readonly comments: readonly { path: string; line: number; side: 'RIGHT'; body: string }[];
}

export interface ReviewResult {
  readonly action: 'created' | 'exists' | 'forbidden' | 'rejected';
  readonly reviewId?: number;
  readonly warning?: string;
}

export async function postSuggestionReview(t: ReviewTarget, content: ReviewContent): Promise<ReviewResult> {
  if (!content.body.includes(t.marker)) throw new Error('The review body must contain the marker.');
  const where = `${t.owner}/${t.repo}#${t.pullNumber}`;
  const pulls = t.client.octokit.rest.pulls;
  try {
    const reviews = await t.client.octokit.paginate(pulls.listReviews, {
      owner: t.owner,
      repo: t.repo,
      pull_number: t.pullNumber,
      per_page: 100,
    });
    const own = t.ownLogin.toLowerCase();
    const existing = reviews.find(
      (r) =>
        r.user?.login.toLowerCase() === own && (r.body ?? '').includes(t.marker) && r.commit_id === t.headSha,
    );
    if (existing) return { action: 'exists', reviewId: existing.id };
    const { data } = await pulls.createReview({
      owner: t.owner,
      repo: t.repo,
      pull_number: t.pullNumber,
      commit_id: t.headSha,
      event: 'COMMENT',
      body: content.body,
      comments: content.comments.map((c) => ({ ...c })),
    });
    return { action: 'created', reviewId: data.id };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 && !/rate limit/i.test(error instanceof Error ? error.message : '')) {
      return {
        action: 'forbidden',
        warning:
          `Cannot post the suggested fixes on ${where} (${describeError(error)}): the token needs ` +
          '`pull-requests: write`. Pull requests from forks get a read-only token: the workflow_run comment job posts them.',
      };
    }
    if (status === 422) {
      return {
        action: 'rejected',
        warning: `GitHub refused the suggested fixes on ${where} (${describeError(error)}).`,
      };
    }
    throw error;
  }
}
