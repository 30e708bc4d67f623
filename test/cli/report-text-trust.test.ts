import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/cli/report-text.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { toBytes } from '../action/helpers/catalogs.js';
import { rankedCatalog } from '../support/trust-catalog.js';

describe("score's text of a file with many rows to check", () => {
  it('lists the 50 largest gaps and counts the rest', () => {
    // 200 models; the file swaps model i with model i + 100 for i < 40: 80 gaps of 100, 120 of 0.
    // Median 0, MAD 0: the threshold is a quarter of 200, 50, and all 80 are flagged.
    const { base, head } = rankedCatalog(200, (i) => (i < 40 ? i + 100 : i >= 100 && i < 140 ? i - 100 : i));
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
