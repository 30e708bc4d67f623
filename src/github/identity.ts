/**
 * Who writes our comments: the login the sticky comment looks for among a PR's comments.
 *
 * GET /user answers for personal access tokens (classic and fine-grained). The workflow's
 * GITHUB_TOKEN is a GitHub App *installation* token: it has no user, GET /user answers 403
 * "Resource not accessible by integration" (404 on some GitHub Enterprise Server versions), and
 * comments made with it are authored by `github-actions[bot]`. That login is the fallback.
 * Another App's installation token writes as `<app-slug>[bot]`; pass it as `fallbackLogin`.
 *
 * Any other failure (401 bad credentials, 5xx after retries) is thrown: guessing the author
 * there could make us miss our own comment and post a second one.
 */
import { httpStatus } from './client.js';
import type { GitHubClient } from './client.js';

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export interface OwnIdentity {
  readonly login: string;
  /** 'api': from GET /user; 'fallback': the token has no user (an installation token). */
  readonly source: 'api' | 'fallback';
}

export async function resolveOwnLogin(
  client: GitHubClient,
  options: { readonly fallbackLogin?: string } = {},
): Promise<OwnIdentity> {
  try {
    const { data } = await client.octokit.rest.users.getAuthenticated();
    return { login: data.login, source: 'api' };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) throw error;
    const login = options.fallbackLogin ?? GITHUB_ACTIONS_BOT;
    client.log.debug(
      `GET /user answered ${status}: an installation token; comments are authored by ${login}.`,
    );
    return { login, source: 'fallback' };
  }
}
