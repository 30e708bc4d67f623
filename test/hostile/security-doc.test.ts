/**
 * docs/SECURITY.md names the test behind each guarantee as `file` › `test name` (further names
 * of the same file follow as › `name`). Every named file must exist and hold a test of that name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../action/helpers/run-action.js';

const doc = readFileSync(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');

/** [file, test name] for every reference in the document. */
function references(): [string, string][] {
  const out: [string, string][] = [];
  let file = '';
  const token = /(`+) ?(.+?) ?\1(?!`)|›/g;
  for (const line of doc.split('\n').filter((l) => l.startsWith('|'))) {
    let pendingName = false;
    for (const m of line.matchAll(token)) {
      if (m[0] === '›') pendingName = true;
      else if (m[2]!.endsWith('.test.ts')) file = m[2]!;
      else if (pendingName) {
        out.push([file, m[2]!]);
        pendingName = false;
      }
    }
  }
  return out;
}

/** The names of the tests (it / it.each) declared in a test file, as written. */
function testNames(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const names: string[] = [];
  for (const m of source.matchAll(/\bit(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
    names.push(m[2]!.replace(/\\(.)/g, '$1'));
  }
  return names;
}

describe('docs/SECURITY.md', () => {
  const refs = references();

  it('backs its guarantees with tests', () => {
    expect(refs.length).toBeGreaterThan(40);
  });

  it('names only test files that exist and tests they hold', () => {
    const missing = refs.filter(
      ([file, name]) => !existsSync(path.join(ROOT, file)) || !testNames(file).includes(name),
    );
    expect(missing).toEqual([]);
  });
});
