import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-action.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const docs = readFileSync(path.join(ROOT, 'docs/action.md'), 'utf8');

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first column of the table under a `## <title>` (or `### <title>`) heading. */
function tableNames(title: string, text = docs): string[] {
  const section = text.split(/^#{2,3} /m).find((s) => s.startsWith(`${title}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

describe('docs/action.md', () => {
  it('documents every input of action.yml and no other', () => {
    expect(tableNames('Inputs')).toEqual(Object.keys(action.inputs));
  });

  it('documents every output of action.yml and no other', () => {
    expect(tableNames('Outputs')).toEqual(Object.keys(action.outputs));
  });

  it('states the same defaults as action.yml', () => {
    const section = docs.split(/^## /m).find((s) => s.startsWith('Inputs\n'))!;
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (!spec.default) continue;
      expect(section).toContain(`| \`${name}\` | \`${spec.default}\` |`);
    }
  });

  it('is repeated in the README, every input and output of action.yml and no other', () => {
    expect(tableNames('Inputs', readme)).toEqual(Object.keys(action.inputs));
    expect(tableNames('Outputs', readme)).toEqual(Object.keys(action.outputs));
  });

  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the workflows', () => {
  const dir = path.join(ROOT, '.github/workflows');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('are the three BenchBench workflows, CI, the release and CodeQL', () => {
    expect(files.sort()).toEqual(
      [
        'benchbench-comment.yml',
        'benchbench-pr.yml',
        'benchbench-publish.yml',
        'ci.yml',
        'codeql.yml',
        'release.yml',
      ].sort(),
    );
  });

  it('pin every third-party action by a full commit SHA with a version comment, the same everywhere', () => {
    // The workflows, and the copies of them in the docs (which pin this action differently).
    const texts = [
      ...files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
      ['README.md', readme],
      ['docs/action.md', docs],
    ];
    const pins = new Map<string, string>();
    for (const [f, text] of texts) {
      for (const m of text!.matchAll(/^\s*(?:- )?uses:\s*(\S+)(.*)$/gm)) {
        // This action in this repository, or one of its own reusable workflows.
        if (m[1] === './' || m[1]!.startsWith('./.github/workflows/')) continue;
        if (m[1]!.startsWith('<owner>/benchbench-action@')) continue;
        expect(m[1], f).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@[0-9a-f]{40}$/);
        expect(m[2], f).toMatch(/^ # v\d+\.\d+\.\d+$/);
        const [action, sha] = m[1]!.split('@');
        const repo = action!.split('/').slice(0, 2).join('/');
        const pin = `${sha}${m[2]}`;
        expect(pins.get(repo) ?? pin, `${f}: ${repo}`).toBe(pin);
        pins.set(repo, pin);
      }
    }
    // The majors current when this was written (see .github/dependabot.yml for what keeps them so).
    expect(
      Object.fromEntries([...pins].map(([repo, pin]) => [repo, pin.replace(/.* # (v\d+)\..*/, '$1')])),
    ).toEqual({
      'actions/checkout': 'v7',
      'actions/setup-node': 'v7',
      'actions/upload-artifact': 'v7',
      'actions/download-artifact': 'v8',
      'actions/upload-pages-artifact': 'v5',
      'actions/deploy-pages': 'v5',
      'github/codeql-action': 'v4',
    });
  });

  it('run this action as `uses: ./` in its own repository', () => {
    for (const f of ['benchbench-pr.yml', 'benchbench-comment.yml', 'benchbench-publish.yml'])
      expect(readFileSync(path.join(dir, f), 'utf8'), f).toMatch(/^\s+(- )?uses: \.\/$/m);
  });

  it('test on Node 22 and 24 in CI', () => {
    const ci = parse(readFileSync(path.join(dir, 'ci.yml'), 'utf8')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } } } };
    };
    expect(ci.jobs.test.strategy.matrix.node).toEqual([22, 24]);
  });

  it('grant no permissions at the top and set them per job', () => {
    for (const f of files) {
      const wf = parse(readFileSync(path.join(dir, f), 'utf8')) as {
        permissions: unknown;
        jobs: Record<string, { permissions?: unknown }>;
      };
      expect(wf.permissions, f).toEqual({});
      for (const [id, job] of Object.entries(wf.jobs))
        expect(job.permissions, `${f}: ${id}`).toBeTypeOf('object');
    }
  });

  it('run one comment job per pull request at a time', () => {
    const wf = parse(readFileSync(path.join(dir, 'benchbench-comment.yml'), 'utf8')) as {
      jobs: { comment: { concurrency: { group: string } } };
    };
    expect(wf.jobs.comment.concurrency.group).toMatch(/head_repository.*head_branch/);
  });
});
