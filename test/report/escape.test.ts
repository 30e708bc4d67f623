import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeCommentHtml,
  escapeHtml,
  escapeMarkdownInline,
  flattenControls,
} from '../../src/report/escape.js';

const MARKER = '<!-- benchbench-action:comment -->';
const hostile = `| <img src=x> @org/team #1 ${MARKER}\nnext | row\r\n`;

/** What GitHub would turn into a mention, an issue link or an autolink. */
const MENTION = /@[A-Za-z0-9]/;
/** `&#124;` is our own entity, not a reference. */
const ISSUE_REF = /(?<!&)#\d|\bGH-\d/i;
const AUTOLINK = /[a-z]:\/\/|\bwww\./i;

/** Strings biased towards the characters the escapers care about. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'|<>&`*_[]()~\\#$!@:/.-\'"\n\r\t\u0000\u001b\u007f\u202e\u2028\uD800\uDC00'.split('')),
    fc.constantFrom('<!--', '-->', 'http://', 'www.', 'GH-', '@org/team', '#12', '&#124;', '&lt;'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 40,
});

describe('escapeMarkdownInline', () => {
  it('makes a hostile model name inert in a table cell', () => {
    const out = escapeMarkdownInline(hostile);
    expect(out).not.toContain('<');
    expect(out).not.toContain('|');
    expect(out).not.toContain('\n');
    expect(out).not.toContain('\r');
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('@org');
    expect(out).not.toMatch(ISSUE_REF);
    expect(out).toBe(
      '&#124; &lt;img src=x&gt; @\u200Borg/team \\#\u200B1 &lt;\\!-- benchbench-action:comment --&gt; next &#124; row ',
    );
  });

  it('backslash-escapes Markdown punctuation, including the backslash itself', () => {
    expect(escapeMarkdownInline('a*b_c[d](e)~f`g\\h#i$j!k')).toBe(
      'a\\*b\\_c\\[d\\]\\(e\\)\\~f\\`g\\\\h\\#i\\$j\\!k',
    );
  });

  it('turns every pipe into an entity, so escaped backslashes cannot re-open a column', () => {
    expect(escapeMarkdownInline('\\|')).toBe('\\\\&#124;');
  });

  it('breaks mentions, emails, issue references and autolinks with a zero-width space', () => {
    expect(escapeMarkdownInline('@octocat')).toBe('@\u200Boctocat');
    expect(escapeMarkdownInline('me@example.com')).toBe('me@\u200Bexample.com');
    expect(escapeMarkdownInline('owner/repo#42')).toBe('owner/repo\\#\u200B42');
    expect(escapeMarkdownInline('gh-7')).toBe('gh-\u200B7');
    expect(escapeMarkdownInline('https://evil.example')).toBe('https\u200B://evil.example');
    expect(escapeMarkdownInline('WWW.evil.example')).toBe('WWW\u200B.evil.example');
  });

  it('keeps plain names readable', () => {
    expect(escapeMarkdownInline('llama-3-70b-instruct v1.5')).toBe('llama-3-70b-instruct v1.5');
    expect(escapeMarkdownInline('')).toBe('');
  });

  it('shows invisible controls, bidi overrides and lone surrogates as U+FFFD', () => {
    expect(escapeMarkdownInline('a\u0000b\u001bc\u202ed\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
  });

  it('keeps characters outside the Basic Multilingual Plane intact', () => {
    expect(escapeMarkdownInline('模型 😀')).toBe('模型 😀');
  });

  it('never lets a raw <, a pipe, a line break, a mention, a reference or an autolink through', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = escapeMarkdownInline(s);
        expect(out).not.toMatch(/[<|\n\r\t\u0000-\u001f\u2028\u2029]/);
        expect(out).not.toMatch(MENTION);
        expect(out).not.toMatch(ISSUE_REF);
        expect(out).not.toMatch(AUTOLINK);
        expect(out).not.toContain(MARKER);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a Markdown punctuation character unescaped', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        // Remove escaped pairs; what remains must hold no active punctuation.
        const rest = escapeMarkdownInline(s).replace(/\\[\\`*_[\]()~#$!]/g, '');
        expect(rest).not.toMatch(/[\\`*_[\]()~$!]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('cannot produce a comment opener or a tag', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"'\n\u0000]/);
      }),
    );
  });
});

describe('escapeCommentHtml', () => {
  it('escapes HTML and also breaks mentions and references inside a <summary>', () => {
    const out = escapeCommentHtml(hostile);
    expect(out).not.toMatch(/[<>|\n]/);
    expect(out).not.toMatch(MENTION);
    expect(out).not.toMatch(ISSUE_REF);
    expect(out).toContain('&#124;');
  });
});

describe('codeSpan', () => {
  it('wraps plain text in single backticks', () => {
    expect(codeSpan('my-bench')).toBe('`my-bench`');
  });

  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a``b`c')).toBe('```a``b`c```');
  });

  it('pads text that starts or ends with a backtick or a space, so CommonMark strips only the pad', () => {
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan(' x ')).toBe('`  x  `');
  });

  it('flattens line breaks so the span stays on one line', () => {
    expect(codeSpan('a\nb')).toBe('`a b`');
  });

  it('leaves mentions alone inside the span, where GitHub does not link them', () => {
    expect(codeSpan('@org #1 <b>')).toBe('`@org #1 <b>`');
  });

  it('falls back to inline escaping for pipes, comment openers and blank text', () => {
    expect(codeSpan('a|b')).toBe(escapeMarkdownInline('a|b'));
    expect(codeSpan(`x ${MARKER}`)).toBe(escapeMarkdownInline(`x ${MARKER}`));
    expect(codeSpan('   ')).toBe('   ');
    expect(codeSpan('')).toBe('');
  });

  it('always gives one line with no pipe and no comment opener, and round-trips the text it wraps', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = codeSpan(s);
        expect(out).not.toMatch(/[|\n\r]/);
        expect(out).not.toContain('<!--');
        const fenced = /^(`+)([^`][\s\S]*[^`]|[^`])\1$/.exec(out);
        if (fenced) {
          const fence = fenced[1] ?? '';
          const raw = fenced[2] ?? '';
          // CommonMark: one space is stripped from each side when both are there.
          const inner = /^ [\s\S]* $/.test(raw) && raw.trim() !== '' ? raw.slice(1, -1) : raw;
          expect(inner).toBe(flattenControls(s));
          expect((inner.match(/`+/g) ?? []).every((run) => run.length !== fence.length)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
