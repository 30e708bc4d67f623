import { describe, expect, it } from 'vitest';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { validatePrReport, type PrReport } from '../../src/model/pr-report-schema.js';
import { chartLabel } from '../../src/report/comment-chart.js';
import { COMMENT_MARKER, MAX_NAME_CHARS, renderPrComment } from '../../src/report/pr-comment.js';
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
      '| Benchmark | Score (Z) | Agreement with the aggregate (τ) | Rank on All benchmarks | Models shared with the aggregate |',
    );
    // Every number says what it is: Z and agreement with their 90% intervals, rank with its range.
    expect(text).toMatch(
      /\| \*\*.+\*\* \(new\) \| \*\*[+−]\d\.\d\d\*\*<br><sub>90% interval [+−]\d\.\d\d – [+−]\d\.\d\d<\/sub>(<br><sub>⚠ [^<]+<\/sub>)* \| τ = −?\d\.\d{3}<br><sub>90% interval −?\d\.\d\d – −?\d\.\d\d<\/sub> \| \d+ of \d+<br><sub>90% range \d+( – \d+)?<\/sub> \| \d+ of its \d+ models \|/,
    );
    expect(text).toContain(`base ${BASE.slice(0, 7)} → head ${HEAD.slice(0, 7)}`);
    expect(text).toContain('Kendall τ-b, 10-model random samples × 100, seed 0');
  });

  it('sums up the shift an insertion causes in one line and lists no shifted benchmark', () => {
    const r = added();
    const shifted = r.changes.filter((c) => c.status === 'changed' && c.rankBefore !== c.rankAfter);
    expect(shifted.length).toBeGreaterThan(0);
    for (const c of r.changes.filter((x) => x.status === 'changed')) {
      expect(c).toMatchObject({
        cause: 'inserted',
        listed: false,
        agreementChanged: false,
        orderChanged: false,
      });
      expect(c.agreementAfter).toBe(c.agreementBefore);
    }
    expect(r.changes.find((c) => c.status === 'added')).toMatchObject({ cause: 'inserted' });
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toMatch(
      new RegExp(
        `\\*\\*Rank diff on All benchmarks:\\*\\* The ${shifted.length} benchmarks below Sim Bench Math 01 .* move down .*; no other benchmark changes order or agreement\\.`,
      ),
    );
    expect(text).not.toContain('| Benchmark | Why |');
  });

  it('sums up the shift a removal causes in one line too', () => {
    const r = report(baseCatalog(), [`${NEW_BENCHMARK}.csv`, `${NEW_BENCHMARK}.yaml`], fullCatalog());
    const up = r.changes.filter((c) => c.status === 'changed' && c.rankAfter! < c.rankBefore!);
    expect(up.length).toBeGreaterThan(0);
    expect(r.changes.filter((c) => c.status === 'removed').every((c) => c.cause === 'removed')).toBe(true);
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toMatch(
      new RegExp(
        `The ${up.length} benchmarks that were below Sim Bench Math 01 .* move up .*; no other benchmark changes order or agreement\\.`,
      ),
    );
    expect(text).toContain('(removed)');
  });

  it('lists the benchmarks a changed aggregate member reorders, each with its cause', () => {
    const base = fullCatalog();
    const head = new Map(base);
    // Reverse one aggregate member's scores: the aggregate, hence agreements and order, change.
    const file = 'benchmarks/sim-bench-holistic-01.csv';
    const [header, ...lines] = base.get(file)!.trim().split('\n');
    const cols = lines.map((l) => l.split(','));
    const reversed = cols.map((c, i) => [c[0], ...cols[cols.length - 1 - i]!.slice(1)].join(','));
    head.set(file, [header, ...reversed].join('\n') + '\n');
    const r = report(head, [file], base);
    const byId = new Map(r.changes.map((c) => [c.scenario, c]));
    const orderMoved = r.changes.filter((c) => c.orderChanged).map((c) => c.scenario);
    expect(orderMoved.length).toBeGreaterThan(0);
    // Exactly the reordered benchmarks and those whose agreement moved beyond its rounding.
    const listed = r.changes.filter((c) => c.listed).map((c) => c.scenario);
    expect(listed.sort()).toEqual(
      r.changes
        .filter((c) => c.orderChanged || Math.abs(c.agreementAfter! - c.agreementBefore!) >= 0.0005)
        .map((c) => c.scenario)
        .sort(),
    );
    for (const id of listed) {
      const c = byId.get(id)!;
      expect(c.cause).toBe(
        c.scenario.startsWith('sim-bench-holistic-01') ? 'own scores' : 'aggregate changed',
      );
    }
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toContain(
      '| Benchmark | Why | Agreement (τ) before → after | Z before → after | Rank before → after |',
    );
    const rows = text.split('\n').filter((l) => / \| (the aggregate changed|its results changed)/.test(l));
    expect(rows).toHaveLength(listed.length);
  });

  it('gives the rank on every board, says when a board does not show it, and marks aggregate members', () => {
    const head = fullCatalog();
    const csv = 'benchmarks/sim-bench-safety-01.csv';
    head.set(csv, head.get(csv)!.replace(/,(\d)/, ',0$1'));
    const r = report(head, [csv], fullCatalog());
    const text = renderPrComment(r, { target: 'comment' });
    const safety = r.boards.find((b) => b.id === 'safety')!;
    const place = safety.rows[0]!;
    expect(text).toMatch(
      new RegExp(
        `on every board: rank \\d+ of \\d+ on \\*\\*All benchmarks\\*\\*.* · rank ${place.rank} of ${safety.scored} on \\*\\*Safety\\*\\*`,
      ),
    );
    expect(renderPrComment(added(), { target: 'comment' })).toMatch(
      /on every board: rank \d+ of \d+ on \*\*All benchmarks\*\*.* · not on \*\*Safety\*\*\./,
    );
    const member = report(head, ['benchmarks/sim-bench-holistic-01.csv'], fullCatalog());
    const memberText = renderPrComment(member, { target: 'comment' });
    expect(memberText).toContain('<sub>aggregate member ⓘ</sub>');
    expect(memberText).toContain(
      "is one of the aggregate's scenarios: it is scored against an aggregate it helps form",
    );
  });

  it('flags a saturated scenario and the rows to check beside the score, with file and line', () => {
    const head = fullCatalog();
    const source = head.get('benchmarks/sim-bench-holistic-02.csv')!.trim().split('\n').slice(1);
    const rows = source.map((l) => l.split(',')).filter((c) => c[1] !== '');
    const best = rows.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
    const lines = rows.map((c) => {
      const v = Number(c[1]);
      // `sat`: every model at the top but one; `odd`: the aggregate's order, its best model last.
      return `${c[0]},${c === rows[0] ? 0 : 100},${c === best ? -1000 : v}`;
    });
    head.set('benchmarks/trusty.csv', ['model,sat,odd', ...lines].join('\n') + '\n');
    head.set('benchmarks/trusty.yaml', 'name: Trusty\n');
    const r = report(head, ['benchmarks/trusty.csv', 'benchmarks/trusty.yaml'], fullCatalog());
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).toMatch(/\| \*\*sat\*\* \(new\) \| \*\*[^|]*<sub>⚠ saturated<\/sub>/);
    expect(text).toMatch(
      /⚠ sat looks saturated \(\d+% of \d+ models within 2% of the best; the top \d+ span \d+(\.\d)?% of the range\)/,
    );
    const flagged = r.benchmarks[0]!.trust.find((t) => t.scenario === 'odd')!.plausibility.flagged;
    expect(flagged.length).toBeGreaterThan(0);
    const line = ['model,sat,odd', ...lines].findIndex((l) => l.startsWith(`${best[0]},`)) + 1;
    expect(text).toContain(
      `- \`benchmarks/trusty.csv:${line}\` ${best[0]!.replace(/[-_]/g, (c) => `\\${c}`)}: rank `,
    );
    expect(text).toMatch(/<sub>⚠ \d+ rows? to check<\/sub>/);
  });

  it('cuts a huge benchmark name to a bounded length and still posts the comment', () => {
    const head = baseCatalog();
    const csv = head.get('benchmarks/sim-bench-code-01.csv')!;
    head.set(
      'benchmarks/huge.csv',
      csv.replace(/^model,[^,\n]+/, 'model,huge').replace(/^([^,\n]+,[^,\n]+).*$/gm, '$1'),
    );
    head.set('benchmarks/huge.yaml', `name: ${'A'.repeat(1500)}\n`);
    const r = report(head, ['benchmarks/huge.csv', 'benchmarks/huge.yaml']);
    const text = renderPrComment(r, { target: 'comment' });
    expect(text).not.toContain('A'.repeat(MAX_NAME_CHARS));
    expect(text).toContain('A'.repeat(MAX_NAME_CHARS - 1) + '…');
    expect(text).toMatch(/^### BenchBench: `A+…` scores Z/m);
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
      for (const line of text.split('\n').filter((l) => l.startsWith('| **'))) expect(cells(line)).toBe(7);
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

  it('names a missing key, and an infinite number, by its JSON path', () => {
    const r = JSON.parse(JSON.stringify(added())) as Record<string, unknown>;
    const noValid = { ...r };
    delete noValid['valid'];
    expect(() => validatePrReport(noValid)).toThrow(/^Invalid report: report\.valid is missing\.$/);
    expect(() => validatePrReport({ ...r, elapsedMs: Infinity })).toThrow(/report\.elapsedMs must be/);
    const method = { ...(r['method'] as object), sampling: 'sideways' };
    expect(() => validatePrReport({ ...r, method })).toThrow(
      /report\.method\.sampling must be one of random, top, bottom, middle, adjacent/,
    );
  });

  it('takes only issue codes of the registry, each with a severity its code has', () => {
    const r = JSON.parse(JSON.stringify(added())) as Record<string, unknown>;
    const one = { severity: 'warning', code: 'orphan-metadata', file: 'benchmarks/x.yaml', message: 'm' };
    expect(validatePrReport({ ...r, issues: [one] }).issues).toEqual([one]);
    expect(() => validatePrReport({ ...r, issues: [{ ...one, code: 'made-up' }] })).toThrow(
      /report\.issues\[0\]\.code must be an issue code of the registry/,
    );
    expect(() => validatePrReport({ ...r, issues: [{ ...one, severity: 'error' }] })).toThrow(
      /report\.issues\[0\] has a severity its code never has/,
    );
  });
});
