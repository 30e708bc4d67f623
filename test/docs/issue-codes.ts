/**
 * Every issue code literal that modules can emit, read from their source with the TypeScript
 * parser (nothing is run). A code is a string literal that is
 * - the value of a `code:` property (`{ severity: 'error', code: 'missing-config', ... }`), or
 * - the argument, at the position of a parameter named `code`, of a call to a function or
 *   method that has such a parameter: a method of any file (`y.error(node, 'invalid-value', ...)`),
 *   or a function of the same file (`at('warning', 'short-row', ...)`,
 *   `unknown(p, 'unknown-aggregate-scenario', ...)`), so that two files' helpers of one name
 *   (e.g. `fail`) do not mix.
 * Both branches of a conditional (`duplicate ? 'yaml-duplicate-key' : 'yaml-syntax'`) count.
 * The severity is known when it is written at the same place: a `severity:` property beside the
 * code, or the argument of a parameter named `severity`; otherwise it is left empty.
 *
 * Also: the keys a YAML reader accepts, from the lists given to `YamlFile.fields(node, what, keys)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface CodeSite {
  readonly code: string;
  /** The severities written at the site; empty when the helper decides. */
  readonly severities: readonly string[];
  /** Repository-relative path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
}

interface Params {
  readonly code: number;
  readonly severity: number;
}

const parse = (root: string, rel: string): ts.SourceFile =>
  ts.createSourceFile(rel, readFileSync(path.join(root, rel), 'utf8'), ts.ScriptTarget.Latest, true);

/** The `.ts` files of the given folders (not recursive), as repository-relative paths. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

export function issueCodeSites(root: string, files: readonly string[]): CodeSite[] {
  const sources = files.map((f) => parse(root, f));

  // Helpers with a `code` parameter: methods over every file, functions per file.
  const methods = new Map<string, Params[]>();
  const functions = new Map<ts.SourceFile, Map<string, Params[]>>();
  for (const source of sources) {
    const local = new Map<string, Params[]>();
    functions.set(source, local);
    visit(source, (node) => {
      if (!ts.isFunctionLike(node)) return;
      const position = (name: string) =>
        node.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
      const name = functionName(node);
      const params = { code: position('code'), severity: position('severity') };
      if (params.code < 0 || name === undefined) return;
      const into = ts.isMethodDeclaration(node) ? methods : local;
      into.set(name, [...(into.get(name) ?? []), params]);
    });
  }

  const sites: CodeSite[] = [];
  for (const source of sources) {
    const add = (code: ts.Expression | undefined, severity: ts.Expression | undefined) => {
      const severities = literals(severity).map((l) => l.text);
      for (const literal of literals(code)) {
        const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1;
        sites.push({ code: literal.text, severities, file: source.fileName, line });
      }
    };
    visit(source, (node) => {
      if (ts.isPropertyAssignment(node) && propertyName(node) === 'code') {
        const sibling = ts.isObjectLiteralExpression(node.parent)
          ? node.parent.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p) === 'severity')
          : undefined;
        add(node.initializer, sibling && ts.isPropertyAssignment(sibling) ? sibling.initializer : undefined);
      } else if (ts.isCallExpression(node)) {
        const e = node.expression;
        const helpers = ts.isIdentifier(e)
          ? functions.get(source)!.get(e.text)
          : ts.isPropertyAccessExpression(e)
            ? methods.get(e.name.text)
            : undefined;
        for (const p of helpers ?? []) add(node.arguments[p.code], node.arguments[p.severity]);
      }
    });
  }
  return sites;
}

/**
 * Every key passed to `.fields(node, what, keys)` in a file: `keys` may be an array literal of
 * strings, spread constants (`[...TEXT_KEYS, 'url']`) or `Object.keys(CONSTANT)` of an object
 * literal declared in the same file.
 */
export function acceptedYamlKeys(root: string, file: string): string[] {
  const source = parse(root, file);
  const constants = new Map<string, ts.Expression>();
  visit(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, node.initializer);
    }
  });
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e)
      ? unwrap(e.expression)
      : e;
  const resolve = (e: ts.Expression | undefined): string[] => {
    if (e === undefined) return [];
    const x = unwrap(e);
    if (ts.isStringLiteralLike(x)) return [x.text];
    if (ts.isIdentifier(x)) return resolve(constants.get(x.text));
    if (ts.isSpreadElement(x)) return resolve(x.expression);
    if (ts.isArrayLiteralExpression(x)) return x.elements.flatMap((el) => resolve(el));
    if (ts.isObjectLiteralExpression(x)) {
      return x.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? [propertyName(p) ?? ''] : []));
    }
    if (
      ts.isCallExpression(x) &&
      ts.isPropertyAccessExpression(x.expression) &&
      x.expression.getText(source) === 'Object.keys'
    ) {
      return resolve(x.arguments[0]);
    }
    throw new Error(`${file}: cannot read the keys of \`${x.getText(source)}\``);
  };
  const keys: string[] = [];
  visit(source, (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'fields'
    ) {
      keys.push(...resolve(node.arguments[2]));
    }
  });
  return [...new Set(keys)].sort();
}

function visit(node: ts.Node, f: (node: ts.Node) => void): void {
  f(node);
  node.forEachChild((child) => visit(child, f));
}

function propertyName(p: ts.PropertyAssignment): string | undefined {
  return ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name) ? p.name.text : undefined;
}

function functionName(node: ts.SignatureDeclaration): string | undefined {
  if (
    (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) &&
    node.name &&
    ts.isIdentifier(node.name)
  ) {
    return node.name.text;
  }
  const parent = node.parent;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(parent)) {
    return ts.isIdentifier(parent.name) ? parent.name.text : undefined;
  }
  return undefined;
}

/** The string literals an expression can evaluate to (through parentheses and conditionals). */
function literals(expr: ts.Expression | undefined): ts.StringLiteralLike[] {
  if (expr === undefined) return [];
  if (ts.isStringLiteralLike(expr)) return [expr];
  if (ts.isParenthesizedExpression(expr)) return literals(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...literals(expr.whenTrue), ...literals(expr.whenFalse)];
  return [];
}
