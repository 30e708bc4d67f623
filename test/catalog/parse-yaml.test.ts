import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, YamlFile } from '../../src/catalog/parse-yaml.js';

describe('YamlFile', () => {
  it('places every node at its 1-based line and column', () => {
    const y = new YamlFile('f.yaml', '# comment\nkey:\n  - one\n');
    const [entry] = y.entries(y.root, 'the file')!;
    expect(y.at(entry!.keyNode)).toEqual({ line: 2, column: 1 });
    expect(y.strings(entry!.value, 'key')!.map((s) => [s.value, y.at(s.node)])).toEqual([
      ['one', { line: 3, column: 5 }],
    ]);
  });

  it('reads dates, yes/no and hex as YAML 1.2 core does: text, text, number', () => {
    const y = new YamlFile('f.yaml', 'a: 2024-08-29\nb: yes\nc: 0x10\n');
    const f = y.fields(y.root, 'the file', ['a', 'b', 'c'])!;
    expect(y.string(f.a!.value, 'a')).toBe('2024-08-29');
    expect(y.string(f.b!.value, 'b')).toBe('yes');
    expect(y.integer(f.c!.value, 'c', 0)).toBe(16);
    expect(y.issues).toEqual([]);
  });

  it('reports a duplicate key at the second one', () => {
    expect(new YamlFile('f.yaml', 'a: 1\na: 2\n').issues).toMatchObject([
      { severity: 'error', code: 'yaml-duplicate-key', file: 'f.yaml', line: 2, column: 1 },
    ]);
  });

  it('finds a duplicate key in every mapping: nested, in a list, in a flow list, plain or not', () => {
    const text = 'a:\n  b: 1\n  b: 2\nl:\n  - x: 1\n    x: 2\nf: [{y: 1, y: 2}]\n';
    const at = (t: string) =>
      new YamlFile('f.yaml', t).issues.map((i) => [i.code, i.line, i.column] as const);
    const expected = [
      ['yaml-duplicate-key', 3, 3],
      ['yaml-duplicate-key', 6, 5],
      ['yaml-duplicate-key', 7, 12],
    ];
    expect(at(text)).toEqual(expected);
    // A comment with a tab sends the text to the library: the same issues.
    expect(at(`${text}#\t\n`)).toEqual(expected);
  });

  it('reports a tag at the tagged value', () => {
    expect(new YamlFile('f.yaml', 'a: !!js/function x\n').issues).toMatchObject([
      { code: 'yaml-tag', line: 1, column: 4 },
    ]);
  });

  it('treats a merge key as a plain key', () => {
    const y = new YamlFile('f.yaml', 'base: &b {x: 1}\nc:\n  <<: *b\n');
    const c = y.fields(y.root, 'the file', ['base', 'c'])!.c!;
    expect(y.entries(c.value, 'c')!.map((e) => e.key)).toEqual(['<<']);
  });

  it(`follows at most ${MAX_ALIASES} aliases`, () => {
    const y = new YamlFile(
      'f.yaml',
      `a: &a x\nb: [${Array(MAX_ALIASES + 2)
        .fill('*a')
        .join(', ')}]\n`,
    );
    const b = y.fields(y.root, 'the file', ['a', 'b'])!.b!;
    expect(y.strings(b.value, 'b')!.length).toBe(MAX_ALIASES);
    expect(y.issues.filter((i) => i.code === 'yaml-alias')).toHaveLength(1);
  });

  it('survives an alias that contains itself', () => {
    const y = new YamlFile('f.yaml', 'a: &a [*a]\n');
    const a = y.fields(y.root, 'the file', ['a'])!.a!;
    expect(() => y.items(a.value, 'a')).not.toThrow();
  });
});
