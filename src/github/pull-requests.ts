/**
 * Which pull request a workflow run belongs to, checked through the API rather than trusted.
 *
 * In the comment mode (`workflow_run`), the PR number comes from an artifact the PR's own code
 * produced: any bytes. Before commenting, `pullRequestForHeadSha` asks GitHub for that PR and
 * requires its current head SHA to equal the triggering run's `head_sha` (from the event, which
 * the PR cannot forge). A PR pushed again since then fails with 'head-moved': its newer run will
 * comment. Closed PRs pass (their state is reported); the caller decides.
 */
import { httpStatus } from './client.js';
import type { GitHubClient } from './client.js';

export interface VerifiedPullRequest {
  readonly ok: true;
  readonly number: number;
  readonly headSha: string;
  /** The base branch's commit GitHub reports (null if it reports none). */
  readonly baseSha: string | null;
  readonly state: string;
  /** `owner/repo` the head branch lives in; differs from the base repository for fork PRs. */
  readonly headRepo: string | null;
  readonly url: string;
}

export interface RejectedPullRequest {
  readonly ok: false;
  readonly reason: 'invalid-input' | 'not-found' | 'head-moved';
  readonly message: string;
  /** The PR's head SHA now, when it was read. */
  readonly actualHeadSha?: string;
}

export type PullRequestCheck = VerifiedPullRequest | RejectedPullRequest;

/** SHA-1 (40) or SHA-256 (64) object names. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export async function pullRequestForHeadSha(options: {
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  readonly prNumber: unknown;
  readonly headSha: string;
}): Promise<PullRequestCheck> {
  const { client, owner, repo, prNumber } = options;
  const headSha = options.headSha.trim().toLowerCase();
  if (typeof prNumber !== 'number' || !Number.isSafeInteger(prNumber) || prNumber < 1) {
    return {
      ok: false,
      reason: 'invalid-input',
      message: `Not a pull request number: ${JSON.stringify(prNumber)}.`,
    };
  }
  if (!SHA.test(headSha)) {
    return {
      ok: false,
      reason: 'invalid-input',
      message: `Not a commit SHA: ${JSON.stringify(options.headSha)}.`,
    };
  }
  let pr;
  try {
    ({ data: pr } = await client.octokit.rest.pulls.get({ owner, repo, pull_number: prNumber }));
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    return { ok: false, reason: 'not-found', message: `${owner}/${repo} has no pull request #${prNumber}.` };
  }
  const actual = pr.head.sha.toLowerCase();
  if (actual !== headSha) {
    return {
      ok: false,
      reason: 'head-moved',
      actualHeadSha: actual,
      message: `Pull request #${prNumber} is at ${actual.slice(0, 7)}, not ${headSha.slice(0, 7)}: the report belongs to another commit.`,
    };
  }
  return {
    ok: true,
    number: pr.number,
    headSha: actual,
    baseSha:
      typeof pr.base?.sha === 'string' && SHA.test(pr.base.sha.toLowerCase())
        ? pr.base.sha.toLowerCase()
        : null,
    state: pr.state,
    headRepo: pr.head.repo?.full_name ?? null,
    url: pr.html_url,
  };
}

interface HeadQuery {
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
}

/** The query's SHA, lower case; throws on anything that is not an object name. */
function headOf(options: HeadQuery): string {
  const sha = options.sha.trim().toLowerCase();
  if (!SHA.test(sha)) throw new Error(`Not a commit SHA: ${JSON.stringify(options.sha)}.`);
  return sha;
}

/**
 * Numbers of this repository's open pull requests whose head is exactly `sha`, ascending, from
 * the list of open pull requests (every page): unlike the commit's associated pull requests,
 * it includes pull requests from forks. Two PRs may share a head commit (the same branch
 * proposed twice); the comment mode then refuses to guess which one the run was for.
 */
export async function openPullRequestsWithHead(options: HeadQuery): Promise<number[]> {
  const sha = headOf(options);
  const all = await options.client.octokit.paginate(options.client.octokit.rest.pulls.list, {
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    per_page: 100,
  });
  return all
    .filter((pr) => pr.head.sha.toLowerCase() === sha)
    .map((pr) => pr.number)
    .sort((a, b) => a - b);
}

/**
 * Numbers of this repository's pull requests whose head is exactly `sha`, ascending. GitHub may
 * not list a fork's commit here, so an empty answer is not proof that there is no PR.
 */
export async function pullRequestsWithHead(options: HeadQuery): Promise<number[]> {
  const sha = headOf(options);
  const { data } = await options.client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: options.owner,
    repo: options.repo,
    commit_sha: sha,
  });
  return data
    .filter((pr) => pr.head.sha.toLowerCase() === sha)
    .map((pr) => pr.number)
    .sort((a, b) => a - b);
}
