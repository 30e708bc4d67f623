/**
 * A one-pass reader for the plain YAML that catalog files are written in: the nodes the `yaml`
 * library would build (same values, same source ranges), or `undefined` for anything else, which
 * the library then parses (parse-yaml.ts). It exists for speed: the library takes about 0.5 ms
 * for a 500-byte metadata file, and a catalog has one per benchmark.
 *
 * The subset, line by line (spaces only; no tab, carriage return, control or BOM character):
 * - blank lines and comment lines (`# ...`);
 * - `key: value`, `key:` followed by a more indented mapping, or by a list (`- item` lines, at the
 *   key's own indent or deeper), under a mapping at the top;
 * - values and list items on one line: plain scalars (resolved by the YAML 1.2 core schema's own
 *   tags: numbers, booleans, null), quoted strings without escapes (`"..."`, `'...'`), and
 *   one-line flow lists of such scalars (`[a, "b c"]`); a trailing `# comment`.
 * Everything else (empty values, flow mappings, block scalars, anchors, tags, documents markers,
 * scalars over several lines, keys of more than 1,000 characters) is left to the library.
 */
import { Pair, Scalar, Schema, YAMLMap, YAMLSeq, type LineCounter, type Node, type ScalarTag } from 'yaml';

/**
 * The core schema's implicit scalar tags, in the order the library tries them. Built on first use,
 * so that a bundle which never reads YAML (the page script) leaves the schema out.
 */
let tags: ScalarTag[] | undefined;
const coreTags = (): ScalarTag[] =>
  (tags ??= new Schema({ schema: 'core', merge: false }).tags.filter(
    (t): t is ScalarTag => !('collection' in t && t.collection) && t.default === true && t.test !== undefined,
  ));

/** Characters outside the subset anywhere in the text. */
const OUTSIDE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Characters a plain scalar may not start with (YAML's indicators). */
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`\s]/;
/** The spec's limit on implicit keys is 1,024 characters; the library enforces it. */
const MAX_KEY = 1_000;

interface Line {
  readonly indent: number;
  /** Offset of the first non-space character. */
  readonly from: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
}

/** The top mapping of `text` as the library's nodes, line starts added to `lines`; undefined outside the subset. */
export function parsePlainYaml(text: string, lines: LineCounter): Node | undefined {
  if (OUTSIDE.test(text)) return undefined;
  const content: Line[] = [];
  const starts: number[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    starts.push(start);
    let from = start;
    while (from < end && text.charCodeAt(from) === 32) from++;
    if (from < end && text[from] !== '#') {
      if (from === start && /^(---|\.\.\.|%)/.test(text.slice(start, start + 3))) return undefined;
      content.push({ indent: from - start, from, end });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (content.length === 0 || content[0]!.indent !== 0) return undefined;
  const reader = new Reader(text, content);
  const root = reader.map(0, 0);
  if (root === undefined || reader.at !== content.length) return undefined;
  for (const s of starts) lines.addNewLine(s);
  return root;
}

class Reader {
  /** Index of the next content line. */
  at = 0;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  /** A block mapping whose keys start at `indent`, from line `i`. */
  map(i: number, indent: number): YAMLMap | undefined {
    const map = new YAMLMap();
    map.range = [this.lines[i]!.from, 0, 0];
    this.at = i;
    while (this.at < this.lines.length && this.lines[this.at]!.indent === indent) {
      const line = this.lines[this.at]!;
      if (this.isItem(line)) return undefined;
      const key = this.key(line);
      if (key === undefined) return undefined;
      const value = this.valueAfter(key.after, line, indent);
      if (value === undefined) return undefined;
      map.items.push(new Pair(key.node, value));
    }
    if (this.at < this.lines.length && this.lines[this.at]!.indent > indent) return undefined;
    map.range[1] = map.range[2] = this.endOfLast();
    return map;
  }

  /** A block list of `- item` lines at `indent`, from line `i`. */
  private list(i: number, indent: number): YAMLSeq | undefined {
    const seq = new YAMLSeq();
    seq.range = [this.lines[i]!.from, 0, 0];
    this.at = i;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent !== indent || !this.isItem(line)) break;
      let p = line.from + 1;
      while (p < line.end && this.text.charCodeAt(p) === 32) p++;
      const item = this.inline(p, line);
      if (item === undefined) return undefined;
      seq.items.push(item);
      this.at++;
      if (this.at < this.lines.length && this.lines[this.at]!.indent > indent) return undefined;
    }
    seq.range[1] = seq.range[2] = this.endOfLast();
    return seq;
  }

  /** The value of the key on `line` whose `:` ends at `after`: on the line, or the block below it. */
  private valueAfter(after: number, line: Line, indent: number): Node | undefined {
    let p = after;
    while (p < line.end && this.text.charCodeAt(p) === 32) p++;
    if (p < line.end && this.text[p] !== '#') {
      const value = this.inline(p, line);
      this.at++;
      if (this.at < this.lines.length && this.lines[this.at]!.indent > indent) return undefined;
      return value;
    }
    const next = this.lines[this.at + 1];
    if (next === undefined) return undefined;
    if (this.isItem(next) && next.indent >= indent) return this.list(this.at + 1, next.indent);
    if (!this.isItem(next) && next.indent > indent) return this.map(this.at + 1, next.indent);
    return undefined;
  }

  private isItem(line: Line): boolean {
    const c = this.text.charCodeAt(line.from + 1);
    return this.text[line.from] === '-' && (line.from + 1 === line.end || c === 32);
  }

  /** The key at the start of `line` and the offset just after its `:`. */
  private key(line: Line): { node: Scalar; after: number } | undefined {
    const t = this.text;
    const q = t[line.from];
    let node: Scalar | undefined;
    let colon: number;
    if (q === '"' || q === "'") {
      const close = t.indexOf(q, line.from + 1);
      if (close === -1 || close > line.end) return undefined;
      node = this.quoted(line.from, close);
      colon = close + 1;
      if (t[colon] !== ':') return undefined;
    } else {
      colon = line.from;
      for (;;) {
        colon = t.indexOf(':', colon + 1);
        if (colon === -1 || colon >= line.end) return undefined;
        if (colon + 1 === line.end || t.charCodeAt(colon + 1) === 32) break;
      }
      let keyEnd = colon;
      while (t.charCodeAt(keyEnd - 1) === 32) keyEnd--;
      node = this.plain(line.from, keyEnd, false);
    }
    if (node === undefined || colon - line.from > MAX_KEY) return undefined;
    if (colon + 1 < line.end && t.charCodeAt(colon + 1) !== 32) return undefined;
    return { node, after: colon + 1 };
  }

  /** A scalar or a flow list from `p` to the end of `line` (a comment may follow). */
  private inline(p: number, line: Line): Node | undefined {
    const t = this.text;
    if (p >= line.end) return undefined;
    let node: Node | undefined;
    let rest: number;
    if (t[p] === '[') {
      const flow = this.flowList(p, line.end);
      if (flow === undefined) return undefined;
      [node, rest] = flow;
    } else if (t[p] === '"' || t[p] === "'") {
      const close = t.indexOf(t[p]!, p + 1);
      if (close === -1 || close >= line.end) return undefined;
      node = this.quoted(p, close);
      rest = close + 1;
    } else {
      // A comment starts at ` #`; searched within the line only, so that reading stays linear.
      let end = p;
      while (end < line.end && !(t[end] === '#' && t.charCodeAt(end - 1) === 32)) end++;
      if (end < line.end) end--;
      while (t.charCodeAt(end - 1) === 32) end--;
      node = this.plain(p, end, false);
      rest = end;
    }
    return node !== undefined && this.onlyComment(rest, line.end) ? node : undefined;
  }

  /** `[a, "b"]` from `p`: the list and the offset after `]`. */
  private flowList(p: number, lineEnd: number): [YAMLSeq, number] | undefined {
    const t = this.text;
    const seq = new YAMLSeq();
    seq.flow = true;
    let i = p + 1;
    const skip = () => {
      while (i < lineEnd && t.charCodeAt(i) === 32) i++;
    };
    skip();
    if (t[i] !== ']') {
      for (;;) {
        skip();
        let item: Scalar | undefined;
        if (t[i] === '"' || t[i] === "'") {
          const close = t.indexOf(t[i]!, i + 1);
          if (close === -1 || close >= lineEnd) return undefined;
          item = this.quoted(i, close);
          i = close + 1;
        } else {
          const start = i;
          while (i < lineEnd && t[i] !== ',' && t[i] !== ']') i++;
          let end = i;
          while (t.charCodeAt(end - 1) === 32) end--;
          item = this.plain(start, end, true);
        }
        if (item === undefined) return undefined;
        seq.items.push(item);
        skip();
        if (t[i] === ']') break;
        if (t[i] !== ',') return undefined;
        i++;
        skip();
        if (t[i] === ']') return undefined;
      }
    }
    seq.range = [p, i + 1, i + 1];
    return [seq, i + 1];
  }

  /** A plain scalar `text[from, to)`, resolved by the core schema; undefined when it is not plain. */
  private plain(from: number, to: number, flow: boolean): Scalar | undefined {
    if (to <= from) return undefined;
    const source = this.text.slice(from, to);
    // `-`, `?` and `:` may start a plain scalar when a character that could follow it follows.
    const first = /^[-?:]/.test(source) ? source.slice(1, 2) : source[0]!;
    if (first === '' || INDICATOR.test(first)) return undefined;
    if (source.endsWith(':') || source.includes(': ') || source.includes(' #')) return undefined;
    if (flow && /[[\]{},]|:[,\]]/.test(source)) return undefined;
    // Every implicit tag of the core schema (null, booleans, numbers) starts with one of these.
    const tag = /^[-+.0-9~nNtTfF]/.test(source) ? coreTags().find((t) => t.test!.test(source)) : undefined;
    let failed = false;
    const value: unknown = tag ? tag.resolve(source, () => (failed = true), {}) : source;
    if (failed) return undefined;
    // As the library does: a tag may return a node of its own (a float keeps its digits).
    const node = value instanceof Scalar ? value : new Scalar(value);
    node.range = [from, to, to];
    node.source = source;
    node.type = 'PLAIN';
    if (tag?.format) node.format = tag.format;
    return node;
  }

  /** `"..."` or `'...'` from `open` to `close` (no escapes, no doubled quotes). */
  private quoted(open: number, close: number): Scalar | undefined {
    const value = this.text.slice(open + 1, close);
    const double = this.text[open] === '"';
    if (double ? value.includes('\\') : this.text[close + 1] === "'") return undefined;
    const node = new Scalar(value);
    node.range = [open, close + 1, close + 1];
    node.source = value;
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  /** Whether only spaces and a comment (` # ...`) follow `p` on its line. */
  private onlyComment(p: number, lineEnd: number): boolean {
    let i = p;
    while (i < lineEnd && this.text.charCodeAt(i) === 32) i++;
    return i === lineEnd || (i > p && this.text[i] === '#');
  }

  /** The end of the last line read. */
  private endOfLast(): number {
    return this.lines[this.at - 1]!.end;
  }
}
