import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubClient } from '../../src/github/client.js';
import { resolveOwnLogin } from '../../src/github/identity.js';
import { deleteStickyComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { fastClientOptions, INSTALLATION_BOT, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

const MARKER = '<!-- benchbench-action:comment -->';
const OWNER = 'acme';
const REPO = 'catalog';
const PR = 7;
const ME = 'benchbench-bot';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;

const body = (text: string) => `${MARKER}\n### ${text}`;

describe('upsertStickyComment', () => {
  let fake: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    fake = await startFakeGitHub({
      tokens: {
        'test-token': { login: ME, canWrite: true },
        'read-only': { login: null, canWrite: false },
        installation: { login: null, canWrite: true },
      },
    });
    client = createGitHubClient(fastClientOptions(fake));
  });
  afterEach(async () => {
    await fake.close();
  });

  const upsert = (text: string, extra: Partial<Parameters<typeof upsertStickyComment>[0]> = {}) =>
    upsertStickyComment({
      client,
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      ownLogin: ME,
      body: body(text),
      ...extra,
    });
  const seed = (text: string, login = ME) =>
    fake.state.addComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: text, login });
  const onPr = () => fake.state.commentsOn(OWNER, REPO, PR);

  it('creates the comment, then updates that same comment in place', async () => {
    const first = await upsert('one');
    expect(first).toMatchObject({ action: 'created', removedDuplicates: 0 });
    const second = await upsert('two');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, removedDuplicates: 0 });
    expect(onPr().map((c) => c.body)).toEqual([body('two')]);
    expect(second.url).toContain(`#issuecomment-${first.commentId}`);
  });

  it('leaves an identical comment alone', async () => {
    const first = await upsert('same');
    const again = await upsert('same');
    expect(again).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(fake.requestsTo(UPDATE)).toHaveLength(0);
    expect(fake.requestsTo(CREATE)).toHaveLength(1);
  });

  it('in recreate mode posts a new comment and deletes the old one', async () => {
    const old = seed(body('old'));
    const result = await upsert('new', { mode: 'recreate' });
    expect(result.action).toBe('recreated');
    expect(result.commentId).toBeGreaterThan(old.id);
    expect(result.removedDuplicates).toBe(0);
    expect(onPr().map((c) => [c.id, c.body])).toEqual([[result.commentId, body('new')]]);
    // Created before the old one is deleted, so the PR is never without a comment.
    const writes = fake.requests.filter((r) => r.route === CREATE || r.route === DELETE).map((r) => r.method);
    expect(writes).toEqual(['POST', 'DELETE']);
  });

  it('in recreate mode simply creates when there is no comment yet', async () => {
    expect(await upsert('first', { mode: 'recreate' })).toMatchObject({ action: 'created' });
  });

  it('ignores comments by other users that carry the marker', async () => {
    const forged = seed(body('forged by someone else'), 'mallory');
    const result = await upsert('ours');
    expect(result.action).toBe('created');
    expect(onPr().map((c) => [c.login, c.body])).toEqual([
      ['mallory', forged.body],
      [ME, body('ours')],
    ]);
    expect(fake.requestsTo(UPDATE)).toHaveLength(0);
    expect(fake.requestsTo(DELETE)).toHaveLength(0);
  });

  it('ignores our own comments without the marker', async () => {
    seed('a plain comment by the bot');
    expect(await upsert('x')).toMatchObject({ action: 'created' });
    expect(onPr()).toHaveLength(2);
  });

  it('finds the marker on page 3 of 250 comments', async () => {
    for (let i = 0; i < 250; i++) {
      if (i === 230) seed(body('old'));
      else seed(`comment ${i}`, i % 2 === 0 ? 'alice' : ME);
    }
    const target = onPr()[230];
    const result = await upsert('new');
    expect(result).toMatchObject({ action: 'updated', commentId: target?.id });
    expect(onPr()).toHaveLength(250);
    expect(fake.requestsTo(LIST).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('deletes duplicates left by racing runs and keeps the oldest', async () => {
    const oldest = seed(body('a'));
    seed('unrelated', 'alice');
    seed(body('b'));
    seed(body('c'));
    const result = await upsert('fresh');
    expect(result).toMatchObject({ action: 'updated', commentId: oldest.id, removedDuplicates: 2 });
    expect(onPr().map((c) => c.body)).toEqual([body('fresh'), 'unrelated']);
  });

  it('creates the comment again when ours was deleted just before the update', async () => {
    const gone = seed(body('old'));
    fake.faults.enqueue(UPDATE, {
      kind: 'meanwhile',
      run: () => fake.state.comments.splice(fake.state.comments.indexOf(gone), 1),
    });
    const result = await upsert('new');
    expect(result.action).toBe('created');
    expect(fake.requestsTo(UPDATE).map((r) => r.status)).toEqual([404]);
    expect(onPr().map((c) => c.body)).toEqual([body('new')]);
  });

  it('updates the next oldest when the oldest was deleted meanwhile', async () => {
    const gone = seed(body('old'));
    const next = seed(body('dup'));
    fake.faults.enqueue(UPDATE, {
      kind: 'meanwhile',
      run: () => fake.state.comments.splice(fake.state.comments.indexOf(gone), 1),
    });
    const result = await upsert('new');
    expect(result).toMatchObject({ action: 'updated', commentId: next.id, removedDuplicates: 0 });
    expect(onPr().map((c) => c.body)).toEqual([body('new')]);
  });

  it('reports forbidden with a warning when the token is read-only, as on fork PRs', async () => {
    client = createGitHubClient(fastClientOptions(fake, 'read-only'));
    const result = await upsert('x', { ownLogin: INSTALLATION_BOT });
    expect(result.action).toBe('forbidden');
    expect(result.removedDuplicates).toBe(0);
    expect(result.warning).toMatch(/Resource not accessible by integration/);
    expect(result.warning).toMatch(/workflow_run/);
    expect(onPr()).toHaveLength(0);
    // A 403 is an answer, not a failure to retry.
    expect(fake.requestsTo(CREATE)).toHaveLength(1);
  });

  it('works with an installation token, whose comments are by github-actions[bot]', async () => {
    client = createGitHubClient(fastClientOptions(fake, 'installation'));
    const { login } = await resolveOwnLogin(client);
    const first = await upsertStickyComment({
      client,
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      ownLogin: login,
      body: body('1'),
    });
    const second = await upsertStickyComment({
      client,
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      ownLogin: login,
      body: body('2'),
    });
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    expect(onPr().map((c) => c.login)).toEqual([INSTALLATION_BOT]);
  });

  it('retries server errors on create without posting twice', async () => {
    fake.faults.enqueue(
      CREATE,
      { kind: 'status', status: 500 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 503 },
    );
    const result = await upsert('x');
    expect(result.action).toBe('created');
    expect(fake.requestsTo(CREATE).map((r) => r.status)).toEqual([500, 502, 503, 201]);
    expect(onPr()).toHaveLength(1);
  });

  it('rides out a secondary rate limit on update', async () => {
    seed(body('old'));
    fake.faults.enqueue(UPDATE, { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const result = await upsert('new');
    expect(result.action).toBe('updated');
    expect(fake.requestsTo(UPDATE).map((r) => r.status)).toEqual([403, 200]);
  });

  it('survives a connection reset while listing', async () => {
    seed(body('old'));
    fake.faults.enqueue(LIST, { kind: 'reset' });
    expect(await upsert('new')).toMatchObject({ action: 'updated' });
  });

  it('throws a clear error when GitHub keeps timing out', async () => {
    client = createGitHubClient({ ...fastClientOptions(fake), timeoutMs: 80, retries: 1 });
    fake.faults.enqueue(LIST, { kind: 'delay', ms: 1000 }, { kind: 'delay', ms: 1000 });
    await expect(upsert('x')).rejects.toThrow(/did not answer GET .*\/comments\?per_page=100 within 80 ms/);
    expect(fake.requestsTo(LIST)).toHaveLength(2);
  });

  it('refuses a body of 65,536 characters or more before any request', async () => {
    const long = MARKER + 'x'.repeat(65_536 - MARKER.length);
    await expect(
      upsertStickyComment({
        client,
        owner: OWNER,
        repo: REPO,
        issueNumber: PR,
        marker: MARKER,
        ownLogin: ME,
        body: long,
      }),
    ).rejects.toThrow(RangeError);
    await expect(upsert('y'.repeat(65_000))).resolves.toMatchObject({ action: 'created' });
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses a body without the marker, which could never be found again', async () => {
    await expect(
      upsertStickyComment({
        client,
        owner: OWNER,
        repo: REPO,
        issueNumber: PR,
        marker: MARKER,
        ownLogin: ME,
        body: 'no marker',
      }),
    ).rejects.toThrow(/must contain the sticky comment marker/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('deleteStickyComment', () => {
  let fake: FakeGitHub;
  afterEach(async () => {
    await fake.close();
  });

  it('removes all of our marked comments and nothing else', async () => {
    fake = await startFakeGitHub({ tokens: { 'test-token': { login: ME, canWrite: true } } });
    const client = createGitHubClient(fastClientOptions(fake));
    const add = (text: string, login = ME) =>
      fake.state.addComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: text, login });
    add(body('a'));
    add(body('b'));
    add(body('theirs'), 'mallory');
    add('plain');
    const result = await deleteStickyComment({
      client,
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      ownLogin: ME,
    });
    expect(result).toEqual({ removed: 2 });
    expect(fake.state.commentsOn(OWNER, REPO, PR).map((c) => c.body)).toEqual([body('theirs'), 'plain']);
  });
});
