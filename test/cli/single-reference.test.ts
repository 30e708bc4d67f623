/** A one-scenario aggregate through the bundled CLI: accepted, and warned about beside the board. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePrReport } from '../../src/model/pr-report-schema.js';
import { ensureBuilt, runCli } from '../support/cli.js';

let dir: string;
const models = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
const csv = (id: string, scores: number[]) =>
  `model,${id}\n${models.map((m, i) => `${m},${scores[i]}`).join('\n')}\n`;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-single-'));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write(
    'benchbench.yaml',
    'aggregate:\n  scenarios: [ref]\nmethod:\n  models_per_sample: 0\n  min_common_models: 2\n',
  );
  write('benchmarks/ref.csv', csv('ref', [1, 2, 3, 4, 5, 6]));
  write('benchmarks/ref.yaml', 'name: Ref\n');
  write('benchmarks/same.csv', csv('same', [10, 20, 30, 40, 50, 60]));
  write('benchmarks/same.yaml', 'name: Same\n');
  write('benchmarks/other.csv', csv('other', [6, 1, 5, 2, 4, 3]));
  write('benchmarks/other.yaml', 'name: Other\n');
  write('new.csv', csv('new', [2, 1, 4, 3, 6, 5]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WARNING = /single scenario \(ref\).*BenchBench paper \(arXiv 2407\.13696\) warns against/;

describe('a catalog whose aggregate is one scenario', () => {
  it('validates without an error', () => {
    expect(runCli(['validate', '--catalog', dir]).status).toBe(0);
  });

  it('is scored, with the warning in leaderboard.json', () => {
    const r = runCli(['leaderboard', '--catalog', dir, '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.aggregate.scenarios).toEqual(['ref']);
    expect(doc.aggregate.min_scenarios_per_model).toBe(1);
    expect(doc.aggregate.warnings).toEqual([expect.stringMatching(WARNING)]);
    // `same` ranks the models exactly as `ref` does: tau 1.
    expect(
      doc.boards[0].rows.find((row: { scenario: string }) => row.scenario === 'same').agreement,
    ).toBeCloseTo(1, 12);
  });

  it('prints the warning above the Markdown table and the text table', () => {
    const md = runCli(['leaderboard', '--catalog', dir, '--markdown']).stdout;
    // The scenario id is data, escaped for Markdown.
    expect(md).toContain('> ⚠️ **Warning:** The aggregate is a single scenario \\(ref\\): every score');
    expect(md).toContain('BenchBench paper \\(arXiv 2407.13696\\) warns against');
    expect(md.indexOf('Warning:')).toBeLessThan(md.indexOf('| Rank |'));
    const text = runCli(['leaderboard', '--catalog', dir]).stdout;
    expect(text.split('\n')[0]).toMatch(new RegExp(`^warning: The aggregate is a ${WARNING.source}`));
  });

  it("carries the warning in the pull-request report's data", () => {
    const r = runCli(['score', path.join(dir, 'new.csv'), '--catalog', dir, '--json']);
    expect(r.status).toBe(0);
    // `score` has no repository; the artifact check needs one.
    const report = validatePrReport({ ...JSON.parse(r.stdout), repository: 'owner/repo' });
    expect(report.aggregate).toMatchObject({
      scenarios: ['ref'],
      warnings: [expect.stringMatching(WARNING)],
    });
    const text = runCli(['score', path.join(dir, 'new.csv'), '--catalog', dir]).stdout;
    expect(text.split('\n')[0]).toMatch(new RegExp(`^warning: The aggregate is a ${WARNING.source}`));
  });

  it('is accepted by `aggregate` on a table, with the warning on stderr', () => {
    const r = runCli(['aggregate', path.join(dir, 'benchmarks/ref.csv'), '--scenarios', 'ref']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['model,score', 'm1,0', 'm2,0.2']);
    expect(r.stderr).toMatch(WARNING);
  });
});
