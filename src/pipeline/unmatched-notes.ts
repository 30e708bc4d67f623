/**
 * `benchbench validate`'s notes on model names: every model of a results file that no other
 * benchmark of the catalog has, at its first row, with the confident rename (see
 * fix-suggestions.ts) or the closest catalog models as the hint. The same names and suggestions
 * as the PR comment's unmatched models.
 */
import { makeIssue, type Issue } from '../model/issue.js';
import { unmatchedModels } from '../catalog/load-catalog.js';
import { decodeText } from '../catalog/decode-text.js';
import { parseResultsCsv } from '../catalog/parse-csv.js';
import type { Catalog, CatalogFiles } from '../catalog/types.js';
import { catalogSpellings, confidentMatch } from './fix-suggestions.js';

const q = (s: string): string => JSON.stringify(s);

/** Notes for the benchmarks whose results file is in `only` (every benchmark when absent). */
export function unmatchedNotes(catalog: Catalog, files: CatalogFiles, only?: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  for (const b of catalog.benchmarks) {
    if (only && only.size > 0 && !only.has(b.file)) continue;
    const unmatched = unmatchedModels(catalog, b.id);
    if (unmatched.length === 0) continue;
    const bytes = files.get(b.file);
    const text = bytes ? (decodeText(b.file, bytes).text ?? '') : '';
    const places = new Map(
      parseResultsCsv(b.file, text, catalog.config.limits).models.map((m) => [m.text, m]),
    );
    const spellings = catalogSpellings(catalog, b.id);
    for (const u of unmatched) {
      const id = confidentMatch(u.name, u.suggestions, spellings);
      const spelling = id === null ? undefined : (spellings.get(id)?.[0] ?? id);
      const hint =
        id !== null && spelling !== undefined
          ? `A confident match: rename it to ${q(spelling)} (model \`${id}\`), or add ${q(u.name)} to its aliases in models.yaml.`
          : u.suggestions.length > 0
            ? `Closest catalog models: ${u.suggestions.map((s) => `\`${s}\``).join(', ')}; if it is one of them, add ${q(u.name)} to its aliases in models.yaml.`
            : 'No close catalog model: a model new to the catalog, or a spelling to add as an alias in models.yaml.';
      const at = places.get(u.name);
      out.push(
        makeIssue({
          code: 'unmatched-model',
          file: b.file,
          ...(at && { line: at.line, column: at.column }),
          message: `Model ${q(u.name)} matches no model of another benchmark.`,
          hint,
        }),
      );
    }
  }
  return out;
}
