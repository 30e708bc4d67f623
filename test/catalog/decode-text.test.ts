import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/catalog/decode-text.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeText', () => {
  it('reads plain UTF-8 as it is', () => {
    expect(decodeText('a.csv', bytes('model,é\n'))).toEqual({ text: 'model,é\n', issues: [] });
  });

  it('gives an ASCII text its bytes as code units, past the byte order mark and without a copy', () => {
    const file = bytes([0xef, 0xbb, 0xbf], 'model,a\nm,1\n');
    const { text, units } = decodeText('a.csv', file);
    expect(units).toEqual(bytes('model,a\nm,1\n'));
    expect(units!.buffer).toBe(file.buffer);
    expect(Array.from(units!)).toEqual(Array.from(text!, (c) => c.charCodeAt(0)));
    expect(decodeText('a.csv', bytes('model,é\n')).units).toBeUndefined();
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText('a.csv', bytes([0xef, 0xbb, 0xbf], 'model\n')).text).toBe('model\n');
  });

  it('keeps CRLF and mixed line endings as written', () => {
    expect(decodeText('a.csv', bytes('a\r\nb\nc')).text).toBe('a\r\nb\nc');
  });

  it('refuses UTF-16 with either byte order mark', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const { text, issues } = decodeText('a.csv', bytes(bom, [0x6d, 0]));
      expect(text).toBeUndefined();
      expect(issues).toMatchObject([{ severity: 'error', code: 'utf16', file: 'a.csv', line: 1, column: 1 }]);
      expect(issues[0]!.hint).toContain('UTF-8');
    }
  });

  it('places invalid UTF-8 at the line and column of the bad byte', () => {
    const { text, issues } = decodeText('a.csv', bytes('model,x\r\ngpt,é', [0xff], '\n'));
    expect(text).toBeUndefined();
    expect(issues).toMatchObject([{ code: 'invalid-utf8', line: 2, column: 6 }]);
    expect(issues[0]!.message).toContain('offset 15 (0xFF)');
  });

  it('places a truncated multi-byte character at its first byte', () => {
    const { issues } = decodeText('a.csv', bytes('ab\ncé', [0xe2, 0x82], '(\n'));
    expect(issues).toMatchObject([{ code: 'invalid-utf8', line: 2, column: 3 }]);
  });

  it('counts the byte order mark in the byte offset but not in the column', () => {
    const { issues } = decodeText('a.csv', bytes([0xef, 0xbb, 0xbf], 'ab', [0xc3, 0x28]));
    expect(issues).toMatchObject([{ code: 'invalid-utf8', line: 1, column: 3 }]);
    expect(issues[0]!.message).toContain('offset 5 ');
  });

  it('refuses NUL bytes and suspects UTF-16 without a byte order mark', () => {
    const { issues } = decodeText('a.csv', bytes([0x6d, 0, 0x6f, 0]));
    expect(issues).toMatchObject([{ code: 'nul-byte', line: 1, column: 2 }]);
    expect(issues[0]!.hint).toContain('UTF-16');
  });

  it('places a NUL byte after line breaks', () => {
    expect(decodeText('a.csv', bytes('a\rb\r\ncd', [0])).issues).toMatchObject([
      { code: 'nul-byte', line: 3, column: 3 },
    ]);
  });

  it('reports the first of a NUL byte and a byte that is not UTF-8, whichever comes first', () => {
    expect(decodeText('a.csv', bytes('é,', [0], ',x')).issues).toMatchObject([
      { code: 'nul-byte', line: 1, column: 3 },
    ]);
    expect(decodeText('a.csv', bytes('a', [0xc3], 'b', [0])).issues).toMatchObject([
      { code: 'invalid-utf8', line: 1, column: 2 },
    ]);
    expect(decodeText('a.csv', bytes('a', [0], 'b', [0xc3])).issues).toMatchObject([
      { code: 'nul-byte', line: 1, column: 2 },
    ]);
  });

  it('reads bytes in shared memory as it reads any others (read-git.ts keeps blobs there)', () => {
    for (const b of [bytes('model,a\nm,1\n'), bytes('m,é\n'), bytes('m,', [0], '\n')]) {
      const shared = new Uint8Array(new SharedArrayBuffer(b.length));
      shared.set(b);
      expect(decodeText('a.csv', shared)).toEqual(decodeText('a.csv', b));
    }
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText('a.csv', new Uint8Array())).toEqual({ text: '', units: new Uint8Array(), issues: [] });
  });
});
