/** `benchbench init`: a new leaderboard repository that the real action checks on its first PR. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RELEASE, usesLine } from '../../src/cli/init/release.js';
import { pinned } from '../../src/cli/init/scaffold.js';
import { badgeUrl } from '../../src/cli/init/texts.js';
import { WORKFLOWS } from '../../src/cli/init/workflows.generated.js';
import { pullRequestEvent, runAction } from '../action/helpers/run-action.js';
import { ensureBuilt, repoRoot, runCli } from '../support/cli.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-init-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (root: string, rel: string): string => readFileSync(path.join(root, rel), 'utf8');
const USES = usesLine(RELEASE);

interface Workflow {
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

describe('benchbench init', () => {
  it('scaffolds the catalog, the pinned workflows, a README with the badge, CONTRIBUTING.md and a PR template', () => {
    const repo = path.join(dir, 'scaffold');
    const r = runCli(['init', repo, '--repository', 'acme/llm-board']);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['catalog/benchbench.yaml', 'catalog/models.yaml', '.github/pull_request_template.md'])
      expect(read(repo, f).length).toBeGreaterThan(0);
    expect(runCli(['validate', '--catalog', path.join(repo, 'catalog')]).status).toBe(0);
    for (const [name, text] of WORKFLOWS) {
      const written = read(repo, `.github/workflows/${name}`);
      expect(written).toBe(pinned(text, RELEASE));
      expect(written).not.toMatch(/uses: \.\//);
      expect(written).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
      expect(written).toContain(`uses: ${USES}`);
    }
    const readme = read(repo, 'README.md');
    expect(readme).toContain(
      `[![BenchBench leaderboard](https://img.shields.io/endpoint?url=https%3A%2F%2Facme.github.io%2Fllm-board%2Fbadges%2Fleaderboard.json)](https://acme.github.io/llm-board/)`,
    );
    expect(readme).toContain('CONTRIBUTING.md');
    expect(read(repo, 'CONTRIBUTING.md')).toContain(
      `github:${RELEASE.repository}#${RELEASE.sha} -- benchbench score`,
    );
    expect(readme + read(repo, 'CONTRIBUTING.md')).not.toMatch(/<owner>|OWNER|TODO|<full/);
  });

  it('refuses to overwrite without --force', () => {
    const repo = path.join(dir, 'twice');
    expect(runCli(['init', repo, '--repository', 'acme/board']).status).toBe(0);
    writeFileSync(path.join(repo, 'README.md'), 'mine\n');
    const again = runCli(['init', repo, '--repository', 'acme/board']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already has catalog\/benchbench.yaml, .*; pass --force/);
    expect(read(repo, 'README.md')).toBe('mine\n');
    expect(runCli(['init', repo, '--repository', 'acme/board', '--force']).status).toBe(0);
    expect(read(repo, 'README.md')).toMatch(/^# board/);
  });

  it("takes the repository from the folder's GitHub remote, and asks for it when there is none", () => {
    const repo = path.join(dir, 'remote');
    const bare = runCli(['init', repo]);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/pass --repository OWNER\/NAME/);
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'git@github.com:Acme/Board.git']);
    expect(runCli(['init', repo]).status).toBe(0);
    expect(read(repo, 'README.md')).toContain(badgeUrl('Acme/Board', 'leaderboard.json'));
  });

  it('pins another commit with --action-ref, and rejects a ref that is not a full SHA', () => {
    const repo = path.join(dir, 'ref');
    const sha = 'a'.repeat(40);
    const r = runCli([
      'init',
      repo,
      '--repository',
      'a/b',
      '--action-ref',
      `me/fork@${sha}`,
      '--action-version',
      '2.0.1',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(read(repo, '.github/workflows/benchbench-pr.yml')).toContain(`uses: me/fork@${sha} # v2.0.1`);
    const short = runCli([
      'init',
      path.join(dir, 'ref2'),
      '--repository',
      'a/b',
      '--action-ref',
      'me/fork@v1',
    ]);
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/full 40-character commit SHA/);
  });

  it("--template space sets the Space's method", () => {
    const repo = path.join(dir, 'space');
    expect(runCli(['init', repo, '--repository', 'a/b', '--template', 'space']).status).toBe(0);
    const config = parse(read(repo, 'catalog/benchbench.yaml'));
    expect(config.method).toMatchObject({ correlation: 'kendall', models_per_sample: 8, samples: 10 });
    expect(config.aggregate.min_scenarios_per_model).toBe(2);
    expect(runCli(['leaderboard', '--catalog', path.join(repo, 'catalog')]).status).toBe(0);
  });
});

describe('a repository made by init, on its first pull request', () => {
  let fake: FakeGitHub;
  let repo: string;
  beforeEach(async () => {
    fake = await startFakeGitHub({ tokens: { ghs_write: { login: null, canWrite: true } } });
    repo = mkdtempSync(path.join(dir, 'first-pr-'));
  });
  afterEach(async () => {
    await fake.close();
  });

  it('passes the check and gets the comment for the added benchmark', async () => {
    expect(runCli(['init', repo, '--repository', 'acme/catalog']).status).toBe(0);
    const git = (...a: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'benchbench init');
    const base = git('rev-parse', 'HEAD');
    // A contributor's benchmark: the starter's models, their own scores.
    const rows = read(repo, 'catalog/benchmarks/sim-bench-holistic-02.csv').trim().split('\n').slice(1);
    const csv = ['model,my_bench', ...rows.map((r, i) => `${r.split(',')[0]},${((i * 7) % 11) / 10}`)];
    writeFileSync(path.join(repo, 'catalog/benchmarks/my-bench.csv'), csv.join('\n') + '\n');
    writeFileSync(
      path.join(repo, 'catalog/benchmarks/my-bench.yaml'),
      'name: My Bench\ncategory: reasoning\ndirection: higher\n',
    );
    git('checkout', '-qb', 'add-my-bench');
    git('add', '-A');
    git('commit', '-qm', 'Add My Bench');
    const head = git('rev-parse', 'HEAD');

    // The check step exactly as the scaffolded workflow configures it.
    const workflow = parse(read(repo, '.github/workflows/benchbench-pr.yml')) as Workflow;
    const step = workflow.jobs['check']!.steps.find((s) => s.uses === USES.replace(/ #.*/, ''))!;
    expect(step).toBeDefined();
    const run = await runAction({
      workspace: repo,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 1, baseSha: base, headSha: head }),
      apiUrl: fake.url,
      inputs: step.with ?? {},
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['valid']).toBe('true');
    expect(JSON.parse(run.outputs['changed-benchmarks']!)).toEqual(['my_bench']);
    const comments = fake.state.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(
      /### BenchBench: `?My Bench`? scores Z = [+−]\d\.\d\d, rank \d+ of \d+/,
    );
  });
});

describe('the copyable workflows', () => {
  it('in docs/action.md and README.md use the published reference, as init writes them', () => {
    const doc = read(repoRoot, 'docs/action.md');
    for (const [name, text] of WORKFLOWS)
      expect(doc).toContain(`\`\`\`yaml\n# .github/workflows/${name}\n${pinned(text, RELEASE)}\`\`\``);
    expect(doc).not.toMatch(/^\s*-?\s*uses: \.\/\s*$|<full commit SHA>/m);
    expect(read(repoRoot, 'README.md')).toContain(`- uses: ${USES}\n`);
  });

  it('are generated from the current workflows (node scripts/init-templates.mjs)', () => {
    for (const [name, text] of WORKFLOWS) expect(text).toBe(read(repoRoot, `.github/workflows/${name}`));
    expect(RELEASE.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(RELEASE.version).toMatch(/^\d+\.\d+\.\d+/);
    const r = spawnSync('git', ['cat-file', '-t', RELEASE.sha], { cwd: repoRoot, encoding: 'utf8' });
    // The pinned commit is one of this repository's (when its history is here).
    if (r.status === 0) expect(r.stdout.trim()).toBe('commit');
  });
});
