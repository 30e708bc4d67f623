import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { setImpactLabels } from '../../src/github/impact-labels.js';
import { postSuggestionReview } from '../../src/github/suggestion-review.js';
import { RANK_LABELS, VALIDITY_LABELS } from '../../src/pipeline/impact.js';
import { fastClientOptions, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const OWNER = 'acme';
const REPO = 'catalog';
const PR = 3;
const MARKER = '<!-- benchbench-action:suggestions -->';
const HEAD = 'c'.repeat(40);

describe('postSuggestionReview and setImpactLabels against the GitHub stand-in', () => {
  let fake: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    fake = await startFakeGitHub({
      tokens: {
        'test-token': { login: 'benchbench-bot', canWrite: true },
        other: { login: 'someone', canWrite: true },
        'read-only': { login: null, canWrite: false },
      },
    });
    fake.state.addPull({ owner: OWNER, repo: REPO, number: PR, headSha: HEAD, state: 'open' });
    client = createGitHubClient(fastClientOptions(fake));
  });
  afterEach(async () => {
    await fake.close();
  });

  const target = (c = client) => ({
    client: c,
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    headSha: HEAD,
    marker: MARKER,
    ownLogin: 'benchbench-bot',
  });
  const content = {
    body: `${MARKER}\nfix`,
    comments: [
      { path: 'catalog/benchmarks/x.csv', line: 2, side: 'RIGHT' as const, body: '```suggestion\nx\n```' },
    ],
  };

  it("ignores someone else's review with our marker and posts ours once per head", async () => {
    const other = createGitHubClient(fastClientOptions(fake, 'other'));
    expect((await postSuggestionReview({ ...target(other), ownLogin: 'someone' }, content)).action).toBe(
      'created',
    );
    expect((await postSuggestionReview(target(), content)).action).toBe('created');
    const again = await postSuggestionReview(target(), content);
    expect(again.action).toBe('exists');
    expect(fake.state.reviews.map((r) => r.login)).toEqual(['someone', 'benchbench-bot']);
    expect(fake.state.reviews[1]!.comments).toEqual([
      { path: 'catalog/benchmarks/x.csv', line: 2, side: 'RIGHT', body: '```suggestion\nx\n```' },
    ]);
  });

  it('answers forbidden with a warning on a read-only token', async () => {
    const ro = createGitHubClient(fastClientOptions(fake, 'read-only'));
    const r = await postSuggestionReview({ ...target(ro), ownLogin: 'github-actions[bot]' }, content);
    expect(r.action).toBe('forbidden');
    expect(r.warning).toMatch(/pull-requests: write/);
  });

  it('creates missing labels once, tolerates a label created meanwhile, and swaps within a group', async () => {
    const t = { client, owner: OWNER, repo: REPO, issueNumber: PR };
    const groups = [VALIDITY_LABELS, RANK_LABELS];
    // Another run creates one of them between our look-up and our create.
    fake.faults.enqueue('POST /repos/{owner}/{repo}/labels', {
      kind: 'meanwhile',
      run: () =>
        void fake.state.labels.push({
          id: 1,
          owner: OWNER,
          repo: REPO,
          name: 'benchbench: valid',
          color: '000000',
          description: null,
        }),
    });
    const first = await setImpactLabels(t, groups, ['benchbench: valid', 'benchbench: no rank change']);
    expect(first.added).toEqual(['benchbench: valid', 'benchbench: no rank change']);
    expect(fake.state.labelsOn(OWNER, REPO, PR).sort()).toEqual([
      'benchbench: no rank change',
      'benchbench: valid',
    ]);
    const second = await setImpactLabels(t, groups, ['benchbench: invalid', 'benchbench: no rank change']);
    expect(second).toMatchObject({
      added: ['benchbench: invalid'],
      removed: ['benchbench: valid'],
      created: ['benchbench: invalid'],
    });
    expect(fake.state.labelsOn(OWNER, REPO, PR).sort()).toEqual([
      'benchbench: invalid',
      'benchbench: no rank change',
    ]);
    expect(fake.state.labels.filter((l) => l.name === 'benchbench: valid')).toHaveLength(1);
  });
});
