/**
 * Every escaper runs in time linear in its input, on the inputs that make regular expressions
 * backtrack: long runs of scheme letters without `://` (the autolink pattern once tried each
 * letter as a start: 35 s for 200,000 letters), runs of `@`, `#1`, backticks, pipes, entities,
 * line breaks, bidi characters and lone surrogates. Each escaper is timed (uncut: `max` =
 * Infinity) on 10^6 characters and on 2 × 10^6. The real test is the absolute bound: a
 * quadratic path at 10^6 characters does ~10^12 steps (minutes; the old autolink pattern took
 * 35 s at 2 × 10^5), so 2 × 10^6 characters must take under 5 s. The ratio of the two times must
 * also stay under 6: linear work gives 2, but on a shared machine the allocation of
 * multi-megabyte strings alone measured up to 5× at double the size (even `s.replace(/\t/g, ' ')`
 * went 6 ms -> 78 ms). The two sizes are timed in turn, the best of seven runs of each is kept,
 * and times are floored at 20 ms; a ratio over 6 is measured again, up to three rounds.
 */
import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  cutText,
  escapeCommentHtml,
  escapeHtml,
  escapeMarkdownInline,
  flattenControls,
  MAX_TEXT_CHARS,
} from '../../src/report/escape.js';

const ESCAPERS = { flattenControls, escapeMarkdownInline, escapeHtml, escapeCommentHtml, codeSpan };

/** Adversarial strings of about `n` characters. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'letters without a colon': (n) => 'a'.repeat(n),
  'scheme letters then a colon, no slashes': (n) => 'h+.-'.repeat(n / 4) + ':',
  'colons without slashes': (n) => 'a:'.repeat(n / 2),
  'at signs and references': (n) => '@#1GH-1www.'.repeat(n / 11),
  'backtick runs': (n) => '`a``b'.repeat(n / 5),
  'pipes and entities': (n) => '|&<>"\''.repeat(n / 6),
  'line breaks and invisibles': (n) => '\r\n\u202e\u2066\uD800\t'.repeat(n / 7),
};

/** The best time of each of two jobs, run in turn so that a slow spell of the machine hits both. */
function bestOfEach(runs: number, f: () => void, g: () => void): [number, number] {
  const best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    [f, g].forEach((job, k) => {
      const t = performance.now();
      job();
      best[k] = Math.min(best[k]!, performance.now() - t);
    });
  }
  return best;
}

describe('the escapers on 10^6-character adversarial strings', () => {
  for (const [name, escape] of Object.entries(ESCAPERS)) {
    it(`${name} grows linearly on every adversarial class`, () => {
      for (const [kind, make] of Object.entries(ADVERSARIAL)) {
        const small = make(1_000_000);
        const large = make(2_000_000);
        escape(small, Infinity); // warm up the JIT
        // Up to three rounds: a busy spell of a shared machine can spoil one, not a quadratic path.
        let [a, b, ratio] = [0, 0, Infinity];
        for (let round = 0; round < 3 && ratio >= 6; round++) {
          [a, b] = bestOfEach(
            7,
            () => escape(small, Infinity),
            () => escape(large, Infinity),
          );
          ratio = Math.max(b, 20) / Math.max(a, 20);
        }
        expect(ratio, `${kind}: ${a.toFixed(1)} ms -> ${b.toFixed(1)} ms`).toBeLessThan(6);
        expect(b, `${kind} at 2 × 10^6 characters`).toBeLessThan(5_000);
      }
    }, 120_000);
  }

  it('cut every string to MAX_TEXT_CHARS code points by default, so a 200,000-letter name costs nothing', () => {
    const name = 'x'.repeat(200_000);
    const t = performance.now();
    for (const escape of Object.values(ESCAPERS)) {
      const out = escape(name);
      expect([...out.replace(/`/g, '')].length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(out).toContain('…');
    }
    expect(performance.now() - t).toBeLessThan(1_000);
  });

  it('cuts at a code point, never inside a surrogate pair, and leaves short strings alone', () => {
    expect(cutText('😀'.repeat(5), 3)).toBe('😀😀…');
    expect(cutText('😀'.repeat(3), 3)).toBe('😀😀😀');
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 3)).toBe('ab…');
  });
});
