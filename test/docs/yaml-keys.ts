/**
 * The keys a YAML reader accepts, from the lists given to `YamlFile.fields(node, what, keys)`,
 * read from the source with the TypeScript parser (nothing is run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const parse = (root: string, rel: string): ts.SourceFile =>
  ts.createSourceFile(rel, readFileSync(path.join(root, rel), 'utf8'), ts.ScriptTarget.Latest, true);

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
