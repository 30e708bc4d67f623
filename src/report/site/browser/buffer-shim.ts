/**
 * The one Node API the catalog's CSV parser uses, `Buffer.byteLength(text, 'utf8')` (its file
 * size limit), for the page's worker bundle (esbuild `inject`). UTF-8 length by TextEncoder.
 */
const encoder = new TextEncoder();
export const Buffer = { byteLength: (text: string): number => encoder.encode(text).length };
