import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/cli/report-text.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { toBytes } from '../action/helpers/catalogs.js';

describe("score's text of a file with many rows to check", () => {
  it('lists the 50 largest gaps and counts the rest', () => {
    // 200 models; the file swaps model i with model i + 100 for i < 40: 80 gaps of 100, 120 of 0.
    // Median 0, MAD 0: the threshold is a quarter of 200, 50, and all 80 are flagged.
    const names = Array.from({ length: 200 }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);
    const rank = (i: number): number => (i < 40 ? i + 100 : i >= 100 && i < 140 ? i - 100 : i);
    const csv = (col: string, f: (i: number) => number) =>
      `model,${col}\n${names.map((m, i) => `${m},${f(i)}`).join('\n')}\n`;
    const base = new Map([
      ['benchbench.yaml', 'aggregate:\n  scenarios: [agg_a, agg_b]\n'],
      ['benchmarks/agg-a.csv', csv('agg_a', (i) => 1000 - i)],
      ['benchmarks/agg-a.yaml', 'name: A\n'],
      ['benchmarks/agg-b.csv', csv('agg_b', (i) => 2000 - i)],
      ['benchmarks/agg-b.yaml', 'name: B\n'],
    ]);
    const head = new Map([
      ...base,
      ['benchmarks/sub.csv', csv('many', (i) => 1000 - rank(i))],
      ['benchmarks/sub.yaml', 'name: Many\n'],
    ]);
    const report = buildPrReport({
      base: { sha: '1'.repeat(40), files: toBytes(base), issues: [] },
      head: { sha: '2'.repeat(40), files: toBytes(head), issues: [] },
      changedFiles: ['benchmarks/sub.csv', 'benchmarks/sub.yaml'],
      repository: 'acme/catalog',
      pullRequest: null,
      catalogDir: 'catalog',
    });
    expect(report.benchmarks[0]!.trust[0]!.plausibility.flagged).toHaveLength(80);
    const text = reportText(report);
    expect(text.split('\n').filter((l) => l.startsWith('    check this row: '))).toHaveLength(50);
    expect(text).toContain('    ... and 30 more rows to check (--json lists all)\n');
  });
});
