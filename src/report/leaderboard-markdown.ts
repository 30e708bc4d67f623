/** `LEADERBOARD.md` and `benchbench leaderboard --markdown`: one table per board. Pure. */
import { codeSpan, escapeMarkdownInline } from './escape.js';
import { CORRELATION_SYMBOL, fixed, range, signed } from './format.js';
import type { LeaderboardDocument, RowDocument } from './leaderboard-document.js';
import { WARNING_MARK, marksOf, marksUsed } from './marks.js';
import { methodLine } from './method-line.js';
import type { TrustThresholds } from '../model/trust.js';
import { checkRowLine, trustLegend, trustMarks } from './trust-lines.js';
import type { Method } from '../core/types.js';

/** The thresholds of a document's trust fields, as the engine names them. */
export function documentThresholds(doc: Pick<LeaderboardDocument, 'trust'>): TrustThresholds {
  const { saturation: s, plausibility: p } = doc.trust;
  return {
    saturation: {
      nearBest: s.near_best,
      saturatedShare: s.saturated_share,
      topModels: s.top_models,
      minTopSpread: s.min_top_spread,
      minModels: s.min_models,
    },
    plausibility: { madMultiplier: p.mad_multiplier, minGapShare: p.min_gap_share, minModels: p.min_models },
  };
}

const marks = (r: RowDocument): string[] => trustMarks(r.saturation.saturated, r.plausibility.flagged_count);

/** Every scenario with rows to check, once however many boards show it, in board order. */
function flaggedScenarios(doc: LeaderboardDocument): RowDocument[] {
  const seen = new Set<string>();
  return doc.boards
    .flatMap((b) => b.rows)
    .filter((r) => r.plausibility.flagged_count > 0 && !seen.has(r.scenario) && seen.add(r.scenario));
}

const flaggedLine = (
  r: RowDocument,
  f: RowDocument['plausibility']['flagged'][number],
  escape?: Parameters<typeof checkRowLine>[2],
): string => checkRowLine({ ...f, aggregateRank: f.aggregate_rank }, r.plausibility.shared, escape);

const MARKDOWN = { place: codeSpan, name: escapeMarkdownInline };

/** Rows to check listed per scenario in Markdown and text (the largest gaps; checks.parquet has them all). */
export const LISTED_ROWS = 10;

export function leaderboardMarkdown(doc: LeaderboardDocument, method: Method): string {
  const sym = CORRELATION_SYMBOL[method.correlation];
  const out: string[] = ['# BenchBench leaderboard', ''];
  out.push(
    `Each benchmark is scored by how well its ranking of models agrees with the aggregate ` +
      `(mean win rate over ${doc.aggregate.scenarios.length} scenarios: ${doc.aggregate.scenarios.map((s) => codeSpan(s)).join(', ')}). ` +
      `Z is that agreement relative to the other benchmarks'; the interval is the 5th to 95th percentile over samples.`,
    '',
    `Trust: ${trustLegend(documentThresholds(doc))}`,
    '',
  );
  for (const w of doc.aggregate.warnings) out.push(`> ⚠️ **Warning:** ${escapeMarkdownInline(w)}`, '');
  for (const board of doc.boards) {
    out.push(`## ${escapeMarkdownInline(board.title)}`, '');
    out.push(
      `| Rank | Benchmark | Score (Z) | Z 90% interval | Agreement (${sym}) | Agreement 90% interval | Models shared | Category | Trust |`,
    );
    out.push('|---:|---|---:|---:|---:|---:|---:|---|---|');
    for (const r of board.rows) out.push(row(r));
    const legend = marksUsed(board.rows);
    if (legend.length) out.push('', legend.map((m) => `${m.symbol} ${m.meaning}.`).join('<br>'));
    const warned = board.rows.filter((r) => r.warnings.length);
    if (warned.length)
      out.push(
        '',
        `Warnings: ${warned.map((r) => `${escapeMarkdownInline(r.name)}: ${r.warnings.map((w) => escapeMarkdownInline(w)).join('; ')}`).join('. ')}.`,
      );
    const unscored = board.rows.filter((r) => r.skipped);
    if (unscored.length) {
      out.push(
        '',
        `Not scored: ${unscored.map((r) => `${escapeMarkdownInline(r.name)} (${escapeMarkdownInline(r.skipped!)})`).join('; ')}.`,
      );
    }
    out.push('');
  }
  const flagged = flaggedScenarios(doc);
  if (flagged.length) {
    out.push('## Rows to check', '');
    for (const r of flagged) {
      out.push(`**${escapeMarkdownInline(r.name)}** (${codeSpan(r.scenario)}):`, '');
      for (const f of r.plausibility.flagged.slice(0, LISTED_ROWS))
        out.push(`- ${flaggedLine(r, f, MARKDOWN)}`);
      const more = r.plausibility.flagged_count - LISTED_ROWS;
      if (more > 0) out.push(`- ... and ${more} more (largest gaps first; checks.parquet lists every one)`);
      out.push('');
    }
  }
  out.push(
    `<sub>${methodLine(method)}; aggregate of ${doc.aggregate.scenarios.length} scenarios over ${Object.keys(doc.aggregate.scores).length} models. ` +
      `Catalog ${doc.catalog.hash.slice(0, 19)}, ${doc.generator}.</sub>`,
    '',
  );
  return out.join('\n');
}

function row(r: RowDocument): string {
  const name =
    escapeMarkdownInline(r.name) +
    marksOf(r)
      .map((m) => ` ${m.symbol}`)
      .join('');
  return `| ${r.rank ?? '–'} | ${name} | ${signed(r.z)} | ${range(r.z_interval, 2, (v, d) => signed(v, d))} | ${fixed(r.agreement)} | ${range(r.agreement_interval)} | ${r.n_common} of ${r.models} | ${escapeMarkdownInline(r.category ?? '')} | ${marks(r).join(', ')} |`;
}

const WARNING_TEXT = WARNING_MARK.text;

/** A plain-text table for terminals, with the legend of its marks and the warnings below it. */
export function leaderboardText(doc: LeaderboardDocument): string {
  const out: string[] = doc.aggregate.warnings.map((w) => `warning: ${w}`);
  if (out.length) out.push('');
  for (const board of doc.boards) {
    out.push(`${board.title}`);
    const rows = [['rank', 'benchmark', 'Z', 'Z 90%', 'agreement', 'shared', 'category', 'trust']];
    for (const r of board.rows) {
      rows.push([
        String(r.rank ?? '–'),
        clean(r.name) +
          marksOf(r)
            .map((m) => ` ${m.text}`)
            .join(''),
        signed(r.z),
        range(r.z_interval, 2, (v, d) => signed(v, d)),
        fixed(r.agreement),
        `${r.n_common}/${r.models}`,
        r.category ?? '',
        marks(r).join(', '),
      ]);
    }
    const widths = rows[0]!.map((_, c) => rows.reduce((w, r) => Math.max(w, [...r[c]!].length), 0));
    for (const r of rows)
      out.push(
        r
          .map((cell, c) => (c === 1 || c >= 6 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
          .join('  ')
          .trimEnd(),
      );
    for (const m of marksUsed(board.rows)) out.push(`${m.text} ${m.meaning}.`);
    for (const r of board.rows.filter((x) => x.warnings.length))
      out.push(`${WARNING_TEXT} ${clean(r.name)}: ${r.warnings.join('; ')}`);
    out.push('');
  }
  const flagged = flaggedScenarios(doc);
  if (flagged.length) {
    out.push('Rows to check:');
    for (const r of flagged) {
      out.push(`  ${clean(r.name)}`);
      for (const f of r.plausibility.flagged.slice(0, LISTED_ROWS))
        out.push(`    ${clean(flaggedLine(r, f))}`);
      const more = r.plausibility.flagged_count - LISTED_ROWS;
      if (more > 0)
        out.push(
          `    ... and ${more} more (largest gaps first; benchbench site lists every one in checks.parquet)`,
        );
    }
    out.push('');
  }
  out.push(`trust: ${trustLegend(documentThresholds(doc))}`, '');
  return out.join('\n');
}

const clean = (s: string): string => s.replace(/[\x00-\x1f\x7f]/g, ' ');
