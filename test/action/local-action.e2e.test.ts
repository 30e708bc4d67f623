/**
 * One run of the action through GitHub's own local runner, @github/local-action (npm): it reads
 * action.yml, loads the inputs from a dotenv file, stubs @actions/core and imports `run()` from
 * src/action/run.ts (its TypeScript, through the tsx it bundles), against the local GitHub
 * stand-in (held to GitHub's OpenAPI description).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentKey, signComment } from '../../src/github/comment-signature.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { baseCatalog, fullCatalog } from './helpers/catalogs.js';
import { OWNER, pullRequestEvent, REPO, ROOT, tempRepo, type TempRepo } from './helpers/run-action.js';

const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

describe('the action under @github/local-action', () => {
  let fake: FakeGitHub;
  let repo: TempRepo;
  let io: string;
  beforeEach(async () => {
    fake = await startFakeGitHub({ tokens: { ghs_local: { login: null, canWrite: true } } });
    repo = tempRepo();
    io = mkdtempSync(path.join(tmpdir(), 'benchbench-local-action-'));
  });
  afterEach(async () => {
    await fake.close();
    repo.remove();
    rmSync(io, { recursive: true, force: true });
  });

  it('checks a pull request that adds a benchmark and comments on it', async () => {
    const base = repo.commit(baseCatalog(), 'base');
    const head = repo.commit(fullCatalog(), 'add a benchmark');
    const event = path.join(io, 'event.json');
    writeFileSync(event, JSON.stringify(pullRequestEvent({ number: 7, baseSha: base, headSha: head })));
    const env = {
      'INPUT_GITHUB-TOKEN': 'ghs_local',
      INPUT_CATALOG: 'catalog',
      'INPUT_REPORT-DIR': path.join(repo.dir, 'benchbench-report'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_RUN_ID: '4243',
      GITHUB_STEP_SUMMARY: path.join(io, 'summary.md'),
      RUNNER_TEMP: io,
    };
    writeFileSync(path.join(io, 'summary.md'), '');
    const dotenv = path.join(io, '.env');
    writeFileSync(
      dotenv,
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') + '\n',
    );

    const child = spawn(process.execPath, [LOCAL_ACTION, 'run', ROOT, 'src/action/run.ts', dotenv], {
      // local-action runs `npm exec tsx`: from this repository, where tsx is installed.
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? io,
        NO_COLOR: '1',
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(code, out).toBe(0);
    expect(out).toMatch(/benchbench-action: mode check, catalog catalog/);
    const [comment, ...more] = fake.state.commentsOn(OWNER, REPO, 7);
    expect(more).toHaveLength(0);
    expect(comment!.body).toMatch(/^<!-- benchbench-action:comment -->\n### BenchBench: /);
    expect(comment!.body).toContain(`→ head ${head.slice(0, 7)}`);
    // Posted as rendered, with our signature line at the end (comment-signature.ts).
    const rendered = readFileSync(path.join(repo.dir, 'benchbench-report/comment.md'), 'utf8');
    expect(comment!.body).toBe(signComment(rendered, commentKey('', `${OWNER}/${REPO}`), 7));
  }, 180_000);
});
