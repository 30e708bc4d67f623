import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubClient } from '../../src/github/client.js';
import { pullRequestForHeadSha, pullRequestsWithHead } from '../../src/github/pull-requests.js';
import { fastClientOptions, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

const OWNER = 'acme';
const REPO = 'catalog';
const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

describe('pull requests', () => {
  let fake: FakeGitHub;
  // GitHub always reports the base branch's commit (base.sha is a required string).
  const BASE = 'b'.repeat(40);
  let client: GitHubClient;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    client = createGitHubClient(fastClientOptions(fake));
    fake.state.addPull({
      owner: OWNER,
      repo: REPO,
      number: 12,
      headSha: HEAD,
      state: 'open',
      headRepoFullName: 'fork/catalog',
      baseSha: BASE,
    });
    fake.state.addPull({ owner: OWNER, repo: REPO, number: 13, headSha: OTHER, state: 'closed' });
  });
  afterEach(async () => {
    await fake.close();
  });

  const check = (prNumber: unknown, headSha: string) =>
    pullRequestForHeadSha({ client, owner: OWNER, repo: REPO, prNumber, headSha });

  it('accepts a pull request whose head is the run head SHA', async () => {
    expect(await check(12, HEAD.toUpperCase())).toEqual({
      ok: true,
      number: 12,
      headSha: HEAD,
      baseSha: BASE,
      state: 'open',
      headRepo: 'fork/catalog',
      url: 'https://github.test/acme/catalog/pull/12',
    });
  });

  it('rejects a pull request that has moved to another commit, naming both', async () => {
    const result = await check(13, HEAD);
    expect(result).toMatchObject({ ok: false, reason: 'head-moved', actualHeadSha: OTHER });
    expect(!result.ok && result.message).toMatch(/#13 is at bbbbbbb, not aaaaaaa/);
  });

  it('rejects a pull request that does not exist', async () => {
    expect(await check(99, HEAD)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('rejects forged input without asking GitHub', async () => {
    for (const n of ['12', 0, -1, 1.5, Number.NaN, null]) {
      expect(await check(n, HEAD)).toMatchObject({ ok: false, reason: 'invalid-input' });
    }
    expect(await check(12, '../../etc')).toMatchObject({ ok: false, reason: 'invalid-input' });
    expect(fake.requests).toHaveLength(0);
  });

  it('lists the pull requests whose head is a commit', async () => {
    fake.state.addPull({ owner: OWNER, repo: REPO, number: 3, headSha: HEAD, state: 'open' });
    fake.state.addPull({ owner: OWNER, repo: 'elsewhere', number: 4, headSha: HEAD, state: 'open' });
    expect(await pullRequestsWithHead({ client, owner: OWNER, repo: REPO, sha: HEAD })).toEqual([3, 12]);
    expect(await pullRequestsWithHead({ client, owner: OWNER, repo: REPO, sha: 'c'.repeat(40) })).toEqual([]);
  });
});
