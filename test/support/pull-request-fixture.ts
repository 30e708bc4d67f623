/**
 * The end-to-end set-up of the action's tests, once: before each test a local GitHub stand-in
 * (fake-github.ts) and a real git repository whose first commit is the base catalog; after each
 * test both are gone. `check` runs the bundled action (dist/index.js) on a pull request from
 * that base to a head commit, `commentRun` runs comment mode (`workflow_run`) for a head.
 *
 *     const pr = pullRequestFixture({ number: 12 });
 *     it('comments', async () => {
 *       const run = await pr.check(pr.repo.commit(fullCatalog()));
 *       expect(pr.comments()).toHaveLength(1);
 *     });
 */
import { afterEach, beforeEach } from 'vitest';
import { baseCatalog } from '../action/helpers/catalogs.js';
import {
  ACTION_TOKENS,
  OWNER,
  pullRequestEvent,
  REPO,
  runAction,
  tempRepo,
  workflowRunEvent,
  type ActionRun,
  type TempRepo,
} from '../action/helpers/run-action.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';

export interface CheckOptions {
  readonly inputs?: Record<string, string>;
  /** The token the action runs with (default: run-action.ts's, which may write). */
  readonly token?: string;
  /** The head is a fork's (the check then usually runs with `ghs_readonly`). */
  readonly fork?: boolean;
}

export interface PullRequestFixture {
  /** The pull request's number. */
  readonly number: number;
  readonly fake: FakeGitHub;
  readonly repo: TempRepo;
  /** The base commit: the catalog `base()` gave. */
  readonly base: string;
  /** A check of the pull request from `base` to `headSha`. */
  check(headSha: string, options?: CheckOptions): Promise<ActionRun>;
  /** Comment mode after a check run (`workflow_run`) on `headSha`. */
  commentRun(headSha: string, runId?: number): Promise<ActionRun>;
  /** The comments on the pull request, as the stand-in holds them. */
  comments(): ReturnType<FakeGitHub['state']['commentsOn']>;
  /** Makes the stand-in hold the pull request, from `base` to `headSha` (open unless said). */
  openPull(headSha: string, state?: 'open' | 'closed'): ReturnType<FakeGitHub['state']['addPull']>;
}

export interface FixtureOptions {
  readonly number: number;
  /** The stand-in's tokens (default: ACTION_TOKENS, one that may write and one that may not). */
  readonly tokens?: FakeGitHubOptions['tokens'];
  /** The base catalog's files (default: the simulated catalog without the new benchmark). */
  readonly base?: () => ReadonlyMap<string, string>;
}

/** Registers the set-up and tear-down hooks in the calling `describe` (or file). */
export function pullRequestFixture(options: FixtureOptions): PullRequestFixture {
  let state: { fake: FakeGitHub; repo: TempRepo; base: string } | undefined;
  const live = () => {
    if (!state) throw new Error('pullRequestFixture is read outside a test');
    return state;
  };
  beforeEach(async () => {
    const fake = await startFakeGitHub({ tokens: options.tokens ?? ACTION_TOKENS });
    const repo = tempRepo();
    state = { fake, repo, base: repo.commit((options.base ?? baseCatalog)(), 'base') };
  });
  afterEach(async () => {
    const { fake, repo } = live();
    state = undefined;
    await fake.close();
    repo.remove();
  });
  const number = options.number;
  return {
    number,
    get fake() {
      return live().fake;
    },
    get repo() {
      return live().repo;
    },
    get base() {
      return live().base;
    },
    check: (headSha, o = {}) => {
      const { fake, repo, base } = live();
      return runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        payload: pullRequestEvent({ number, baseSha: base, headSha, fork: o.fork ?? false }),
        apiUrl: fake.url,
        ...(o.inputs && { inputs: o.inputs }),
        ...(o.token && { token: o.token }),
      });
    },
    commentRun: (headSha, runId = 77) => {
      const { fake, repo } = live();
      return runAction({
        workspace: repo.dir,
        eventName: 'workflow_run',
        payload: workflowRunEvent({ runId, headSha }),
        apiUrl: fake.url,
      });
    },
    comments: () => live().fake.state.commentsOn(OWNER, REPO, number),
    openPull: (headSha, state = 'open') => {
      const { fake, base } = live();
      return fake.state.addPull({ owner: OWNER, repo: REPO, number, headSha, baseSha: base, state });
    },
  };
}
