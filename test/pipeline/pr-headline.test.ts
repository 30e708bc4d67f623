import { describe, expect, it } from 'vitest';
import { reportOutputs } from '../../src/action/outputs.js';
import type { ChangedBenchmark, ReportRow } from '../../src/model/pr-report-schema.js';
import { headlineScenario, touchedScenarios } from '../../src/pipeline/pr-headline.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { reportText } from '../../src/cli/report-text.js';
import { baseCatalog, fullCatalog, NEW_BENCHMARK, toBytes } from '../action/helpers/catalogs.js';

const bench = (id: string, status: ChangedBenchmark['status'], scenarios: string[]): ChangedBenchmark => ({
  id,
  file: `benchmarks/${id}.csv`,
  name: id,
  status,
  scenarios,
  models: 3,
  unmatched: [],
  trust: [],
});
const row = (scenario: string): ReportRow => ({
  scenario,
  name: scenario,
  benchmark: scenario,
  z: 0,
  zInterval: null,
  agreement: 0.5,
  agreementInterval: null,
  nCommon: 5,
  models: 5,
  rank: 1,
  rankInterval: null,
  inAggregate: false,
  skipped: null,
  warnings: [],
});

describe('the scenarios a report touches, and the one its headline names', () => {
  it('lists the changed benchmarks’ scenarios in file order, each once, with their status', () => {
    const touched = touchedScenarios([
      bench('b', 'removed', ['b1']),
      bench('a', 'added', ['a1', 'a2']),
      bench('c', 'changed', ['a2', 'c1']),
    ]);
    expect(touched).toEqual([
      { scenario: 'b1', status: 'removed' },
      { scenario: 'a1', status: 'added' },
      { scenario: 'a2', status: 'added' },
      { scenario: 'c1', status: 'changed' },
    ]);
  });

  it('heads with the first added or changed scenario on the board, passing removed and off-board ones', () => {
    const touched = touchedScenarios([bench('b', 'removed', ['b1']), bench('a', 'added', ['a1', 'a2'])]);
    expect(headlineScenario(touched, [row('b1'), row('a2')])).toBe('a2');
    expect(headlineScenario(touched, [row('b1')])).toBeNull();
    expect(headlineScenario([], [row('x')])).toBeNull();
  });

  it('makes the title, the text report and the score and rank outputs name the same scenario', () => {
    // The first board leaves out the new file's first scenario: the headline is its second.
    const [first, second] = ['sim-bench-math-01-easy', 'sim-bench-math-01-medium'];
    const full = fullCatalog();
    const scenarios = [...full.keys()]
      .filter((p) => p.endsWith('.csv'))
      .flatMap((p) => full.get(p)!.split('\n')[0]!.split(',').slice(1))
      .filter((s) => s !== first);
    const withBoard = (files: Map<string, string>) => {
      const config = files.get('benchbench.yaml')!;
      files.set(
        'benchbench.yaml',
        config.replace(
          'leaderboards:\n',
          `leaderboards:\n  - id: picked\n    title: Picked\n    scenarios: [${scenarios.join(', ')}]\n`,
        ),
      );
      return toBytes(files);
    };
    const report = buildPrReport({
      base: { sha: 'a'.repeat(40), files: withBoard(baseCatalog()), issues: [] },
      head: { sha: 'b'.repeat(40), files: withBoard(fullCatalog()), issues: [] },
      changedFiles: [`${NEW_BENCHMARK}.csv`, `${NEW_BENCHMARK}.yaml`],
      repository: 'acme/catalog',
      pullRequest: 7,
      catalogDir: 'catalog',
    });
    expect(report.board.id).toBe('picked');
    expect(report.touched.map((t) => t.scenario).slice(0, 2)).toEqual([first, second]);
    expect(report.headline).toBe(second);
    const headline = report.rows.find((r) => r.scenario === second)!;
    expect(report.board.ranked).toBe(report.rows.filter((r) => r.rank !== null).length);

    const title = renderPrComment(report, { target: 'summary' }).split('\n')[0]!;
    expect(title).toContain(`rank ${headline.rank} of ${report.board.ranked}`);
    expect(title).toContain(headline.name);
    const outputs = reportOutputs(report, 'report.json', undefined);
    expect(outputs.score).toBe(headline.z!.toFixed(4));
    expect(outputs.rank).toBe(String(headline.rank));
    expect(JSON.parse(outputs['changed-benchmarks'])).toEqual(report.touched.map((t) => t.scenario));
    expect(reportText(report, { limit: 0, verbose: false })).toContain(`of ${report.board.ranked}`);
  });
});
