/**
 * Characters that do not show, or that reorder the text around them: a name holding one can
 * display exactly like another name (`gpt-4o` and `gpt\u200B-4o`) or like nothing at all. Names
 * (files, scenario ids, models) holding one are an error that names the character and where it is.
 * Control characters (line breaks, tabs) are not in the list: every output shows them as a
 * space or U+FFFD (report/escape.ts), so they cannot pass for another name.
 */
import { makeIssue, type Issue } from '../model/issue.js';
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/;

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

export interface InvisibleCharacter {
  /** 1-based position in the name, counted in code points. */
  readonly position: number;
  /** `U+200B ZERO WIDTH SPACE` (the Unicode name when it is one of the common ones). */
  readonly label: string;
}

/** The first invisible or bidi character of `name`, or undefined. Linear in the name. */
export function findInvisible(name: string): InvisibleCharacter | undefined {
  const m = INVISIBLE.exec(name);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  let position = 1;
  for (let i = 0; i < m.index; i++) {
    const c = name.charCodeAt(i);
    if (!(
      c >= 0xdc00 &&
      c <= 0xdfff &&
      i > 0 &&
      name.charCodeAt(i - 1) >= 0xd800 &&
      name.charCodeAt(i - 1) <= 0xdbff
    ))
      position++;
  }
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const tag = cp >= 0xe0000 && cp <= 0xe007f ? 'TAG CHARACTER' : NAMES[cp];
  return { position, label: `U+${hex}${tag ? ` ${tag}` : ''}` };
}

/**
 * The `invisible-character` error for a name (a model, a scenario id, a file) that holds one,
 * placed at the name when its place is known; undefined for a name without one.
 */
export function invisibleIssue(
  what: string,
  name: string,
  file: string,
  place: { readonly line?: number; readonly column?: number } = {},
): Issue | undefined {
  const found = findInvisible(name);
  if (!found) return undefined;
  const message = invisibleMessage(what, name, found);
  return makeIssue({ code: 'invisible-character', file, ...place, message, hint: INVISIBLE_HINT });
}

function invisibleMessage(what: string, name: string, found: InvisibleCharacter): string {
  return `The ${what} ${JSON.stringify(name)} holds an invisible character, ${found.label}, at character ${found.position}: it could display as another name.`;
}

const INVISIBLE_HINT = 'Delete the character (retype the name): names may hold only visible characters.';
