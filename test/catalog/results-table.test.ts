/**
 * The results table: one numbering of canonical models, and maps by id over typed arrays that
 * read like any ReadonlyMap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRegistry } from '../../src/catalog/model-names.js';
import { parseResultsCsv } from '../../src/catalog/parse-csv.js';
import {
  firstNamesOf,
  ModelColumn,
  ModelNames,
  ModelTable,
  valuesFor,
} from '../../src/catalog/results-table.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';

describe('ModelTable', () => {
  it('gives two spellings of one model one number, and says when a file names it twice', () => {
    const table = new ModelTable(emptyRegistry(), 'standard');
    const [a, b, c] = ['GPT-4o', 'gpt_4o', 'Llama 3.1'].map((name) => table.spellings.numberOf(name));
    table.startFile();
    const numbers = [a!, b!, c!].map((s) => table.spellingNumber(s));
    expect(numbers[0]).toBe(numbers[1]);
    expect(numbers[2]).not.toBe(numbers[0]);
    expect(table.ids).toEqual(['gpt-4o', 'llama-3-1']);
    expect(table.namedAgain(numbers[0]!)).toBe(false);
    expect(table.namedAgain(numbers[1]!)).toBe(true);
    table.startFile();
    expect(table.namedAgain(numbers[0]!)).toBe(false);
  });
});

describe('ModelColumn and ModelNames', () => {
  const table = new ModelTable(emptyRegistry(), 'standard');
  for (const name of ['a', 'b', 'c', 'd']) table.spellingNumber(table.spellings.numberOf(name));
  const spelled = (...names: string[]) => Int32Array.from(names, (name) => table.spellings.numberOf(name));

  it('read like the Map of the same entries, in the same order', () => {
    const column = new ModelColumn(table, Int32Array.of(2, 0, 3), Float64Array.of(0.5, 1, -0));
    const map = new Map([
      ['c', 0.5],
      ['a', 1],
      ['d', -0],
    ]);
    expect([...column]).toEqual([...map]);
    expect([...column.keys()]).toEqual([...map.keys()]);
    expect([...column.values()]).toEqual([...map.values()]);
    expect(column.size).toBe(3);
    expect(column.get('d')).toBe(-0);
    expect(column.has('b')).toBe(false);
    expect(column.get('b')).toBeUndefined();
    const seen: [string, number][] = [];
    column.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([...map]);
    expect(column.modelIds).toBe(table.ids);
  });

  it('map names as written to canonical ids, two names to one id', () => {
    const names = new ModelNames(table, spelled('A', 'a ', 'B'), Int32Array.of(0, 0, 1));
    expect([...names]).toEqual([
      ['A', 'a'],
      ['a ', 'a'],
      ['B', 'b'],
    ]);
    expect(names.get('B')).toBe('b');
    expect(names.size).toBe(3);
  });

  it('answer for a few ids by model number, as a look-up in the same Map answers', () => {
    const column = new ModelColumn(table, Int32Array.of(2, 0, 3), Float64Array.of(0.5, 1, -0));
    const ids = ['d', 'b', 'zz', 'c', 'd'];
    const asMap = new Map(column);
    expect(valuesFor(column, ids)).toEqual(ids.map((id) => asMap.get(id)));
    expect(valuesFor(asMap, ids)).toEqual([-0, undefined, undefined, 0.5, -0]);
    // Asking builds no index of the column (the look-up a get() would keep).
    expect((column as unknown as { index?: unknown }).index).toBeUndefined();
  });

  it('give the first name a file writes each id as, whatever the map', () => {
    const names = new ModelNames(table, spelled('A', 'a ', 'B'), Int32Array.of(0, 0, 1));
    const ids = ['b', 'a', 'c'];
    expect(firstNamesOf(names, ids)).toEqual(['B', 'A', undefined]);
    expect(firstNamesOf(new Map(names), ids)).toEqual(['B', 'A', undefined]);
  });
});

describe('scores read in place from a quote-free wide file', () => {
  it('are exactly what Number() reads, for any decimal csv-parse would pass', () => {
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{0,20}$/),
        fc.option(fc.stringMatching(/^\.\d{0,20}$/), { nil: '' }),
        fc.option(fc.stringMatching(/^[eE][+-]?\d{1,3}$/), { nil: '' }),
      )
      .map(([sign, whole, fraction, exponent]) => `${sign}${whole}${fraction}${exponent}`)
      .filter((t) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) && Number.isFinite(Number(t)));
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 30 }), (scores) => {
        const text = `model,s\n${scores.map((t, i) => `m${i},${t}`).join('\n')}\n`;
        const parsed = parseResultsCsv('x.csv', text, DEFAULT_LIMITS);
        expect(parsed.issues).toEqual([]);
        expect(Array.from(parsed.scenarios[0]!.values)).toEqual(scores.map(Number));
        // Signed zeros too: -0 stays -0.
        parsed.scenarios[0]!.values.forEach((v, k) => expect(Object.is(v, Number(scores[k]))).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});
