import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { leaderboardMarkdown, leaderboardText } from '../../src/report/leaderboard-markdown.js';
import { checkRowLine, percent, saturationFacts, trustMarks } from '../../src/report/trust-lines.js';
import { escapeMarkdownInline } from '../../src/report/escape.js';
import { DEFAULT_SATURATION } from '../../src/core/saturation.js';
import { HOSTILE, toBytes } from '../action/helpers/catalogs.js';
import { HEAD, rankedCatalog } from '../support/trust-catalog.js';

describe('the words for trust', () => {
  it('writes shares as whole percents, with one decimal below 10%', () => {
    expect([0.25, 1 / 3, 0.036, 0.05, 0.005, 1, 0].map(percent)).toEqual([
      '25%',
      '33%',
      '3.6%',
      '5%',
      '0.5%',
      '100%',
      '0%',
    ]);
  });

  it('marks only what there is to say', () => {
    expect(trustMarks(true, 2)).toEqual(['saturated', '2 rows to check']);
    expect(trustMarks(false, 1)).toEqual(['1 row to check']);
    expect(trustMarks(null, 0)).toEqual([]);
  });

  it('states the facts of saturation, and has none without scores', () => {
    const facts = { models: 12, nearBestShare: 1 / 3, topModels: 10, topSpread: 0.8 };
    expect(saturationFacts(facts, DEFAULT_SATURATION)).toBe(
      '33% of 12 models within 2% of the best; the top 10 span 80% of the range',
    );
    expect(saturationFacts({ ...facts, nearBestShare: null }, DEFAULT_SATURATION)).toBe('no scores');
  });

  it('names the row to check by file and line, and a tied rank with its half', () => {
    const row = { file: 'benchmarks/x.csv', line: 7, name: 'gpt-x', rank: 2.5, aggregateRank: 11 };
    expect(checkRowLine(row, 40)).toBe(
      'benchmarks/x.csv:7 gpt-x: rank 2.5 in this scenario, 11 in the aggregate (of 40 shared models)',
    );
    expect(checkRowLine({ ...row, line: null }, 40)).toMatch(/^benchmarks\/x\.csv gpt-x:/);
  });

  it("escapes a hostile model name in LEADERBOARD.md's rows to check, and writes it as written in text", () => {
    // m12 goes by a hostile name in every file, so it is still shared and still flagged.
    const files = new Map([...HEAD].map(([p, t]) => [p, t.replace(/^m12,/m, `"${HOSTILE}",`)]));
    const catalog = loadCatalog(toBytes(files));
    const doc = leaderboardDocument(scoreCatalog(catalog));
    const swapped = doc.boards[0]!.rows.find((r) => r.scenario === 'swapped')!;
    expect(swapped.plausibility.flagged.map((f) => f.name)).toEqual(['m01', HOSTILE]);
    const markdown = leaderboardMarkdown(doc, catalog.config.method);
    const section = markdown.slice(markdown.indexOf('## Rows to check'));
    expect(section).toContain(escapeMarkdownInline(HOSTILE));
    expect(section).not.toContain('<img');
    expect(section).not.toContain('<!--');
    expect(section).not.toMatch(/(^|[^\\])@org/);
    const text = leaderboardText(doc);
    expect(text).toContain(`benchmarks/sub.csv:13 ${HOSTILE}: rank 1`);
  });

  it('lists the 10 largest gaps of a scenario in Markdown and text, and says how many more there are', () => {
    // 60 models; the submission swaps model i with model i + 30 for i < 12: 24 gaps of 30, 36 of 0.
    const { head: files } = rankedCatalog(60, (i) => (i < 12 ? i + 30 : i >= 30 && i < 42 ? i - 30 : i));
    const catalog = loadCatalog(toBytes(files));
    const doc = leaderboardDocument(scoreCatalog(catalog));
    const many = doc.boards[0]!.rows.find((r) => r.scenario === 'many')!;
    expect(many.plausibility).toMatchObject({ median_gap: 0, mad: 0, threshold: 15 });
    expect(many.plausibility.flagged).toHaveLength(24);
    const markdown = leaderboardMarkdown(doc, catalog.config.method);
    expect(markdown.split('\n').filter((l) => l.startsWith('- `benchmarks/sub.csv:'))).toHaveLength(10);
    expect(markdown).toContain('- ... and 14 more (largest gaps first; checks.parquet lists every one)');
    const text = leaderboardText(doc);
    expect(text.split('\n').filter((l) => l.startsWith('    benchmarks/sub.csv:'))).toHaveLength(10);
    expect(text).toContain(
      '    ... and 14 more (largest gaps first; benchbench site lists every one in checks.parquet)',
    );
  });
});
