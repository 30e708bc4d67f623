/**
 * Model-name normalisation: idempotent, total (any string), and its output is a plain name:
 * no control or format characters, no whitespace, no `_` or `.`, no `-` at either end or twice
 * in a row. Suggestions never depend on the order of the known names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseModelName, suggestModels } from '../../src/catalog/model-names.js';

const names = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        'Llama',
        '3.1',
        '-',
        '_',
        '.',
        ' ',
        '\t',
        '\n',
        '\u00a0',
        '\u200b',
        'Ｂ',
        'ﬁ',
        'İ',
        'ß',
        '(',
        ')',
        '/',
        '8B',
        'ǅ',
        '\u0301',
      ),
      { maxLength: 12 },
    )
    .map((p) => p.join('')),
);

describe('model-name normalisation', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(names, (raw) => {
        const once = normaliseModelName(raw);
        expect(normaliseModelName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('merges a combining accent split from its letter by an invisible character (found by the property above)', () => {
    expect(normaliseModelName('Llama\u200b\u0301')).toBe(normaliseModelName('Llam\u00e1'));
  });

  it('gives a plain name: no controls, spaces, `_` or `.`, and `-` only between other characters', () => {
    fc.assert(
      fc.property(names, (raw) => {
        const n = normaliseModelName(raw);
        expect(n).not.toMatch(/[\p{Cc}\p{Cf}\s_.]/u);
        expect(n).not.toMatch(/^-|-$|--/);
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests the same names whatever the order of the known names', () => {
    fc.assert(
      fc.property(names, fc.uniqueArray(names, { maxLength: 12 }), (name, known) => {
        expect(suggestModels(name, [...known].reverse())).toEqual(suggestModels(name, known));
      }),
      { numRuns: 500 },
    );
  });
});
