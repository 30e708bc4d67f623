import { describe, expect, it } from 'vitest';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { validatePrReport, type PrReport } from '../../src/pipeline/pr-report-schema.js';
import { chartLabel, COMMENT_MARKER, renderPrComment } from '../../src/report/pr-comment.js';
import {
  baseCatalog,
  bigBenchmark,
  fullCatalog,
  HOSTILE,
  NEW_BENCHMARK,
  toBytes,
} from '../action/helpers/catalogs.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function report(head: Map<string, string>, changed: string[], base = baseCatalog()): PrReport {
  return buildPrReport({
    base: { sha: BASE, files: toBytes(base), issues: [] },
    head: { sha: HEAD, files: toBytes(head), issues: [] },
    changedFiles: changed,
    repository: 'acme/catalog',
    pullRequest: 7,
    catalogDir: 'catalog',
  });
}

const added = () => report(fullCatalog(), [`${NEW_BENCHMARK}.csv`, `${NEW_BENCHMARK}.yaml`]);

/** Cells of a Markdown table row, split on unescaped pipes. */
const cells = (line: string) => line.split('|').length;

describe('the pull-request comment', () => {
  it('starts with the marker and titles the new benchmark with its score and rank', () => {
    const r = added();
    const text = renderPrComment(r, { target: 'comment' });
    const row = r.rows.find((x) => x.scenario === r.benchmarks[0]!.scenarios[0])!;
    expect(text.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(text).toMatch(/^### BenchBench: `.+` scores Z = [+−]\d\.\d\d, rank \d+ of \d+$/m);
    expect(text).toContain(`rank ${row.rank} of ${r.rows.filter((x) => x.rank !== null).length}`);
    expect(text).toContain(
      '| Benchmark | Score (Z) | Agreement with aggregate | 90% interval | Models shared | Rank |',
    );
    expect(text).toMatch(
      /\| \*\*.+\*\* \(new\) \| \*\*[+−]\d\.\d\d\*\* \| τ = −?\d\.\d{3} \| .+ – .+ \| \d+ of \d+ \|/,
    );
    expect(text).toContain(`base ${BASE.slice(0, 7)} → head ${HEAD.slice(0, 7)}`);
    expect(text).toContain('Kendall τ-b, 10-model random samples × 100, seed 0');
  });

  it('lists the benchmarks whose rank moves, with arrows', () => {
    const r = added();
    const moved = r.changes.filter((c) => c.status === 'changed' && c.rankBefore !== c.rankAfter);
    expect(moved.length).toBeGreaterThan(0);
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toContain(`Rank changes (${moved.length} benchmark`);
    const c = moved[0]!;
    const d = c.rankBefore! - c.rankAfter!;
    expect(text).toContain(`${c.rankBefore} → ${c.rankAfter} (${d > 0 ? '↑' : '↓'}${Math.abs(d)}) |`);
  });

  it('draws every scored benchmark in a Mermaid bar chart with the new one as a second series', () => {
    const r = added();
    const text = renderPrComment(r, { target: 'comment' });
    const chart = text.slice(text.indexOf('```mermaid'), text.lastIndexOf('```'));
    expect(chart).toContain('xychart-beta');
    const bars = [...chart.matchAll(/^ {4}bar \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));
    const scored = r.rows.filter((x) => x.z !== null);
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveLength(scored.length);
    const floor = Math.min(...bars[1]!);
    scored.forEach((x, i) => {
      if (x.benchmark === 'sim-bench-math-01') expect(bars[1]![i]).toBeCloseTo(x.z!, 3);
      else expect(bars[1]![i]).toBe(floor);
    });
    expect(floor).toBeLessThan(Math.min(...bars[0]!));
  });

  it('names the unmatched models with their closest catalog names', () => {
    const head = fullCatalog();
    head.set(`${NEW_BENCHMARK}.csv`, head.get(`${NEW_BENCHMARK}.csv`)! + 'sim-atlas-7c,0.5\n');
    const text = renderPrComment(report(head, [`${NEW_BENCHMARK}.csv`, `${NEW_BENCHMARK}.yaml`]), {
      target: 'comment',
    });
    expect(text).toMatch(
      /<details><summary>1 of the \d+ models in benchmarks\/sim-bench-math-01\.csv match no catalog model<\/summary>/,
    );
    expect(text).toMatch(/- `sim-atlas-7c` — closest: `sim-[a-z]+-\d+b`/);
  });

  it('says what to fix when a changed file has errors', () => {
    const head = fullCatalog();
    head.set(`${NEW_BENCHMARK}.csv`, 'model,x\nsim-atlas-7b,0.5\nsim-atlas-7b,0.6\n');
    const r = report(head, [`${NEW_BENCHMARK}.csv`]);
    expect(r.valid).toBe(false);
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toMatch(/^### BenchBench: ❌ 1 error in the changed files$/m);
    expect(text).toContain('**Fix 1 error before merging**');
    expect(text).toMatch(/- ❌ `benchmarks\/sim-bench-math-01\.csv:3:1` .*duplicate-model.*Hint: /);
  });

  it('makes hostile names inert in the title, the table, the lists and the chart', () => {
    const head = fullCatalog();
    const yaml = head
      .get(`${NEW_BENCHMARK}.yaml`)!
      .replace(/^name: .*$/m, `name: ${JSON.stringify(HOSTILE)}`);
    head.set(`${NEW_BENCHMARK}.yaml`, yaml);
    head.set(`${NEW_BENCHMARK}.csv`, head.get(`${NEW_BENCHMARK}.csv`)! + `${JSON.stringify(HOSTILE)},0.5\n`);
    const r = report(head, [`${NEW_BENCHMARK}.csv`, `${NEW_BENCHMARK}.yaml`]);
    for (const target of ['comment', 'summary'] as const) {
      const text = renderPrComment(r, { target });
      expect(text.split('<!--').length - 1).toBe(target === 'comment' ? 1 : 0);
      expect(text).not.toMatch(/<img/i);
      expect(text).not.toMatch(/@org/);
      expect(text).not.toMatch(/#1\b/);
      for (const line of text.split('\n').filter((l) => l.startsWith('| **'))) expect(cells(line)).toBe(8);
    }
  });

  it('cuts whole rows to stay under 65,536 characters and points to the job summary', () => {
    const head = baseCatalog();
    head.set('benchmarks/big.csv', bigBenchmark(5000));
    head.set('benchmarks/big.yaml', 'name: Big\ndirection: higher\n');
    const r = report(head, ['benchmarks/big.csv', 'benchmarks/big.yaml']);
    expect(r.benchmarks[0]!.unmatched).toHaveLength(5000);
    const text = renderPrComment(r, { target: 'comment', fullReportUrl: 'https://github.test/run/1' });
    expect(text.length).toBeLessThan(65_536);
    expect(text).toMatch(
      /_… and \d+ more unmatched models: see \[the job summary\]\(https:\/\/github\.test\/run\/1\)\._/,
    );
    const listed = text.split('\n').filter((l) => l.startsWith('- `unknown-model-'));
    expect(listed.length).toBeGreaterThan(100);
    for (const l of listed) expect(l).toMatch(/^- `unknown-model-\d+` — (closest: .*|no close match)$/);
    expect(text.trimEnd().endsWith('</sub>')).toBe(true);
    const summary = renderPrComment(r, { target: 'summary' });
    expect(summary.split('\n').filter((l) => l.startsWith('- `unknown-model-'))).toHaveLength(5000);
  });

  it('stays under the limit, never throwing, when hundreds of benchmarks each bring unmatched models', () => {
    const r = added();
    const many: PrReport = {
      ...r,
      benchmarks: Array.from({ length: 400 }, (_, i) => ({
        ...r.benchmarks[0]!,
        id: `bench-${i}`,
        file: `benchmarks/bench-${i}.csv`,
        unmatched: [{ name: `unknown-${'x'.repeat(120)}-${i}`, suggestions: [] }],
      })),
    };
    const text = renderPrComment(many, { target: 'comment', fullReportUrl: 'https://github.test/run/1' });
    expect(text.length).toBeLessThan(65_000);
    expect(text.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(text).toMatch(/more (benchmarks with unmatched models|scenarios)|too long for a comment/);
    const tiny = renderPrComment(many, { target: 'comment', maxLength: 600 });
    expect(tiny).toMatch(/too long for a comment/);
    expect(tiny.length).toBeLessThan(1_000);
  });

  it('keeps chart labels to letters, digits and a few signs', () => {
    expect(chartLabel(HOSTILE)).toBe('img src x org team 1 -- benchbench-…');
    expect(chartLabel('"]\n```')).toBe('?');
  });
});

describe('the report schema', () => {
  it('accepts a report that went through JSON and gives the same comment', () => {
    const r = added();
    const back = validatePrReport(JSON.parse(JSON.stringify(r)));
    expect(renderPrComment(back, { target: 'comment' })).toBe(renderPrComment(r, { target: 'comment' }));
  });

  it('rejects unknown fields, wrong types, bad SHAs and oversized strings', () => {
    const r = JSON.parse(JSON.stringify(added())) as Record<string, unknown>;
    expect(() => validatePrReport({ ...r, extra: 1 })).toThrow(/report\.extra is not a known field/);
    expect(() => validatePrReport({ ...r, pullRequest: '7' })).toThrow(/report\.pullRequest/);
    expect(() => validatePrReport({ ...r, head: { sha: 'HEAD' } })).toThrow(
      /report\.head\.sha must be a commit SHA/,
    );
    expect(() => validatePrReport({ ...r, generator: 'x'.repeat(201) })).toThrow(/report\.generator/);
    expect(() => validatePrReport({ ...r, schema: 'other' })).toThrow(/report\.schema/);
    const rows = (r['rows'] as Record<string, unknown>[]).map((x, i) => (i === 0 ? { ...x, z: 'NaN' } : x));
    expect(() => validatePrReport({ ...r, rows })).toThrow(/report\.rows\[0\]\.z must be a finite number/);
    expect(() => validatePrReport(null)).toThrow(/must be an object/);
  });
});
