/**
 * A catalog YAML file (or a section of one) checked with a zod schema, with the issues of a
 * hand-written reader: each problem zod finds is placed at its YAML node (line and column) and
 * given the code of docs/catalog.md: `unknown-key` (with a did-you-mean hint, at the key),
 * `wrong-type` (a mapping, list or text expected, or a value that is not a number where one is
 * due) or `invalid-value` (a number out of range, a word outside a choice, with a did-you-mean
 * hint). The message names the key by its path (`trust.saturation.near_best`,
 * `leaderboards[1].id`) and says what the value must be: the schema's error text, so write each
 * check's `error` as a noun phrase (`a number from 0 to 1`). Rules zod cannot say alone (a name
 * listed twice, a leaderboard without an id) are checks that report a `problem`: a code, message
 * and hint of their own.
 *
 * The values in error are left out and the rest is parsed again, so the caller's defaults apply to
 * exactly those keys (a list keeps its other items). The value is read node by node through
 * `YamlFile.deref` (within its alias budget; the file's caps on size, depth and keys were applied
 * when it was parsed), into null-prototype objects; a value where the schema wants a text
 * (`text`, `choice`) is read as YamlFile.string reads one: trimmed, a number with its spelling
 * (`1.10` stays `1.10`). Never throws.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import * as z from 'zod/mini';
import type { OpenHintCode } from '../model/issue.js';
import { unknownKeyHint } from './did-you-mean.js';
import type { YamlFile } from './parse-yaml.js';
import type { Position } from './text-position.js';

type Path = readonly PropertyKey[];

/** Schemas that take a text: a number scalar is given to them as its spelling. */
const TEXTS = new WeakSet<z.ZodMiniType>();
const taking = <T extends z.ZodMiniType>(schema: T): T => (TEXTS.add(schema), schema);

/**
 * `build`, making one schema per set of arguments: a schema is immutable, so the places that ask
 * for the same one share it, and each costs time to build when the CLI starts.
 */
export function shared<A extends readonly unknown[], S>(build: (...args: A) => S): (...args: A) => S {
  const made = new Map<string, S>();
  return (...args) => {
    const key = JSON.stringify(args);
    let schema = made.get(key);
    if (schema === undefined) made.set(key, (schema = build(...args)));
    return schema;
  };
}

/** A mapping of optional keys; empty (`key:` with nothing after it) reads as no keys. */
export const section = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.nullish(
    z.strictObject(
      Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, z.optional(value)])) as {
        [K in keyof T]: z.ZodMiniOptional<T[K]>;
      },
      { error: 'a mapping' },
    ),
  );

/** A whole number of at least `min` (`error`: what it must be, by default says so). */
export const wholeAtLeast = shared((min: number, error?: string) => {
  const e = error ?? `a whole number of at least ${min}`;
  return z.int({ error: e }).check(z.gte(min, { error: e }));
});

/** A text (trimmed, as read; a number keeps its spelling). */
export const text = shared((error?: string) => taking(z.string({ error: error ?? 'a text value' })));

/** A text (as `text`) that matches `pattern` (`error`: what it must be). */
export const textMatching = (pattern: RegExp, error: string) =>
  taking(z.string({ error: 'a text value' }).check(z.regex(pattern, { error })));

/** One of a fixed set of words (`error`: what it must be, e.g. `one of a, b`). */
export const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  error = `one of ${values.join(', ')}`,
) => taking(z.enum(values, { error }));

/** A rule of several values, reported as its own `problem`s: run even when a value inside failed. */
export const rule = <T>(check: (value: T, ctx: z.core.$RefinementCtx<T>) => void) =>
  z.superRefine(check, { when: () => true });

/**
 * A problem a `rule` found at `path` (below the value it checks): `message` may name the place
 * by `{at}` (the path of the value) or `{in}` (the path of what holds it), e.g.
 * "An item of {in} is empty.".
 */
export function problem(
  ctx: z.core.$RefinementCtx<unknown>,
  path: Path,
  code: OpenHintCode,
  message: string,
  hint: string,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message, params: { code, hint } });
}

/**
 * A list of distinct, non-empty texts (an empty item and a repeat are errors, left out; an empty
 * list, or none written, is []).
 */
export const names = shared(() =>
  z.nullish(
    z.array(text(), { error: 'a list such as `[a, b]`' }).check(
      rule<string[]>((items, ctx) => {
        const seen = new Set<string>();
        if (!Array.isArray(items)) return;
        items.forEach((item, i) => {
          if (typeof item !== 'string') return;
          if (item === '')
            problem(ctx, [i], 'invalid-value', 'An item of {in} is empty.', 'Remove the empty item.');
          else if (seen.has(item))
            problem(
              ctx,
              [i],
              'duplicate-value',
              `\`${item}\` is listed twice in {in}.`,
              'List every name once.',
            );
          else seen.add(item);
        });
      }),
    ),
  ),
);

/**
 * The data of `node` checked by `schema`; undefined (with issues) when nothing of it could be
 * read. `label` names the node itself in messages (`the config`, `` `trust` ``); its keys are
 * named by their path.
 */
export function readSection<S extends z.ZodMiniType>(
  y: YamlFile,
  node: Node | undefined,
  schema: S,
  label: string,
): z.output<S> | undefined {
  let data = plain(y, node, schema);
  // Each round removes the values in error; a value is at most a few levels deep, and a
  // leaderboard whose id is removed goes in the next round.
  for (let round = 0; round < 6; round++) {
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
        report(y, node, label, schema, data, issue);
    for (const issue of result.error.issues) data = without(data, issue);
    data = compact(data);
  }
  return undefined;
}

/** The schema inside optional, nullable and pipe wrappers, stopping at one that takes a text. */
function unwrapped(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  let s = schema;
  for (;;) {
    if (s === undefined || TEXTS.has(s)) return s;
    const def = s._zod.def as { innerType?: z.ZodMiniType; in?: z.ZodMiniType };
    const inner = def.innerType ?? def.in;
    if (!inner) return s;
    s = inner;
  }
}

const defOf = (schema: z.ZodMiniType | undefined) =>
  schema?._zod.def as
    { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType } | undefined;

/** The node's value as plain data for `schema`; a mapping's keys are strings (others are left out). */
function plain(y: YamlFile, node: Node | undefined, schema: z.ZodMiniType | undefined): unknown {
  const n = y.deref(node);
  if (n === undefined) return undefined;
  const s = unwrapped(schema);
  if (isScalar(n)) {
    if (s !== undefined && TEXTS.has(s)) {
      // As YamlFile.string reads a text: trimmed, a number with its spelling.
      if (typeof n.value === 'string') return n.value.trim();
      if (typeof n.value === 'number' && n.range) return y.string(n, 'a text');
    }
    // A tagged scalar the library resolved to an object (`!!binary`: bytes) is read as its text.
    return n.value !== null && typeof n.value === 'object' ? (y.written(n) ?? '') : n.value;
  }
  if (isSeq(n)) return n.items.map((item) => plain(y, item as Node, defOf(s)?.element));
  if (isMap(n)) {
    const shape = defOf(s)?.shape;
    const out = Object.create(null) as Record<string, unknown>;
    for (const pair of n.items) {
      const key = y.deref(pair.key as Node);
      if (isScalar(key) && ['string', 'number'].includes(typeof key.value)) {
        const name = String(key.value);
        const inner = shape && Object.hasOwn(shape, name) ? shape[name] : undefined;
        out[name] = plain(y, (pair.value ?? undefined) as Node | undefined, inner);
      }
    }
    return out;
  }
  return undefined;
}

/** The node at `path` below `node` (`key` true: the key's node of the last step). */
export function nodeAt(y: YamlFile, node: Node | undefined, path: Path, key = false): Node | undefined {
  let at = y.follow(node);
  for (const [i, step] of path.entries()) {
    if (isMap(at)) {
      const pair = at.items.find((p) => {
        const k = y.follow(p.key as Node);
        return isScalar(k) && String(k.value) === String(step);
      });
      if (!pair) return at;
      if (key && i === path.length - 1) return y.follow(pair.key as Node);
      at = y.follow((pair.value ?? undefined) as Node | undefined);
    } else if (isSeq(at) && typeof step === 'number') {
      at = y.follow(at.items[step] as Node | undefined);
    } else return at;
  }
  return at;
}

/** The keys a mapping writes (plain names; none when `node` is not a mapping). */
export function writtenKeys(y: YamlFile, node: Node | undefined): string[] {
  const map = y.follow(node);
  if (!isMap(map)) return [];
  return map.items.flatMap((pair) => {
    const key = y.follow(pair.key as Node);
    return isScalar(key) && ['string', 'number'].includes(typeof key.value) ? [String(key.value)] : [];
  });
}

/** Whether the mapping at `path` below `node` writes the key `key` (whatever its value). */
export function writesKey(y: YamlFile, node: Node | undefined, path: Path, key: string): boolean {
  const at = nodeAt(y, node, path);
  const found = nodeAt(y, at, [key], true);
  return found !== undefined && found !== at;
}

/**
 * Where each of `texts` is written in the list `list` (the first item that spells it), for names
 * checked by `names()`: distinct, so each has one place.
 */
export function placesIn(
  y: YamlFile,
  list: Node | undefined,
  texts: readonly string[],
): ({ readonly name: string } & Partial<Position>)[] {
  const first = new Map<string, Node>();
  const seq = y.follow(list);
  for (const item of isSeq(seq) ? seq.items : []) {
    const n = y.follow(item as Node);
    if (!isScalar(n) || !n.range) continue;
    const spelled = typeof n.value === 'string' ? n.value.trim() : y.string(n, 'a text');
    if (spelled !== undefined && !first.has(spelled)) first.set(spelled, n);
  }
  return texts.map((name) => ({ name, ...y.at(first.get(name)) }));
}

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, step) =>
      v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[step] : undefined,
    data,
  );

/** Marks an item of a list that a round removes (removed before the next round). */
const REMOVED: unique symbol = Symbol('removed');

/** `data` without the value (or the unknown keys) an issue is about. */
function without(data: unknown, issue: z.core.$ZodIssue): unknown {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
  for (const path of keys) {
    if (path.length === 0) return undefined;
    const parent = valueAt(data, path.slice(0, -1));
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = REMOVED;
    else if (parent !== null && typeof parent === 'object')
      delete (parent as Record<PropertyKey, unknown>)[last];
  }
  return data;
}

/** `data` with the removed items of its lists taken out. */
function compact(data: unknown): unknown {
  if (Array.isArray(data)) return data.filter((v) => v !== REMOVED).map(compact);
  if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = compact(record[key]);
  }
  return data;
}

/** The keys the schema allows at `path` (for the did-you-mean hint). */
function keysAt(schema: z.ZodMiniType, path: Path): string[] {
  let s = unwrapped(schema);
  for (const step of path) {
    const def = defOf(s);
    s = unwrapped(typeof step === 'number' ? def?.element : def?.shape?.[String(step)]);
    if (!s) return [];
  }
  return Object.keys(defOf(s)?.shape ?? {});
}

/** Every key the schema accepts, at any level, each once (for docs/catalog.md's check). */
export function schemaKeys(schema: z.ZodMiniType): string[] {
  const keys = new Set<string>();
  const walk = (s: z.ZodMiniType | undefined): void => {
    const def = defOf(unwrapped(s));
    if (def?.element) walk(def.element);
    for (const [key, inner] of Object.entries(def?.shape ?? {})) {
      keys.add(key);
      walk(inner);
    }
  };
  walk(schema);
  return [...keys];
}

/** `trust.saturation.near_best`, `leaderboards[1].id`; `label` for the path []. */
const pathName = (label: string, path: Path): string =>
  path.length === 0
    ? label
    : `\`${path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i ? '.' : ''}${String(step)}`)).join('')}\``;

function report(
  y: YamlFile,
  node: Node | undefined,
  label: string,
  schema: z.ZodMiniType,
  data: unknown,
  issue: z.core.$ZodIssue,
): void {
  const what = (path: Path) => pathName(label, path);
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
  const params = (issue as { params?: { code?: OpenHintCode; hint?: string } }).params;
  if (issue.code === 'custom' && params?.code) {
    const message = issue.message
      .replace('{at}', what(issue.path))
      .replace('{in}', what(issue.path.slice(0, -1)));
    y.error(at, params.code, message, params.hint ?? '');
    return;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    y.wrongType(at, what(issue.path), 'a mapping (`key: value` lines)');
    return;
  }
  const v = valueAt(data, issue.path);
  const found =
    v === null || v === undefined
      ? 'empty'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'a mapping'
          : `\`${String(v)}\``;
  // A value of the wrong kind (a text for a number, a list for a text) is a wrong type; a number
  // that is not whole, out of range or refused by a rule, or a word outside a choice, is invalid.
  const wrongKind =
    v === null ||
    typeof v === 'object' ||
    issue.code === 'invalid_union' ||
    (issue.code === 'invalid_value' && typeof v !== 'string') ||
    (issue.code === 'invalid_type' && typeof v !== 'number');
  // A key of a list's item (a leaderboard's id) has no default of its own.
  const inList = issue.path.some((step) => typeof step === 'number');
  y.error(
    at,
    wrongKind ? 'wrong-type' : 'invalid-value',
    `${what(issue.path)} is ${found}; it must be ${issue.message}.`,
    issue.code === 'invalid_value' && typeof v === 'string'
      ? unknownKeyHint(v, issue.values.map(String)).replace('Allowed keys here', 'Allowed values')
      : `Write ${issue.message}${inList ? '' : ', or remove the key for the default'}.`,
  );
}
