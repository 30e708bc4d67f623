/**
 * A local fake of the few GitHub REST endpoints this project uses, served by node:http on
 * 127.0.0.1 with a random port, so tests drive the real octokit client end to end.
 *
 * It behaves like GitHub where the client's logic depends on it: `Authorization` is required
 * (401 "Bad credentials"), installation tokens get 403 on GET /user, read-only tokens get 403
 * "Resource not accessible by integration" on writes, comment bodies over 65,536 characters get
 * GitHub's 422 error shape, issue comments are paginated with `per_page`/`page` and a real `Link`
 * header, and unknown routes give 404. Pull-request reviews (list, create: comments must sit on lines
 * of the diff when the pull request says which, else 422 "Line could not be resolved") and labels
 * (get and create a repository label, list, add and remove an issue's labels) follow GitHub's
 * documented request and response shapes. Comments carry `user.login` of the token's identity,
 * increasing ids and a deterministic `created_at` (one second apart).
 *
 * Faults are queued per route and consumed one per request: HTTP statuses, GitHub's secondary
 * rate limit (403 + `retry-after`), the primary rate limit, a connection reset and a delay.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeRoute =
  | 'GET /user'
  | 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
  | 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
  | 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
  | 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'
  | 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
  | 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
  | 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews'
  | 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews'
  | 'GET /repos/{owner}/{repo}/labels/{name}'
  | 'POST /repos/{owner}/{repo}/labels'
  | 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels'
  | 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels'
  | 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}';

export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly message?: string }
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'rate-limit'; readonly resetInSeconds: number }
  | { readonly kind: 'reset' }
  /** Waits `ms`, then answers normally (if the client is still listening). */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Runs `run` (e.g. another actor deleting a comment), then answers normally. */
  | { readonly kind: 'meanwhile'; readonly run: () => void };

export interface FakeIdentity {
  /** null: an installation token (GITHUB_TOKEN); GET /user answers 403, comments are by github-actions[bot]. */
  readonly login: string | null;
  readonly canWrite: boolean;
}

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakePull {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  headSha: string;
  state: 'open' | 'closed';
  readonly headRepoFullName?: string;
  /** The base branch's commit, as GitHub reports it in `base.sha`. */
  readonly baseSha?: string;
  /**
   * Repository-relative path -> the lines of the head side of the diff a review comment may be
   * placed on. Absent: every line of every path is accepted.
   */
  diffLines?: Readonly<Record<string, readonly number[]>>;
}

export interface FakeReviewComment {
  readonly path: string;
  readonly line: number;
  readonly side: string;
  readonly body: string;
}

export interface FakeReview {
  readonly id: number;
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly login: string;
  readonly body: string;
  readonly event: string;
  readonly commitId: string;
  readonly comments: readonly FakeReviewComment[];
  readonly submittedAt: string;
}

export interface FakeLabel {
  readonly id: number;
  readonly owner: string;
  readonly repo: string;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly route: FakeRoute | null;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** The status answered, or 'reset' when the connection was destroyed. */
  status: number | 'reset';
}

export interface FakeGitHubOptions {
  /** Token -> identity. Default: `test-token` writes as `benchbench-bot`. */
  readonly tokens?: Readonly<Record<string, FakeIdentity>>;
  /** Start of the fake clock for `created_at`. */
  readonly startTime?: string;
}

export interface FakeGitHubState {
  readonly comments: FakeComment[];
  readonly pulls: FakePull[];
  readonly reviews: FakeReview[];
  /** Labels of the repositories. */
  readonly labels: FakeLabel[];
  /** The label names on an issue or pull request (`owner/repo#n`, lower-case owner/repo). */
  labelsOn(owner: string, repo: string, issueNumber: number): string[];
  addComment(c: {
    owner: string;
    repo: string;
    issueNumber: number;
    body: string;
    login: string;
  }): FakeComment;
  addPull(p: FakePull): FakePull;
  commentsOn(owner: string, repo: string, issueNumber: number): FakeComment[];
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeGitHubState;
  readonly requests: RecordedRequest[];
  readonly faults: {
    enqueue(route: FakeRoute, ...faults: Fault[]): void;
    pending(route: FakeRoute): number;
  };
  /** Requests matching a route, in order. */
  requestsTo(route: FakeRoute): RecordedRequest[];
  close(): Promise<void>;
}

export const INSTALLATION_BOT = 'github-actions[bot]';
export const MAX_COMMENT_LENGTH = 65_536;
const DOCS = 'https://docs.github.com/rest';

interface Matched {
  readonly route: FakeRoute;
  readonly params: Readonly<Record<string, string>>;
}

const ROUTES: readonly { method: string; pattern: RegExp; route: FakeRoute; names: readonly string[] }[] = [
  { method: 'GET', pattern: /^\/user$/, route: 'GET /user', names: [] },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    names: ['owner', 'repo', 'issue_number'],
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    names: ['owner', 'repo', 'issue_number'],
  },
  {
    method: 'PATCH',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
    route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    names: ['owner', 'repo', 'comment_id'],
  },
  {
    method: 'DELETE',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
    route: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    names: ['owner', 'repo', 'comment_id'],
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/,
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    names: ['owner', 'repo', 'pull_number'],
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]+)\/pulls$/,
    route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    names: ['owner', 'repo', 'commit_sha'],
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/,
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    names: ['owner', 'repo', 'pull_number'],
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/,
    route: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    names: ['owner', 'repo', 'pull_number'],
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/labels\/([^/]+)$/,
    route: 'GET /repos/{owner}/{repo}/labels/{name}',
    names: ['owner', 'repo', 'name'],
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/labels$/,
    route: 'POST /repos/{owner}/{repo}/labels',
    names: ['owner', 'repo'],
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/,
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
    names: ['owner', 'repo', 'issue_number'],
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/,
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    names: ['owner', 'repo', 'issue_number'],
  },
  {
    method: 'DELETE',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels\/([^/]+)$/,
    route: 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    names: ['owner', 'repo', 'issue_number', 'name'],
  },
];

function matchRoute(method: string, path: string): Matched | null {
  for (const r of ROUTES) {
    const m = r.method === method ? r.pattern.exec(path) : null;
    if (m) {
      const params = Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')]));
      return { route: r.route, params };
    }
  }
  return null;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const tokens = options.tokens ?? { 'test-token': { login: 'benchbench-bot', canWrite: true } };
  let clock = Date.parse(options.startTime ?? '2024-01-01T00:00:00Z');
  const tick = (): string => {
    clock += 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };
  let nextId = 1000;

  const comments: FakeComment[] = [];
  const pulls: FakePull[] = [];
  const reviews: FakeReview[] = [];
  const labels: FakeLabel[] = [];
  const issueLabels = new Map<string, string[]>();
  const issueKey = (owner: string, repo: string, n: number) =>
    `${owner.toLowerCase()}/${repo.toLowerCase()}#${n}`;
  const state: FakeGitHubState = {
    comments,
    pulls,
    reviews,
    labels,
    labelsOn: (owner, repo, n) => [...(issueLabels.get(issueKey(owner, repo, n)) ?? [])],
    addComment(c) {
      const at = tick();
      const comment: FakeComment = { ...c, id: nextId++, createdAt: at, updatedAt: at };
      comments.push(comment);
      return comment;
    },
    addPull(p) {
      pulls.push(p);
      return p;
    },
    commentsOn: (owner, repo, issueNumber) =>
      comments.filter((c) => same(c.owner, owner) && same(c.repo, repo) && c.issueNumber === issueNumber),
  };

  const queues = new Map<FakeRoute, Fault[]>();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.test/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.login, id: loginId(c.login), type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  });

  const pullJson = (p: FakePull) => ({
    number: p.number,
    state: p.state,
    html_url: `https://github.test/${p.owner}/${p.repo}/pull/${p.number}`,
    head: {
      sha: p.headSha,
      ref: `pr-${p.number}`,
      repo: { full_name: p.headRepoFullName ?? `${p.owner}/${p.repo}` },
    },
    base: { ref: 'main', sha: p.baseSha ?? null, repo: { full_name: `${p.owner}/${p.repo}` } },
  });

  const reviewJson = (r: FakeReview) => ({
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: { login: r.login, id: loginId(r.login), type: r.login.endsWith('[bot]') ? 'Bot' : 'User' },
    body: r.body,
    state:
      r.event === 'APPROVE' ? 'APPROVED' : r.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED',
    html_url: `https://github.test/${r.owner}/${r.repo}/pull/${r.pullNumber}#pullrequestreview-${r.id}`,
    pull_request_url: `${baseUrl}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}`,
    author_association: 'NONE',
    _links: {
      html: {
        href: `https://github.test/${r.owner}/${r.repo}/pull/${r.pullNumber}#pullrequestreview-${r.id}`,
      },
      pull_request: { href: `${baseUrl}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}` },
    },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
  });

  const labelJson = (l: FakeLabel) => ({
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${baseUrl}/repos/${l.owner}/${l.repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  });

  const findLabel = (owner: string, repo: string, name: string) =>
    labels.find((l) => same(l.owner, owner) && same(l.repo, repo) && same(l.name, name));

  const addLabel = (
    owner: string,
    repo: string,
    name: string,
    color = 'ededed',
    description: string | null = null,
  ) => {
    const l: FakeLabel = { id: nextId++, owner, repo, name, color, description };
    labels.push(l);
    return l;
  };

  const issueLabelsJson = (owner: string, repo: string, n: number) =>
    (issueLabels.get(issueKey(owner, repo, n)) ?? []).map((name) => labelJson(findLabel(owner, repo, name)!));

  const findPull = (owner: string, repo: string, n: number) =>
    pulls.find((p) => same(p.owner, owner) && same(p.repo, repo) && p.number === n);

  /** Handles a request that passed auth and faults: returns [status, json, headers]. */
  function handle(
    m: Matched,
    identity: FakeIdentity,
    url: URL,
    body: unknown,
  ): [number, unknown, Record<string, string>?] {
    const p = m.params;
    const writer = identity.login ?? INSTALLATION_BOT;
    const isWrite = m.route.startsWith('POST') || m.route.startsWith('PATCH') || m.route.startsWith('DELETE');
    if (isWrite && !identity.canWrite) throw new HttpError(403, 'Resource not accessible by integration');
    switch (m.route) {
      case 'GET /user':
        if (identity.login === null) throw new HttpError(403, 'Resource not accessible by integration');
        return [200, { login: identity.login, id: loginId(identity.login), type: 'User' }];
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const all = state.commentsOn(p.owner ?? '', p.repo ?? '', Number(p.issue_number));
        const perPage = clampInt(url.searchParams.get('per_page'), 30, 1, 100);
        const page = clampInt(url.searchParams.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
        const items = all.slice((page - 1) * perPage, page * perPage).map(commentJson);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        return [200, items, linkHeader(new URL(url.pathname, baseUrl), perPage, page, last)];
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const text = validBody(body);
        const c = state.addComment({
          owner: p.owner ?? '',
          repo: p.repo ?? '',
          issueNumber: Number(p.issue_number),
          body: text,
          login: writer,
        });
        return [201, commentJson(c)];
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = findComment(p);
        c.body = validBody(body, 'update-an-issue-comment');
        c.updatedAt = tick();
        return [200, commentJson(c)];
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = findComment(p);
        comments.splice(comments.indexOf(c), 1);
        return [204, null];
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = findPull(p.owner ?? '', p.repo ?? '', Number(p.pull_number));
        if (!pull) throw new HttpError(404, 'Not Found');
        return [200, pullJson(pull)];
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const n = Number(p.pull_number);
        if (!findPull(p.owner ?? '', p.repo ?? '', n)) throw new HttpError(404, 'Not Found');
        const all = reviews.filter(
          (r) => same(r.owner, p.owner ?? '') && same(r.repo, p.repo ?? '') && r.pullNumber === n,
        );
        const perPage = clampInt(url.searchParams.get('per_page'), 30, 1, 100);
        const page = clampInt(url.searchParams.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        return [
          200,
          all.slice((page - 1) * perPage, page * perPage).map(reviewJson),
          linkHeader(new URL(url.pathname, baseUrl), perPage, page, last),
        ];
      }
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const pull = findPull(p.owner ?? '', p.repo ?? '', Number(p.pull_number));
        if (!pull) throw new HttpError(404, 'Not Found');
        const review = validReview(body, pull);
        const r: FakeReview = {
          id: nextId++,
          owner: p.owner ?? '',
          repo: p.repo ?? '',
          pullNumber: pull.number,
          login: writer,
          submittedAt: tick(),
          ...review,
        };
        reviews.push(r);
        return [200, reviewJson(r)];
      }
      case 'GET /repos/{owner}/{repo}/labels/{name}': {
        const l = findLabel(p.owner ?? '', p.repo ?? '', p.name ?? '');
        if (!l) throw new HttpError(404, 'Not Found');
        return [200, labelJson(l)];
      }
      case 'POST /repos/{owner}/{repo}/labels': {
        const { name, color, description } = validLabel(body);
        if (findLabel(p.owner ?? '', p.repo ?? '', name)) {
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
          });
        }
        return [201, labelJson(addLabel(p.owner ?? '', p.repo ?? '', name, color, description))];
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels':
        return [200, issueLabelsJson(p.owner ?? '', p.repo ?? '', Number(p.issue_number))];
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const names = (body as { labels?: unknown } | undefined)?.labels;
        if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n === '')) {
          throw new HttpError(422, "Invalid request.\n\nFor 'properties/labels', nil is not an array.", {
            documentation_url: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue',
          });
        }
        const key = issueKey(p.owner ?? '', p.repo ?? '', Number(p.issue_number));
        const on = issueLabels.get(key) ?? [];
        for (const n of names as string[]) {
          // GitHub creates a label that does not exist yet, with the default colour.
          const l = findLabel(p.owner ?? '', p.repo ?? '', n) ?? addLabel(p.owner ?? '', p.repo ?? '', n);
          if (!on.some((x) => same(x, l.name))) on.push(l.name);
        }
        issueLabels.set(key, on);
        return [200, issueLabelsJson(p.owner ?? '', p.repo ?? '', Number(p.issue_number))];
      }
      case 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': {
        const key = issueKey(p.owner ?? '', p.repo ?? '', Number(p.issue_number));
        const on = issueLabels.get(key) ?? [];
        const i = on.findIndex((x) => same(x, p.name ?? ''));
        if (i < 0) throw new HttpError(404, 'Label does not exist');
        on.splice(i, 1);
        return [200, issueLabelsJson(p.owner ?? '', p.repo ?? '', Number(p.issue_number))];
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': {
        const sha = (p.commit_sha ?? '').toLowerCase();
        const found = pulls.filter(
          (x) => same(x.owner, p.owner ?? '') && same(x.repo, p.repo ?? '') && x.headSha === sha,
        );
        return [200, found.map(pullJson)];
      }
    }
  }

  function findComment(p: Readonly<Record<string, string>>): FakeComment {
    const c = comments.find(
      (x) => x.id === Number(p.comment_id) && same(x.owner, p.owner ?? '') && same(x.repo, p.repo ?? ''),
    );
    if (!c) throw new HttpError(404, 'Not Found');
    return c;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', baseUrl);
      const method = req.method ?? 'GET';
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      let badJson = false;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          badJson = true;
        }
      }
      const m = matchRoute(method, url.pathname);
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        route: m?.route ?? null,
        authorization: req.headers.authorization,
        body,
        status: 0,
      };
      requests.push(record);

      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        if (res.destroyed || res.writableEnded) return;
        const payload = status === 204 ? '' : JSON.stringify(json);
        res.writeHead(status, {
          ...(status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          'x-github-request-id': `FAKE:${requests.length}`,
          ...headers,
        });
        res.end(payload);
      };
      const sendError = (e: HttpError) =>
        send(
          e.status,
          { message: e.message, documentation_url: DOCS, status: String(e.status), ...e.extra },
          e.headers,
        );

      const answer = () => {
        try {
          const identity = authenticate(req.headers.authorization, tokens);
          if (!m) throw new HttpError(404, 'Not Found');
          if (badJson) throw new HttpError(400, 'Problems parsing JSON');
          const [status, json, headers] = handle(m, identity, url, body);
          send(status, json, headers);
        } catch (e) {
          if (e instanceof HttpError) sendError(e);
          else send(500, { message: String(e) });
        }
      };

      const fault = m ? queues.get(m.route)?.shift() : undefined;
      if (!fault) return answer();
      switch (fault.kind) {
        case 'status':
          return sendError(new HttpError(fault.status, fault.message ?? defaultMessage(fault.status)));
        case 'secondary-rate-limit':
          return sendError(
            new HttpError(
              403,
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
              {},
              { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
            ),
          );
        case 'rate-limit':
          return sendError(
            new HttpError(
              403,
              'API rate limit exceeded for installation.',
              {},
              {
                'x-ratelimit-limit': '5000',
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds),
              },
            ),
          );
        case 'reset':
          record.status = 'reset';
          req.socket.destroy();
          return;
        case 'meanwhile':
          fault.run();
          return answer();
        case 'delay': {
          const t = setTimeout(() => {
            timers.delete(t);
            answer();
          }, fault.ms);
          timers.add(t);
          return;
        }
      }
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    requests,
    faults: {
      enqueue(route, ...faults) {
        queues.set(route, [...(queues.get(route) ?? []), ...faults]);
      },
      pending: (route) => queues.get(route)?.length ?? 0,
    },
    requestsTo: (route) => requests.filter((r) => r.route === route),
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function authenticate(
  header: string | undefined,
  tokens: Readonly<Record<string, FakeIdentity>>,
): FakeIdentity {
  if (!header) throw new HttpError(401, 'Requires authentication');
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  const identity = m ? tokens[m[1] ?? ''] : undefined;
  if (!identity) throw new HttpError(401, 'Bad credentials');
  return identity;
}

function validBody(body: unknown, doc = 'create-an-issue-comment'): string {
  const text = typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined;
  if (typeof text !== 'string') {
    throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', {
      documentation_url: `https://docs.github.com/rest/issues/comments#${doc}`,
    });
  }
  // GitHub counts characters, not UTF-16 code units.
  if ([...text].length > MAX_COMMENT_LENGTH) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
        },
      ],
      documentation_url: `https://docs.github.com/rest/issues/comments#${doc}`,
    });
  }
  return text;
}

const REVIEW_DOCS = 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request';

/** A create-review body as GitHub checks it: event, body for COMMENT, comments on diff lines. */
function validReview(
  body: unknown,
  pull: FakePull,
): { body: string; event: string; commitId: string; comments: FakeReviewComment[] } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const event = b['event'] ?? 'PENDING';
  if (!['APPROVE', 'REQUEST_CHANGES', 'COMMENT', 'PENDING'].includes(event as string)) {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Invalid event'],
      documentation_url: REVIEW_DOCS,
    });
  }
  const text = typeof b['body'] === 'string' ? b['body'] : '';
  if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text === '' && !Array.isArray(b['comments'])) {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: ['Review body is required for this event'],
      documentation_url: REVIEW_DOCS,
    });
  }
  if ([...text].length > MAX_COMMENT_LENGTH) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'PullRequestReview', code: 'custom', field: 'body', message: 'body is too long' }],
      documentation_url: REVIEW_DOCS,
    });
  }
  const comments: FakeReviewComment[] = [];
  for (const c of (Array.isArray(b['comments']) ? b['comments'] : []) as Record<string, unknown>[]) {
    const { path, line, side, body: cb } = c;
    if (typeof path !== 'string' || typeof cb !== 'string' || typeof line !== 'number') {
      throw new HttpError(422, 'Unprocessable Entity', {
        errors: ['Path, line and body are required for each comment'],
        documentation_url: REVIEW_DOCS,
      });
    }
    const allowed = pull.diffLines?.[path];
    if (pull.diffLines && (!allowed || !allowed.includes(line))) {
      throw new HttpError(422, 'Unprocessable Entity', {
        errors: ['Line could not be resolved'],
        documentation_url: REVIEW_DOCS,
      });
    }
    comments.push({ path, line, side: typeof side === 'string' ? side : 'RIGHT', body: cb });
  }
  const commitId = typeof b['commit_id'] === 'string' ? b['commit_id'] : pull.headSha;
  return { body: text, event: event as string, commitId, comments };
}

function validLabel(body: unknown): { name: string; color: string; description: string | null } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b['name'] !== 'string' || b['name'] === '') {
    throw new HttpError(422, 'Invalid request.\n\n"name" wasn\'t supplied.', {
      documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
    });
  }
  const color = typeof b['color'] === 'string' ? b['color'].replace(/^#/, '') : 'ededed';
  if (!/^[0-9a-fA-F]{6}$/.test(color)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'Label', code: 'invalid', field: 'color' }],
      documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
    });
  }
  return {
    name: b['name'],
    color,
    description: typeof b['description'] === 'string' ? b['description'] : null,
  };
}

function linkHeader(base: URL, perPage: number, page: number, last: number): Record<string, string> {
  const at = (n: number) => {
    const u = new URL(base);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return links.length > 0 ? { link: links.join(', ') } : {};
}

function defaultMessage(status: number): string {
  if (status === 502) return 'Server Error';
  if (status === 503) return 'Service Unavailable';
  return 'Internal Server Error';
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** GitHub owner and repository names are case-insensitive. */
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A stable numeric id per login. */
function loginId(login: string): number {
  let h = 7;
  for (const ch of login) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_000_007;
  return h;
}

/** Client options that point at the fake and keep retries, waits and pacing short for tests. */
export function fastClientOptions(fake: FakeGitHub, token = 'test-token') {
  return {
    token,
    baseUrl: fake.url,
    timeoutMs: 400,
    retries: 3,
    retryBaseMs: 1,
    retryAfterUnitMs: 25,
    minWriteIntervalMs: 0,
    minNotificationIntervalMs: 0,
  };
}
