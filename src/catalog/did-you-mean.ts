/**
 * "Did you mean ...?" for a misspelt key: the candidate with the smallest edit distance
 * (case-insensitive, `-` and `_` treated alike), if it is within 1 edit of a word of up to 3
 * characters, else within max(2, floor(length / 3)) edits (so a swap of two letters is caught). Ties go to the candidate that sorts first, so the answer never depends
 * on the order of the candidates.
 */
import { distance } from 'fastest-levenshtein';

const fold = (s: string): string => s.toLowerCase().replace(/-/g, '_');

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = fold(word);
  const limit = w.length <= 3 ? 1 : Math.max(2, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of [...candidates].sort()) {
    const d = distance(w, fold(c));
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** A hint for an unknown key: the likely intended key, else the keys that are allowed. */
export function unknownKeyHint(word: string, allowed: readonly string[]): string {
  const guess = didYouMean(word, allowed);
  return guess !== undefined
    ? `Did you mean \`${guess}\`?`
    : `Allowed keys here: ${allowed.map((k) => `\`${k}\``).join(', ')}.`;
}
