/** The fake must reject what GitHub rejects, or the tests above would prove too little. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

describe('the fake GitHub', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub({
      tokens: { w: { login: 'bot', canWrite: true }, r: { login: null, canWrite: false } },
    });
  });
  afterEach(async () => {
    await fake.close();
  });

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${fake.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `token ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };
  const comments = '/repos/o/r/issues/1/comments';

  it('answers 401 without or with a wrong Authorization header', async () => {
    expect((await call('GET', '/user')).json).toMatchObject({
      message: 'Requires authentication',
      status: '401',
    });
    expect((await call('GET', '/user', 'nope')).json).toMatchObject({
      message: 'Bad credentials',
      status: '401',
    });
  });

  it('answers 404 for unknown routes and unknown comments', async () => {
    expect((await call('GET', '/repos/o/r/labels', 'w')).status).toBe(404);
    expect((await call('PATCH', '/repos/o/r/issues/comments/1', 'w', { body: 'x' })).status).toBe(404);
  });

  it('answers 403 to writes with a read-only token', async () => {
    const res = await call('POST', comments, 'r', { body: 'x' });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ message: 'Resource not accessible by integration' });
  });

  it('answers 422 in GitHub’s shape to a body over 65,536 characters, and accepts exactly 65,536', async () => {
    const res = await call('POST', comments, 'w', { body: 'x'.repeat(MAX_COMMENT_LENGTH + 1) });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          field: 'body',
          code: 'custom',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    });
    expect((await call('POST', comments, 'w', { body: 'x'.repeat(MAX_COMMENT_LENGTH) })).status).toBe(201);
  });

  it('pages comments with per_page, page and a Link header', async () => {
    for (let i = 0; i < 5; i++)
      fake.state.addComment({ owner: 'o', repo: 'r', issueNumber: 1, body: `c${i}`, login: 'bot' });
    const page2 = await call('GET', `${comments}?per_page=2&page=2`, 'w');
    expect((page2.json as unknown as { body: string }[]).map((c) => c.body)).toEqual(['c2', 'c3']);
    const link = page2.headers.get('link') ?? '';
    expect(link).toContain(`<${fake.url}${comments}?per_page=2&page=3>; rel="next"`);
    expect(link).toContain(`<${fake.url}${comments}?per_page=2&page=3>; rel="last"`);
    expect(link).toContain(`<${fake.url}${comments}?per_page=2&page=1>; rel="prev"`);
    const last = await call('GET', `${comments}?per_page=2&page=3`, 'w');
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('gives comments increasing ids, the writer’s login and a created_at', async () => {
    const a = (await call('POST', comments, 'w', { body: 'a' })).json;
    const b = (await call('POST', comments, 'r', { body: 'b' })).json;
    const c = (await call('POST', comments, 'w', { body: 'c' })).json;
    expect(b).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(a).toMatchObject({ user: { login: 'bot' }, created_at: '2024-01-01T00:00:01Z' });
    expect(Number(c?.id)).toBeGreaterThan(Number(a?.id));
  });

  it('consumes queued faults one request at a time', async () => {
    fake.faults.enqueue('GET /user', { kind: 'status', status: 503 });
    expect((await call('GET', '/user', 'w')).status).toBe(503);
    expect(fake.faults.pending('GET /user')).toBe(0);
    expect((await call('GET', '/user', 'w')).status).toBe(200);
  });
});
