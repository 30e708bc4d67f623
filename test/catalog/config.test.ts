import { describe, expect, it } from 'vitest';
import { configuredLimits, defaultConfig, parseConfig } from '../../src/catalog/config.js';
import { sortIssues } from '../../src/model/issue.js';
import { DEFAULT_TRUST } from '../../src/catalog/trust-config.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';
import { METHOD_KEYS } from '../../src/model/method.js';

const issues = (text: string) =>
  sortIssues(parseConfig('benchbench.yaml', text).issues).map((i) => [i.code, i.line, i.column]);
const minimal = 'aggregate:\n  scenarios: [a, b, c, d, e, f]\n';

describe('parseConfig', () => {
  it('applies every default to a minimal config', () => {
    const { config, issues } = parseConfig('benchbench.yaml', minimal);
    expect(issues).toEqual([]);
    expect(config).toEqual({
      aggregate: { scenarios: ['a', 'b', 'c', 'd', 'e', 'f'], minScenariosPerModel: 2 },
      method: DEFAULT_METHOD,
      leaderboards: [{ id: 'main', title: 'Leaderboard' }],
      limits: DEFAULT_LIMITS,
      modelNames: 'standard',
      trust: DEFAULT_TRUST,
    });
    expect(DEFAULT_METHOD).toEqual({
      correlation: 'kendall',
      modelsPerSample: 10,
      sampling: 'random',
      samples: 100,
      seed: 0,
      minCommonModels: 5,
    });
  });

  it('gives min_scenarios_per_model a default of max(1, floor(n / 3))', () => {
    expect(parseConfig('c', 'aggregate: {scenarios: [a, b]}').config.aggregate.minScenariosPerModel).toBe(1);
    expect(
      parseConfig('c', 'aggregate: {scenarios: [a, b, c, d, e, f, g, h, i]}').config.aggregate
        .minScenariosPerModel,
    ).toBe(3);
  });

  it('reads a full config', () => {
    const text = `aggregate:
  scenarios: [x, y]
  min_scenarios_per_model: 2
method:
  correlation: spearman
  models_per_sample: 0
  sampling: adjacent
  samples: 7
  seed: 42
  min_common_models: 3
leaderboards:
  - id: safety
    title: Safety BAT
    categories: [safety]
  - id: core
    scenarios: [x]
limits:
  max_rows: 10
`;
    const { config, issues, places } = parseConfig('benchbench.yaml', text);
    expect(issues).toEqual([]);
    expect(config.method).toEqual({
      correlation: 'spearman',
      modelsPerSample: 0,
      sampling: 'adjacent',
      samples: 7,
      seed: 42,
      minCommonModels: 3,
    });
    expect(config.aggregate).toEqual({ scenarios: ['x', 'y'], minScenariosPerModel: 2 });
    expect(config.leaderboards).toEqual([
      { id: 'safety', title: 'Safety BAT', categories: ['safety'] },
      { id: 'core', title: 'core', scenarios: ['x'] },
    ]);
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, maxRows: 10 });
    expect(places.aggregate).toEqual([
      { name: 'x', line: 2, column: 15 },
      { name: 'y', line: 2, column: 18 },
    ]);
    expect(places.leaderboardScenarios).toEqual([{ name: 'x', line: 16, column: 17 }]);
  });

  it('rejects an unknown key with a did-you-mean hint at the key', () => {
    const r = parseConfig('benchbench.yaml', `${minimal}method:\n  corelation: pearson\n`);
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'unknown-key', line: 4, column: 3 }]);
    expect(r.issues[0]!.hint).toBe('Did you mean `correlation`?');
    expect(r.config.method.correlation).toBe('kendall');
  });

  it('rejects a wrong value at the value and keeps the default', () => {
    const r = parseConfig(
      'benchbench.yaml',
      `${minimal}method:\n  sampling: randm\n  samples: 0\n  seed: -1\n`,
    );
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['invalid-value', 4, 13],
      ['invalid-value', 5, 12],
      ['invalid-value', 6, 9],
    ]);
    expect(r.issues[0]!.hint).toBe('Did you mean `random`?');
    expect(r.config.method).toEqual(DEFAULT_METHOD);
  });

  it('rejects wrong types at the value', () => {
    expect(issues(`${minimal}method:\n  samples: many\n  models_per_sample: 2.5\n`)).toEqual([
      ['wrong-type', 4, 12],
      ['invalid-value', 5, 22],
    ]);
    expect(issues('aggregate:\n  scenarios: helm\n')).toEqual([['wrong-type', 2, 14]]);
    expect(issues('- a\n')).toEqual([
      ['missing-key', 1, 1],
      ['wrong-type', 1, 1],
    ]);
  });

  it('refuses one model per sample', () => {
    expect(issues(`${minimal}method: {models_per_sample: 1}\n`)).toEqual([['invalid-value', 3, 29]]);
  });

  it('requires the aggregate scenarios, and reports repeats', () => {
    expect(issues('method: {seed: 1}\n')).toMatchObject([['missing-key', 1, 1]]);
    expect(issues('aggregate: {scenarios: [a, b, a]}\n')).toEqual([['duplicate-value', 1, 31]]);
  });

  it('checks leaderboards: ids present, well formed and distinct', () => {
    expect(issues(`${minimal}leaderboards:\n  - title: x\n  - id: a b\n  - id: k\n  - id: k\n`)).toEqual([
      ['missing-key', 4, 5],
      ['invalid-value', 5, 9],
      ['duplicate-value', 7, 9],
    ]);
    expect(issues(`${minimal}leaderboards: []\n`)).toEqual([['invalid-value', 3, 15]]);
  });

  it('reads limits and rejects non-positive ones', () => {
    const r = parseConfig('c', `${minimal}limits: {max_file_bytes: 100, max_columns: 0, max_cell_char: 3}\n`);
    expect(r.config.limits).toEqual({ ...DEFAULT_LIMITS, maxFileBytes: 100 });
    expect(r.issues.map((i) => [i.code, i.hint])).toEqual([
      ['invalid-value', 'Write a whole number of at least 1, or remove the key for the default.'],
      ['unknown-key', 'Did you mean `max_cell_chars`?'],
    ]);
  });

  it('reports YAML syntax errors, duplicate keys, tags and alias bombs', () => {
    expect(issues('aggregate: [a\n')[0]).toEqual(['yaml-syntax', 2, 1]);
    expect(issues(`${minimal}method: {seed: 1}\nmethod: {seed: 2}\n`)[0]).toEqual([
      'yaml-duplicate-key',
      4,
      1,
    ]);
    expect(issues(`${minimal}method: !!python/object {seed: 1}\n`)).toEqual([['yaml-tag', 3, 9]]);
    // A tag the library resolves to bytes is read as text: here, a config that is not a mapping.
    const binary = parseConfig('benchbench.yaml', '!!binary aggregate\n').issues;
    expect(binary.map((i) => [i.code, i.line, i.column])).toEqual([
      ['wrong-type', 1, 10],
      ['missing-key', 1, 10],
    ]);
    expect(binary[0]!.message).toBe('the config must be a mapping (`key: value` lines); found `aggregate`.');
    const aliases = `x: &a s\naggregate: {scenarios: [${Array(11).fill('*a').join(', ')}]}\n`;
    expect(issues(aliases).map((i) => i[0])).toContain('yaml-alias');
    const nested = 'a: &a [x, x]\nb: &b [*a, *a]\naggregate: {scenarios: *b}\n';
    expect(
      issues(nested)
        .map((i) => i[0])
        .sort(),
    ).toEqual(['unknown-key', 'unknown-key', 'wrong-type', 'wrong-type']);
  });

  it('treats __proto__ as an unknown key, not as a prototype', () => {
    const r = parseConfig('c', `${minimal}__proto__: {polluted: true}\n`);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses a text once: the limits the readers take first are the ones the loader reads', () => {
    const text = `${minimal}limits:\n  max_rows: 7\n`;
    const limits = configuredLimits(new TextEncoder().encode(text));
    expect(limits.maxRows).toBe(7);
    const parsed = parseConfig('benchbench.yaml', text);
    expect(parsed.config.limits).toBe(limits);
    expect(parseConfig('benchbench.yaml', text)).toBe(parsed);
    // Another text, or the same text as another file, is parsed for itself.
    expect(parseConfig('benchbench.yaml', minimal).config.limits).toEqual(DEFAULT_LIMITS);
    expect(parseConfig('other.yaml', text)).not.toBe(parsed);
    expect(parseConfig('other.yaml', text).config).toEqual(parsed.config);
  });

  it('reads a number written where a name is due with its spelling', () => {
    const r = parseConfig('benchbench.yaml', 'aggregate: {scenarios: [1.10, 2024, "x"]}\n');
    expect(r.issues).toEqual([]);
    expect(r.places.aggregate).toEqual([
      { name: '1.10', line: 1, column: 25 },
      { name: '2024', line: 1, column: 31 },
      { name: 'x', line: 1, column: 37 },
    ]);
  });

  it('names the key of a list item by its path, and keeps the other boards when one is refused', () => {
    const r = parseConfig(
      'benchbench.yaml',
      `${minimal}leaderboards:\n  - id: k\n    title: [1]\n  - id: a b\n  - id: k\n  - id: ok\n    scenarios: [x]\n  - id: 2024\n    title: 1.10\n`,
    );
    expect(r.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['wrong-type', 5, '`leaderboards[0].title` is a list; it must be a text value.'],
      [
        'invalid-value',
        6,
        '`leaderboards[1].id` is `a b`; it must be a short name: letters, digits, - and _, starting with a letter or digit.',
      ],
      // Found although a value inside the list failed: the rule reads the whole list.
      ['duplicate-value', 7, 'Two leaderboards have the id `k`.'],
    ]);
    expect(r.config.leaderboards).toEqual([
      { id: 'k', title: 'k' },
      { id: 'ok', title: 'ok', scenarios: ['x'] },
      { id: '2024', title: '1.10' },
    ]);
    expect(r.places.leaderboardScenarios).toEqual([{ name: 'x', line: 9, column: 17 }]);
  });

  it("says what a method key must be in model/method.ts's words", () => {
    const r = parseConfig('benchbench.yaml', `${minimal}method: {models_per_sample: 1}\n`);
    expect(r.issues.map((i) => i.message)).toEqual([
      `\`method.models_per_sample\` is \`1\`; it must be ${METHOD_KEYS.models_per_sample.rule}.`,
    ]);
  });

  it('has a default config for a catalog without one', () => {
    expect(defaultConfig()).toMatchObject({
      method: DEFAULT_METHOD,
      limits: DEFAULT_LIMITS,
      aggregate: { scenarios: [] },
    });
  });
});
