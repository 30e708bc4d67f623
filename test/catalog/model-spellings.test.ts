/**
 * Model spellings: one number per spelling as written, however it is looked up (a whole string,
 * or a stretch of a file's code units, ASCII bytes or 16-bit units), for any number of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnits } from '../../src/catalog/code-units.js';
import { ModelSpellings } from '../../src/catalog/model-spellings.js';

describe('codeUnits', () => {
  it('gives bytes for ASCII and 16-bit units otherwise, unit i being charCodeAt(i)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const units = codeUnits(text);
        expect(units.length).toBe(text.length);
        expect(Array.from(units)).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
        expect(units instanceof Uint8Array).toBe(/^[\x00-\x7f]*$/.test(text));
      }),
    );
  });

  it('keeps lone surrogates and characters past Latin-1', () => {
    const text = 'a\ud800b€';
    expect(Array.from(codeUnits(text))).toEqual([0x61, 0xd800, 0x62, 0x20ac]);
  });
});

describe('ModelSpellings', () => {
  it('numbers 20,000 spellings once each, found again from strings and from a file’s units', () => {
    const spellings = new ModelSpellings();
    const names = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? `model-${i}` : `modèle ${i} ✓`));
    names.forEach((name, i) => expect(spellings.numberOf(name)).toBe(i));
    const file = names.join(',');
    const units = codeUnits(file);
    let start = 0;
    names.forEach((name, i) => {
      expect(spellings.numberAt(units, start, start + name.length, file, i - 1)).toBe(i);
      start += name.length + 1;
    });
    expect(spellings.written).toEqual(names);
  });

  it('tries the spelling that followed the previous one, and is right when it is not that one', () => {
    const spellings = new ModelSpellings();
    const [a, b, c] = ['a', 'b', 'c'].map((n) => spellings.numberOf(n));
    expect(spellings.numberOf('b', a)).toBe(b);
    expect(spellings.numberOf('c', a)).toBe(c);
    expect(spellings.numberOf('b', a)).toBe(b);
    expect(spellings.numberOf('bb', a)).toBe(3);
  });

  it('finds the spelling two or three after the previous one when a file skips models', () => {
    const spellings = new ModelSpellings();
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((n, i, all) =>
      spellings.numberOf(n, i ? spellings.numberOf(all[i - 1]!) : -1),
    );
    expect(spellings.numberOf('c', a)).toBe(c);
    expect(spellings.numberOf('e', c)).toBe(e);
    // What was found becomes the guess after `a` and after `c`.
    expect(spellings.numberOf('c', a)).toBe(c);
    expect(spellings.numberOf('d', c)).toBe(d);
    expect(spellings.numberOf('b', a)).toBe(b);
  });

  it('stamps an index per file, forgotten when the next file starts', () => {
    const spellings = new ModelSpellings();
    const n = spellings.numberOf('x');
    spellings.startFile();
    expect(spellings.indexInFile(n)).toBeUndefined();
    spellings.setIndexInFile(n, 7);
    expect(spellings.indexInFile(n)).toBe(7);
    spellings.startFile();
    expect(spellings.indexInFile(n)).toBeUndefined();
  });
});
