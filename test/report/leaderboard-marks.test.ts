import { describe, expect, it } from 'vitest';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { leaderboardMarkdown, leaderboardText } from '../../src/report/leaderboard-markdown.js';
import { AGGREGATE_MARK, WARNING_MARK } from '../../src/report/marks.js';
import { simulatedScores } from '../site/simulated-catalog-scores.js';

// Few models: some scenarios share fewer than 10 with the aggregate and carry a warning.
const scores = simulatedScores({ seed: 3, benchmarks: 12, models: 14 });
const doc = leaderboardDocument(scores);
const rows = doc.boards[0]!.rows;

describe('the marks beside a name', () => {
  it('are all used by this catalog (aggregate members and warned rows)', () => {
    expect(rows.some((r) => r.in_aggregate)).toBe(true);
    expect(rows.some((r) => r.warnings.length)).toBe(true);
  });

  it('are explained under each table of LEADERBOARD.md, with every warning spelled out', () => {
    const md = leaderboardMarkdown(doc, scores.leaderboard.method);
    expect(md).toContain(`ᵃ ${AGGREGATE_MARK.meaning}.`);
    expect(md).toContain(`⚠ ${WARNING_MARK.meaning}.`);
    for (const r of rows.filter((x) => x.warnings.length)) expect(md).toContain(r.warnings[0]!);
    const member = rows.find((r) => r.in_aggregate)!;
    expect(md).toMatch(new RegExp(`\\| ${member.name} ᵃ`));
  });

  it('are explained under the CLI text table, where the warning sign is "!" and members carry ᵃ', () => {
    const text = leaderboardText(doc);
    const member = rows.find((r) => r.in_aggregate)!;
    expect(text).toMatch(new RegExp(`${member.name} ᵃ`));
    expect(text).toContain(`ᵃ ${AGGREGATE_MARK.meaning}.`);
    expect(text).toContain(`! ${WARNING_MARK.meaning}.`);
    const warned = rows.find((r) => r.warnings.length)!;
    expect(text).toContain(`! ${warned.name}: ${warned.warnings.join('; ')}`);
  });

  it('have no legend where no row carries a mark', () => {
    const plain = {
      ...doc,
      boards: [{ ...doc.boards[0]!, rows: rows.filter((r) => !r.in_aggregate && !r.warnings.length) }],
    };
    expect(leaderboardText(plain)).not.toContain(AGGREGATE_MARK.meaning);
    expect(leaderboardMarkdown(plain, scores.leaderboard.method)).not.toContain(WARNING_MARK.meaning);
  });
});
