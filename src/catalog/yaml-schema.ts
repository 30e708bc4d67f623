/**
 * A section of a catalog YAML file checked with a zod schema, with the issues of a hand-written
 * reader: each problem zod finds is placed at its YAML node (line and column) and given the code
 * of docs/catalog.md: `unknown-key` (with a did-you-mean hint, at the key), `wrong-type` (a
 * mapping expected, or a value that is not a number where one is due) or `invalid-value` (a
 * number out of range). The message names the key by its path (`trust.saturation.near_best`)
 * and says what the value must be: the schema's error text, so write each check's `error` as a
 * noun phrase (`a number from 0 to 1`).
 *
 * The keys in error are left out and the rest is parsed again, so the caller's defaults apply to
 * exactly those keys. The value is read node by node through `YamlFile.deref` (within its alias
 * budget; the file's caps on size, depth and keys were applied when it was parsed), into
 * null-prototype objects. Never throws.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import * as z from 'zod/mini';
import { unknownKeyHint } from './did-you-mean.js';
import type { YamlFile } from './parse-yaml.js';

type Path = readonly PropertyKey[];

/** A mapping of optional keys; empty (`key:` with nothing after it) reads as no keys. */
export const section = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.nullish(z.partial(z.strictObject(shape, { error: 'a mapping' })));

/** A whole number of at least `min`. */
export const wholeAtLeast = (min: number) => {
  const error = `a whole number of at least ${min}`;
  return z.int({ error }).check(z.gte(min, { error }));
};

/** The section's data, checked; undefined (with issues) when nothing of it could be read. */
export function readSection<S extends z.ZodMiniType>(
  y: YamlFile,
  node: Node | undefined,
  name: string,
  schema: S,
): z.output<S> | undefined {
  let data = plain(y, node);
  // Each round removes the keys in error; a value is at most a few levels deep.
  for (let round = 0; round < 4; round++) {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    // In the order of the file, as a reader going node by node reports them.
    const offset = (i: z.core.$ZodIssue) =>
      (i.code === 'unrecognized_keys'
        ? nodeAt(y, node, [...i.path, i.keys[0]!], true)
        : nodeAt(y, node, i.path)
      )?.range?.[0] ?? 0;
    if (round === 0)
      for (const issue of [...result.error.issues].sort((a, b) => offset(a) - offset(b)))
        report(y, node, name, schema, data, issue);
    for (const issue of result.error.issues) data = without(data, issue);
  }
  return undefined;
}

/** The node's value as plain data; a mapping's keys are strings (others are left out). */
function plain(y: YamlFile, node: Node | undefined): unknown {
  const n = y.deref(node);
  if (n === undefined) return undefined;
  if (isScalar(n)) return n.value;
  if (isSeq(n)) return n.items.map((item) => plain(y, item as Node));
  if (isMap(n)) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const pair of n.items) {
      const key = y.deref(pair.key as Node);
      if (isScalar(key) && ['string', 'number'].includes(typeof key.value))
        out[String(key.value)] = plain(y, (pair.value ?? undefined) as Node | undefined);
    }
    return out;
  }
  return undefined;
}

/** The node at `path` below `node` (`key` true: the key's node of the last step). */
function nodeAt(y: YamlFile, node: Node | undefined, path: Path, key = false): Node | undefined {
  let at = y.deref(node);
  for (const [i, step] of path.entries()) {
    if (isMap(at)) {
      const pair = at.items.find((p) => {
        const k = y.deref(p.key as Node);
        return isScalar(k) && String(k.value) === String(step);
      });
      if (!pair) return at;
      if (key && i === path.length - 1) return y.deref(pair.key as Node);
      at = y.deref((pair.value ?? undefined) as Node | undefined);
    } else if (isSeq(at) && typeof step === 'number') {
      at = y.deref(at.items[step] as Node | undefined);
    } else return at;
  }
  return at;
}

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, step) =>
      v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[step] : undefined,
    data,
  );

/** `data` without the value (or the unknown keys) an issue is about. */
function without(data: unknown, issue: z.core.$ZodIssue): unknown {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
  const out = data;
  for (const path of keys) {
    if (path.length === 0) return undefined;
    const parent = valueAt(out, path.slice(0, -1));
    if (parent !== null && typeof parent === 'object')
      delete (parent as Record<PropertyKey, unknown>)[path.at(-1)!];
  }
  return out;
}

/** The keys the schema allows at `path` (for the did-you-mean hint). */
function keysAt(schema: z.ZodMiniType, path: Path): string[] {
  let def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.ZodMiniType>;
    innerType?: z.ZodMiniType;
  };
  const unwrap = () => {
    while (def.innerType) def = def.innerType._zod.def as typeof def;
  };
  unwrap();
  for (const step of path) {
    const next = def.shape?.[String(step)];
    if (!next) return [];
    def = next._zod.def as typeof def;
    unwrap();
  }
  return Object.keys(def.shape ?? {});
}

function report(
  y: YamlFile,
  node: Node | undefined,
  name: string,
  schema: z.ZodMiniType,
  data: unknown,
  issue: z.core.$ZodIssue,
): void {
  const what = (path: Path) => `\`${[name, ...path.map(String)].join('.')}\``;
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      y.error(
        nodeAt(y, node, [...issue.path, key], true),
        'unknown-key',
        `Unknown key \`${key}\` in ${what(issue.path)}.`,
        unknownKeyHint(key, keysAt(schema, issue.path)),
      );
    }
    return;
  }
  const at = nodeAt(y, node, issue.path);
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    y.wrongType(at, what(issue.path), 'a mapping (`key: value` lines)');
    return;
  }
  const v = valueAt(data, issue.path);
  const found =
    v === null || v === undefined
      ? 'empty'
      : typeof v === 'object'
        ? 'not a single value'
        : `\`${String(v)}\``;
  y.error(
    at,
    typeof v === 'number' ? 'invalid-value' : 'wrong-type',
    `${what(issue.path)} is ${found}; it must be ${issue.message}.`,
    `Write ${issue.message}, or remove the key for the default.`,
  );
}
