/**
 * Runs the bundled action (dist/index.js) in a child process exactly as the Actions runner does:
 * inputs as `INPUT_<NAME>` (upper case, hyphens kept), the event payload in a file named by
 * GITHUB_EVENT_PATH, outputs and the job summary in the files GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY name, and the API at GITHUB_API_URL. The workspace is a real git
 * repository built from catalog files, one commit per state.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gitRepo } from '../../support/git-repo.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const ACTION = path.join(ROOT, 'dist/index.js');
const MAX_RSS = pathToFileURL(path.join(ROOT, 'test/support/max-rss.mjs')).href;
export const OWNER = 'acme';
export const REPO = 'catalog';

/** Builds dist/ when a source file is newer than dist/index.js. */
export function ensureBuilt(): void {
  const built = existsSync(ACTION) ? statSync(ACTION).mtimeMs : 0;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
      ),
    );
  if (newest(path.join(ROOT, 'src')) > built) execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT });
}

export interface TempRepo {
  readonly dir: string;
  /** Replaces the catalog with these files and commits; returns the commit SHA. */
  commit(files: ReadonlyMap<string, string>, message?: string): string;
  remove(): void;
}

/** A git repository whose commits each hold a whole catalog (test/support/git-repo.ts). */
export function tempRepo(catalogDir = 'catalog'): TempRepo {
  const repo = gitRepo('benchbench-action-');
  return {
    dir: repo.dir,
    commit(files, message = 'catalog') {
      repo.delete(catalogDir);
      for (const [rel, text] of files) repo.write(path.join(catalogDir, rel), text);
      return repo.commit(message);
    },
    remove: repo.remove,
  };
}

/** A `pull_request` payload as GitHub sends it (the fields the action reads, and their neighbours). */
export function pullRequestEvent(o: { number: number; baseSha: string; headSha: string; fork?: boolean }) {
  const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, fork: false };
  const headRepo = o.fork
    ? { full_name: `contributor/${REPO}`, name: REPO, owner: { login: 'contributor' }, fork: true }
    : repo;
  return {
    action: 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      state: 'open',
      title: 'Add a benchmark',
      user: { login: 'contributor' },
      head: { sha: o.headSha, ref: 'add-benchmark', label: 'contributor:add-benchmark', repo: headRepo },
      base: { sha: o.baseSha, ref: 'main', label: `${OWNER}:main`, repo },
    },
    repository: repo,
    sender: { login: 'contributor' },
  };
}

/** A `workflow_run` payload for a completed run of the check on a PR head. */
export function workflowRunEvent(o: { runId: number; headSha: string; prNumber?: number }) {
  const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  return {
    action: 'completed',
    workflow_run: {
      id: o.runId,
      name: 'BenchBench',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_sha: o.headSha,
      head_branch: 'add-benchmark',
      head_repository: { full_name: `contributor/${REPO}` },
      // GitHub leaves this empty for fork PRs: the number must come from the artifact.
      pull_requests: [],
    },
    repository: repo,
  };
}

export interface Annotation {
  readonly kind: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: Annotation[];
  readonly elapsedMs: number;
  /** The child's peak resident memory in KiB (test/support/max-rss.mjs). */
  readonly maxRssKiB: number;
  /** The child's CPU time (user + system) in ms: what the wall clock of a dedicated runner tracks. */
  readonly cpuMs: number;
}

export interface RunOptions {
  readonly workspace: string;
  readonly eventName: string;
  readonly payload: unknown;
  readonly inputs?: Record<string, string>;
  readonly apiUrl: string;
  readonly token?: string;
}

/** The runner's escaping of workflow command data and properties, undone. */
const unescape = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const io = mkdtempSync(path.join(tmpdir(), 'benchbench-runner-'));
  const files = {
    event: path.join(io, 'event.json'),
    output: path.join(io, 'output'),
    summary: path.join(io, 'summary'),
  };
  writeFileSync(files.event, JSON.stringify(o.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs: Record<string, string> = {
    'github-token': o.token ?? 'ghs_write',
    catalog: 'catalog',
    mode: '',
    comment: 'update',
    suggestions: 'true',
    labels: 'false',
    'fail-on': 'error',
    'min-z': '',
    'base-ref': '',
    'report-dir': 'benchbench-report',
    'site-dir': 'site',
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? io,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'f'.repeat(40),
    RUNNER_TEMP: io,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  // As benchbench-comment.yml does: the check's artifact is downloaded into RUNNER_TEMP.
  const artifact = path.join(o.workspace, 'benchbench-report');
  if (o.eventName === 'workflow_run' && existsSync(artifact)) {
    cpSync(artifact, path.join(io, inputs['report-dir']!), { recursive: true, verbatimSymlinks: true });
  }

  const started = performance.now();
  env['MAX_RSS_FILE'] = path.join(io, 'max-rss');
  const child = spawn(process.execPath, ['--import', MAX_RSS, ACTION], { cwd: o.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const elapsedMs = performance.now() - started;

  const outputs: Record<string, string> = {};
  const text = readFileSync(files.output, 'utf8');
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = p.indexOf('=');
      properties[p.slice(0, eq)] = unescape(p.slice(eq + 1));
    }
    annotations.push({ kind: m[1]!, properties, message: unescape(m[3]!) });
  }
  const summary = readFileSync(files.summary, 'utf8');
  const [maxRssKiB, cpuMs] = readFileSync(env['MAX_RSS_FILE'], 'utf8').split(' ').map(Number) as [
    number,
    number,
  ];
  rmSync(io, { recursive: true, force: true });
  return { code, stdout, stderr, outputs, summary, annotations, elapsedMs, maxRssKiB, cpuMs };
}

/** The tokens of the action's tests: the workflow's token, writable or read-only (a fork's). */
export const ACTION_TOKENS = {
  ghs_write: { login: null, canWrite: true },
  ghs_readonly: { login: null, canWrite: false },
} as const;
