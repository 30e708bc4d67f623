/**
 * What the action does to the outside world, behind one small interface: annotations, outputs,
 * the job summary, the step's verdict (through @actions/core) and the GitHub API (through the
 * client of src/github, created on first use).
 */
import * as core from '@actions/core';
import { createGitHubClient, describeError, type GitHubClient } from '../github/client.js';
import { resolveOwnLogin } from '../github/identity.js';
import { commentKey } from '../github/comment-signature.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { COMMENT_MARKER } from '../report/pr-comment.js';
import type { Annotator } from './annotations.js';
import type { Settings } from './settings.js';

export interface Runner extends Annotator {
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  summary(markdown: string): Promise<void>;
  /** The run page (where the job summary is), when known. */
  runUrl(runId?: number): string | undefined;
  describe(error: unknown): string;
  github(): GitHubClient;
}

export function actionsRunner(s: Settings, env: Readonly<Record<string, string | undefined>>): Runner {
  let client: GitHubClient | undefined;
  return {
    error: (m, p) => core.error(m, p),
    warning: (m, p) => core.warning(m, p),
    notice: (m, p) => core.notice(m, p),
    info: (m) => core.info(m),
    setOutput: (k, v) => core.setOutput(k, v),
    setFailed: (m) => core.setFailed(m),
    async summary(markdown) {
      if (!env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
    runUrl(runId) {
      const id = runId ?? env['GITHUB_RUN_ID'];
      const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
      return id ? `${server}/${s.owner}/${s.repo}/actions/runs/${id}` : undefined;
    },
    describe: describeError,
    github() {
      if (!s.token) throw new Error('No GitHub token: set the `github-token` input.');
      client ??= createGitHubClient({
        token: s.token,
        baseUrl: s.apiUrl,
        log: { debug: core.debug, warning: core.warning },
      });
      return client;
    },
  };
}

/** Upserts the sticky comment; a read-only token (fork) gives a warning, not an exception. */
export async function postComment(
  s: Settings,
  runner: Runner,
  issueNumber: number,
  body: string,
): Promise<{ commentId?: number; warning?: string }> {
  const client = runner.github();
  const { login } = await resolveOwnLogin(client);
  const target = {
    client,
    owner: s.owner,
    repo: s.repo,
    issueNumber,
    marker: COMMENT_MARKER,
    ownLogin: login,
    key: commentKey(s.commentKey, s.repositoryId),
    body,
  };
  let result = await upsertStickyComment({
    ...target,
    mode: s.comment === 'recreate' ? 'recreate' : 'update',
  });
  // Two runs racing may both have found no comment and both created one. A second pass after
  // creating keeps the oldest of ours and deletes the rest: the last run to create sees them all.
  if (result.action === 'created' || result.action === 'recreated') {
    const settled = await upsertStickyComment({ ...target, mode: 'update' });
    if (settled.action !== 'forbidden') {
      result = {
        ...settled,
        action: result.action,
        removedDuplicates: result.removedDuplicates + settled.removedDuplicates,
      };
    }
  }
  if (result.action === 'forbidden') {
    runner.warning(result.warning ?? 'The token may not comment on this pull request.', {
      title: 'benchbench: comment not posted',
    });
    return { ...(result.warning && { warning: result.warning }) };
  }
  runner.info(
    `Comment ${result.action}: ${result.url ?? result.commentId}` +
      (result.removedDuplicates > 0 ? ` (${result.removedDuplicates} duplicate(s) removed)` : ''),
  );
  if (result.warning) runner.warning(result.warning, { title: 'benchbench' });
  return { ...(result.commentId !== undefined && { commentId: result.commentId }) };
}
