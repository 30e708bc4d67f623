import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { sortIssues } from '../../src/model/issue.js';
import { DEFAULT_TRUST } from '../../src/catalog/trust-config.js';
import { DEFAULT_PLAUSIBILITY } from '../../src/core/plausibility.js';
import { DEFAULT_SATURATION } from '../../src/core/saturation.js';

const minimal = 'aggregate:\n  scenarios: [a, b, c]\n';
const parse = (trust: string) => parseConfig('benchbench.yaml', `${minimal}trust:\n${trust}`);

describe('the trust section of benchbench.yaml', () => {
  it('defaults to the thresholds of the issue: 2%, 25%, top 10, 5%; 3 MAD and a quarter of the models', () => {
    expect(parseConfig('benchbench.yaml', minimal).config.trust).toEqual(DEFAULT_TRUST);
    expect(DEFAULT_TRUST).toEqual({ saturation: DEFAULT_SATURATION, plausibility: DEFAULT_PLAUSIBILITY });
  });

  it('reads every threshold', () => {
    const r = parse(`  saturation:
    near_best: 0.05
    saturated_share: 0.5
    top_models: 5
    min_top_spread: 0
    min_models: 20
  plausibility: { mad_multiplier: 2.5, min_gap_share: 0.1, min_models: 30 }
`);
    expect(r.issues).toEqual([]);
    expect(r.config.trust).toEqual({
      saturation: { nearBest: 0.05, saturatedShare: 0.5, topModels: 5, minTopSpread: 0, minModels: 20 },
      plausibility: { madMultiplier: 2.5, minGapShare: 0.1, minModels: 30 },
    });
  });

  it('keeps the default of a key set out of range, with an error at the value', () => {
    const r = parse(`  saturation:
    near_best: 1.5
    saturated_share: 0
    top_models: 2.5
  plausibility:
    mad_multiplier: -1
    min_models: 1
    min_gap_share: lots
`);
    expect(r.config.trust).toEqual(DEFAULT_TRUST);
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([
      ['invalid-value', 5, 16, '`trust.saturation.near_best` is `1.5`; it must be a number from 0 to 1.'],
      [
        'invalid-value',
        6,
        22,
        '`trust.saturation.saturated_share` is `0`; it must be a number above 0 and at most 1.',
      ],
      [
        'invalid-value',
        7,
        17,
        '`trust.saturation.top_models` is `2.5`; it must be a whole number of at least 2.',
      ],
      [
        'invalid-value',
        9,
        21,
        '`trust.plausibility.mad_multiplier` is `-1`; it must be a number of at least 0.',
      ],
      [
        'invalid-value',
        10,
        17,
        '`trust.plausibility.min_models` is `1`; it must be a whole number of at least 2.',
      ],
      [
        'wrong-type',
        11,
        20,
        '`trust.plausibility.min_gap_share` is `lots`; it must be a number from 0 to 1.',
      ],
    ]);
    expect(r.issues[0]!.hint).toBe('Write a number from 0 to 1, or remove the key for the default.');
  });

  it('rejects unknown keys with a did-you-mean hint, and a list where a map belongs', () => {
    const r = parse('  saturation: { near_bset: 0.1 }\n  plausibility: [1]\n  saturaton: {}\n');
    expect(sortIssues(r.issues).map((i) => [i.code, i.line, i.hint])).toEqual([
      ['unknown-key', 4, 'Did you mean `near_best`?'],
      ['wrong-type', 5, expect.stringContaining('mapping')],
      ['unknown-key', 6, 'Did you mean `saturation`?'],
    ]);
    expect(r.config.trust).toEqual(DEFAULT_TRUST);
  });

  it('follows an alias within the alias budget of the file, and places an error at the value it names', () => {
    const base = `${minimal}x: &t { min_models: 20 }\n`;
    const ok = parseConfig('benchbench.yaml', `${base}trust:\n  saturation: *t\n  plausibility: *t\n`);
    expect(ok.issues.filter((i) => i.code !== 'unknown-key')).toEqual([]);
    expect(ok.config.trust.saturation.minModels).toBe(20);
    expect(ok.config.trust.plausibility.minModels).toBe(20);
    const bad = parseConfig(
      'benchbench.yaml',
      `${minimal}x: &t { min_models: 1 }\ntrust:\n  saturation: *t\n`,
    );
    expect(bad.issues.filter((i) => i.code !== 'unknown-key').map((i) => [i.code, i.line, i.column])).toEqual(
      [['invalid-value', 3, 21]],
    );
    const many = Array.from({ length: 12 }, (_, i) => `  k${i}: *t`).join('\n');
    const bomb = parseConfig(
      'benchbench.yaml',
      `${minimal}x: &t { min_models: 20 }\ntrust:\n  saturation:\n${many}\n`,
    );
    expect(bomb.issues.map((i) => i.code)).toContain('yaml-alias');
  });

  it('reads an empty value as an error, not as zero', () => {
    const r = parse('  saturation:\n    near_best:\n');
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ['wrong-type', '`trust.saturation.near_best` is empty; it must be a number from 0 to 1.'],
    ]);
  });
});
