/**
 * The UTF-16 code units of a text as a typed array, for parsers that scan it many times: a
 * typed array is read faster than `charCodeAt`. A text of ASCII only, the common case, becomes
 * bytes (TextEncoder, at memory speed); any other one 16-bit units. Either way unit i is
 * `text.charCodeAt(i)`, so offsets into one are offsets into the other. No Node API: the page
 * runs the parsers in the browser.
 */
export type CodeUnits = Uint8Array | Uint16Array;

const encoder = new TextEncoder();

export function codeUnits(text: string): CodeUnits {
  const bytes = new Uint8Array(text.length);
  const { read, written } = encoder.encodeInto(text, bytes);
  // ASCII only when every character was read as one byte.
  if (read === text.length && written === text.length) return bytes;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
