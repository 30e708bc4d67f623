import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, httpStatus } from '../../src/github/client.js';
import { GITHUB_ACTIONS_BOT, resolveOwnLogin } from '../../src/github/identity.js';
import { fastClientOptions, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

describe('resolveOwnLogin', () => {
  let fake: FakeGitHub | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  it("reads a personal token's login from GET /user", async () => {
    fake = await startFakeGitHub({ tokens: { pat: { login: 'octo-maintainer', canWrite: true } } });
    const client = createGitHubClient(fastClientOptions(fake, 'pat'));
    expect(await resolveOwnLogin(client)).toEqual({ login: 'octo-maintainer', source: 'api' });
  });

  it('falls back to github-actions[bot] when the token is an installation token (403 on GET /user)', async () => {
    fake = await startFakeGitHub({ tokens: { ghs: { login: null, canWrite: true } } });
    const client = createGitHubClient(fastClientOptions(fake, 'ghs'));
    expect(await resolveOwnLogin(client)).toEqual({ login: GITHUB_ACTIONS_BOT, source: 'fallback' });
    expect(fake.requestsTo('GET /user')).toHaveLength(1);
  });

  it('falls back to a given App login, and also on 404', async () => {
    fake = await startFakeGitHub();
    fake.faults.enqueue('GET /user', { kind: 'status', status: 404, message: 'Not Found' });
    const client = createGitHubClient(fastClientOptions(fake));
    expect(await resolveOwnLogin(client, { fallbackLogin: 'my-app[bot]' })).toEqual({
      login: 'my-app[bot]',
      source: 'fallback',
    });
  });

  it('throws on bad credentials instead of guessing', async () => {
    fake = await startFakeGitHub();
    const client = createGitHubClient(fastClientOptions(fake, 'nope'));
    const error = await resolveOwnLogin(client).catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(401);
  });
});
