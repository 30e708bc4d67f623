/** `LEADERBOARD.md` and `benchbench leaderboard --markdown`: one table per board. Pure. */
import { codeSpan, escapeMarkdownInline } from './escape.js';
import { CORRELATION_SYMBOL, fixed, range, signed } from './format.js';
import type { LeaderboardDocument, RowDocument } from './leaderboard-document.js';
import { methodLine } from './method-line.js';
import type { Method } from '../core/types.js';

export function leaderboardMarkdown(doc: LeaderboardDocument, method: Method): string {
  const sym = CORRELATION_SYMBOL[method.correlation];
  const out: string[] = ['# BenchBench leaderboard', ''];
  out.push(
    `Each benchmark is scored by how well its ranking of models agrees with the aggregate ` +
      `(mean win rate over ${doc.aggregate.scenarios.length} scenarios: ${doc.aggregate.scenarios.map((s) => codeSpan(s)).join(', ')}). ` +
      `Z is that agreement relative to the other benchmarks'; the interval is the 5th to 95th percentile over samples.`,
    '',
  );
  for (const w of doc.aggregate.warnings) out.push(`> ⚠️ **Warning:** ${escapeMarkdownInline(w)}`, '');
  for (const board of doc.boards) {
    out.push(`## ${escapeMarkdownInline(board.title)}`, '');
    out.push(
      `| Rank | Benchmark | Score (Z) | Z 90% interval | Agreement (${sym}) | Agreement 90% interval | Models shared | Category |`,
    );
    out.push('|---:|---|---:|---:|---:|---:|---:|---|');
    for (const r of board.rows) out.push(row(r));
    const unscored = board.rows.filter((r) => r.skipped);
    if (unscored.length) {
      out.push(
        '',
        `Not scored: ${unscored.map((r) => `${escapeMarkdownInline(r.name)} (${escapeMarkdownInline(r.skipped!)})`).join('; ')}.`,
      );
    }
    out.push('');
  }
  out.push(
    `<sub>${methodLine(method)}; aggregate of ${doc.aggregate.scenarios.length} scenarios over ${Object.keys(doc.aggregate.scores).length} models. ` +
      `Catalog ${doc.catalog.hash.slice(0, 19)}, ${doc.generator}.</sub>`,
    '',
  );
  return out.join('\n');
}

function row(r: RowDocument): string {
  const name = escapeMarkdownInline(r.name) + (r.in_aggregate ? ' ᵃ' : '') + (r.warnings.length ? ' ⚠' : '');
  return `| ${r.rank ?? '–'} | ${name} | ${signed(r.z)} | ${range(r.z_interval, 2, (v, d) => signed(v, d))} | ${fixed(r.agreement)} | ${range(r.agreement_interval)} | ${r.n_common} of ${r.models} | ${escapeMarkdownInline(r.category ?? '')} |`;
}

/** A plain-text table for terminals. */
export function leaderboardText(doc: LeaderboardDocument): string {
  const out: string[] = doc.aggregate.warnings.map((w) => `warning: ${w}`);
  if (out.length) out.push('');
  for (const board of doc.boards) {
    out.push(`${board.title}`);
    const rows = [['rank', 'benchmark', 'Z', 'Z 90%', 'agreement', 'shared', 'category']];
    for (const r of board.rows) {
      rows.push([
        String(r.rank ?? '–'),
        r.name.replace(/[\x00-\x1f\x7f]/g, ' ') + (r.warnings.length ? ' !' : ''),
        signed(r.z),
        range(r.z_interval, 2, (v, d) => signed(v, d)),
        fixed(r.agreement),
        `${r.n_common}/${r.models}`,
        r.category ?? '',
      ]);
    }
    const widths = rows[0]!.map((_, c) => rows.reduce((w, r) => Math.max(w, [...r[c]!].length), 0));
    for (const r of rows)
      out.push(
        r
          .map((cell, c) => (c === 1 || c === 6 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
          .join('  ')
          .trimEnd(),
      );
    out.push('');
  }
  return out.join('\n');
}
