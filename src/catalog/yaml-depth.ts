/**
 * How deeply a YAML text nests, found in one linear pass before the text is parsed: the `yaml`
 * library builds a node per level, so a few MB of `[` or `- - - ...` would exhaust the heap.
 *
 * The count errs on the high side, never the low: each open flow bracket (`[`, `{`) outside a
 * quoted scalar or a comment is a level, each more-indented block line is a level, and each
 * `- ` or `? ` at the start of a line is one more. Returns the offset where the depth first
 * passes `max`, or undefined when it never does. Contract: O(text length) time, O(lines) memory.
 */
export function yamlTooDeepAt(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A line: its indentation first (block levels count only outside flow collections).
    let indent = 0;
    while (i + indent < n && text.charCodeAt(i + indent) === 32) indent++;
    let j = i + indent;
    const c = text.charCodeAt(j);
    if (flow === 0 && j < n && c !== 10 && c !== 13 && c !== 35 /* # */) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let block = indents.length;
      // `- - - x` and `? ? x` nest on one line.
      while (
        j + 1 < n &&
        (text[j] === '-' || text[j] === '?') &&
        (text[j + 1] === ' ' || text[j + 1] === '\t')
      ) {
        block++;
        j += 2;
        while (j < n && text.charCodeAt(j) === 32) j++;
      }
      if (block > max) return i + indent;
    }
    // The rest of the line: brackets outside quotes and comments.
    let k = j;
    while (k < n && text.charCodeAt(k) !== 10) {
      const ch = text[k]!;
      // A quote opens a quoted scalar only where a token starts (`it's` is plain text).
      if ((ch === '"' || ch === "'") && (k === j || /[\s[{,:]/.test(text[k - 1]!))) {
        k = quotedEnd(text, k);
        continue;
      }
      if (ch === '#' && (k === 0 || /\s/.test(text[k - 1]!))) {
        while (k < n && text.charCodeAt(k) !== 10) k++;
        break;
      }
      if (ch === '[' || ch === '{') {
        flow++;
        if (flow + indents.length > max) return k;
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      k++;
    }
    i = k + 1;
  }
  return undefined;
}

/** The offset just past a quoted scalar starting at `k` (or the end of its line, if unclosed). */
function quotedEnd(text: string, k: number): number {
  const quote = text[k];
  let m = k + 1;
  while (m < text.length && text[m] !== '\n') {
    if (quote === '"' && text[m] === '\\') m += 2;
    else if (text[m] === quote) {
      if (quote === "'" && text[m + 1] === "'") m += 2;
      else return m + 1;
    } else m++;
  }
  return m;
}
