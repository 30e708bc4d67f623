/**
 * Bytes of a catalog file -> text. UTF-8 only: a UTF-8 byte order mark is dropped; a UTF-16
 * (or UTF-32) byte order mark, a byte sequence that is not UTF-8 and a NUL byte are errors
 * placed at the line and column of the offending byte. Line endings are left as written
 * (LF, CRLF and mixtures are all fine for the parsers). Never throws.
 */
import { makeIssue, type Issue } from '../model/issue.js';
import { LineIndex } from './text-position.js';

export interface DecodedText {
  /** Absent when the bytes cannot be read as UTF-8 text. */
  readonly text?: string;
  /** The text's UTF-16 code units when it is ASCII only: its bytes, not a copy (code-units.ts). */
  readonly units?: Uint8Array;
  readonly issues: readonly Issue[];
}

const hint = 'Save the file as UTF-8 (in most editors: "Save with encoding" -> UTF-8).';

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      file,
      'utf16',
      'The file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8.',
      1,
      1,
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // A NUL is valid UTF-8, so it is looked for in the text: String#indexOf is many times faster
  // than a typed array's, above all on shared memory (read-git.ts).
  const text = utf8(body);
  // Valid UTF-8 is ASCII only when every character is one byte.
  if (text !== undefined && !text.includes('\0'))
    return { text, issues: [], ...(text.length === body.length && { units: body }) };
  const nul = body.indexOf(0);
  const badUtf8 = firstInvalidUtf8(body);

  const offset = badUtf8 < 0 ? nul : nul < 0 ? badUtf8 : Math.min(nul, badUtf8);
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, offset), {
    stream: true,
  });
  const { line, column } = new LineIndex(before).positionAt(before.length);
  const byte = start + offset;
  return offset === nul
    ? fail(
        file,
        'nul-byte',
        `NUL byte (0x00) at byte offset ${byte}: this is not a text file.`,
        line,
        column,
        looksUtf16(body),
      )
    : fail(
        file,
        'invalid-utf8',
        `The byte at offset ${byte} (0x${hex(bytes[byte]!)}) is not valid UTF-8.`,
        line,
        column,
      );
}

function fail(
  file: string,
  code: 'utf16' | 'nul-byte' | 'invalid-utf8',
  message: string,
  line: number,
  column: number,
  extra = '',
): DecodedText {
  return { issues: [makeIssue({ code, file, line, column, message, hint: extra + hint })] };
}

/** Offset of the first byte where UTF-8 decoding fails, -1 when all of it is valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (ok(bytes, bytes.length, false)) return -1;
  // The longest prefix that is valid UTF-8 (allowing a cut through a last, incomplete character).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(bytes, mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (ok(bytes, lo, false)) return lo;
  // The prefix ends inside a character: the error is at that character's first byte.
  let offset = lo;
  while (offset > 0 && (bytes[offset - 1]! & 0xc0) === 0x80) offset--;
  return offset > 0 ? offset - 1 : 0;
}

/** The bytes as UTF-8 text (one pass that also validates), or undefined when they are not UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function ok(bytes: Uint8Array, length: number, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream });
    return true;
  } catch {
    return false;
  }
}

const looksUtf16 = (bytes: Uint8Array): string =>
  bytes.length > 1 && (bytes[1] === 0 || bytes[0] === 0)
    ? 'It looks like UTF-16 without a byte order mark. '
    : '';

const hex = (b: number): string => b.toString(16).padStart(2, '0').toUpperCase();
