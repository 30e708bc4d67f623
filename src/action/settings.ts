/**
 * The action's inputs and the runner's environment, parsed once into one typed `Settings`.
 *
 * Inputs are read as the runner passes them: `INPUT_<NAME>` with spaces as `_`, upper case,
 * hyphens kept (`github-token` -> `INPUT_GITHUB-TOKEN`), trimmed. Anything invalid throws a
 * `SettingsError` naming the input and what it accepts; nothing here touches the network.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Mode = 'check' | 'comment' | 'publish';
export type CommentMode = 'update' | 'recreate' | 'off';
export type FailOn = 'error' | 'warning' | 'never';

export interface PullRequestRef {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** `owner/repo` of the head branch; differs from the repository for a fork. */
  readonly headRepo: string | null;
}

export interface WorkflowRunRef {
  readonly id: number;
  readonly headSha: string;
  readonly event: string;
}

export interface Settings {
  readonly mode: Mode;
  readonly token: string;
  /** The REST API base URL (GitHub Enterprise Server sets its own). */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly eventName: string;
  /** Absolute path of the checked-out repository. */
  readonly workspace: string;
  /** The catalog folder relative to the workspace, '/'-separated, never escaping it. */
  readonly catalogDir: string;
  readonly comment: CommentMode;
  /** Post a review with one-click fixes for unmatched model names (default true). */
  readonly suggestions: boolean;
  /** Set the impact labels on the pull request (default false). */
  readonly labels: boolean;
  readonly failOn: FailOn;
  readonly minZ: number | null;
  readonly baseRef: string | null;
  /** Absolute paths. */
  readonly reportDir: string;
  readonly siteDir: string;
  /** The commit the workflow runs on (GITHUB_SHA). */
  readonly sha: string;
  readonly pullRequest: PullRequestRef | null;
  readonly workflowRun: WorkflowRunRef | null;
}

export class SettingsError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** An input as `@actions/core.getInput` reads it. */
export function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SettingsError(
      `Input \`${name}\` is ${JSON.stringify(value)}; it must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
    );
  }
  return value as T;
}

/** A folder inside the workspace, given relative to it. */
function insideWorkspace(workspace: string, name: string, value: string): string {
  const resolved = path.resolve(workspace, value);
  const rel = path.relative(workspace, resolved);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new SettingsError(
      `Input \`${name}\` (${JSON.stringify(value)}) must be a folder inside the repository.`,
    );
  }
  return resolved;
}

/**
 * `pull_request_target` is deliberately not mapped to `check`: its checkout is the base branch,
 * and checking out the PR head there would hand PR code a write token. Use `pull_request` with
 * the `workflow_run` comment job instead (docs/action.md, "The fork story").
 */
export function defaultMode(eventName: string): Mode {
  if (eventName === 'pull_request_target') {
    throw new Error(
      'pull_request_target is not supported: it would run with a write token next to pull-request content. ' +
        'Run the check on pull_request and post comments from the workflow_run job (docs/action.md, "The fork story").',
    );
  }
  if (eventName === 'pull_request') return 'check';
  if (eventName === 'workflow_run') return 'comment';
  return 'publish';
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function sha(value: unknown, what: string): string {
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new SettingsError(`The event payload has no valid ${what} (got ${JSON.stringify(value)}).`);
  }
  return value;
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestRef | null {
  const pr = payload['pull_request'] as Record<string, unknown> | undefined;
  if (!pr || typeof pr !== 'object') return null;
  const base = pr['base'] as Record<string, unknown> | undefined;
  const head = pr['head'] as Record<string, unknown> | undefined;
  const num = pr['number'];
  if (typeof num !== 'number' || !Number.isSafeInteger(num) || num < 1) {
    throw new SettingsError('The pull_request event has no valid pull request number.');
  }
  const headRepo = (head?.['repo'] as Record<string, unknown> | null | undefined)?.['full_name'];
  return {
    number: num,
    baseSha: sha(base?.['sha'], 'pull_request.base.sha'),
    headSha: sha(head?.['sha'], 'pull_request.head.sha'),
    headRepo: typeof headRepo === 'string' ? headRepo : null,
  };
}

function workflowRunOf(payload: Record<string, unknown>): WorkflowRunRef | null {
  const run = payload['workflow_run'] as Record<string, unknown> | undefined;
  if (!run || typeof run !== 'object') return null;
  const id = run['id'];
  return {
    id: typeof id === 'number' ? id : 0,
    headSha: sha(run['head_sha'], 'workflow_run.head_sha'),
    event: typeof run['event'] === 'string' ? run['event'] : '',
  };
}

export function readSettings(env: Env): Settings {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new SettingsError('GITHUB_REPOSITORY must be `owner/repo`; is this running in GitHub Actions?');
  }
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new SettingsError(`Cannot read the event payload at ${eventPath}: ${(error as Error).message}`);
    }
  }
  const mode = oneOf<Mode>(env, 'mode', ['check', 'comment', 'publish'], defaultMode(eventName));
  const minZText = input(env, 'min-z');
  const minZ = minZText === '' ? null : Number(minZText);
  if (minZ !== null && !Number.isFinite(minZ)) {
    throw new SettingsError(
      `Input \`min-z\` is ${JSON.stringify(minZText)}; it must be a number such as -1.`,
    );
  }
  const catalogAbs = insideWorkspace(workspace, 'catalog', input(env, 'catalog') || 'catalog');
  const settings: Settings = {
    mode,
    token: input(env, 'github-token'),
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    eventName,
    workspace,
    catalogDir: path.relative(workspace, catalogAbs).split(path.sep).join('/') || '.',
    comment: oneOf<CommentMode>(env, 'comment', ['update', 'recreate', 'off'], 'update'),
    suggestions: oneOf(env, 'suggestions', ['true', 'false'], 'true') === 'true',
    labels: oneOf(env, 'labels', ['true', 'false'], 'false') === 'true',
    failOn: oneOf<FailOn>(env, 'fail-on', ['error', 'warning', 'never'], 'error'),
    minZ,
    baseRef: input(env, 'base-ref') || null,
    reportDir: insideWorkspace(workspace, 'report-dir', input(env, 'report-dir') || 'benchbench-report'),
    siteDir: insideWorkspace(workspace, 'site-dir', input(env, 'site-dir') || 'site'),
    sha: env['GITHUB_SHA'] ?? '',
    pullRequest: pullRequestOf(payload),
    workflowRun: workflowRunOf(payload),
  };
  if (mode === 'check' && !settings.pullRequest && !settings.baseRef) {
    throw new SettingsError(
      `Mode \`check\` needs a pull_request event or the \`base-ref\` input (event: ${eventName || 'none'}).`,
    );
  }
  if (mode === 'comment' && !settings.workflowRun) {
    throw new SettingsError(`Mode \`comment\` runs on a workflow_run event (event: ${eventName || 'none'}).`);
  }
  return settings;
}
