import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, describeError, httpStatus } from '../../src/github/client.js';
import type { GitHubLog } from '../../src/github/client.js';
import { fastClientOptions, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

const USER = 'GET /user' as const;

function recordingLog(): GitHubLog & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => undefined, warning: (m) => warnings.push(m) };
}

describe('createGitHubClient', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('sends the token and talks to the given base URL', async () => {
    const { octokit } = createGitHubClient(fastClientOptions(fake));
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('benchbench-bot');
    expect(fake.requestsTo(USER)[0]?.authorization).toBe('token test-token');
  });

  it('takes the base URL from GITHUB_API_URL when none is given, so GitHub Enterprise Server works', () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = 'https://ghes.example/api/v3/';
    try {
      expect(createGitHubClient({ token: 't' }).baseUrl).toBe('https://ghes.example/api/v3');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('refuses to start without a token', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/token is required/);
  });

  it('does not retry bad credentials', async () => {
    const { octokit } = createGitHubClient(fastClientOptions(fake, 'wrong'));
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(401);
    expect(describeError(error)).toMatch(/GET .*\/user: HTTP 401: Bad credentials/);
    expect(fake.requestsTo(USER)).toHaveLength(1);
  });

  it('retries 500, 502 and 503 and then succeeds', async () => {
    fake.faults.enqueue(
      USER,
      { kind: 'status', status: 500 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 503 },
    );
    const { octokit } = createGitHubClient(fastClientOptions(fake));
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('benchbench-bot');
    expect(fake.requestsTo(USER).map((r) => r.status)).toEqual([500, 502, 503, 200]);
  });

  it('gives up on server errors after the configured number of retries', async () => {
    fake.faults.enqueue(USER, ...Array.from({ length: 5 }, () => ({ kind: 'status', status: 502 }) as const));
    const { octokit } = createGitHubClient({ ...fastClientOptions(fake), retries: 2 });
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(502);
    expect(fake.requestsTo(USER)).toHaveLength(3);
  });

  it('waits for retry-after on a secondary rate limit, then retries', async () => {
    fake.faults.enqueue(USER, { kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    const log = recordingLog();
    const { octokit } = createGitHubClient({ ...fastClientOptions(fake), retryAfterUnitMs: 100, log });
    const started = performance.now();
    const { data } = await octokit.rest.users.getAuthenticated();
    const elapsed = performance.now() - started;
    expect(data.login).toBe('benchbench-bot');
    expect(fake.requestsTo(USER).map((r) => r.status)).toEqual([403, 200]);
    // retry-after: 2 at 100 ms per second.
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(log.warnings.join('\n')).toMatch(/secondary rate limit on GET .*\/user: retrying in 2 s/);
  });

  it('stops retrying a secondary rate limit after the configured number of retries', async () => {
    fake.faults.enqueue(
      USER,
      ...Array.from({ length: 5 }, () => ({ kind: 'secondary-rate-limit' }) as const),
    );
    const log = recordingLog();
    const { octokit } = createGitHubClient({ ...fastClientOptions(fake), retries: 2, log });
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(403);
    expect(String(error)).toMatch(/secondary rate limit/);
    expect(fake.requestsTo(USER)).toHaveLength(3);
    expect(log.warnings.at(-1)).toMatch(/giving up/);
  });

  it('does not sit out a primary rate limit that resets later than allowed', async () => {
    fake.faults.enqueue(USER, { kind: 'rate-limit', resetInSeconds: 3600 });
    const { octokit } = createGitHubClient(fastClientOptions(fake));
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(403);
    expect(fake.requestsTo(USER)).toHaveLength(1);
  });

  it('retries a connection reset', async () => {
    fake.faults.enqueue(USER, { kind: 'reset' }, { kind: 'reset' });
    const { octokit } = createGitHubClient(fastClientOptions(fake));
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('benchbench-bot');
    expect(fake.requestsTo(USER).map((r) => r.status)).toEqual(['reset', 'reset', 200]);
  });

  it('ends a hung request with a clear timeout error after a bounded number of attempts', async () => {
    fake.faults.enqueue(USER, ...Array.from({ length: 5 }, () => ({ kind: 'delay', ms: 2000 }) as const));
    const { octokit } = createGitHubClient({ ...fastClientOptions(fake), timeoutMs: 100, retries: 2 });
    const started = performance.now();
    const error = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /GitHub API did not answer GET http:\/\/127\.0\.0\.1:\d+\/user within 100 ms/,
    );
    expect(fake.requestsTo(USER)).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('recovers when a slow answer is followed by a prompt one', async () => {
    fake.faults.enqueue(USER, { kind: 'delay', ms: 1000 });
    const { octokit } = createGitHubClient({ ...fastClientOptions(fake), timeoutMs: 100 });
    const { data } = await octokit.rest.users.getAuthenticated();
    expect(data.login).toBe('benchbench-bot');
    expect(fake.requestsTo(USER)).toHaveLength(2);
  });
});
