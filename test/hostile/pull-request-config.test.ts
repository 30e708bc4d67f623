/** A pull request that edits benchbench.yaml is still judged by the base branch's method. */
import { describe, expect, it } from 'vitest';
import { issuesWith, runPipeline, withFiles } from './catalog.js';

describe('a pull request that edits benchbench.yaml', () => {
  it('cannot change the method or the aggregate that judge it, and is told so', () => {
    const head = withFiles({
      'benchbench.yaml':
        'aggregate:\n  scenarios: [agg_a, agg_b]\nmethod:\n  correlation: pearson\n  seed: 99\n  samples: 3\n',
    });
    const { report } = runPipeline(head);
    expect(report.method).toMatchObject({ correlation: 'kendall', seed: 0, samples: 20 });
    expect(report.aggregate.scenarios).toEqual(['agg_a', 'agg_b', 'agg_c']);
    expect(issuesWith(report.issues, 'config-from-base')).toEqual([
      expect.objectContaining({ severity: 'note', file: 'benchbench.yaml' }),
    ]);
  });

  it("cannot raise its own limits: its files are checked with the base branch's", () => {
    const config = (rows: number) =>
      `aggregate:\n  scenarios: [agg_a, agg_b, agg_c]\nmethod:\n  samples: 20\nlimits:\n  max_rows: ${rows}\n`;
    const rows = Array.from({ length: 30 }, (_, i) => `m${i},${i}`).join('\n');
    const base = withFiles({ 'benchbench.yaml': config(20) });
    const head = withFiles({
      'benchbench.yaml': config(1000),
      'benchmarks/long.csv': `model,long\n${rows}\n`,
      'benchmarks/long.yaml': 'name: Long\n',
    });
    const { report } = runPipeline(head, base);
    expect(issuesWith(report.issues, 'limit-rows')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'benchmarks/long.csv' }),
    ]);
    expect(report.valid).toBe(false);
  });
});
