/**
 * The layers of docs/architecture.md, as a table: for each folder of `src`, the folders and
 * packages it may import, and whether it may touch the file system, run processes, talk to
 * GitHub or read a clock. Every import of every file of `src` is checked against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli.js';

type Layer =
  | 'core'
  | 'model'
  | 'catalog'
  | 'sources'
  | 'benchbench'
  | 'simulate'
  | 'pipeline'
  | 'report'
  | 'report/site/browser'
  | 'github'
  | 'action'
  | 'cli';

interface Rule {
  /** The folders of src this one may import (its own always; `src/version.ts` for all). */
  readonly layers: readonly Layer[];
  /** The npm packages it may import (a name or a scope ending in `/`). */
  readonly packages: readonly string[];
  /** The `node:` modules it may import. */
  readonly node: readonly string[];
  /** Whether it may read a clock (Date.now, new Date(), performance.now). */
  readonly clock: boolean;
  /** Single files allowed an import the folder is not: `file -> [imported file]`. */
  readonly except?: Readonly<Record<string, readonly string[]>>;
}

const NONE: readonly string[] = [];

/** Who may import whom. Read from the top: each layer imports only layers above it. */
const LAYERS: Readonly<Record<Layer, Rule>> = {
  // Pure engine: numbers in, numbers out.
  core: {
    layers: [],
    packages: ['simple-statistics', '@stdlib/'],
    node: NONE,
    clock: false,
  },
  // Contracts: issue type, PR report, leaderboard document; data, no behaviour beyond checking.
  model: { layers: ['core'], packages: ['zod'], node: NONE, clock: false },
  // Bytes -> typed catalog + issues; pure.
  catalog: {
    layers: ['core', 'model'],
    packages: ['yaml', 'csv-parse', 'fastest-levenshtein', 'zod'],
    node: ['node:crypto'],
    clock: false,
    except: {
      // `model_names: benchbench` normalises names as BenchBench does.
      'src/catalog/model-names.ts': ['src/benchbench/benchbench-names.ts'],
      // The time budget (limits.max_seconds) defaults to the process's clock.
      'src/catalog/deadline.ts': ['clock'],
    },
  },
  // The only reading of files and git.
  sources: {
    layers: ['core', 'model', 'catalog'],
    packages: NONE,
    node: ['node:fs', 'node:fs/promises', 'node:path', 'node:child_process', 'node:worker_threads'],
    clock: false,
  },
  // BenchBench's own files and names.
  benchbench: { layers: ['core', 'model', 'catalog'], packages: ['csv-parse'], node: NONE, clock: false },
  simulate: { layers: ['core', 'model', 'catalog'], packages: NONE, node: NONE, clock: false },
  // Where a catalog meets the engine, and what is reported is decided.
  pipeline: {
    layers: ['core', 'model', 'catalog', 'report'],
    packages: ['fastest-levenshtein'],
    // zlib only to pack the page's data (build-site.ts): a pure function of bytes, no I/O.
    node: ['node:zlib'],
    clock: false,
  },
  // Pure renderers: data in, Markdown / JSON / HTML / SVG / Parquet out.
  report: {
    layers: ['core', 'model', 'catalog'],
    packages: ['d3-scale', 'd3-format', 'hyparquet-writer'],
    node: NONE,
    clock: false,
  },
  // The page's script: runs the engine (and the upload pipeline) in the reader's browser.
  'report/site/browser': {
    layers: ['core', 'model', 'catalog', 'pipeline', 'report'],
    packages: ['d3-scale', 'd3-format', 'hyparquet'],
    node: NONE,
    clock: true,
  },
  // The only code that talks to GitHub.
  github: {
    layers: ['model'],
    packages: ['@octokit/', '@actions/github', 'bottleneck'],
    node: ['node:crypto'],
    clock: true,
  },
  action: {
    layers: ['core', 'model', 'catalog', 'sources', 'pipeline', 'report', 'github'],
    packages: ['@actions/core'],
    node: ['node:fs', 'node:fs/promises', 'node:path', 'node:os'],
    clock: true,
  },
  cli: {
    layers: ['core', 'model', 'catalog', 'sources', 'benchbench', 'simulate', 'pipeline', 'report'],
    packages: ['commander', 'yaml'],
    // node:module, node:vm, node:os and node:url: the entry runs the program through V8's code
    // cache (cli/code-cache.ts, cli/main.ts); node:http for `site --serve` (serve-site.ts), on 127.0.0.1.
    node: [
      'node:fs',
      'node:fs/promises',
      'node:path',
      'node:crypto',
      'node:module',
      'node:http',
      'node:vm',
      'node:os',
      'node:url',
    ],
    clock: true,
  },
};

const SRC = path.join(repoRoot, 'src');
/** Longest first, so that `report/site/browser` wins over `report`. */
const FOLDERS = (Object.keys(LAYERS) as Layer[]).sort((a, b) => b.length - a.length);

function layerOf(file: string): Layer | 'root' | null {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  if (!rel.includes('/')) return 'root';
  return FOLDERS.find((f) => rel.startsWith(`${f}/`)) ?? null;
}

function sources(): string[] {
  return readdirSync(SRC, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.(d|generated)\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every module a file imports or re-exports, static or dynamic, as the compiler reads it. */
const importsOf = (text: string): string[] =>
  ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);

const rel = (file: string): string => path.relative(repoRoot, file).split(path.sep).join('/');

/** Why `spec`, imported by `file` of `layer`, breaks the table; null when it does not. */
function breach(file: string, layer: Layer, spec: string): string | null {
  const rule = LAYERS[layer];
  const allowed = rule.except?.[rel(file)] ?? NONE;
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    if (allowed.includes(rel(target))) return null;
    const to = layerOf(target);
    if (to === 'root' || to === layer) return null;
    if (to === null) return `imports ${spec}, outside every layer`;
    return rule.layers.includes(to) ? null : `imports ${spec} (layer ${to})`;
  }
  if (spec.startsWith('node:')) return rule.node.includes(spec) ? null : `imports ${spec}`;
  const ok = rule.packages.some((p) =>
    p.endsWith('/') ? spec.startsWith(p) : spec === p || spec.startsWith(`${p}/`),
  );
  return ok ? null : `imports the package ${spec}`;
}

const CLOCK = /\bDate\.now\(|\bnew Date\(\)|\bperformance\.now\(/;
const RANDOM = /\bMath\.random\(/;

describe('the layers (docs/architecture.md)', () => {
  const files = sources();

  it('put every file of src in a layer of the table', () => {
    expect(files.filter((f) => layerOf(f) === null).map(rel)).toEqual([]);
  });

  it('let every file import only what its layer may', () => {
    const breaches: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (layer === null || layer === 'root') continue;
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const why = breach(file, layer, spec);
        if (why) breaches.push(`${rel(file)} ${why}`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it('keep clocks to the layers that deliver, and Math.random out of src', () => {
    const found: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      const text = readFileSync(file, 'utf8');
      if (RANDOM.test(text)) found.push(`${rel(file)} uses Math.random`);
      if (layer === null || layer === 'root' || LAYERS[layer].clock) continue;
      if (CLOCK.test(text) && !(LAYERS[layer].except?.[rel(file)] ?? NONE).includes('clock'))
        found.push(`${rel(file)} reads a clock`);
    }
    expect(found).toEqual([]);
  });

  it('keep the process out of core', () => {
    for (const file of files.filter((f) => layerOf(f) === 'core'))
      expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(/\bprocess\.|\brequire\(/);
  });

  it('spot a forbidden import (the checker itself works)', () => {
    const inReport = path.join(SRC, 'report', 'x.ts');
    expect(breach(inReport, 'report', '../pipeline/pr-report.js')).toMatch(/layer pipeline/);
    expect(breach(inReport, 'report', 'node:fs')).toMatch(/node:fs/);
    expect(breach(path.join(SRC, 'pipeline', 'x.ts'), 'pipeline', '@octokit/core')).toMatch(/package/);
    expect(breach(inReport, 'report', '../core/rank.js')).toBeNull();
    expect(
      importsOf("import type { A } from './a.js';\nexport * from './b.js';\nawait import('./c.js');"),
    ).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('docs/architecture.md', () => {
  const doc = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');

  it('names every layer of the table, and only those', () => {
    const rows = [...doc.matchAll(/^\| `([a-z/]+)`(?:, `([a-z/]+)`)? \|/gm)].flatMap((m) =>
      [m[1], m[2]].filter((x) => x !== undefined),
    );
    expect(rows.sort()).toEqual(Object.keys(LAYERS).sort());
  });

  it('names functions that exist, in the files it says', () => {
    const named = [...doc.matchAll(/`([A-Za-z]\w*)`,?\s+\(`([\w/.-]+\.ts)`/g)];
    expect(named.length).toBeGreaterThan(15);
    for (const [, name, file] of named) {
      const text = readFileSync(path.join(SRC, file!), 'utf8');
      expect(text, `${name} in src/${file}`).toMatch(
        new RegExp(`(?:function|const|class|interface|type)\\s+${name}\\b`),
      );
    }
  });
});
