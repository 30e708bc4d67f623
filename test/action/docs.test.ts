import { readFileSync } from 'node:fs';
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
  const files = ['benchbench-pr.yml', 'benchbench-comment.yml', 'benchbench-publish.yml', 'ci.yml'];

  it('pin every third-party action by a full commit SHA with a version comment', () => {
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/uses:\s*(\S+)(.*)$/gm)) {
        if (m[1] === './') continue;
        expect(m[1], f).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
        expect(m[2], f).toMatch(/# v\d+\.\d+\.\d+/);
      }
    }
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
