import { pullRequestFixture } from '../support/pull-request-fixture.js';
import { commentKey, isSignedComment, signComment } from '../../src/github/comment-signature.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePrReport } from '../../src/model/pr-report-schema.js';
import { INSTALLATION_BOT } from '../support/fake-github.js';
import { bigBenchmark, fullCatalog, HOSTILE, NEW_BENCHMARK } from './helpers/catalogs.js';
import { ensureBuilt, OWNER, REPO, runAction, tempRepo } from './helpers/run-action.js';

const MARKER = '<!-- benchbench-action:comment -->';
const PR = 12;
/** The signing key of the runs here: no comment-key secret, the repository named by GITHUB_REPOSITORY. */
const KEY = commentKey('', 'acme/catalog');
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;

beforeAll(() => ensureBuilt(), 120_000);

describe('the action on a pull request (dist/index.js as the runner runs it)', () => {
  const pr = pullRequestFixture({ number: PR });
  const { check, comments } = pr;
  const addBenchmark = (mutate: (files: Map<string, string>) => void = () => undefined) => {
    const files = fullCatalog();
    mutate(files);
    return pr.repo.commit(files, 'add a benchmark');
  };

  it('creates one comment with the new benchmark’s score, and sets the outputs and the summary', async () => {
    const head = addBenchmark();
    const run = await check(head);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [comment, ...more] = comments();
    expect(more).toHaveLength(0);
    expect(comment!.login).toBe(INSTALLATION_BOT);
    expect(comment!.body.startsWith(`${MARKER}\n### BenchBench: `)).toBe(true);
    expect(comment!.body).toMatch(/scores Z = [+−]\d\.\d\d, rank \d+ of \d+/);
    expect(comment!.body).toContain(`base ${pr.base.slice(0, 7)} → head ${head.slice(0, 7)}`);
    expect(run.outputs['valid']).toBe('true');
    expect(JSON.parse(run.outputs['changed-benchmarks']!)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sim-bench-math-01/)]),
    );
    expect(Number(run.outputs['score'])).toBeTypeOf('number');
    expect(run.outputs['rank']).toMatch(/^\d+$/);
    expect(run.outputs['comment-id']).toBe(String(comment!.id));
    expect(run.summary).toContain('| Benchmark | Score (Z) |');
    expect(run.summary).not.toContain(MARKER);
    const report = validatePrReport(JSON.parse(readFileSync(run.outputs['report']!, 'utf8')));
    expect(report.head.sha).toBe(head);
    // Posted as rendered, with our signature line at the end (comment-signature.ts).
    expect(comment!.body).toBe(
      signComment(readFileSync(path.join(pr.repo.dir, 'benchbench-report/comment.md'), 'utf8'), KEY, PR),
    );
  });

  it('updates the same comment in place on a second push', async () => {
    const first = await check(addBenchmark());
    const id = comments()[0]!.id;
    const head = addBenchmark((f) =>
      f.set(`${NEW_BENCHMARK}.csv`, f.get(`${NEW_BENCHMARK}.csv`)!.replace(/\n[^\n]*\n$/, '\n')),
    );
    const second = await check(head);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(comments().map((c) => c.id)).toEqual([id]);
    expect(comments()[0]!.body).toContain(`→ head ${head.slice(0, 7)}`);
    expect(pr.fake.requestsTo(UPDATE)).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(String(id));
  });

  it('annotates an invalid file, fails the step and comments what to fix', async () => {
    const head = addBenchmark((f) =>
      f.set(`${NEW_BENCHMARK}.csv`, 'model,x\nsim-atlas-7b,0.5\nsim-atlas-7b,0.6\n'),
    );
    const run = await check(head);
    expect(run.code).toBe(1);
    const onFile = run.annotations.filter((a) => a.kind === 'error' && a.properties['file']);
    expect(onFile[0]).toMatchObject({
      properties: {
        file: `catalog/${NEW_BENCHMARK}.csv`,
        line: '3',
        col: '1',
        title: 'benchbench: duplicate-model',
      },
    });
    expect(onFile[0]!.message).toMatch(/listed twice/);
    expect(
      run.annotations.some((a) => a.kind === 'error' && /1 error\(s\) in the changed files/.test(a.message)),
    ).toBe(true);
    expect(run.outputs['valid']).toBe('false');
    expect(comments()[0]!.body).toMatch(
      /### BenchBench: ❌ 1 error in the changed files[\s\S]*Fix 1 error before merging[\s\S]*duplicate-model/,
    );
  });

  it('on a fork’s read-only token warns, keeps the step green and puts the full report in the summary', async () => {
    const run = await check(addBenchmark(), { token: 'ghs_readonly', fork: true });
    expect(run.code, run.stdout).toBe(0);
    expect(comments()).toHaveLength(0);
    const warning = run.annotations.find((a) => a.kind === 'warning');
    expect(warning?.message).toMatch(/Cannot write the benchbench comment.*read-only token.*workflow_run/);
    expect(run.summary).toMatch(/Cannot write the benchbench comment/);
    expect(run.summary).toMatch(/scores Z = .* rank \d+ of \d+/);
    expect(run.summary).toContain('**Rank diff on All benchmarks:**');
    expect(run.summary).toContain('```mermaid');
  });

  it('retries 5xx answers and a secondary rate limit', async () => {
    pr.fake.faults.enqueue(LIST, { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    pr.fake.faults.enqueue(CREATE, { kind: 'status', status: 502 }, { kind: 'status', status: 503 });
    const run = await check(addBenchmark());
    expect(run.code, run.stdout).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(pr.fake.requestsTo(CREATE).map((r) => r.status)).toEqual([502, 503, 201]);
    expect(pr.fake.requestsTo(LIST)[0]!.status).toBe(403);
    expect(run.stdout).toMatch(/secondary rate limit/);
  });

  it('leaves one comment when two runs race', async () => {
    const head = addBenchmark();
    // Both runs list the (empty) comments before either creation completes (even on a loaded machine).
    pr.fake.faults.enqueue(CREATE, { kind: 'delay', ms: 2000 }, { kind: 'delay', ms: 2000 });
    const runs = await Promise.all([check(head), check(head)]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(pr.fake.requestsTo(CREATE)).toHaveLength(2);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body.startsWith(MARKER)).toBe(true);
  });

  it('keeps the comment of a 5,000-model benchmark under 65,536 characters', async () => {
    const head = addBenchmark((f) => {
      f.set('benchmarks/big.csv', bigBenchmark(5000));
      f.set('benchmarks/big.yaml', 'name: Big\ndirection: higher\n');
    });
    const run = await check(head);
    expect(run.code, run.stdout).toBe(0);
    const body = comments()[0]!.body;
    expect([...body].length).toBeLessThan(65_536);
    expect(body).toMatch(
      /more unmatched models: see \[the job summary\]\(https:\/\/github\.test\/acme\/catalog\/actions\/runs\/4242\)/,
    );
    expect(run.summary.match(/^- `unknown-model-\d+`/gm)).toHaveLength(5000);
  });

  it('makes hostile names inert in the comment and the summary', async () => {
    const head = addBenchmark((f) => {
      f.set(
        `${NEW_BENCHMARK}.yaml`,
        f.get(`${NEW_BENCHMARK}.yaml`)!.replace(/^name: .*$/m, `name: ${JSON.stringify(HOSTILE)}`),
      );
      f.set(`${NEW_BENCHMARK}.csv`, f.get(`${NEW_BENCHMARK}.csv`)! + `${JSON.stringify(HOSTILE)},0.5\n`);
    });
    const run = await check(head);
    expect(run.code, run.stdout).toBe(0);
    for (const text of [comments()[0]!.body, run.summary]) {
      // The marker and our signature line: no other HTML comment.
      expect(text.split('<!--').length - 1).toBe(text === run.summary ? 0 : 2);
      if (text !== run.summary) expect(isSignedComment(text, KEY, PR)).toBe(true);
      expect(text).not.toMatch(/<img/i);
      expect(text).not.toMatch(/@org|#1\b/);
      expect(text).toContain('&#124;');
    }
  });

  it('fails with a clear message and still writes the job summary when the run cannot finish', async () => {
    const head = addBenchmark();
    const run = await check(head, { inputs: { 'base-ref': 'no-such-branch' } });
    expect(run.code).toBe(1);
    expect(run.annotations.some((a) => /no commit "no-such-branch"/.test(a.message))).toBe(true);
    expect(run.summary).toMatch(/no-such-branch/);
    expect(comments()).toHaveLength(0);
  });

  describe('comment mode (workflow_run)', () => {
    const commentRun = (headSha: string) => pr.commentRun(headSha, 77);

    it("posts the comment computed again from the commits, never the artifact's Markdown", async () => {
      const head = addBenchmark();
      const checkRun = await check(head, { token: 'ghs_readonly', fork: true });
      expect(comments()).toHaveLength(0);
      const rendered = readFileSync(path.join(pr.repo.dir, 'benchbench-report/comment.md'), 'utf8');
      writeFileSync(path.join(pr.repo.dir, 'benchbench-report/comment.md'), `${MARKER}\n@org/team pwned`);
      pr.openPull(head);
      const run = await commentRun(head);
      expect(run.code, run.stdout).toBe(0);
      const [comment] = comments();
      expect(comment!.body).toMatch(/scores Z = /);
      expect(comment!.body).not.toContain('pwned');
      const untimed = (t: string) => t.replace(/computed in [\d.]+ s/, '');
      expect(untimed(comment!.body)).toBe(
        untimed(signComment(rendered, KEY, PR)).replace(
          /signature [0-9a-f]+/,
          comment!.body.match(/signature [0-9a-f]+/)![0],
        ),
      );
      expect(isSignedComment(comment!.body, KEY, PR)).toBe(true);
      expect(run.outputs['comment-id']).toBe(String(comment!.id));
      expect(run.outputs['score']).toBe(checkRun.outputs['score']);
    });

    it('posts the numbers computed from the commits, not numbers forged in the artifact', async () => {
      const head = addBenchmark();
      await check(head, { token: 'ghs_readonly', fork: true });
      const file = path.join(pr.repo.dir, 'benchbench-report/report.json');
      const forged = JSON.parse(readFileSync(file, 'utf8')) as { rows: { z: number | null; name: string }[] };
      forged.rows[0]!.z = 9.99;
      forged.rows[0]!.name = 'Totally legit';
      writeFileSync(file, JSON.stringify(forged));
      pr.openPull(head);
      const run = await commentRun(head);
      expect(run.code, run.stdout).toBe(0);
      const [comment] = comments();
      expect(comment!.body).not.toContain('Totally legit');
      expect(comment!.body).not.toContain('+9.99');
      expect(run.annotations.some((a) => /artifact differs/.test(a.message))).toBe(true);
    });

    it('does not comment on a closed pull request', async () => {
      const head = addBenchmark();
      await check(head, { token: 'ghs_readonly', fork: true });
      pr.openPull(head, 'closed');
      const run = await commentRun(head);
      expect(run.code).toBe(0);
      expect(comments()).toHaveLength(0);
      expect(run.annotations.some((a) => /is closed/.test(a.message))).toBe(true);
    });

    it('refuses an artifact whose pull request is not at the run’s head SHA', async () => {
      const head = addBenchmark();
      await check(head, { token: 'ghs_readonly', fork: true });
      pr.fake.state.addPull({ owner: OWNER, repo: REPO, number: PR, headSha: pr.base, state: 'open' });
      const report = JSON.parse(
        readFileSync(path.join(pr.repo.dir, 'benchbench-report/report.json'), 'utf8'),
      );
      // Claims another PR (whose head is a different commit).
      writeFileSync(
        path.join(pr.repo.dir, 'benchbench-report/report.json'),
        JSON.stringify({ ...report, pullRequest: PR }),
      );
      const moved = await commentRun(head);
      expect(comments()).toHaveLength(0);
      expect(
        moved.annotations.some(
          (a) => a.kind === 'warning' && /not commenting.*another commit/i.test(a.message),
        ),
      ).toBe(true);
      const wrongSha = await commentRun(pr.base);
      expect(wrongSha.code).toBe(1);
      expect(
        wrongSha.annotations.some((a) =>
          /refuses the report artifact: it was computed for commit/.test(a.message),
        ),
      ).toBe(true);
      expect(comments()).toHaveLength(0);
    });

    it('refuses an artifact that fails the schema', async () => {
      const head = addBenchmark();
      await check(head, { token: 'ghs_readonly', fork: true });
      pr.openPull(head);
      const file = path.join(pr.repo.dir, 'benchbench-report/report.json');
      writeFileSync(
        file,
        JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), markdown: '<img src=x>' }),
      );
      const run = await commentRun(head);
      expect(run.code).toBe(1);
      expect(run.annotations.some((a) => /report\.markdown is not a known field/.test(a.message))).toBe(true);
      expect(comments()).toHaveLength(0);
    });
  });
});

describe('the action on a push (publish mode)', () => {
  it('writes leaderboard.json, LEADERBOARD.md, the site and the badges into site-dir', async () => {
    const repo = tempRepo();
    try {
      repo.commit(fullCatalog());
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'push',
        payload: {},
        apiUrl: 'http://127.0.0.1:9',
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const doc = JSON.parse(readFileSync(path.join(repo.dir, 'site/leaderboard.json'), 'utf8'));
      expect(doc.schema).toBe('benchbench-leaderboard');
      expect(readFileSync(path.join(repo.dir, 'site/LEADERBOARD.md'), 'utf8')).toMatch(
        /^# BenchBench leaderboard/,
      );
      const first = doc.boards[0].rows[0];
      const badge = JSON.parse(
        readFileSync(path.join(repo.dir, `site/badges/${first.scenario}.json`), 'utf8'),
      );
      expect(badge).toMatchObject({
        schemaVersion: 1,
        label: 'BenchBench',
        message: expect.stringMatching(/^Z /),
      });
      expect(run.outputs['valid']).toBe('true');
    } finally {
      repo.remove();
    }
  });
});
