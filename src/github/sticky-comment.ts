/**
 * One comment per pull request, kept up to date: the "sticky" comment.
 *
 * Ours are the comments that contain `marker` AND were written by `ownLogin` (anyone can paste
 * the marker; only our own identity's comments count) AND, when a signing `key` is given, end
 * with our signature for that body (comment-signature.ts: other workflows comment as the same
 * `github-actions[bot]`, and may quote the marker). With a key, the body posted is signed.
 * Every page of comments is read.
 *
 * - mode 'update' (default): the oldest of ours is edited in place; if it was deleted meanwhile
 *   (404), the next oldest is tried, and if none is left a new comment is created.
 * - mode 'recreate': a new comment is created first, then all of ours are deleted, so the
 *   comment moves to the bottom of the conversation (and notifies) without ever going missing.
 * - In both modes an identical body is left alone ('unchanged': no edit, no notification).
 * - The others of ours (left by racing runs) are deleted and counted in `removedDuplicates`;
 *   one already gone (404) is skipped.
 * - A 403 (a fork's read-only token) gives action 'forbidden' with a warning instead of an
 *   exception; a 403 that is a rate limit, and every other failure, is thrown.
 *
 * The body must contain the marker and be shorter than GitHub's 65,536 characters: the renderer
 * cuts rows to fit, so a longer body is a bug here, not something to trim silently.
 */
import { describeError, httpStatus } from './client.js';
import { isSignedComment, signComment } from './comment-signature.js';
import type { GitHubClient } from './client.js';

export const MAX_COMMENT_LENGTH = 65_536;

export type StickyMode = 'update' | 'recreate';

export interface StickyTarget {
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** e.g. `<!-- benchbench-action:comment -->` */
  readonly marker: string;
  /** The login our comments are authored by (see identity.ts). */
  readonly ownLogin: string;
  /** Signs what we post and recognises ours by signature (see comment-signature.ts). */
  readonly key?: Buffer;
}

export interface UpsertStickyCommentOptions extends StickyTarget {
  readonly body: string;
  readonly mode?: StickyMode;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'recreated' | 'unchanged' | 'forbidden';
  readonly commentId?: number;
  readonly url?: string;
  readonly removedDuplicates: number;
  readonly warning?: string;
}

interface OwnComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

export async function upsertStickyComment(input: UpsertStickyCommentOptions): Promise<StickyCommentResult> {
  const options = input.key
    ? { ...input, body: signComment(input.body, input.key, input.issueNumber) }
    : input;
  const { client, owner, repo, issueNumber, marker, body } = options;
  assertValid(marker, body);
  const warnings: string[] = [];
  const where = `${owner}/${repo}#${issueNumber}`;
  const issues = client.octokit.rest.issues;

  let kept: { action: StickyCommentResult['action']; id: number; url: string };
  let duplicates: OwnComment[];
  let replaced: OwnComment | undefined;
  try {
    const ours = await listOwnComments(options);
    const create = async () => {
      const { data } = await issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return { id: data.id, url: data.html_url };
    };
    const first = ours[0];
    if (first && first.body === body) {
      kept = { action: 'unchanged', ...first };
      duplicates = ours.slice(1);
    } else if (options.mode === 'recreate' && first) {
      kept = { action: 'recreated', ...(await create()) };
      replaced = first;
      duplicates = ours.slice(1);
    } else {
      const edited = await editFirstAvailable(options, ours);
      kept = edited.comment
        ? { action: 'updated', id: edited.comment.id, url: edited.comment.url }
        : { action: 'created', ...(await create()) };
      duplicates = edited.rest;
    }
  } catch (error) {
    if (!isForbidden(error)) throw error;
    return {
      action: 'forbidden',
      removedDuplicates: 0,
      warning:
        `Cannot write the benchbench comment on ${where} (${describeError(error)}). ` +
        'Pull requests from forks get a read-only token: post the comment from a workflow_run job instead.',
    };
  }

  if (replaced) await deleteComment(client, owner, repo, replaced.id, warnings);
  let removed = 0;
  for (const c of duplicates) {
    if ((await deleteComment(client, owner, repo, c.id, warnings)) === 'deleted') removed++;
  }
  return {
    action: kept.action,
    commentId: kept.id,
    url: kept.url,
    removedDuplicates: removed,
    ...(warnings.length > 0 ? { warning: warnings.join(' ') } : {}),
  };
}

export interface DeleteStickyCommentResult {
  readonly removed: number;
  readonly warning?: string;
}

/** Deletes all of our comments carrying the marker (e.g. when the PR no longer touches the catalog). */
export async function deleteStickyComment(target: StickyTarget): Promise<DeleteStickyCommentResult> {
  if (target.marker === '') throw new Error('The sticky comment marker must not be empty.');
  const warnings: string[] = [];
  let ours: OwnComment[];
  try {
    ours = await listOwnComments(target);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    return {
      removed: 0,
      warning: `Cannot read the comments of ${target.owner}/${target.repo}#${target.issueNumber}.`,
    };
  }
  let removed = 0;
  for (const c of ours) {
    if ((await deleteComment(target.client, target.owner, target.repo, c.id, warnings)) === 'deleted')
      removed++;
  }
  return { removed, ...(warnings.length > 0 ? { warning: warnings.join(' ') } : {}) };
}

function assertValid(marker: string, body: string): void {
  if (marker === '') throw new Error('The sticky comment marker must not be empty.');
  if (!body.includes(marker)) throw new Error('The comment body must contain the sticky comment marker.');
  if (body.length >= MAX_COMMENT_LENGTH) {
    throw new RangeError(
      `The comment body has ${body.length} characters; GitHub accepts fewer than ${MAX_COMMENT_LENGTH}. The renderer must cut rows first.`,
    );
  }
}

/** Our marked comments, oldest first. */
async function listOwnComments(t: StickyTarget): Promise<OwnComment[]> {
  const all = await t.client.octokit.paginate(t.client.octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  const own = t.ownLogin.toLowerCase();
  return all
    .filter(
      (c) =>
        c.user?.login.toLowerCase() === own &&
        (c.body ?? '').includes(t.marker) &&
        (!t.key || isSignedComment(c.body ?? '', t.key, t.issueNumber)),
    )
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id))
    .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }));
}

/** Edits the oldest comment still there; the ones after it are left to delete. */
async function editFirstAvailable(
  o: UpsertStickyCommentOptions,
  ours: readonly OwnComment[],
): Promise<{ comment?: OwnComment; rest: OwnComment[] }> {
  for (const [i, c] of ours.entries()) {
    try {
      const { data } = await o.client.octokit.rest.issues.updateComment({
        owner: o.owner,
        repo: o.repo,
        comment_id: c.id,
        body: o.body,
      });
      return { comment: { id: data.id, body: o.body, url: data.html_url }, rest: ours.slice(i + 1) };
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      o.client.log.debug(`Comment ${c.id} was deleted meanwhile; trying the next one.`);
    }
  }
  return { rest: [] };
}

async function deleteComment(
  client: GitHubClient,
  owner: string,
  repo: string,
  commentId: number,
  warnings: string[],
): Promise<'deleted' | 'gone' | 'forbidden'> {
  try {
    await client.octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
    return 'deleted';
  } catch (error) {
    if (httpStatus(error) === 404) return 'gone';
    if (!isForbidden(error)) throw error;
    warnings.push(`Cannot delete the old benchbench comment ${commentId} (${describeError(error)}).`);
    return 'forbidden';
  }
}

/** 403 for lack of permission, not a rate limit that outlasted its retries. */
function isForbidden(error: unknown): boolean {
  return httpStatus(error) === 403 && !/rate limit/i.test(error instanceof Error ? error.message : '');
}
