/**
 * Safe YAML for catalog files, read node by node so that every value keeps its line and column.
 *
 * Safety: YAML 1.2 core schema (no `!!binary`, timestamps or `<<` merge keys), unknown tags are
 * errors, duplicate keys are errors, and at most MAX_ALIASES aliases are followed per file (no
 * "billion laughs"). Values are only ever copied into Maps or null-prototype objects by the
 * callers, so keys such as `__proto__` are plain data. Issue codes: yaml-syntax,
 * yaml-duplicate-key, yaml-tag, yaml-alias, wrong-type, invalid-value, unknown-key, missing-key,
 * limit-yaml-chars, limit-yaml-depth, limit-yaml-keys.
 *
 * Bounded work (docs/limits.md): a text longer than MAX_YAML_CHARS, or nesting deeper than
 * MAX_YAML_DEPTH (found by a linear scan, yaml-depth.ts), is refused before it is parsed.
 * Duplicate keys are found here with one Set per mapping (the library's own check compares
 * every pair of keys: quadratic), and a mapping gives at most MAX_YAML_KEYS entries.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isPair,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { unknownKeyHint } from './did-you-mean.js';
import { parsePlainYaml } from './plain-yaml.js';
import { yamlTooDeepAt } from './yaml-depth.js';
import { makeIssue, type OpenHintCode, type Issue } from '../model/issue.js';
import type { Position } from './text-position.js';

export const MAX_ALIASES = 10;
/**
 * Characters of one YAML file (config, models.yaml, metadata): the `yaml` library parses about
 * 100 to 300 KB a second on a busy runner, so this bounds one parse to about a second.
 */
export const MAX_YAML_CHARS = 131_072;
/** Levels of nesting (mappings, lists, flow brackets) of one YAML file. */
export const MAX_YAML_DEPTH = 64;
/** Entries of one mapping. */
export const MAX_YAML_KEYS = 5_000;

/** The size limits of one YAML file: characters, and entries of one mapping. */
export interface YamlLimits {
  readonly maxChars: number;
  readonly maxKeys: number;
}

/** Config and metadata files. */
export const YAML_LIMITS: YamlLimits = { maxChars: MAX_YAML_CHARS, maxKeys: MAX_YAML_KEYS };

/**
 * `models.yaml`, the registry of every model of the catalog: 20,000 models with a name and two
 * aliases each take about 1.9 MB and parse in about a second (linear: duplicate keys are found
 * here, not by the library's pairwise check), so it may have 4 MiB and 50,000 entries per mapping.
 */
export const MODELS_YAML_LIMITS: YamlLimits = { maxChars: 4_194_304, maxKeys: 50_000 };

export interface Entry {
  readonly key: string;
  readonly keyNode: Node;
  /** Undefined for `key:` with nothing after it. */
  readonly value: Node | undefined;
}

export class YamlFile {
  readonly issues: Issue[] = [];
  /** The document's top node; undefined for an empty document or one with syntax errors. */
  readonly root: Node | undefined;
  private readonly lines = new LineCounter();
  private readonly doc: Document | undefined;
  private aliases = 0;
  /** Pairs whose key repeats an earlier key of the same mapping (left out of `entries`). */
  private readonly duplicates = new WeakSet<object>();

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly limits: YamlLimits = YAML_LIMITS,
  ) {
    if (text.length > limits.maxChars) {
      const name = limits === MODELS_YAML_LIMITS ? 'MODELS_YAML_LIMITS' : 'MAX_YAML_CHARS';
      this.issues.push(
        makeIssue({
          code: 'limit-yaml-chars',
          file,
          message: `The file has ${text.length} characters; this YAML file may have at most ${limits.maxChars} (${name}).`,
          hint: 'Catalog YAML files are small: split the file, or move data into a results CSV.',
        }),
      );
      return;
    }
    const deep = yamlTooDeepAt(text, MAX_YAML_DEPTH);
    if (deep !== undefined) {
      this.issue(
        deep,
        'limit-yaml-depth',
        `The YAML nests more than ${MAX_YAML_DEPTH} levels deep here (MAX_YAML_DEPTH).`,
        'Catalog YAML files nest a few levels: check the brackets and the indentation.',
        text,
      );
      return;
    }
    // Most catalog files are plain YAML, read in one pass; the rest goes to the library.
    const plain = parsePlainYaml(text, this.lines);
    if (plain !== undefined) {
      this.checkMappings(plain);
      this.root = plain;
      return;
    }
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      schema: 'core',
      version: '1.2',
      merge: false,
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
    });
    for (const e of this.doc.errors) {
      this.issue(
        e.pos[0],
        'yaml-syntax',
        firstLine(e.message),
        'Fix the YAML syntax here (check indentation, colons and quotes).',
      );
    }
    for (const w of this.doc.warnings) {
      this.issue(
        w.pos[0],
        w.code === 'TAG_RESOLVE_FAILED' ? 'yaml-tag' : 'yaml-syntax',
        firstLine(w.message),
        'Catalog files take plain YAML: no tags (`!something`).',
      );
    }
    if (this.doc.errors.length === 0 && this.doc.contents) this.checkMappings(this.doc.contents);
    const root = this.doc.errors.length === 0 ? this.doc.contents : null;
    this.root = root === null ? undefined : this.deref(root as Node);
  }

  /** Duplicate keys (one Set per mapping: linear) and mappings of more than `maxKeys` entries (cut). */
  private checkMappings(root: Node): void {
    const max = this.limits.maxKeys;
    eachMapping(root, (map) => {
      if (map.items.length > max) {
        const name = this.limits === MODELS_YAML_LIMITS ? 'MODELS_YAML_LIMITS' : 'MAX_YAML_KEYS';
        this.error(
          map.items[max]!.key as Node,
          'limit-yaml-keys',
          `This mapping has ${map.items.length} keys; at most ${max} are read (${name}).`,
          'Split the file, or move data into a results CSV.',
        );
        map.items.length = max;
      }
      const seen = new Set<string>();
      for (const pair of map.items) {
        const k = pair.key;
        if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) continue;
        const key = String(k.value);
        if (!seen.has(key)) seen.add(key);
        else {
          this.duplicates.add(pair);
          this.error(
            k,
            'yaml-duplicate-key',
            `Map keys must be unique; \`${key}\` appears again.`,
            'Each key may appear once; merge the two entries.',
          );
        }
      }
    });
  }

  at(node: Node | undefined): Position | undefined {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  error(node: Node | undefined, code: OpenHintCode, message: string, hint: string): void {
    this.issues.push(makeIssue({ code, file: this.file, ...this.at(node), message, hint }));
  }

  /** The entries of a mapping (keys must be strings or numbers), or undefined with an issue. */
  entries(node: Node | undefined, what: string): Entry[] | undefined {
    const n = this.deref(node);
    if (n === undefined || isNull(n)) return [];
    if (!isMap(n)) return this.wrongType(n, what, 'a mapping (`key: value` lines)');
    const out: Entry[] = [];
    for (const pair of n.items) {
      if (this.duplicates.has(pair)) continue;
      const keyNode = this.deref(pair.key as Node);
      if (!isScalar(keyNode) || !['string', 'number'].includes(typeof keyNode.value)) {
        this.error(
          keyNode,
          'wrong-type',
          `A key in ${what} is not a plain name.`,
          'Use plain names as keys.',
        );
        continue;
      }
      out.push({
        key: String(keyNode.value),
        keyNode,
        value: this.deref((pair.value ?? undefined) as Node | undefined),
      });
    }
    return out;
  }

  /**
   * A mapping with a fixed set of keys: unknown keys are errors with a did-you-mean hint.
   * Returns a null-prototype record of the known keys present.
   */
  fields(
    node: Node | undefined,
    what: string,
    allowed: readonly string[],
  ): Record<string, Entry> | undefined {
    const entries = this.entries(node, what);
    if (!entries) return undefined;
    const out = Object.create(null) as Record<string, Entry>;
    for (const e of entries) {
      if (allowed.includes(e.key)) out[e.key] = e;
      else
        this.error(
          e.keyNode,
          'unknown-key',
          `Unknown key \`${e.key}\` in ${what}.`,
          unknownKeyHint(e.key, allowed),
        );
    }
    return out;
  }

  string(node: Node | undefined, what: string): string | undefined {
    const n = this.deref(node);
    if (isScalar(n) && typeof n.value === 'string') return n.value.trim();
    // A number read as text keeps its spelling (`1.10` stays `1.10`).
    if (isScalar(n) && typeof n.value === 'number' && n.range) return this.written(n);
    return this.wrongType(n, what, 'a text value');
  }

  /** A node's text as written in the file, trimmed; undefined for a node without a place. */
  written(node: Node): string | undefined {
    return node.range ? this.text.slice(node.range[0], node.range[1]).trim() : undefined;
  }

  integer(node: Node | undefined, what: string, min: number): number | undefined {
    const n = this.deref(node);
    if (!isScalar(n) || typeof n.value !== 'number')
      return this.wrongType(n, what, `a whole number (at least ${min})`);
    if (!Number.isSafeInteger(n.value) || n.value < min) {
      this.error(
        n,
        'invalid-value',
        `${what} is ${String(n.value)}; it must be a whole number of at least ${min}.`,
        `Write a whole number of at least ${min}.`,
      );
      return undefined;
    }
    return n.value;
  }

  /** A finite number of at least `min` (`12`, `0.5`, `1e3`; not `.inf`, `.nan` or text). */
  number(node: Node | undefined, what: string, min: number): number | undefined {
    const n = this.deref(node);
    if (!isScalar(n) || typeof n.value !== 'number')
      return this.wrongType(n, what, `a number (at least ${min})`);
    if (!Number.isFinite(n.value) || n.value < min) {
      this.error(
        n,
        'invalid-value',
        `${what} is ${String(n.value)}; it must be a finite number of at least ${min}.`,
        `Write a number of at least ${min}, such as \`12.5\`.`,
      );
      return undefined;
    }
    return n.value;
  }

  boolean(node: Node | undefined, what: string): boolean | undefined {
    const n = this.deref(node);
    if (isScalar(n) && typeof n.value === 'boolean') return n.value;
    return this.wrongType(n, what, '`true` or `false`');
  }

  /** One of a fixed set of words. */
  choice<T extends string>(node: Node | undefined, what: string, options: readonly T[]): T | undefined {
    const value = this.string(node, what);
    if (value === undefined) return undefined;
    if ((options as readonly string[]).includes(value)) return value as T;
    const guess = unknownKeyHint(value, options).replace('Allowed keys here', 'Allowed values');
    this.error(
      this.deref(node),
      'invalid-value',
      `${what} is \`${value}\`; it must be one of ${options.join(', ')}.`,
      guess,
    );
    return undefined;
  }

  /** A list of texts (a single text is not accepted: lists are written `[a, b]` or as `- a` lines). */
  strings(node: Node | undefined, what: string): { value: string; node: Node }[] | undefined {
    const n = this.deref(node);
    if (n === undefined || isNull(n)) return [];
    if (!isSeq(n)) return this.wrongType(n, what, 'a list such as `[a, b]`');
    const out: { value: string; node: Node }[] = [];
    for (const item of n.items) {
      const itemNode = this.deref(item as Node);
      const value = this.string(itemNode, `an item of ${what}`);
      if (value !== undefined && itemNode) out.push({ value, node: itemNode });
    }
    return out;
  }

  /** The items of a list. */
  items(node: Node | undefined, what: string): (Node | undefined)[] | undefined {
    const n = this.deref(node);
    if (n === undefined || isNull(n)) return [];
    if (!isSeq(n)) return this.wrongType(n, what, 'a list');
    return n.items.map((i) => this.deref(i as Node));
  }

  /** Follows an alias to the node it names, within the alias budget. */
  deref(node: Node | undefined | null): Node | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isAlias(node)) return node;
    if (++this.aliases > MAX_ALIASES) {
      if (this.aliases === MAX_ALIASES + 1) {
        this.error(
          node,
          'yaml-alias',
          `More than ${MAX_ALIASES} aliases (\`*name\`) in one file.`,
          'Write the values out instead of using anchors and aliases.',
        );
      }
      return undefined;
    }
    return this.deref(node.resolve(this.doc!) as Node | undefined);
  }

  /**
   * The node an alias names, not counted against the alias budget: for finding again a node
   * already read (to place an issue at it). Undefined for an alias that names nothing.
   */
  follow(node: Node | undefined | null): Node | undefined {
    let n = node ?? undefined;
    for (let hops = 0; n !== undefined && isAlias(n); hops++)
      n = hops > MAX_ALIASES ? undefined : ((n.resolve(this.doc!) ?? undefined) as Node | undefined);
    return n;
  }

  wrongType(node: Node | undefined, what: string, expected: string): undefined {
    const found =
      node === undefined || isNull(node)
        ? 'empty'
        : isMap(node)
          ? 'a mapping'
          : isSeq(node)
            ? 'a list'
            : `\`${scalarText(this, node)}\``;
    this.error(
      node,
      'wrong-type',
      `${what} must be ${expected}; found ${found}.`,
      `Write ${what} as ${expected}.`,
    );
    return undefined;
  }

  private issue(offset: number, code: OpenHintCode, message: string, hint: string, text?: string): void {
    if (text !== undefined)
      for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        this.lines.addNewLine(i + 1);
    const { line, col } = this.lines.linePos(offset);
    this.issues.push(makeIssue({ code, file: this.file, line, column: col, message, hint }));
  }
}

const isNull = (node: Node): boolean => isScalar(node) && node.value === null;

/** A scalar's value as text; one the library resolved to an object (`!!binary` bytes) as written. */
const scalarText = (y: YamlFile, node: Node): string => {
  const value = (node as { value?: unknown }).value;
  return value !== null && typeof value === 'object' ? (y.written(node) ?? '') : String(value);
};

const firstLine = (message: string): string =>
  message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/**
 * Calls `f` on every mapping under `node`, each before what it holds (so that `f` may cut its
 * entries first); aliases are not followed. Nesting is bounded by MAX_YAML_DEPTH. (The library's
 * `visit` does the same, generically: several times slower on the many small metadata files.)
 */
function eachMapping(node: unknown, f: (map: YAMLMap) => void): void {
  if (isMap(node)) {
    f(node);
    for (const pair of node.items) {
      eachMapping(pair.key, f);
      eachMapping(pair.value, f);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) eachMapping(item, f);
  } else if (isPair(node)) {
    eachMapping(node.key, f);
    eachMapping(node.value, f);
  }
}
