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

  it('are the three BenchBench workflows, CI, the release, CodeQL and the fuzzing campaign', () => {
    expect(files.sort()).toEqual(
      [
        'benchbench-comment.yml',
        'benchbench-pr.yml',
        'benchbench-publish.yml',
        'ci.yml',
        'codeql.yml',
        'fuzz.yml',
        'release.yml',
      ].sort(),
    );
  });

  /** Every third-party `uses:` of the workflows and of their copies in the docs: [file, action, comment]. */
  function thirdPartyUses(): [string, string, string][] {
    const texts = [
      ...files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const),
      ['README.md', readme] as const,
      ['docs/action.md', docs] as const,
    ];
    return texts.flatMap(([f, text]) =>
      [...text.matchAll(/^\s*(?:- )?uses:\s*(\S+)(.*)$/gm)]
        // This action in this repository, its own reusable workflows, and the docs' pin of this
        // action (written by docs/action.md's own rules).
        .filter(
          (m) => m[1] !== './' && !/^(\.\/\.github\/workflows\/|<owner>\/benchbench-action@)/.test(m[1]!),
        )
        .map((m): [string, string, string] => [f, m[1]!, m[2]!]),
    );
  }

  it('pin every third-party action by a full commit SHA with a version comment', () => {
    for (const [f, action, comment] of thirdPartyUses()) {
      expect(action, f).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@[0-9a-f]{40}$/);
      expect(comment, f).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
  });

  it('pin each action at the same commit everywhere, at its current major', () => {
    const pins = new Map<string, string>();
    for (const [f, action, comment] of thirdPartyUses()) {
      const [name, sha] = action.split('@');
      const repo = name!.split('/').slice(0, 2).join('/');
      expect(pins.get(repo) ?? `${sha}${comment}`, `${f}: ${repo}`).toBe(`${sha}${comment}`);
      pins.set(repo, `${sha}${comment}`);
    }
    // The action itself is pinned to its own release (src/release.json; test/cli/init.test.ts).
    for (const repo of pins.keys()) if (repo.endsWith('/benchbench-action')) pins.delete(repo);
    // The majors current when this was written; Dependabot (.github/dependabot.yml) moves them on.
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

describe("docs/action.md's anatomy of the comment", () => {
  const section = docs.slice(docs.indexOf('## The comment\n'), docs.indexOf('## Suggested fixes\n'));
  const quoted = [...section.matchAll(/````markdown\n([\s\S]*?)\n````/g)].flatMap((m) =>
    m[1]!.split('\n').filter((l) => l.trim() !== ''),
  );
  const example = readFileSync(path.join(ROOT, 'docs/example-comment.md'), 'utf8').split('\n');

  it('quotes the regenerated example comment line for line', () => {
    expect(quoted.length).toBeGreaterThan(6);
    for (const line of quoted) expect(example, line).toContain(line);
  });

  it('shows each part: title, labelled numbers, every board, rows to check and the rank diff', () => {
    const text = quoted.join('\n');
    for (const part of [
      /^### BenchBench: /m,
      /90% interval .*90% interval .*90% range/,
      /on every board: .* · not on \*\*Safety\*\*/,
      /rows to check/,
      /^- `benchmarks\/my_bench\.csv:\d+` /m,
      /\*\*Rank diff on All benchmarks:\*\* The \d+ benchmarks below my\\_bench move down one place each/,
    ])
      expect(text).toMatch(part);
  });
});
