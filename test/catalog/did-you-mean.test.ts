import { describe, expect, it } from 'vitest';
import { didYouMean, unknownKeyHint } from '../../src/catalog/did-you-mean.js';

const keys = ['correlation', 'models_per_sample', 'sampling', 'samples', 'seed', 'min_common_models'];

describe('didYouMean', () => {
  it('finds the key a typo was meant to be', () => {
    expect(didYouMean('corelation', keys)).toBe('correlation');
    expect(didYouMean('sample', keys)).toBe('samples');
    expect(didYouMean('sede', keys)).toBe('seed');
  });

  it('treats case and dashes as underscores', () => {
    expect(didYouMean('Models-Per-Sample', keys)).toBe('models_per_sample');
  });

  it('suggests nothing for a word far from every key', () => {
    expect(didYouMean('colour', keys)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  it('breaks ties by name, whatever the order of the candidates', () => {
    expect(didYouMean('ab', ['ac', 'aa'])).toBe('aa');
    expect(didYouMean('ab', ['aa', 'ac'])).toBe('aa');
  });
});

describe('unknownKeyHint', () => {
  it('names the likely key, or lists the allowed ones', () => {
    expect(unknownKeyHint('sed', keys)).toBe('Did you mean `seed`?');
    expect(unknownKeyHint('zzz', ['a', 'b'])).toBe('Allowed keys here: `a`, `b`.');
  });
});
