/**
 * Saturation and plausibility on a real catalog: computed from the files, with the file and line
 * of each row to check, carried into leaderboard.json and the pull-request report, and never
 * changing a score.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { validatePrReport } from '../../src/model/pr-report-schema.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { trustOf } from '../../src/pipeline/trust.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { toBytes } from '../action/helpers/catalogs.js';
import { BASE, HEAD, MODELS, rankedCatalog, SUBMISSION } from '../support/trust-catalog.js';
import { leaderboardMarkdown, leaderboardText, LISTED_ROWS } from '../../src/report/leaderboard-markdown.js';
import { leaderboardJson } from '../../src/model/leaderboard-json.js';

describe('trust of a scenario', () => {
  const scores = scoreCatalog(loadCatalog(toBytes(HEAD)));
  const trust = trustOf(scores);

  it('lists the rows to check with their file, line, name as written and both ranks', () => {
    const swapped = trust('swapped')!;
    // m01 and m12 trade places: gaps of 11 against a threshold of a quarter of 12 (core tests).
    expect(swapped.plausibility).toMatchObject({
      threshold: 3,
      flagged: [
        {
          model: 'm01',
          rank: 12,
          aggregateRank: 1,
          gap: 11,
          name: 'm01',
          file: 'benchmarks/sub.csv',
          line: 2,
        },
        {
          model: 'm12',
          rank: 1,
          aggregateRank: 12,
          gap: 11,
          name: 'm12',
          file: 'benchmarks/sub.csv',
          line: 13,
        },
      ],
    });
    expect(swapped.saturation.saturated).toBe(false);
  });

  it('measures saturation from the lowest score of a lower-is-better scenario', () => {
    expect(trust('crowded')!.saturation).toEqual({
      models: 12,
      nearBest: 4,
      nearBestShare: 4 / 12,
      topModels: 10,
      topSpread: 0.8,
      saturated: true,
    });
    // Lower is better: m01 (0) is best, in the aggregate's order: nothing to check.
    expect(trust('crowded')!.plausibility.flagged).toEqual([]);
  });

  it('gives the line of the row of a long file, one per scenario', () => {
    const long =
      'model,scenario,score\n' +
      MODELS.map((m, i) => `${m},swapped,${i === 0 ? 1 : i === 11 ? 12 : 12 - i}`).join('\n') +
      '\n' +
      MODELS.map((m, i) => `${m},other,${i}`).join('\n') +
      '\n';
    const files = new Map([...HEAD, ['benchmarks/sub.csv', long]]);
    const t = trustOf(scoreCatalog(loadCatalog(toBytes(files))));
    expect(t('swapped')!.plausibility.flagged.map((f) => [f.model, f.line])).toEqual([
      ['m01', 2],
      ['m12', 13],
    ]);
    // `other` reverses the aggregate: every gap is large, none stands out.
    expect(t('other')!.plausibility).toMatchObject({ checked: true, flagged: [] });
  });

  it('names a row by the spelling the file uses', () => {
    const files = new Map([...HEAD, ['benchmarks/sub.csv', SUBMISSION.replace('\nm12,', '\n  M12 ,')]]);
    const t = trustOf(scoreCatalog(loadCatalog(toBytes(files))));
    expect(t('swapped')!.plausibility.flagged[1]).toMatchObject({ model: 'm12', name: 'M12', line: 13 });
  });

  it('is null for a scenario the catalog does not have', () => {
    expect(trust('nope')).toBeNull();
  });

  it('is shown in leaderboard.json beside the score, which does not change', () => {
    const doc = leaderboardDocument(scores);
    const row = doc.boards[0]!.rows.find((r) => r.scenario === 'swapped')!;
    expect(row.plausibility.flagged[0]).toEqual({
      model: 'm01',
      name: 'm01',
      file: 'benchmarks/sub.csv',
      line: 2,
      rank: 12,
      aggregate_rank: 1,
      gap: 11,
    });
    expect(doc.boards[0]!.rows.find((r) => r.scenario === 'crowded')!.saturation).toMatchObject({
      near_best: 4,
      saturated: true,
    });
    expect(doc.trust).toEqual({
      saturation: {
        near_best: 0.02,
        saturated_share: 0.25,
        top_models: 10,
        min_top_spread: 0.05,
        min_models: 10,
      },
      plausibility: { mad_multiplier: 3, min_gap_share: 0.25, min_models: 10 },
    });
    // Stricter thresholds change the flags, not a number of the score.
    const strict = new Map([
      ...HEAD,
      [
        'benchbench.yaml',
        `${HEAD.get('benchbench.yaml')!}trust: { saturation: { saturated_share: 0.5 }, plausibility: { min_gap_share: 0.95 } }\n`,
      ],
    ]);
    const strictDoc = leaderboardDocument(scoreCatalog(loadCatalog(toBytes(strict))));
    const strip = (d: typeof doc) =>
      d.boards.map((b) => b.rows.map(({ saturation: _s, plausibility: _p, ...score }) => score));
    expect(strip(strictDoc)).toEqual(strip(doc));
    const strictRow = (id: string) => strictDoc.boards[0]!.rows.find((r) => r.scenario === id)!;
    expect(strictRow('crowded').saturation.saturated).toBe(false);
    expect(strictRow('swapped').plausibility.flagged).toEqual([]);
  });

  it('is carried into the pull-request report for each scenario of an added benchmark', () => {
    const report = buildPrReport({
      base: { sha: '1'.repeat(40), files: toBytes(BASE), issues: [] },
      head: { sha: '2'.repeat(40), files: toBytes(HEAD), issues: [] },
      changedFiles: ['benchmarks/sub.csv', 'benchmarks/sub.yaml'],
      repository: 'acme/catalog',
      pullRequest: 3,
      catalogDir: 'catalog',
    });
    const [sub] = report.benchmarks;
    expect(sub!.trust.map((t) => t.scenario)).toEqual(['swapped', 'crowded']);
    expect(sub!.trust[0]!.plausibility.flagged.map((f) => [f.file, f.line, f.rank, f.aggregateRank])).toEqual(
      [
        ['benchmarks/sub.csv', 2, 12, 1],
        ['benchmarks/sub.csv', 13, 1, 12],
      ],
    );
    expect(sub!.trust[1]!.saturation.saturated).toBe(true);
    expect(report.trust.saturation.nearBest).toBe(0.02);
    // The report stays valid against its own schema, through JSON.
    expect(validatePrReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });
});

describe('a leaderboard document that lists the first rows to check of each scenario', () => {
  // 100 models; the submission swaps model i with model i + 50 for the first 15: 30 rows to check.
  const { head } = rankedCatalog(100, (i) => (i < 15 ? i + 50 : i >= 50 && i < 65 ? i - 50 : i));
  const scores = scoreCatalog(loadCatalog(toBytes(head)));
  const full = leaderboardDocument(scores);
  const listed = leaderboardDocument(scores, { listedChecks: LISTED_ROWS });
  const many = (d: typeof full) => d.boards[0]!.rows.find((r) => r.scenario === 'many')!.plausibility;

  it('keeps the largest gaps and counts every row', () => {
    expect(many(full).flagged).toHaveLength(30);
    expect(many(listed).flagged).toEqual(many(full).flagged.slice(0, LISTED_ROWS));
    expect(many(listed).flagged_count).toBe(30);
  });

  it('gives the same text, Markdown and leaderboard.json as the whole document', () => {
    const method = scores.catalog.config.method;
    expect(leaderboardText(listed)).toBe(leaderboardText(full));
    expect(leaderboardText(listed)).toMatch(/\.\.\. and 20 more/);
    expect(leaderboardMarkdown(listed, method)).toBe(leaderboardMarkdown(full, method));
    expect(JSON.stringify(leaderboardJson(listed))).toBe(JSON.stringify(leaderboardJson(full)));
  });
});
