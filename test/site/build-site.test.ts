import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildSite, buildSiteWithData } from '../../src/pipeline/build-site.js';
import { leaderboardSchema } from '../../src/model/leaderboard-json.js';
import { PAGE_FLAGGED_ROWS } from '../../src/report/site/page-data.js';
import { readPageData as pageData } from './browser.js';
import { simulatedScores } from './simulated-catalog-scores.js';

describe('buildSite', () => {
  const scores = simulatedScores({ seed: 7, benchmarks: 16, models: 30 });

  it('writes leaderboard.json and its schema, LEADERBOARD.md, scores.parquet, checks.parquet, index.html and its assets, and the badges', () => {
    const files = buildSite(scores);
    const badges = [...files.keys()].filter((f) => f.startsWith('badges/'));
    expect(badges).toContain('badges/leaderboard.json');
    expect(badges.length).toBe(1 + scores.matrix.scenarios.filter((s) => s !== 'aggregate').length);
    expect([...files.keys()].filter((f) => !f.startsWith('badges/')).sort()).toEqual([
      'LEADERBOARD.md',
      'assets/site.css',
      'assets/site.js',
      'checks.parquet',
      'index.html',
      'leaderboard.json',
      'leaderboard.schema.json',
      'scores.parquet',
    ]);
    expect(
      Buffer.from(files.get('scores.parquet') as Uint8Array)
        .subarray(0, 4)
        .toString(),
    ).toBe('PAR1');
    const doc = JSON.parse(files.get('leaderboard.json') as string) as { schema: string; version: number };
    expect(doc).toMatchObject({ schema: 'benchbench-leaderboard', version: 3 });
    expect(files.get('index.html')).toContain('<script src="assets/site.js"></script>');
  });

  it('gives byte-identical files for the same catalog', () => {
    const again = buildSite(simulatedScores({ seed: 7, benchmarks: 16, models: 30 }));
    expect(again).toEqual(buildSite(scores));
  });

  it('computes every pair once among the scenarios with the most models', () => {
    const { document } = buildSiteWithData(scores, { maxPairScenarios: 5 });
    expect(document.pair_scenarios).toHaveLength(5);
    expect(document.pairs).toHaveLength(10);
    const counts = document.boards[0]!.rows.map((r) => [r.scenario, r.models] as const);
    const least = Math.min(...counts.filter(([s]) => document.pair_scenarios.includes(s)).map(([, n]) => n));
    for (const [s, n] of counts)
      if (!document.pair_scenarios.includes(s)) expect(n).toBeLessThanOrEqual(least);
  });

  it("gives the page each benchmark's closest benchmarks, most agreeing first, and a square heatmap", () => {
    const page = pageData(buildSite(scores, { heatmapSize: 6 }).get('index.html') as string);
    expect(page.heatmap.scenarios).toHaveLength(6);
    expect(page.heatmap.agreement).toHaveLength(36);
    expect(page.heatmap.of).toBe(scores.matrix.scenarios.length);
    for (let i = 0; i < 6; i++) expect(page.heatmap.agreement[i * 6 + i]).toBe(1);
    for (const list of Object.values(page.closest)) {
      expect(list.length).toBeLessThanOrEqual(10);
      const values = list.map((c) => c.agreement);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(page).not.toHaveProperty('pairs');
  });

  it('escapes untrusted names in the HTML and keeps them from closing the data script', () => {
    const hostile = '</script><img src=x onerror=alert(1)>';
    const named = simulatedScores({ seed: 7, benchmarks: 4, models: 12 });
    const first = named.catalog.benchmarks[0]!;
    Object.assign(first.metadata, { name: hostile, description: hostile });
    Object.assign(first.scenarios[0]!, { name: hostile });
    const html = buildSite(named).get('index.html') as string;
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain(hostile);
    expect(html).not.toContain('<img');
    expect(pageData(html).boards[0]!.rows.some((r) => r.name === hostile)).toBe(true);
  });

  it('writes a leaderboard.json that its leaderboard.schema.json (JSON Schema 2020-12) and the zod schema accept', () => {
    const files = buildSite(scores);
    const schema = JSON.parse(files.get('leaderboard.schema.json') as string) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const doc = JSON.parse(files.get('leaderboard.json') as string) as unknown;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(leaderboardSchema.safeParse(doc).success).toBe(true);
    // And it is a schema that can fail: raw scores (version 1) and a wrong version are refused.
    expect(validate({ ...(doc as object), scores: {} })).toBe(false);
    expect(validate({ ...(doc as object), version: 2 })).toBe(false);
    // Nor a row that lists its rows to check (version 2): they are in checks.parquet.
    const withFlagged = JSON.parse(JSON.stringify(doc)) as { boards: { rows: { plausibility: object }[] }[] };
    Object.assign(withFlagged.boards[0]!.rows[0]!.plausibility, { flagged: [] });
    expect(validate(withFlagged)).toBe(false);
  });

  it('keeps per-model scores and rows out of leaderboard.json and index.html, and lists the largest gaps only in the page', () => {
    const { files, document } = buildSiteWithData(scores);
    const doc = JSON.parse(files.get('leaderboard.json') as string) as Record<string, unknown>;
    expect(doc).not.toHaveProperty('scores');
    const page = pageData(files.get('index.html') as string);
    expect(page).not.toHaveProperty('scores');
    expect(page.shape.models).toEqual(scores.matrix.models);
    expect(page.shape.scenarios).toEqual(scores.matrix.scenarios);
    // No model's score appears in the page: only the aggregate's (a result) and the example file's 30.
    const text = JSON.stringify({ ...page, aggregate: null, example_csv: null });
    const n = scores.matrix.models.length;
    for (let i = 0; i < scores.matrix.values.length; i += 7) {
      const v = scores.matrix.values[i]!;
      if (!Number.isNaN(v) && String(v).length > 6)
        expect(text, `${scores.matrix.models[i % n]}`).not.toContain(String(v));
    }
    const rows = page.boards.flatMap((b) => b.rows);
    const full = document.boards.flatMap((b) => b.rows);
    expect(full.some((r) => r.plausibility.flagged.length > PAGE_FLAGGED_ROWS)).toBe(true);
    const written = (doc as { boards: { rows: { plausibility: object }[] }[] }).boards.flatMap((b) => b.rows);
    written.forEach((r, i) => {
      expect(r.plausibility).not.toHaveProperty('flagged');
      expect(r.plausibility).toHaveProperty('flagged_count', full[i]!.plausibility.flagged.length);
    });
    rows.forEach((r, i) => {
      expect(r.plausibility.flagged_count).toBe(full[i]!.plausibility.flagged.length);
      expect(r.plausibility.flagged).toEqual(full[i]!.plausibility.flagged.slice(0, PAGE_FLAGGED_ROWS));
    });
  });
});
