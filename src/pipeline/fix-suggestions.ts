/**
 * One-click fixes for unmatched model names (issue 9, point 4): for each model of an added or
 * changed results file that no other benchmark has, a rename of its CSV line(s) to the
 * catalog's spelling when the match is confident, or a `models.yaml` alias when a rename of
 * lines does not fit.
 *
 * The confident-match rule (docs/action.md, "Suggested fixes"). Names are folded (NFKC, lower
 * case, only letters and digits kept); each candidate (the closest catalog models, see
 * `unmatchedModels`) is folded from its id and from every spelling the other files use for it.
 * A candidate is a confident match when
 * 1. it is the only candidate equal to the name after folding, or
 * 2. no candidate is equal, its folded edit distance d1 is at most max(1, floor(length / 8))
 *    of the folded name, and every other candidate is at least d1 + 2 edits away.
 * The new spelling is the one the other files use most for that model (ties: the first in
 * code-point order), so it matches by construction.
 *
 * A rename is suggested on a line when the line is in the pull request's diff (the file is new,
 * or the line's text is not a line of the base file), holds no quote, and names the model in
 * exactly one comma-separated field. A model named on more than `MAX_LINES_PER_MODEL` lines
 * (a long-format file), or on a line that does not qualify, gets an alias proposal instead.
 * Pure: the same input gives the same plan.
 */
import { distance } from 'fastest-levenshtein';
import { parseResultsCsv } from '../catalog/parse-csv.js';
import { decodeText } from '../catalog/decode-text.js';
import type { Catalog, CatalogFiles } from '../catalog/types.js';
import type { AliasFix, FixPlan, LineFix } from '../model/fix-plan.js';
import type { ChangedBenchmark } from '../model/pr-report-schema.js';

export const MAX_LINES_PER_MODEL = 3;
/** At most this many line suggestions in one review. */
export const MAX_LINE_FIXES = 50;

export const foldName = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Model id -> the spellings other files than `except` use for it, most used first. */
export function catalogSpellings(catalog: Catalog, except: string): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const b of catalog.benchmarks) {
    if (b.id === except) continue;
    for (const [written, id] of b.modelNames) {
      const c = counts.get(id) ?? new Map<string, number>();
      c.set(written, (c.get(written) ?? 0) + 1);
      counts.set(id, c);
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, c] of counts) {
    out.set(
      id,
      [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s),
    );
  }
  return out;
}

/** The confident match of `name` among candidate ids (see the rule above), or null. */
export function confidentMatch(
  name: string,
  candidates: readonly string[],
  spellings: ReadonlyMap<string, readonly string[]>,
): string | null {
  const a = foldName(name);
  if (a === '') return null;
  const scored = candidates.map((id) => {
    const forms = [id, ...(spellings.get(id) ?? [])].map(foldName);
    return { id, d: Math.min(...forms.map((f) => distance(a, f))) };
  });
  const equal = scored.filter((s) => s.d === 0);
  if (equal.length === 1) return equal[0]!.id;
  if (equal.length > 1 || scored.length === 0) return null;
  const [best, ...rest] = [...scored].sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : 1));
  const limit = Math.max(1, Math.floor([...a].length / 8));
  if (best!.d > limit) return null;
  return rest.every((r) => r.d >= best!.d + 2) ? best!.id : null;
}

/** The line with the one field equal to `model` (trimmed) renamed, or null when it does not qualify. */
export function renameInLine(line: string, model: string, spelling: string): string | null {
  if (line.includes('"') || /[,"\r\n]/.test(spelling)) return null;
  const fields = line.split(',');
  const hits = fields.flatMap((f, i) => (f.trim() === model ? [i] : []));
  if (hits.length !== 1) return null;
  const i = hits[0]!;
  const f = fields[i]!;
  const lead = f.length - f.trimStart().length;
  const trail = f.length - f.trimEnd().length;
  fields[i] = f.slice(0, lead) + spelling + f.slice(f.length - trail);
  return fields.join(',');
}

const linesOf = (file: string, bytes: Uint8Array | undefined): string[] =>
  bytes === undefined
    ? []
    : (decodeText(file, bytes).text ?? '').split('\n').map((l) => l.replace(/\r$/, ''));

export function planFixes(
  head: Catalog,
  headFiles: CatalogFiles,
  baseFiles: CatalogFiles,
  benchmarks: readonly ChangedBenchmark[],
): FixPlan {
  const lines: LineFix[] = [];
  const aliases: AliasFix[] = [];
  for (const b of benchmarks) {
    if (b.status === 'removed' || b.unmatched.length === 0) continue;
    const bytes = headFiles.get(b.file);
    if (!bytes) continue;
    const spellings = catalogSpellings(head, b.id);
    const text = linesOf(b.file, bytes);
    const baseLines = new Set(linesOf(b.file, baseFiles.get(b.file)));
    const isNew = !baseFiles.has(b.file);
    const parsed = parseResultsCsv(b.file, text.join('\n'), head.config.limits);
    const rowsOf = new Map<string, Set<number>>();
    for (const s of parsed.scenarios) {
      for (const c of s.cells) {
        const set = rowsOf.get(c.model) ?? new Set<number>();
        set.add(c.line);
        rowsOf.set(c.model, set);
      }
    }
    for (const u of b.unmatched) {
      const id = confidentMatch(u.name, u.suggestions, spellings);
      const spelling = id === null ? undefined : (spellings.get(id)?.[0] ?? id);
      if (id === null || spelling === undefined) continue;
      const rows = [...(rowsOf.get(u.name) ?? [])].sort((x, y) => x - y);
      const fixes = rows.map((line) => {
        const before = text[line - 1] ?? '';
        const inDiff = isNew || !baseLines.has(before);
        const after = inDiff ? renameInLine(before, u.name, spelling) : null;
        return after === null ? null : { file: b.file, line, model: u.name, spelling, id, before, after };
      });
      if (rows.length > 0 && rows.length <= MAX_LINES_PER_MODEL && fixes.every((f) => f !== null)) {
        lines.push(...(fixes as LineFix[]));
      } else {
        aliases.push({ file: b.file, model: u.name, id, spelling });
      }
    }
  }
  return { lines: lines.slice(0, MAX_LINE_FIXES), aliases };
}
