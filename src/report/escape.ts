/**
 * Escaping of untrusted text (model, scenario and file names, cell values, anything read
 * from a pull request or an artifact) before it reaches a GitHub comment, a job summary or
 * an HTML page.
 *
 * Contract, for every function here:
 * - The output holds no newline, carriage return, tab or other control character (they become a
 *   space, or U+FFFD when invisible: C0/C1 controls, bidi overrides, lone surrogates), so one
 *   string can never start a new Markdown block or table row.
 * - The output holds no raw `<`, so no HTML tag and no `<!--` (hence no forged
 *   `<!-- benchbench-action:comment -->` marker) can survive. `codeSpan` is the one place a
 *   `<` may appear, inside backticks, and never as part of `<!--`.
 * - Escaping is total and pure: any string, including '' and lone surrogates, gives a string.
 * - Every escaper first cuts its input to `MAX_TEXT_CHARS` code points (`cutText`, ending in
 *   `…`; the last argument, `max`, changes it), so no one untrusted string can fill a comment,
 *   a summary or a page.
 * - Time is linear in the input: every pattern matches at a fixed distance from where it starts
 *   (no run of letters is tried from each of its positions), and no array is spread into a call
 *   (`test/hostile/escape-linear.test.ts` times each escaper on 10^6-character inputs).
 *
 * Why a zero-width space (U+200B) for mentions and references: GitHub resolves `@user`,
 * `@org/team`, `#123` and `GH-123` on the *rendered* text, after Markdown has decoded
 * backslash escapes and entities, so `\@` or `&#64;` would still notify. A U+200B between the
 * sigil and the name leaves the text readable and breaks the match.
 */

const ZWSP = '\u200B';
/** The most code points of one untrusted string shown anywhere (names, messages, hints). */
export const MAX_TEXT_CHARS = 1_000;
const REPLACEMENT = '\uFFFD';

/** Whitespace that would end a line or a table row: shown as a plain space. */
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** C0/C1 controls, DEL, bidi embeddings/overrides/isolates (Trojan Source), BOM. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * At most `max` code points of `s` (never splitting a surrogate pair): the first `max - 1`
 * and `…` when it is longer. Linear, and O(max) once the string is longer than 2 × max units.
 */
export function cutText(s: string, max = MAX_TEXT_CHARS): string {
  if (s.length <= max) return s;
  let units = 0;
  let cutAt = 0;
  for (let points = 0; points < max; points++) {
    if (points === max - 1) cutAt = units;
    if (units >= s.length) return s;
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < s.length ? 2 : 1;
  }
  return units >= s.length ? s : s.slice(0, cutAt) + '…';
}

/** Makes the text single-line, visible and cut to MAX_TEXT_CHARS: the first step of every escaper. */
export function flattenControls(s: string, max = MAX_TEXT_CHARS): string {
  return cutText(s, max)
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, REPLACEMENT)
    .replace(LONE_SURROGATE, REPLACEMENT);
}

/** Breaks GitHub's automatic links and notifications without hiding the text. */
function neutraliseReferences(s: string): string {
  return (
    s
      // @user, @org/team, and emails (user@host) alike: nothing after the @ is read as a name.
      .replace(/@/g, `@${ZWSP}`)
      // #123 (also owner/repo#123) and GH-123.
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
      // Extended autolinks: scheme://host and www.host.
      // (Only the `:` is matched: a pattern for the scheme would retry each letter of a long run.)
      .replace(/:(?=\/\/)/g, `${ZWSP}:`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
  );
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
};

/**
 * Text safe inside a Markdown table cell, a heading or the middle of a line (not for the start
 * of a block: use it after other text or inside a cell). `|` becomes `&#124;` (a literal pipe in
 * the cell, never a column break), `& < >` become entities, Markdown punctuation
 * (`` \ ` * _ [ ] ( ) ~ # $ ! ``) is backslash-escaped, and mentions, references and autolinks
 * are broken with U+200B.
 */
export function escapeMarkdownInline(s: string, max = MAX_TEXT_CHARS): string {
  // Entities come last: the other steps would split or escape the `#` of `&#124;`.
  return neutraliseReferences(flattenControls(s, max))
    .replace(/[\\`*_[\]()~#$!]/g, '\\$&')
    .replace(/[&<>|]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Text and attribute values for an HTML page: `& < > " '` become entities. */
export function escapeHtml(s: string, max = MAX_TEXT_CHARS): string {
  return flattenControls(s, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Text inside raw HTML in a GitHub comment or job summary (e.g. `<summary>`): HTML-escaped,
 * `|` as an entity, and mentions and references broken, because GitHub links those in HTML
 * blocks too.
 */
export function escapeCommentHtml(s: string, max = MAX_TEXT_CHARS): string {
  return neutraliseReferences(flattenControls(s, max)).replace(/[&<>"'|]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * A Markdown code span showing `s` verbatim (after control characters are flattened), with a
 * backtick fence longer than any backtick run inside. Code spans are exempt from mentions,
 * references and autolinks. Falls back to `escapeMarkdownInline` when a code span cannot be
 * safe: the text holds `|` (which splits a table row even inside backticks) or `<!--` (which
 * could forge the comment marker in the raw body), or is empty or blank.
 */
export function codeSpan(s: string, max = MAX_TEXT_CHARS): string {
  const flat = flattenControls(s, max);
  if (flat.trim() === '' || flat.includes('|') || flat.includes('<!--'))
    return escapeMarkdownInline(flat, max);
  let longestRun = 0;
  for (const run of flat.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  // A space on both sides keeps a leading or trailing backtick apart from the fence, and keeps
  // the text's own outer spaces: CommonMark strips exactly one space from each side.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
