/**
 * Faults of the GitHub API during a check: 500, 502, 503; a 403 secondary rate limit with
 * `retry-after`; a 404 when updating a comment deleted meanwhile; a connection reset; answers
 * slower than the timeout; and errors that never stop. Each ends in bounded retries, a clear
 * final message, no duplicate comment, and a job summary that is always written.
 *
 * Transient faults run the bundled action (dist/index.js) as the runner does, with the client's
 * real timings. Faults that outlast every retry run the same check pipeline in-process with a
 * client whose timeout and back-off are shrunk (fastClientOptions), so that giving up takes
 * milliseconds instead of the real 14 s of back-off or 4 x 30 s of timeouts.
 */
import { pullRequestFixture } from '../support/pull-request-fixture.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/action/check.js';
import type { Runner } from '../../src/action/runner.js';
import type { Settings } from '../../src/action/settings.js';
import { createGitHubClient, describeError } from '../../src/github/client.js';
import { fastClientOptions, type Fault } from '../support/fake-github.js';
import { fullCatalog } from './helpers/catalogs.js';
import { ensureBuilt, OWNER, REPO } from './helpers/run-action.js';

const PR = 21;
const MARKER = '<!-- benchbench-action:comment -->';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;
const SUMMARY_HEAD = /### BenchBench: .*scores Z = /;

const pr = pullRequestFixture({ number: PR, tokens: { ghs_write: { login: null, canWrite: true } } });
const { comments } = pr;
/** A head commit adding the benchmark; `variant` changes its bytes so that each push differs. */
const push = (variant = 0) => {
  const files = fullCatalog();
  if (variant > 0) files.set('benchmarks/notes.txt', `push ${variant}\n`);
  return pr.repo.commit(files, `push ${variant}`);
};

describe('transient API faults during a check (dist/index.js)', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const check = (headSha: string) => pr.check(headSha);

  it.each([500, 502, 503])('retries a %i while listing comments, then posts one comment', async (status) => {
    pr.fake.faults.enqueue(LIST, { kind: 'status', status });
    const run = await check(push());
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.requestsTo(LIST).map((r) => r.status)).toEqual([status, 200, 200]);
    expect(comments()).toHaveLength(1);
    expect(run.summary).toMatch(SUMMARY_HEAD);
  });

  it('waits out a secondary rate limit on the update for its retry-after, then updates in place', async () => {
    await check(push(1));
    const id = comments()[0]!.id;
    pr.fake.faults.enqueue(UPDATE, { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const head = push(2);
    const run = await check(head);
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.requestsTo(UPDATE).map((r) => r.status)).toEqual([403, 200]);
    expect(run.stdout).toMatch(/secondary rate limit on PATCH .*retrying in 1 s \(retry 1 of 3\)/);
    expect(comments().map((c) => c.id)).toEqual([id]);
    expect(comments()[0]!.body).toContain(`→ head ${head.slice(0, 7)}`);
    expect(run.summary).toMatch(SUMMARY_HEAD);
  });

  it('creates the comment again when it was deleted between listing and updating (404)', async () => {
    await check(push(1));
    const [old] = comments();
    const deleteIt: Fault = {
      kind: 'meanwhile',
      run: () => pr.fake.state.comments.splice(pr.fake.state.comments.indexOf(old!), 1),
    };
    pr.fake.faults.enqueue(UPDATE, deleteIt);
    const head = push(2);
    const run = await check(head);
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.requestsTo(UPDATE).map((r) => r.status)).toEqual([404]);
    const [now, ...more] = comments();
    expect(more).toHaveLength(0);
    expect(now!.id).not.toBe(old!.id);
    expect(now!.body.startsWith(MARKER)).toBe(true);
    expect(now!.body).toContain(`→ head ${head.slice(0, 7)}`);
    expect(run.outputs['comment-id']).toBe(String(now!.id));
  });

  it('retries a connection reset on create without posting twice', async () => {
    pr.fake.faults.enqueue(CREATE, { kind: 'reset' });
    const run = await check(push());
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.requestsTo(CREATE).map((r) => r.status)).toEqual(['reset', 201]);
    expect(comments()).toHaveLength(1);
    expect(run.summary).toMatch(SUMMARY_HEAD);
  });
});

describe('API faults that outlast the retries (the check pipeline in-process)', () => {
  /** A runner that records what the action would show, with a fast client. */
  function recordingRunner() {
    const seen = {
      failed: [] as string[],
      warnings: [] as string[],
      summaries: [] as string[],
      outputs: {} as Record<string, string>,
    };
    const client = createGitHubClient({
      ...fastClientOptions(pr.fake, 'ghs_write'),
      log: { debug: () => undefined, warning: (m) => seen.warnings.push(m) },
    });
    const runner: Runner = {
      error: () => undefined,
      warning: (m) => seen.warnings.push(m),
      notice: () => undefined,
      info: () => undefined,
      setOutput: (k, v) => (seen.outputs[k] = v),
      setFailed: (m) => seen.failed.push(m),
      summary: async (md) => void seen.summaries.push(md),
      runUrl: () => 'https://github.test/acme/catalog/actions/runs/1',
      describe: describeError,
      github: () => client,
    };
    return { runner, seen };
  }

  const settings = (headSha: string): Settings => ({
    mode: 'check',
    token: 'ghs_write',
    commentKey: '',
    repositoryId: `${OWNER}/${REPO}`,
    apiUrl: pr.fake.url,
    owner: OWNER,
    repo: REPO,
    eventName: 'pull_request',
    workspace: pr.repo.dir,
    catalogDir: 'catalog',
    comment: 'update',
    suggestions: true,
    labels: false,
    failOn: 'error',
    minZ: null,
    baseRef: null,
    reportDir: `${pr.repo.dir}/benchbench-report`,
    siteDir: `${pr.repo.dir}/site`,
    sha: headSha,
    pullRequest: { number: PR, baseSha: pr.base, headSha, headRepo: `${OWNER}/${REPO}` },
    workflowRun: null,
  });

  it('gives up on a 503 that never ends after 3 retries, fails with the reason and still writes the summary', async () => {
    const fault: Fault = { kind: 'status', status: 503 };
    pr.fake.faults.enqueue(CREATE, fault, fault, fault, fault, fault);
    const { runner, seen } = recordingRunner();
    await runCheck(settings(push()), runner);
    expect(pr.fake.requestsTo(CREATE)).toHaveLength(4);
    expect(comments()).toHaveLength(0);
    expect(seen.failed).toEqual([
      expect.stringMatching(
        /^BenchBench: the comment could not be posted: POST .*\/issues\/21\/comments: HTTP 503/,
      ),
    ]);
    expect(seen.summaries).toHaveLength(1);
    expect(seen.summaries[0]).toMatch(/The comment could not be posted: POST .* HTTP 503/);
    expect(seen.summaries[0]).toMatch(SUMMARY_HEAD);
    expect(seen.outputs['valid']).toBe('true');
  });

  it('gives up on a rate limit that asks for too long a wait, saying so', async () => {
    pr.fake.faults.enqueue(LIST, { kind: 'secondary-rate-limit', retryAfterSeconds: 3600 });
    const { runner, seen } = recordingRunner();
    await runCheck(settings(push()), runner);
    expect(pr.fake.requestsTo(LIST)).toHaveLength(1);
    expect(
      seen.warnings.some((w) => /secondary rate limit on GET .*giving up \(asked to wait 3600 s\)/.test(w)),
    ).toBe(true);
    expect(seen.failed).toEqual([expect.stringMatching(/comment could not be posted: GET .* HTTP 403/)]);
    expect(seen.summaries[0]).toMatch(SUMMARY_HEAD);
    expect(comments()).toHaveLength(0);
  });

  it('ends answers slower than the timeout after a bounded number of attempts, with the timeout as the reason', async () => {
    const slow: Fault = { kind: 'delay', ms: 1_500 };
    pr.fake.faults.enqueue(LIST, slow, slow, slow, slow);
    const { runner, seen } = recordingRunner();
    const started = performance.now();
    await runCheck(settings(push()), runner);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pr.fake.requestsTo(LIST)).toHaveLength(4);
    expect(seen.failed).toEqual([
      expect.stringMatching(/did not answer GET .*\/issues\/21\/comments.* within 400 ms/),
    ]);
    expect(seen.summaries[0]).toMatch(SUMMARY_HEAD);
    expect(comments()).toHaveLength(0);
  });

  it('removes, on the next run, the duplicate left by a create that GitHub applied after its timeout', async () => {
    // The first POST times out but GitHub applies it later; the retry posts a second comment.
    pr.fake.faults.enqueue(CREATE, { kind: 'delay', ms: 600 });
    const first = recordingRunner();
    await runCheck(settings(push(1)), first.runner);
    expect(first.seen.failed).toEqual([]);
    expect(first.seen.summaries[0]).toMatch(SUMMARY_HEAD);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(comments()).toHaveLength(2);
    const second = recordingRunner();
    await runCheck(settings(push(2)), second.runner);
    expect(second.seen.failed).toEqual([]);
    expect(comments()).toHaveLength(1);
    expect(second.seen.outputs['comment-id']).toBe(String(comments()[0]!.id));
  });
});
