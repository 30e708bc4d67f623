/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a slice of
 * 13 characters or more as a view of its parent: a model name or scenario id kept from a 100 kB
 * results file would keep the whole file's text alive, and be slower to compare. Lossless for
 * any UTF-16, lone surrogates included.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}
