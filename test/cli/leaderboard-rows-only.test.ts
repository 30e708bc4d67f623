/**
 * `benchbench leaderboard` without --json prints rows: it builds the document without the
 * per-model scores (20 million entries at 4,000 scenarios x 5,000 models) and prints exactly
 * what the full document prints.
 */
import { describe, expect, it } from 'vitest';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { leaderboardMarkdown, leaderboardText } from '../../src/report/leaderboard-markdown.js';
import { simulatedScores } from '../site/simulated-catalog-scores.js';

const scores = simulatedScores({ seed: 5, benchmarks: 30, models: 60 });
const full = leaderboardDocument(scores);
const rowsOnly = leaderboardDocument(scores, [], [], { modelScores: false });

describe('the leaderboard document for text and Markdown', () => {
  it('leaves the per-model scores out', () => {
    expect(Object.keys(full.scores).length).toBe(scores.matrix.scenarios.length);
    expect(rowsOnly.scores).toEqual({});
  });

  it('prints the same text and the same Markdown as the full document', () => {
    expect(leaderboardText(rowsOnly)).toBe(leaderboardText(full));
    const method = scores.leaderboard.method;
    expect(leaderboardMarkdown(rowsOnly, method)).toBe(leaderboardMarkdown(full, method));
  });
});
