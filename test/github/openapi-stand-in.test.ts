/** The GitHub stand-in is held to GitHub's published OpenAPI description (@octokit/openapi). */
import { describe, expect, it } from 'vitest';
import { checkRequest, checkResponse, complete } from '../support/github-openapi.js';
import { startFakeGitHub } from '../support/fake-github.js';

const auth = { authorization: 'token test-token', 'content-type': 'application/json' };

const operation = (method: string, path: string) => {
  const { operation: op } = checkRequest({ method, path, query: {}, body: undefined });
  if (!op) throw new Error(`${method} ${path} is not documented`);
  return op;
};

describe('the GitHub stand-in', () => {
  it('answers 404 to a call GitHub does not document, and fails the test that made it', async () => {
    const fake = await startFakeGitHub();
    const r = await fetch(`${fake.url}/repos/acme/catalog/issues/3/remarks`, { headers: auth });
    expect(r.status).toBe(404);
    expect(fake.violations).toEqual([
      "GET /repos/acme/catalog/issues/3/remarks is not an operation of GitHub's REST API",
    ]);
    await expect(fake.close()).rejects.toThrow(
      /forbids what was sent or served:\nGET \/repos\/acme\/catalog\/issues\/3\/remarks/,
    );
  });

  it('answers 422 to a body or a query parameter the description forbids', async () => {
    const fake = await startFakeGitHub();
    const post = await fetch(`${fake.url}/repos/acme/catalog/issues/3/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 5 }),
    });
    expect(post.status).toBe(422);
    const list = await fetch(`${fake.url}/repos/acme/catalog/issues/3/comments?per_page=2&sort=new`, {
      headers: auth,
    });
    expect(list.status).toBe(422);
    expect(fake.violations).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body/body: must be string {"type":"string"}',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments: query parameter sort is not documented',
    ]);
    expect(fake.state.comments).toHaveLength(0);
    await expect(fake.close()).rejects.toThrow(/body\/body: must be string/);
  });

  it('passes documented calls with documented answers, and closes cleanly', async () => {
    const fake = await startFakeGitHub();
    const post = await fetch(`${fake.url}/repos/acme/catalog/issues/3/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(post.status).toBe(201);
    const comment = (await post.json()) as { user: { login: string }; reactions?: unknown };
    expect(comment.user.login).toBe('benchbench-bot');
    const del = await fetch(`${fake.url}/repos/acme/catalog/issues/comments/1000`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(del.status).toBe(204);
    expect(fake.violations).toEqual([]);
    await fake.close();
  });
});

describe('the response check', () => {
  it('rejects a body that does not fit the status schema, and a success status not documented', () => {
    const user = operation('GET', '/user');
    expect(checkResponse(user, 200, complete(user, 200, { login: 5 }))[0]).toMatch(
      /^GET \/user -> 200: body\/login: must be string/,
    );
    const del = operation('DELETE', '/repos/a/b/issues/comments/1');
    expect(checkResponse(del, 200, {})).toEqual([
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id} -> 200: the status is not documented for this operation',
    ]);
    expect(checkResponse(del, 204, null)).toEqual([]);
  });

  it('holds errors GitHub may send on any request to its basic-error shape', () => {
    const user = operation('GET', '/user');
    expect(
      checkResponse(user, 502, {
        message: 'Server Error',
        documentation_url: 'https://docs.github.com/rest',
      }),
    ).toEqual([]);
    expect(checkResponse(user, 502, { message: 7 })).not.toEqual([]);
  });

  it("fills only missing required fields, never the stand-in's own", () => {
    const user = operation('GET', '/user');
    const filled = complete(user, 200, { login: 'octocat', id: 1 }) as Record<string, unknown>;
    expect(filled).toMatchObject({ login: 'octocat', id: 1 });
    expect(checkResponse(user, 200, filled)).toEqual([]);
  });

  it('tells a literal path segment from a parameter', () => {
    expect(operation('PATCH', '/repos/a/b/issues/comments/9').operationId).toBe('issues/update-comment');
    expect(operation('GET', '/repos/a/b/issues/9/comments').operationId).toBe('issues/list-comments');
  });
});
