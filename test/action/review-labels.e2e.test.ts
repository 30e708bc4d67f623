/**
 * The suggestion review and the impact labels, end to end: the bundled dist/index.js as the
 * runner runs it, against the local GitHub stand-in (test/support/fake-github.ts).
 */
import { pullRequestFixture } from '../support/pull-request-fixture.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullCatalog, NEW_BENCHMARK } from './helpers/catalogs.js';
import { ensureBuilt, OWNER, REPO } from './helpers/run-action.js';

const PR = 21;
const REVIEWS = 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews' as const;
const CSV = `catalog/${NEW_BENCHMARK}.csv`;

beforeAll(() => ensureBuilt(), 120_000);

describe('one-click fixes and impact labels on a pull request', () => {
  const pr = pullRequestFixture({ number: PR });

  /** The new benchmark with `sim-birch-8b` misspelt `sim-birch-8bx` on line 3 (and `extra` appended). */
  const headWithTypo = (extra = '') => {
    const files = fullCatalog();
    const csv = files.get(`${NEW_BENCHMARK}.csv`)!.replace(/^sim-birch-8b,/m, 'sim-birch-8bx,');
    files.set(`${NEW_BENCHMARK}.csv`, csv + extra);
    return pr.repo.commit(files, 'add a benchmark with a typo');
  };
  const { check, openPull } = pr;

  it('posts one review with a suggested change renaming the model on its exact CSV line', async () => {
    const head = headWithTypo();
    openPull(head);
    const run = await check(head);
    expect(run.code, run.stdout).toBe(0);
    const [review, ...more] = pr.fake.state.reviews;
    expect(more).toHaveLength(0);
    expect(review).toMatchObject({
      pullNumber: PR,
      event: 'COMMENT',
      commitId: head,
      login: 'github-actions[bot]',
    });
    expect(review!.body).toContain('<!-- benchbench-action:suggestions -->');
    expect(review!.comments).toHaveLength(1);
    const [c] = review!.comments;
    expect(c).toMatchObject({ path: CSV, line: 3, side: 'RIGHT' });
    const line = fullCatalog().get(`${NEW_BENCHMARK}.csv`)!.split('\n')[2]!;
    expect(c!.body).toContain(`\`\`\`suggestion\n${line}\n\`\`\``);
    expect(c!.body).toMatch(/`sim-birch-8bx` matches no model of another benchmark/);
  });

  it('keeps one review per head: a re-run adds none, a new push adds one for the new head', async () => {
    const head = headWithTypo();
    const pull = openPull(head);
    await check(head);
    await check(head);
    expect(pr.fake.state.reviews).toHaveLength(1);
    expect(pr.fake.requestsTo(REVIEWS)).toHaveLength(1);
    const next = headWithTypo('sim-new-model-1b,0.5,0.5,0.5\n');
    pull.headSha = next;
    await check(next);
    expect(pr.fake.state.reviews.map((r) => r.commitId)).toEqual([head, next]);
  });

  it('posts nothing with `suggestions: false`', async () => {
    const head = headWithTypo();
    openPull(head);
    const run = await check(head, { inputs: { suggestions: 'false' } });
    expect(run.code).toBe(0);
    expect(pr.fake.requestsTo(REVIEWS)).toHaveLength(0);
  });

  it('warns and stays green when the token may not review (a fork in the check job)', async () => {
    const head = headWithTypo();
    openPull(head);
    const run = await check(head, { token: 'ghs_readonly', fork: true });
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.state.reviews).toHaveLength(0);
    const warning = run.annotations.find(
      (a) => a.properties['title'] === 'benchbench: suggestions not posted',
    );
    expect(warning?.message).toMatch(/pull-requests: write/);
    expect(run.summary).toMatch(/Cannot post the suggested fixes/);
  });

  it('warns when GitHub cannot place a suggestion on the diff', async () => {
    const head = headWithTypo();
    const pull = openPull(head);
    pull.diffLines = { [CSV]: [1, 2] };
    const run = await check(head);
    expect(run.code).toBe(0);
    expect(pr.fake.state.reviews).toHaveLength(0);
    expect(run.annotations.some((a) => /GitHub refused the suggested fixes/.test(a.message))).toBe(true);
  });

  it('posts the review from the workflow_run comment job of a fork’s pull request', async () => {
    const head = headWithTypo();
    await check(head, { token: 'ghs_readonly', fork: true });
    openPull(head);
    const run = await pr.commentRun(head, 88);
    expect(run.code, run.stdout).toBe(0);
    expect(pr.fake.state.reviews).toHaveLength(1);
    expect(pr.fake.state.reviews[0]!.comments[0]).toMatchObject({ path: CSV, line: 3 });
  });

  describe('impact labels', () => {
    const labels = () => pr.fake.state.labelsOn(OWNER, REPO, PR).sort();

    it('are off by default', async () => {
      const head = headWithTypo();
      openPull(head);
      await check(head);
      expect(labels()).toEqual([]);
      expect(pr.fake.state.labels).toEqual([]);
    });

    it('creates the labels when missing and sets one of each group, swapping them when the verdict changes', async () => {
      const files = fullCatalog();
      const head = pr.repo.commit(files, 'add a benchmark');
      const pull = openPull(head);
      const run = await check(head, { inputs: { labels: 'true' } });
      expect(run.code, run.stdout).toBe(0);
      expect(labels()).toEqual(['benchbench: no rank change', 'benchbench: valid']);
      expect(pr.fake.state.labels.map((l) => [l.name, l.color])).toEqual([
        ['benchbench: valid', '2da44e'],
        ['benchbench: no rank change', 'c5def5'],
      ]);

      // An invalid file, and a change to an aggregate member that reorders others.
      files.set(`${NEW_BENCHMARK}.csv`, 'model,x\nsim-atlas-7b,0.5\nsim-atlas-7b,0.6\n');
      const agg = 'benchmarks/sim-bench-holistic-01.csv';
      const [header, ...rows] = files.get(agg)!.trim().split('\n');
      const cells = rows.map((r) => r.split(','));
      files.set(
        agg,
        [header, ...cells.map((c, i) => [c[0], ...cells[cells.length - 1 - i]!.slice(1)].join(','))].join(
          '\n',
        ) + '\n',
      );
      const next = pr.repo.commit(files, 'break it');
      pull.headSha = next;
      const again = await check(next, { inputs: { labels: 'true', 'fail-on': 'never' } });
      expect(again.code, again.stdout).toBe(0);
      expect(labels()).toEqual(['benchbench: invalid', 'benchbench: ranks change']);
      expect(pr.fake.state.labels).toHaveLength(4);
    });

    it('warns and stays green when the token may not label', async () => {
      const head = pr.repo.commit(fullCatalog(), 'add a benchmark');
      openPull(head);
      const run = await check(head, { inputs: { labels: 'true' }, token: 'ghs_readonly', fork: true });
      expect(run.code).toBe(0);
      expect(labels()).toEqual([]);
      expect(run.annotations.some((a) => a.properties['title'] === 'benchbench: labels not set')).toBe(true);
    });
  });
});
