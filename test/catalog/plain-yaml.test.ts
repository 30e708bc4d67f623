/**
 * The one-pass reader of plain YAML (src/catalog/plain-yaml.ts) gives the nodes the `yaml`
 * library gives (values, kinds, source places, line starts), or leaves the text to the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parsePlainYaml } from '../../src/catalog/plain-yaml.js';
import { repoRoot } from '../support/cli.js';

/** A node as kind, value and source place (scalars: start and end; collections: start). */
function shape(n: unknown): unknown {
  if (isMap(n)) return { map: n.range?.[0], items: n.items.map((p) => [shape(p.key), shape(p.value)]) };
  if (isSeq(n)) return { seq: n.range?.[0], flow: n.flow === true, items: n.items.map(shape) };
  if (isScalar(n)) return { value: n.value, type: n.type, range: n.range?.slice(0, 2) };
  return n === null || n === undefined ? null : 'another node';
}

/** What the library makes of `text` (as parse-yaml.ts calls it), or why it is not comparable. */
function library(text: string): { shape: unknown; lineStarts: number[] } | 'errors' {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    version: '1.2',
    merge: false,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length || doc.warnings.length) return 'errors';
  return { shape: shape(doc.contents), lineStarts: lines.lineStarts };
}

function plain(text: string): { shape: unknown; lineStarts: number[] } | undefined {
  const lines = new LineCounter();
  const node = parsePlainYaml(text, lines);
  return node && { shape: shape(node), lineStarts: lines.lineStarts };
}

const catalogFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(dir, f));

describe('parsePlainYaml', () => {
  it('reads the metadata files and models.yaml of the starter catalog as the library does', () => {
    const files = catalogFiles(path.join(repoRoot, 'catalog'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const p = plain(text);
      // benchbench.yaml's leaderboards are a list of mappings: the library reads it.
      if (!f.endsWith('benchbench.yaml')) expect(p, f).toBeDefined();
      if (p) expect(p, f).toEqual(library(text));
    }
  });

  it('reads what the catalog writers write: metadata, configuration, a registry', () => {
    const texts = [
      '# Imported.\nname: Arena Hard\nurl: https://github.com/IBM/benchbench\nsnapshot: 2024-08-29\n' +
        'description: "Quoted: with a colon, # and [brackets]"\nscenarios:\n  arena_hard:\n    name: Arena Hard\n',
      'aggregate:\n  scenarios:\n    - helm_lite\n    - arena_elo\n  min_scenarios_per_model: 2\n' +
        'method:\n  samples: 100\n  seed: 0\nlimits:\n  max_total_bytes: 2147483647\n',
      'models:\n  sim-atlas-1b:\n    name: Sim-Atlas 1B\n    aliases:\n      - Sim-Atlas 1B\n' +
        '      - simlabs/sim-atlas-1b\n  b:\n    aliases: [org/b, "B (7B)", \'b c\']  # spellings\n',
      'list:\n- at the key’s own indent\n- 1.10\nnext: [ ]\nnumbers: [0x1F, 0o17, -3, .inf, .NaN, 1e3]\n',
      'a: true\nb: ~\nc: null\nd: False\ne: 12 # twelve\nf: C# and F#\ng: x:y\nh: [a b, c]\n',
    ];
    for (const text of texts) {
      const p = plain(text);
      expect(p, text).toBeDefined();
      expect(p, text).toEqual(library(text));
    }
  });

  it('leaves anything else to the library', () => {
    const outside = [
      '',
      '# only a comment\n',
      'a:\n',
      'a:\nb: 1\n',
      'a: &x 1\nb: *x\n',
      'a: !tag 1\n',
      '---\na: 1\n',
      'a: |\n  text\n',
      'a: {name: x}\n',
      'a: one\n  two\n',
      'a: "escaped \\" quote"\n',
      "a: 'it''s'\n",
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '- a\n- b\n',
      'a: [x, [y]]\n',
      'a: [x,\n  y]\n',
      'a: [x, ]\n',
      'a: b: c\n',
      ' a: 1\n',
      'a:\n  - b: 1\n',
      `${'k'.repeat(1_100)}: 1\n`,
      'plain scalar\n',
    ];
    for (const text of outside) expect(plain(text), JSON.stringify(text)).toBeUndefined();
  });

  it('never reads a text otherwise than the library (100,000 random texts of catalog-like lines)', () => {
    const safe = fc.constantFrom('a', 'name', 'b c', 'x:y', 'C#', '1.10', '0x1F', '-3', '.inf', 'null', '~');
    const tricky = fc.constantFrom(
      ...['true', 'yes', '2024-08-29', '"q"', "'s'", '"a: b"', '[a, "b"]', '[]', '[a,]', '{}', '-a', ':a'],
      ...['#c', ' # c', ':', '-', '- ', '?', '&x', '*x', '!t', '|', '>', '%', '@', '`', ',', ']', '\\'],
      ...['"', "'", ' ', '[', '[a', '"a', ' [b]', ', c', '1e3', '0o7', '+1', '-.5', 'NULL', 'False'],
    );
    const word = fc.oneof({ weight: 6, arbitrary: safe }, { weight: 4, arbitrary: tricky });
    const line = fc.record({
      indent: fc.constantFrom('', '', '', '  ', '  ', ' ', '    '),
      kind: fc.constantFrom(
        'key: value',
        'key: value',
        'key: value',
        'key:',
        '- value',
        'comment',
        'blank',
        'value',
      ),
      key: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join('')),
      value: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join('')),
    });
    const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) =>
      ls
        .map(({ indent, kind, key, value }) => {
          if (kind === 'comment') return `${indent}# ${value}`;
          if (kind === 'blank') return indent;
          if (kind === 'key:') return `${indent}${key}:`;
          if (kind === '- value') return `${indent}- ${value}`;
          if (kind === 'value') return `${indent}${value}`;
          return `${indent}${key}: ${value}`;
        })
        .join('\n'),
    );
    const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
    let read = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (t, newline) => {
        const source = newline ? `${t}\n` : t;
        const p = plain(source);
        if (p === undefined) return;
        read++;
        expect(p, JSON.stringify(source)).toEqual(library(source));
      }),
      { numRuns: runs, seed: 20261201 },
    );
    // The generator reaches the subset often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(runs / 50);
  });
});
