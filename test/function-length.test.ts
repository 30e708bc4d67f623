/**
 * Small functions (issue 11): every function of `src` is at most MAX_LINES long, counted from
 * its first line to its last, nested functions on their own. The compiler's own parser finds
 * them (declarations, methods, arrows and function expressions with a body).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli.js';

const MAX_LINES = 80;

/**
 * Files that still hold a function over the limit (none now: every file of src is held to the
 * limit). Add a file here only with the issue that will split it.
 */
const ELSEWHERE: ReadonlyMap<string, string> = new Map();

export interface LongFunction {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

/** Every function of `text` longer than `max` lines. */
export function longFunctions(file: string, text: string, max = MAX_LINES): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: LongFunction[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.end) - first + 1;
      if (lines > max) out.push({ file, line: first, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function functionName(node: ts.SignatureDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

const files = readdirSync(path.join(repoRoot, 'src'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(d|generated)\.ts$/.test(e.name))
  .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();

describe('functions', () => {
  it(`are at most ${MAX_LINES} lines long in src`, () => {
    const long = files
      .filter((f) => !ELSEWHERE.has(f))
      .flatMap((f) => longFunctions(f, readFileSync(path.join(repoRoot, f), 'utf8')))
      .map((l) => `${l.file}:${l.line} ${l.name}: ${l.lines} lines`);
    expect(long).toEqual([]);
  });

  it('are measured from their first line to their last, nested ones too', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `function outer() {\n${body(3)}\n  const inner = () => {\n${body(80)}\n  };\n}\n`;
    expect(longFunctions('x.ts', text)).toEqual([
      { file: 'x.ts', line: 1, name: 'outer', lines: 87 },
      { file: 'x.ts', line: 5, name: 'inner', lines: 82 },
    ]);
    expect(longFunctions('x.ts', `function f() {\n${body(78)}\n}\n`)).toEqual([]);
  });
});
