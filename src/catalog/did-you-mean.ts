/**
 * "Did you mean ...?" for a misspelt key: the candidate with the smallest edit distance
 * (case-insensitive, `-` and `_` treated alike), if it is within 1 edit of a word of up to 3
 * characters, else within max(2, floor(length / 3)) edits (so a swap of two letters is caught). Ties go to the candidate that sorts first, so the answer never depends
 * on the order of the candidates.
 */
import { distance } from 'fastest-levenshtein';

const fold = (s: string): string => s.toLowerCase().replace(/-/g, '_');

/**
 * Suggestion work allowed for one catalog (one load, or one pull-request report): characters
 * compared, counted as `length(a) × length(b)` per pair plus one per candidate looked at. A
 * pull request chooses how many names it misspells and how long they are, so without a budget
 * the work would grow with the product of its sizes. Spent, it gives no more suggestions (the
 * issues stay, without "did you mean"). Deterministic: it counts work, not time.
 */
export const SUGGESTION_BUDGET = 20_000_000;

export class SuggestionBudget {
  private left: number;
  constructor(total = SUGGESTION_BUDGET) {
    this.left = total;
  }
  /** Takes `cost` from the budget; false (and nothing taken) when that would overspend it. */
  spend(cost: number): boolean {
    if (cost > this.left) return false;
    this.left -= cost;
    return true;
  }
  get spent(): boolean {
    return this.left <= 0;
  }
}

export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget = new SuggestionBudget(),
): string | undefined {
  const w = fold(word);
  const limit = w.length <= 3 ? 1 : Math.max(2, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (!budget.spend(1)) return undefined;
    // Distance is at least the difference of lengths (folding keeps the length of all but a few
    // letters, such as `İ`): most candidates need neither folding nor comparing.
    if (Math.abs(c.length - w.length) > limit + 1) continue;
    const f = fold(c);
    if (Math.abs(f.length - w.length) > limit) continue;
    if (!budget.spend(w.length * f.length)) return undefined;
    const d = distance(w, f);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best))
      [best, bestDistance] = [c, d];
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
