/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a slice of
 * 13 characters or more as a view of its parent: a model name or scenario id kept from a 100 kB
 * results file would keep the whole file's text alive, and be slower to compare. Joining its
 * UTF-16 units builds a new string: lossless (lone surrogates included), and it needs no Node
 * API, for the page runs this parser in the browser.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}
