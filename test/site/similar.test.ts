import { describe, expect, it } from 'vitest';
import { pairwiseAgreements } from '../../src/core/pairwise.js';
import { buildScoreMatrix } from '../../src/core/score-matrix.js';
import { rankSimilar, similarScenarios } from '../../src/core/similar.js';
import { DEFAULT_METHOD, type Method } from '../../src/core/types.js';
import { simulatedScores } from './simulated-catalog-scores.js';

const ALL: Method = { ...DEFAULT_METHOD, modelsPerSample: 0, minCommonModels: 3 };
const column = (id: string, values: (number | null)[]) => ({
  id,
  scores: new Map(values.flatMap((v, i) => (v === null ? [] : [[`m${i}`, v] as const]))),
});

describe('similarScenarios', () => {
  const matrix = buildScoreMatrix([
    column('base', [1, 2, 3, 4, 5]),
    column('same', [10, 20, 30, 40, 50]),
    column('reversed', [5, 4, 3, 2, 1]),
    column('swapped', [2, 1, 3, 4, 5]),
    column('sparse', [1, 2, null, null, null]),
  ]);

  it('puts a scenario ranking models identically first and the reversed one last among the scored', () => {
    const similar = similarScenarios(matrix, ALL, 'base');
    expect(similar.map((s) => s.scenario)).toEqual(['same', 'swapped', 'reversed', 'sparse']);
    expect(similar[0]!.agreement).toBeCloseTo(1, 12);
    // Kendall tau-b of one swapped pair among 5 models: (9 - 1) / 10.
    expect(similar[1]!.agreement).toBeCloseTo(0.8, 12);
    expect(similar[2]!.agreement).toBeCloseTo(-1, 12);
  });

  it('lists pairs with too few shared models last, with the reason and the shared count', () => {
    const last = similarScenarios(matrix, ALL, 'base').at(-1)!;
    expect(last).toMatchObject({ scenario: 'sparse', agreement: null, nCommon: 2 });
    expect(last.skipped).toMatch(/2 shared models/);
  });

  it('gives the numbers pairwiseAgreements gives, whichever side the scenario is on', () => {
    const scores = simulatedScores({ seed: 5, benchmarks: 10, models: 30 });
    const method = scores.leaderboard.method;
    const pairs = pairwiseAgreements(scores.matrix, method);
    for (const id of [scores.matrix.scenarios[0]!, scores.matrix.scenarios.at(-1)!]) {
      expect(similarScenarios(scores.matrix, method, id)).toEqual(rankSimilar(id, pairs));
    }
  });

  it('rejects a scenario that is not in the matrix', () => {
    expect(() => similarScenarios(matrix, ALL, 'nope')).toThrow(/"nope" is not in the catalog/);
  });
});
