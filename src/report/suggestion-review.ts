/**
 * The pull-request review that carries one-click fixes (see pipeline/fix-suggestions.ts): a body
 * with the marker and any `models.yaml` aliases to add, and one review comment per CSV line with
 * a GitHub suggested change (a ```suggestion block holding the renamed line).
 *
 * Untrusted text: the lines and names come from the pull request. The suggestion block's fence
 * is longer than any backtick run in the line, so a name cannot close it; everything else goes
 * through `codeSpan`. Names are cut to MAX_NAME_CHARS in prose (never in a suggested line, which
 * must be the exact new line); a line longer than MAX_SUGGESTED_LINE is not suggested.
 */
import type { AliasFix, FixPlan, LineFix } from '../model/fix-plan.js';
import { codeSpan, flattenControls } from './escape.js';
import { cut } from './pr-comment.js';

export const REVIEW_MARKER = '<!-- benchbench-action:suggestions -->';
export const MAX_SUGGESTED_LINE = 2_000;
/** At most this many aliases are proposed in one review body. */
export const MAX_ALIASES = 200;

export interface ReviewComment {
  /** Repository-relative path. */
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
}

export interface SuggestionReview {
  readonly body: string;
  readonly comments: readonly ReviewComment[];
}

/** Repository-relative path of a catalog-relative one. */
const repoPath = (catalogDir: string, file: string): string =>
  catalogDir === '.' || catalogDir === '' ? file : `${catalogDir}/${file}`;

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

function lineComment(catalogDir: string, f: LineFix): ReviewComment | null {
  const after = flattenControls(f.after);
  if (after.length > MAX_SUGGESTED_LINE || after !== f.after) return null;
  const ticks = fence(after);
  return {
    path: repoPath(catalogDir, f.file),
    line: f.line,
    side: 'RIGHT',
    body:
      `${codeSpan(cut(f.model))} matches no model of another benchmark; the catalog spells model ` +
      `${codeSpan(cut(f.id))} as ${codeSpan(cut(f.spelling))}. Rename it:\n\n` +
      `${ticks}suggestion\n${after}\n${ticks}`,
  };
}

/** YAML of the aliases to add, in a code block (names quoted as JSON strings, valid YAML). */
function aliasBlock(aliases: readonly AliasFix[]): string[] {
  const byId = new Map<string, string[]>();
  for (const a of aliases) byId.set(a.id, [...(byId.get(a.id) ?? []), a.model]);
  const yaml = ['models:'];
  for (const [id, names] of [...byId].sort(([a], [b]) => (a < b ? -1 : 1))) {
    yaml.push(
      `  ${JSON.stringify(id)}:`,
      '    aliases:',
      ...names.map((n) => `      - ${JSON.stringify(flattenControls(n))}`),
    );
  }
  const text = yaml.join('\n');
  const ticks = fence(text);
  return [`${ticks}yaml`, text, ticks];
}

/** Null when the plan has nothing to suggest. */
export function renderSuggestionReview(plan: FixPlan, catalogDir: string): SuggestionReview | null {
  const comments = plan.lines.flatMap((f) => lineComment(catalogDir, f) ?? []);
  if (comments.length === 0 && plan.aliases.length === 0) return null;
  const body: string[] = [REVIEW_MARKER, '**BenchBench: suggested fixes for model names**', ''];
  if (comments.length > 0) {
    body.push(
      `${comments.length === 1 ? 'One line names' : `${comments.length} lines name`} a model no other benchmark has, ` +
        'where the catalog has a confident match (docs/action.md, "Suggested fixes"). Each suggestion below renames it in one click.',
      '',
    );
  }
  if (plan.aliases.length > 0) {
    body.push(
      `${plan.aliases.length === 1 ? 'One model is' : `${plan.aliases.length} models are`} named on many lines or on lines a suggestion cannot reach; ` +
        `add ${plan.aliases.length === 1 ? 'its spelling' : 'their spellings'} as aliases in \`models.yaml\` instead:`,
      '',
      ...aliasBlock(plan.aliases.slice(0, MAX_ALIASES)),
      '',
      ...(plan.aliases.length > MAX_ALIASES
        ? [
            `… and ${plan.aliases.length - MAX_ALIASES} more: \`benchbench validate --verbose\` lists them all.`,
            '',
          ]
        : []),
    );
  }
  return { body: body.join('\n').trimEnd() + '\n', comments };
}
