import { describe, expect, it } from 'vitest';
import { baseFiles, issuesWith, MODELS, runPipeline, withFiles } from '../hostile/catalog.js';

describe('a pull request whose new file reuses an existing scenario id', () => {
  // `aaa.csv` sorts before the established `base.csv` and claims its scenario `agg_b`.
  const head = withFiles({
    'benchmarks/aaa.csv': `model,agg_b\n${MODELS.map((m, i) => `${m},${(i * 3) % 10}`).join('\n')}\n`,
    'benchmarks/aaa.yaml': 'name: AAA\n',
  });
  const { report } = runPipeline(head, baseFiles());

  it('reports the clash on the new file, where the pull request shows it', () => {
    expect(issuesWith(report.issues, 'duplicate-scenario')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'benchmarks/aaa.csv', line: 1, column: 7 }),
    ]);
    expect(report.valid).toBe(false);
  });

  it('leaves the established benchmark its scenario, its name and its score', () => {
    expect(report.rows.find((r) => r.scenario === 'agg_b')).toMatchObject({ benchmark: 'base' });
    expect(report.changes.filter((c) => c.scenario === 'agg_b')).toEqual([]);
    expect(report.benchmarks).toEqual([
      expect.objectContaining({ id: 'aaa', status: 'added', scenarios: [] }),
    ]);
  });
});
