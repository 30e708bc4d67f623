import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMemo } from '../../src/catalog/file-memo.js';
import { loadCatalog, unmatchedModels } from '../../src/catalog/load-catalog.js';
import type { ModelColumn, ModelNames } from '../../src/catalog/results-table.js';
import type { CatalogFiles } from '../../src/catalog/types.js';
import { benchbenchDir, referenceData } from '../support/shared-data.js';

/** Catalog files from texts or bytes; an undefined entry leaves the file out. */
const files = (entries: Record<string, string | Uint8Array | undefined>): CatalogFiles =>
  new Map(
    Object.entries(entries)
      .filter((e): e is [string, string | Uint8Array] => e[1] !== undefined)
      .map(([p, c]) => [p, typeof c === 'string' ? new Uint8Array(Buffer.from(c, 'utf8')) : c]),
  );

const config = 'aggregate:\n  scenarios: [a, b]\n';
const good = {
  'benchbench.yaml': config,
  'models.yaml': 'models:\n  gpt-4o:\n    name: GPT-4o\n    aliases: [openai/gpt-4o]\n',
  'benchmarks/one.csv': 'model,a\ngpt-4o,1\nllama-3,2\n',
  'benchmarks/one.yaml': 'name: One\n',
  'benchmarks/two.csv': 'model,scenario,score\nopenai/GPT-4o,b,3\nLlama 3,b,4\nqwen_2,b,5\n',
  'benchmarks/two.yaml': 'name: Two\ndirection: lower\n',
};
const codes = (catalog: {
  issues: readonly { code: string; file: string; line?: number; column?: number }[];
}) => catalog.issues.map((i) => [i.code, i.file, i.line, i.column]);

describe('loadCatalog', () => {
  it('loads config, aliases and benchmarks with canonical model ids', () => {
    const catalog = loadCatalog(files(good));
    expect(catalog.issues).toEqual([]);
    expect(catalog.config.aggregate.scenarios).toEqual(['a', 'b']);
    expect(catalog.registry.models.get('gpt-4o')).toBe('GPT-4o');
    expect(catalog.benchmarks.map((b) => [b.id, b.file, b.metadataFile, b.metadata.name])).toEqual([
      ['one', 'benchmarks/one.csv', 'benchmarks/one.yaml', 'One'],
      ['two', 'benchmarks/two.csv', 'benchmarks/two.yaml', 'Two'],
    ]);
    const b = catalog.benchmarks[1]!.scenarios[0]!;
    expect(b).toMatchObject({ id: 'b', name: 'Two', benchmark: 'two', direction: 'lower' });
    expect([...b.scores]).toEqual([
      ['gpt-4o', 3],
      ['llama-3', 4],
      ['qwen-2', 5],
    ]);
    expect([...catalog.benchmarks[1]!.modelNames]).toEqual([
      ['openai/GPT-4o', 'gpt-4o'],
      ['Llama 3', 'llama-3'],
      ['qwen_2', 'qwen-2'],
    ]);
    expect(catalog.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not depend on the order of the files', () => {
    const reversed = new Map([...files(good)].reverse());
    expect(loadCatalog(reversed)).toEqual(loadCatalog(files(good)));
  });

  it('reads a shared results file once for two loads, with or without models.yaml', () => {
    for (const models of [good['models.yaml'], undefined]) {
      const memo = new FileMemo();
      const base = loadCatalog(files({ ...good, 'models.yaml': models }), { memo });
      const head = loadCatalog(
        files({ ...good, 'models.yaml': models, 'benchmarks/one.yaml': 'name: Uno\n' }),
        { memo },
      );
      expect(head.benchmarks[1]!.scenarios[0]!.scores).toBe(base.benchmarks[1]!.scenarios[0]!.scores);
    }
  });

  it('reports a model name holding an invisible character in every file that writes it', () => {
    const hidden = 'gpt\u200B-4o';
    const catalog = loadCatalog(
      files({
        ...good,
        'benchmarks/one.csv': `model,a\n${hidden},1\nllama-3,2\n`,
        'benchmarks/two.csv': `model,scenario,score\nllama-3,b,4\n${hidden},b,3\n`,
      }),
    );
    expect(codes(catalog).filter(([code]) => code === 'invisible-character')).toEqual([
      ['invisible-character', 'benchmarks/one.csv', 2, 1],
      ['invisible-character', 'benchmarks/two.csv', 3, 1],
    ]);
  });

  it('keeps one array of model numbers per file when a scenario scores every model of it', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchmarks/one.csv': 'model,a,c\ngpt-4o,1,5\nllama-3,2,\nqwen-2,3,6\n' }),
    );
    const one = catalog.benchmarks[0]!;
    const [a, c] = one.scenarios.map((s) => s.scores as ModelColumn);
    const names = one.modelNames as ModelNames;
    // `a` scores all three models in file order: it shares the file's numbers; `c` misses one.
    expect(a!.modelNumbers).toBe(names.models);
    expect(c!.modelNumbers).not.toBe(names.models);
    expect([...a!]).toEqual([
      ['gpt-4o', 1],
      ['llama-3', 2],
      ['qwen-2', 3],
    ]);
    expect([...c!]).toEqual([
      ['gpt-4o', 5],
      ['qwen-2', 6],
    ]);
  });

  it('accepts a byte order mark and CRLF line endings in every file', () => {
    const crlf = Object.fromEntries(
      Object.entries(good).map(([p, t]) => [p, '\uFEFF' + t.replace(/\n/g, '\r\n')]),
    );
    const catalog = loadCatalog(files(crlf));
    expect(catalog.issues).toEqual([]);
    expect(catalog.benchmarks.map((b) => b.scenarios.map((s) => s.scores.size))).toEqual([[2], [3]]);
  });

  it('reports results without metadata and uses the default metadata', () => {
    const catalog = loadCatalog(files({ ...good, 'benchmarks/one.yaml': undefined }));
    expect(codes(catalog)).toEqual([['missing-metadata', 'benchmarks/one.csv', undefined, undefined]]);
    expect(catalog.benchmarks[0]).toMatchObject({
      id: 'one',
      metadata: { name: 'one', direction: 'higher' },
    });
    expect(catalog.benchmarks[0]!.metadataFile).toBeUndefined();
  });

  it('warns about metadata without results', () => {
    const catalog = loadCatalog(files({ ...good, 'benchmarks/three.yaml': 'name: Three\n' }));
    expect(codes(catalog)).toEqual([['orphan-metadata', 'benchmarks/three.yaml', undefined, undefined]]);
  });

  it('reports a scenario id used in two files, naming both, and keeps the first', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchmarks/zzz.csv': 'model,x,a\nm,1,2\n', 'benchmarks/zzz.yaml': 'name: Z\n' }),
    );
    expect(codes(catalog)).toEqual([['duplicate-scenario', 'benchmarks/zzz.csv', 1, 9]]);
    expect(catalog.issues[0]!.message).toContain('already used by benchmarks/one.csv (line 1)');
    expect(catalog.benchmarks.find((b) => b.id === 'zzz')!.scenarios.map((s) => s.id)).toEqual(['x']);
  });

  it('reports two spellings of one model in a scenario, naming both lines', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchmarks/one.csv': 'model,a\ngpt-4o,1\nOpenAI/gpt-4o,2\n' }),
    );
    expect(codes(catalog)).toEqual([['duplicate-model', 'benchmarks/one.csv', 3, 15]]);
    expect(catalog.issues[0]!.message).toBe(
      '"OpenAI/gpt-4o" (line 3) and "gpt-4o" (line 2) are the same model `gpt-4o` in scenario `a`.',
    );
    expect([...catalog.benchmarks[0]!.scenarios[0]!.scores]).toEqual([['gpt-4o', 1]]);
  });

  it('warns about aggregate scenarios that match nothing, with a did-you-mean', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchbench.yaml': 'aggregate:\n  scenarios: [a, b, bb, zzz]\n' }),
    );
    expect(codes(catalog)).toEqual([
      ['unknown-aggregate-scenario', 'benchbench.yaml', 2, 21],
      ['unknown-aggregate-scenario', 'benchbench.yaml', 2, 25],
    ]);
    expect(catalog.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(catalog.issues[0]!.hint).toBe('Did you mean `b`?');
  });

  it('accepts an aggregate of which one scenario matches (the leaderboard warns about it)', () => {
    const catalog = loadCatalog(files({ ...good, 'benchbench.yaml': 'aggregate:\n  scenarios: [a, c]\n' }));
    expect(catalog.issues.map((i) => [i.severity, i.code, i.line, i.column])).toEqual([
      ['warning', 'unknown-aggregate-scenario', 2, 18],
    ]);
  });

  it('fails when no aggregate scenario matches', () => {
    const catalog = loadCatalog(files({ ...good, 'benchbench.yaml': 'aggregate:\n  scenarios: [c, d]\n' }));
    expect(catalog.issues.map((i) => [i.severity, i.code, i.line, i.column])).toEqual([
      ['error', 'aggregate-too-small', 2, 15],
      ['warning', 'unknown-aggregate-scenario', 2, 15],
      ['warning', 'unknown-aggregate-scenario', 2, 18],
    ]);
  });

  it('warns about leaderboard scenarios that match nothing', () => {
    const text = `${config}leaderboards:\n  - id: x\n    scenarios: [a, q]\n`;
    expect(codes(loadCatalog(files({ ...good, 'benchbench.yaml': text })))).toEqual([
      ['unknown-leaderboard-scenario', 'benchbench.yaml', 5, 20],
    ]);
  });

  it('fails on lower-is-better declared for a scenario the file does not have, and warns on a name', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchmarks/one.yaml': 'direction:\n  aa: lower\nscenarios:\n  zzz: {name: Z}\n' }),
    );
    expect(catalog.issues.map((i) => [i.severity, i.code, i.file, i.line, i.column, i.hint])).toEqual([
      ['error', 'unknown-scenario', 'benchmarks/one.yaml', 2, 3, 'Did you mean `a`?'],
      [
        'warning',
        'unknown-scenario',
        'benchmarks/one.yaml',
        4,
        3,
        'The scenarios of benchmarks/one.csv: `a`.',
      ],
    ]);
  });

  it('names a single scenario after its benchmark, and several scenarios by id or metadata', () => {
    const catalog = loadCatalog(
      files({
        ...good,
        'benchmarks/one.csv': 'model,a,a2,a3\nm,1,2,3\n',
        'benchmarks/one.yaml': 'name: One\nscenarios:\n  a2: {name: Second, direction: lower}\n',
      }),
    );
    expect(catalog.benchmarks[0]!.scenarios.map((s) => [s.id, s.name, s.direction])).toEqual([
      ['a', 'a', 'higher'],
      ['a2', 'Second', 'lower'],
      ['a3', 'a3', 'higher'],
    ]);
  });

  it('keeps good files loaded when others are bad', () => {
    const catalog = loadCatalog(
      files({
        ...good,
        'benchmarks/bad.csv': 'llm_model,x\nm,1\n',
        'benchmarks/bad.yaml': 'name: [\n',
        'benchmarks/enc.csv': new Uint8Array([0xff, 0xfe, 0x6d, 0]),
        'benchmarks/enc.yaml': 'name: E\n',
        'benchmarks/partly.csv': 'model,p\nm,1\nn,oops\n',
        'benchmarks/partly.yaml': 'name: P\n',
      }),
    );
    expect(codes(catalog)).toEqual([
      ['missing-model-column', 'benchmarks/bad.csv', 1, 1],
      ['yaml-syntax', 'benchmarks/bad.yaml', 2, 1],
      ['utf16', 'benchmarks/enc.csv', 1, 1],
      ['non-numeric-score', 'benchmarks/partly.csv', 3, 3],
    ]);
    expect(catalog.benchmarks.map((b) => b.id)).toEqual(['one', 'partly', 'two']);
    expect([...catalog.benchmarks[1]!.scenarios[0]!.scores]).toEqual([['m', 1]]);
  });

  it('notes unknown files and says what they should be', () => {
    const catalog = loadCatalog(
      files({ ...good, 'README.md': '# x', 'benchmarks/x.yml': 'name: x', 'results.csv': 'model,a\n' }),
    );
    expect(catalog.issues.map((i) => [i.severity, i.code, i.file, i.hint])).toEqual([
      ['note', 'unknown-file', 'README.md', expect.stringContaining('Expected: benchbench.yaml')],
      ['note', 'unknown-file', 'benchmarks/x.yml', 'Catalog YAML files end in `.yaml`: rename the file.'],
      ['note', 'unknown-file', 'results.csv', 'Results and their metadata belong under `benchmarks/`.'],
    ]);
  });

  it('reads benchmarks in subfolders and refuses two with the same stem', () => {
    const catalog = loadCatalog(
      files({
        ...good,
        'benchmarks/safety/s.csv': 'model,s1\nm,1\n',
        'benchmarks/safety/s.yaml': 'name: S\n',
        'benchmarks/x/one.csv': 'model,o\nm,1\n',
        'benchmarks/x/one.yaml': 'name: O\n',
      }),
    );
    expect(codes(catalog)).toEqual([
      ['duplicate-benchmark-id', 'benchmarks/x/one.csv', undefined, undefined],
    ]);
    expect(catalog.benchmarks.map((b) => b.file)).toEqual([
      'benchmarks/one.csv',
      'benchmarks/safety/s.csv',
      'benchmarks/two.csv',
    ]);
  });

  it('reports a missing config and applies the defaults', () => {
    const catalog = loadCatalog(files({ ...good, 'benchbench.yaml': undefined }));
    expect(codes(catalog)).toEqual([['missing-config', 'benchbench.yaml', undefined, undefined]]);
    expect(catalog.config.method.correlation).toBe('kendall');
  });

  it('applies the configured file size limit to every file', () => {
    const catalog = loadCatalog(
      files({ ...good, 'benchbench.yaml': `${config}limits: {max_file_bytes: 30}\n` }),
    );
    expect(codes(catalog)).toEqual([
      ['unknown-aggregate-scenario', 'benchbench.yaml', 2, 18],
      ['limit-file-bytes', 'benchmarks/two.csv', undefined, undefined],
      ['limit-file-bytes', 'models.yaml', undefined, undefined],
    ]);
    expect(catalog.issues[1]!.message).toContain('maxFileBytes is 30');
  });

  it('warns about a scenario without scores', () => {
    const catalog = loadCatalog(files({ ...good, 'benchmarks/one.csv': 'model,a,e\ngpt-4o,1,-\n' }));
    expect(codes(catalog)).toEqual([
      ['empty-scenario', 'benchmarks/one.csv', 1, 9],
      ['missing-score', 'benchmarks/one.csv', 2, 10],
    ]);
  });
});

describe('unmatchedModels', () => {
  it('lists the models no other benchmark has, with the closest ones', () => {
    const catalog = loadCatalog(
      files({
        ...good,
        'benchmarks/new.csv': 'model,n\nGPT 4o,1\nLlama-3-Instruct,2\nzephyr,3\n',
        'benchmarks/new.yaml': 'name: New\n',
      }),
    );
    expect(unmatchedModels(catalog, 'new')).toEqual([
      { name: 'Llama-3-Instruct', suggestions: ['llama-3'] },
      { name: 'zephyr', suggestions: [] },
    ]);
    expect(unmatchedModels(catalog, 'nope')).toEqual([]);
  });
});

describe.runIf(referenceData('catalog'))('loadCatalog on the BenchBench files', () => {
  it('loads every file that has a model column, and reports what BenchBench silently tolerates', () => {
    const dir = path.join(benchbenchDir, 'catalog');
    const entries: Record<string, Uint8Array> = { 'benchbench.yaml': new Uint8Array(Buffer.from(config)) };
    const csvs = readdirSync(dir).filter((n) => n.endsWith('.csv'));
    for (const f of csvs) {
      entries[`benchmarks/${f}`] = readFileSync(path.join(dir, f));
      entries[`benchmarks/${f.replace(/\.csv$/, '.yaml')}`] = new Uint8Array(Buffer.from('name: x\n'));
    }
    const catalog = loadCatalog(files(entries));
    expect(catalog.benchmarks.length).toBe(csvs.length - 1);
    expect(new Set(catalog.issues.map((i) => i.code))).toEqual(
      new Set([
        'missing-model-column',
        'duplicate-model',
        'missing-score',
        'short-row',
        'aggregate-too-small',
        'unknown-aggregate-scenario',
      ]),
    );
  });
});
