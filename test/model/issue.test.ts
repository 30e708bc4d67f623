import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, capIssuesPerFile, makeIssue, type IssueCode } from '../../src/model/issue.js';
import { repoRoot } from '../support/cli.js';

/** Every `.ts` file under `dir`, recursively. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts')
        ? [path.join(dir, e.name)]
        : [],
  );

describe('the issue registry', () => {
  it('gives an issue the severity of its code and no key for an absent place', () => {
    const i = makeIssue({
      code: 'orphan-metadata',
      file: 'benchmarks/x.yaml',
      message: 'No CSV.',
      hint: 'Add it.',
    });
    expect(i).toEqual({
      severity: 'warning',
      code: 'orphan-metadata',
      file: 'benchmarks/x.yaml',
      message: 'No CSV.',
      hint: 'Add it.',
    });
    expect(Object.keys(i)).not.toContain('line');
  });

  it('takes the caller’s severity for a code with several, the first by default', () => {
    const at = { file: 'f.csv', line: 3, column: 1, message: 'Twice.' };
    expect(makeIssue({ code: 'duplicate-model', ...at }).severity).toBe('error');
    expect(makeIssue({ code: 'duplicate-model', severity: 'note', ...at }).severity).toBe('note');
  });

  it('refuses a severity the table does not list for the code', () => {
    const wrong = { code: 'orphan-metadata', severity: 'error', file: 'x', message: 'm' } as never;
    expect(() => makeIssue(wrong)).toThrow(/orphan-metadata is never a error/);
  });

  it('fills in a fixed hint', () => {
    const i = makeIssue({ code: 'limit-total-bytes', file: 'benchmarks/a.csv', message: 'Too big.' });
    expect(i.hint).toBe(ISSUE_CODES['limit-total-bytes'].hint);
    const capped = capIssuesPerFile(
      Array.from({ length: 3 }, (_, k) =>
        makeIssue({ code: 'no-rows', file: 'a.csv', line: k + 1, message: 'm' }),
      ),
      2,
    );
    expect(capped.find((i) => i.code === 'limit-issues')).toMatchObject({
      code: 'limit-issues',
      hint: ISSUE_CODES['limit-issues'].hint,
    });
  });

  it('has no code that no module of src emits', () => {
    const text = sources(path.join(repoRoot, 'src'))
      .filter((f) => !f.endsWith(path.join('model', 'issue.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = (Object.keys(ISSUE_CODES) as IssueCode[]).filter(
      (code) => code !== 'limit-issues' && !text.includes(`'${code}'`),
    );
    expect(unused).toEqual([]);
  });
});
