import { describe, expect, it } from 'vitest';
import { sortIssues } from '../../src/model/issue.js';
import { fileStem, parseMetadata } from '../../src/catalog/metadata.js';

const parse = (text: string) => parseMetadata('benchmarks/arena-hard.yaml', text);
const issues = (text: string) => sortIssues(parse(text).issues).map((i) => [i.code, i.line, i.column]);

describe('parseMetadata', () => {
  it('defaults the name to the file stem and the direction to higher', () => {
    const { metadata, issues } = parse('');
    expect(issues).toEqual([]);
    expect(metadata).toEqual({ name: 'arena-hard', direction: 'higher', scenarios: {} });
  });

  it('reads every field', () => {
    const { metadata, issues } = parse(`name: Arena Hard
url: https://github.com/lmarena/arena-hard-auto
snapshot: 2024-08-29
category: holistic
license: Apache-2.0
description: Hard prompts, judged by a model.
simulated: true
direction: lower
scenarios:
  arena_hard: { name: Arena Hard Auto }
  other:
`);
    expect(issues).toEqual([]);
    expect(metadata).toEqual({
      name: 'Arena Hard',
      url: 'https://github.com/lmarena/arena-hard-auto',
      snapshot: '2024-08-29',
      category: 'holistic',
      license: 'Apache-2.0',
      description: 'Hard prompts, judged by a model.',
      simulated: true,
      direction: 'lower',
      scenarios: { arena_hard: { name: 'Arena Hard Auto' }, other: {} },
    });
  });

  it('reads a direction per scenario, from a map or from scenarios, and places each id', () => {
    const r = parse('direction:\n  a: lower\n  b: higher\nscenarios:\n  c: {direction: lower}\n');
    expect(r.issues).toEqual([]);
    expect(r.metadata.direction).toBe('higher');
    expect(r.metadata.scenarios).toEqual({
      a: { direction: 'lower' },
      b: { direction: 'higher' },
      c: { direction: 'lower' },
    });
    expect([...r.scenarioPlaces]).toEqual([
      ['a', { line: 2, column: 3 }],
      ['b', { line: 3, column: 3 }],
      ['c', { line: 5, column: 3 }],
    ]);
  });

  it('rejects two different directions for one scenario', () => {
    expect(issues('direction: {a: lower}\nscenarios:\n  a: {direction: higher}\n')).toEqual([
      ['conflicting-direction', 3, 18],
    ]);
  });

  it('rejects an unknown key with a did-you-mean hint, and wrong values at the value', () => {
    const r = parse(
      'nmae: x\ndirection: up\nsimulated: maybe\nurl: javascript:alert(1)\nscenarios:\n  a: {title: b}\n',
    );
    expect(sortIssues(r.issues).map((i) => [i.code, i.line, i.column, i.hint])).toEqual([
      ['unknown-key', 1, 1, 'Did you mean `name`?'],
      ['invalid-value', 2, 12, 'Allowed values: `higher`, `lower`.'],
      ['wrong-type', 3, 12, 'Write `simulated` as `true` or `false`.'],
      ['invalid-value', 4, 6, 'Write a full address starting with https://.'],
      ['unknown-key', 6, 7, 'Allowed keys here: `name`, `direction`.'],
    ]);
    expect(r.metadata).toMatchObject({ name: 'arena-hard', direction: 'higher' });
    expect(r.metadata.url).toBeUndefined();
  });

  it('keeps scenario ids such as __proto__ as plain data', () => {
    const { metadata, issues } = parse('scenarios:\n  __proto__: {name: P}\n  constructor: {name: C}\n');
    expect(issues).toEqual([]);
    expect(Object.keys(metadata.scenarios)).toEqual(['__proto__', 'constructor']);
    expect(metadata.scenarios['__proto__']).toEqual({ name: 'P' });
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('reports invalid YAML and keeps the defaults', () => {
    const r = parse('name: [x\n');
    expect(r.issues.map((i) => i.code)).toEqual(['yaml-syntax']);
    expect(r.metadata.name).toBe('arena-hard');
  });

  it('keeps a name that YAML would read as a number as written', () => {
    expect(parse('name: 1.10\n').metadata.name).toBe('1.10');
  });

  describe('access, cost and items', () => {
    it('reads what it takes to run the benchmark', () => {
      const { metadata, issues } = parse(
        'access: gated\ncost: { value: 12.5, unit: GPU-hours per model }\nitems: 500\n',
      );
      expect(issues).toEqual([]);
      expect(metadata).toMatchObject({
        access: 'gated',
        cost: { value: 12.5, unit: 'GPU-hours per model' },
        items: 500,
      });
    });

    it('accepts a cost of zero and leaves every key out when absent', () => {
      expect(parse('cost: {value: 0, unit: USD}\n').metadata.cost).toEqual({ value: 0, unit: 'USD' });
      const { metadata } = parse('name: x\n');
      expect(['access', 'cost', 'items'].filter((k) => k in metadata)).toEqual([]);
    });

    it('places every wrong value at the value, with a hint, and leaves it out', () => {
      const r = parse('access: public\nitems: 2.5\ncost: {value: -1, unit: USD}\n');
      expect(sortIssues(r.issues).map((i) => [i.code, i.line, i.column, i.hint])).toEqual([
        ['invalid-value', 1, 9, 'Allowed values: `open`, `gated`, `private`.'],
        ['invalid-value', 2, 8, 'Write a whole number of at least 1.'],
        ['invalid-value', 3, 15, 'Write a number of at least 0, such as `12.5`.'],
      ]);
      expect(['access', 'cost', 'items'].filter((k) => k in r.metadata)).toEqual([]);
    });

    it('rejects a cost that is not a {value, unit} mapping, or lacks a part, or has a stray key', () => {
      expect(issues('cost: 12\n')).toEqual([['wrong-type', 1, 7]]);
      expect(issues('cost: {value: 12}\n')).toEqual([['missing-key', 1, 7]]);
      expect(issues('cost: {unit: USD}\n')).toEqual([['missing-key', 1, 7]]);
      expect(issues('cost: {value: twelve, unit: USD}\n')).toEqual([['wrong-type', 1, 15]]);
      expect(issues('cost: {value: .inf, unit: USD}\n')).toEqual([['invalid-value', 1, 15]]);
      expect(issues('cost: {value: 1, unit: ""}\n')).toEqual([['invalid-value', 1, 24]]);
      expect(issues('cost: {value: 1, unit: USD, per: model}\n')).toEqual([['unknown-key', 1, 29]]);
      expect(issues('cost:\n')).toEqual([['missing-key', 1, 6]]);
    });
  });
});

describe('fileStem', () => {
  it('drops the folder and the last extension', () => {
    expect(fileStem('benchmarks/safety/hydrox.v2.csv')).toBe('hydrox.v2');
    expect(fileStem('a')).toBe('a');
  });
});

describe('parseMetadata at the key cap', () => {
  /** Metadata whose `scenarios` name `n` scenarios (about 40 characters each). */
  const many = (n: number): string =>
    'name: Many\nscenarios:\n' +
    Array.from({ length: n }, (_, i) => `  s${i}:\n    name: Scenario ${i}\n`).join('');
  /** The best of 5 times of parsing each text of `texts` once. */
  const seconds = (texts: readonly string[]): number => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      for (const text of texts) parse(text);
      best = Math.min(best, (performance.now() - t) / 1000);
    }
    return best;
  };

  it('reads 3,000 scenarios, and places a repeated one', () => {
    const { metadata, issues } = parse(`${many(3_000)}  s7:\n    name: Again\n`);
    expect(Object.keys(metadata.scenarios).length).toBe(3_000);
    expect(metadata.scenarios.s2999).toEqual({ name: 'Scenario 2999' });
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['yaml-duplicate-key', 3 + 2 * 3_000, 3]]);
  });

  it('takes as long for one file of 3,000 scenarios as for 8 files of 375 (linear; quadratic would take 8 times)', () => {
    const small = Array.from({ length: 8 }, () => many(375));
    seconds(small);
    expect(seconds([many(3_000)]) / seconds(small)).toBeLessThan(3);
  });
});
