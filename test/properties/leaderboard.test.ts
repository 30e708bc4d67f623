/**
 * Properties of the whole leaderboard computed from generated catalogs (catalog-gen.ts):
 * invariance under the order of rows and files, under renaming models, and (for the rank
 * statistics) under strictly increasing transforms of a scenario's scores; bounds; symmetry
 * of agreement; determinism for a seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { agreement } from '../../src/core/agreement.js';
import { DEFAULT_METHOD, type Correlation, type Sampling } from '../../src/core/types.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { type LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import { defaultModelName, fileCount, genCatalog, permutation, toFiles } from './catalog-gen.js';
import { matrixScores } from '../support/matrix-scores.js';

/** The leaderboard document, with the matrix's scores (direction applied) beside it. */
function leaderboardOf(
  files: ReadonlyMap<string, Uint8Array>,
): LeaderboardDocument & { scores: Record<string, Record<string, number>> } {
  const catalog = loadCatalog(files);
  expect(catalog.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const scores = scoreCatalog(catalog);
  return { ...leaderboardDocument(scores), scores: matrixScores(scores.matrix) };
}

/** The scored part of a leaderboard (no names of models, no raw scores). */
const boards = (doc: LeaderboardDocument) => ({
  boards: doc.boards,
  aggregateScenarios: doc.aggregate.scenarios,
});

/**
 * The rows with a part of their trust fields replaced (docs/method.md): the lines of rows to check
 * move with the rows, their model names with a renaming, and saturation (not a rank statistic)
 * with a non-linear transform; the rest of each row must not.
 */
type Row = LeaderboardDocument['boards'][number]['rows'][number];
const mapRows = (doc: LeaderboardDocument, f: (r: Row) => Row): LeaderboardDocument => ({
  ...doc,
  boards: doc.boards.map((b) => ({ ...b, rows: b.rows.map(f) })),
});
const mapFlagged = (doc: LeaderboardDocument, f: (x: Row['plausibility']['flagged'][number]) => object) =>
  mapRows(doc, (r) => ({
    ...r,
    plausibility: {
      ...r.plausibility,
      flagged: r.plausibility.flagged.map(f) as Row['plausibility']['flagged'],
    },
  }));
const withoutLines = (doc: LeaderboardDocument) => mapFlagged(doc, (x) => ({ ...x, line: null }));
const withoutModelNames = (doc: LeaderboardDocument) =>
  mapFlagged(doc, (x) => ({ ...x, model: '', name: '' }));
const withoutSaturation = (doc: LeaderboardDocument) =>
  mapRows(doc, (r) => ({
    ...r,
    saturation: { ...r.saturation, near_best: 0, near_best_share: 0, top_spread: 0, saturated: null },
  }));

const RUNS = { numRuns: 60 };

/** Equal within rounding (a sum in another order); null and NaN equal only to themselves. */
const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));

/** The same rows with the same agreement, Z, rank and p (within rounding) and the same counts. */
function expectSameScores(a: LeaderboardDocument, b: LeaderboardDocument): void {
  const rows = (d: LeaderboardDocument) => d.boards.flatMap((board) => board.rows);
  const [ra, rb] = [rows(a), rows(b)];
  expect(ra.map((r) => [r.scenario, r.n_common, r.models, r.skipped])).toEqual(
    rb.map((r) => [r.scenario, r.n_common, r.models, r.skipped]),
  );
  ra.forEach((r, i) => {
    const o = rb[i]!;
    for (const key of ['agreement', 'z', 'rank', 'p_value'] as const) {
      expect(close(r[key], o[key]), `${r.scenario} ${key}: ${r[key]} vs ${o[key]}`).toBe(true);
    }
  });
}
const EPS = 1e-12;

describe('leaderboard properties on generated catalogs', () => {
  it('gives byte-identical JSON whatever the order in which the files are found', () => {
    fc.assert(
      fc.property(
        genCatalog().chain((c) => fc.tuple(fc.constant(c), permutation(fileCount(c)))),
        ([c, fileOrder]) => {
          const a = JSON.stringify(leaderboardOf(toFiles(c)));
          expect(JSON.stringify(leaderboardOf(toFiles(c, { fileOrder })))).toBe(a);
        },
      ),
      RUNS,
    );
  });

  it('gives the same JSON, but for the content hash of the bytes, whatever the order of rows in the files', () => {
    fc.assert(
      fc.property(
        genCatalog().chain((c) => fc.tuple(fc.constant(c), permutation(c.models))),
        ([c, rowOrder]) => {
          const a = withoutLines(leaderboardOf(toFiles(c)));
          const b = withoutLines(leaderboardOf(toFiles(c, { rowOrder })));
          expect(JSON.stringify({ ...b, catalog: { ...b.catalog, hash: '' } })).toBe(
            JSON.stringify({ ...a, catalog: { ...a.catalog, hash: '' } }),
          );
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the names of models when every experiment uses all shared models', () => {
    fc.assert(
      fc.property(
        genCatalog({ modelsPerSample: [0] }).chain((c) => fc.tuple(fc.constant(c), permutation(c.models))),
        ([c, shuffle]) => {
          // A bijection that reorders the models' sorted order: model m takes the name of shuffle[m].
          const renamed = leaderboardOf(
            toFiles(c, { name: (m) => `renamed-${defaultModelName(shuffle[m]!)}` }),
          );
          const original = leaderboardOf(toFiles(c));
          expectSameScores(renamed, original);
          // Bootstrap resamples are drawn in value order, so the intervals do not move either
          // (beyond the rounding of sums taken in another order).
          const intervals = (d: LeaderboardDocument) =>
            d.boards.flatMap((b) =>
              b.rows.flatMap((r) => [r.agreement_interval, r.z_interval, r.rank_interval]),
            );
          const [ia, ib] = [intervals(renamed), intervals(original)];
          ia.forEach((iv, i) => {
            expect(iv === null, `interval ${i}`).toBe(ib[i] === null);
            if (iv && ib[i]) iv.forEach((v, j) => expect(Math.abs(v - ib[i]![j]!)).toBeLessThan(1e-9));
          });
          for (const [scenario, row] of Object.entries(original.scores)) {
            const back = Object.fromEntries(
              Object.entries(renamed.scores[scenario]!).map(([name, v]) => [
                defaultModelName(shuffle.indexOf(Number(name.slice(-2)))),
                v,
              ]),
            );
            expect(back).toEqual(row);
          }
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the names of models under any method when renaming keeps their order', () => {
    fc.assert(
      fc.property(genCatalog({ modelsPerSample: [0, 3, 5] }), (c) => {
        const renamed = leaderboardOf(toFiles(c, { name: (m) => `vendor-x/${defaultModelName(m)}` }));
        expect(boards(withoutModelNames(renamed))).toEqual(
          boards(withoutModelNames(leaderboardOf(toFiles(c)))),
        );
      }),
      RUNS,
    );
  });

  it('sees Kendall and Spearman leaderboards unchanged by strictly increasing transforms of any scenario', () => {
    const transforms = [
      (v: number) => 3 * v + 7,
      (v: number) => v * v * v + 50 * v,
      (v: number) => 2 ** (v / 4),
    ];
    fc.assert(
      fc.property(
        genCatalog({ correlations: ['kendall', 'spearman'], modelsPerSample: [0, 3, 5] }),
        fc.array(fc.nat(2), { minLength: 6, maxLength: 6 }),
        (c, which) => {
          const transformed = leaderboardOf(toFiles(c, { value: (v, s) => transforms[which[s]!]!(v) }));
          expect(boards(withoutSaturation(transformed))).toEqual(
            boards(withoutSaturation(leaderboardOf(toFiles(c)))),
          );
        },
      ),
      RUNS,
    );
  });

  it('keeps agreements and their intervals in [-1, 1], p in [0, 1], ranks in 1..n and Z finite', () => {
    fc.assert(
      fc.property(genCatalog({ modelsPerSample: [0, 3, 5] }), (c) => {
        for (const board of leaderboardOf(toFiles(c)).boards) {
          const scored = board.rows.filter((r) => r.rank !== null);
          for (const r of board.rows) {
            if (r.agreement !== null) expect(Math.abs(r.agreement)).toBeLessThanOrEqual(1 + EPS);
            if (r.agreement_interval) {
              const [lo, hi] = r.agreement_interval;
              expect(lo).toBeLessThanOrEqual(hi);
              expect(lo).toBeGreaterThanOrEqual(-1 - EPS);
              expect(hi).toBeLessThanOrEqual(1 + EPS);
            }
            if (r.p_value !== null) {
              expect(r.p_value).toBeGreaterThanOrEqual(0);
              expect(r.p_value).toBeLessThanOrEqual(1 + EPS);
            }
            if (r.rank === null) {
              expect(r.z).toBeNull();
              expect(r.skipped).not.toBeNull();
            } else {
              expect(Number.isInteger(r.rank) && r.rank >= 1 && r.rank <= scored.length).toBe(true);
              expect(Number.isFinite(r.z)).toBe(true);
              // A rank interval exactly when there is an agreement interval to map.
              expect(r.rank_interval === null).toBe(r.agreement_interval === null);
              if (r.rank_interval) {
                const [lo, hi] = r.rank_interval;
                expect(1 <= lo && lo <= hi && hi <= scored.length).toBe(true);
              }
            }
          }
          // Z scores of the scored rows sum to zero (they are centred on their mean).
          const sum = scored.reduce((t, r) => t + r.z!, 0);
          expect(Math.abs(sum)).toBeLessThan(1e-9);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic for a seed: the same catalog gives the same JSON on every run', () => {
    fc.assert(
      fc.property(genCatalog({ modelsPerSample: [3, 5] }), (c) => {
        const first = JSON.stringify(leaderboardOf(toFiles(c)));
        expect(JSON.stringify(leaderboardOf(toFiles(c)))).toBe(first);
        expect(JSON.parse(first).method.seed).toBe(c.seed);
      }),
      { numRuns: 30 },
    );
  });
});

describe('agreement of two scenarios', () => {
  const vector = (n: number) =>
    fc
      .array(fc.option(fc.integer({ min: -9, max: 9 }), { freq: 6, nil: null }), {
        minLength: n,
        maxLength: n,
      })
      .map((v) => Float64Array.from(v, (x) => (x === null ? NaN : x)));

  it('is symmetric: agreement(a, b) equals agreement(b, a) within rounding, replicates and interval included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 30 }).chain((n) => fc.tuple(vector(n), vector(n))),
        fc.constantFrom<Correlation>('kendall', 'pearson', 'spearman'),
        fc.constantFrom<Sampling>('random', 'top', 'bottom', 'middle', 'adjacent'),
        fc.constantFrom(0, 3, 5),
        fc.nat(1000),
        ([x, y], correlation, sampling, modelsPerSample, seed) => {
          const method = {
            ...DEFAULT_METHOD,
            correlation,
            sampling,
            modelsPerSample,
            seed,
            samples: 10,
            minCommonModels: 3,
          };
          const ranking = Float64Array.from(x, (_, i) => i);
          const ab = agreement({ x, y, ids: ['a', 'b'], method, ranking });
          const ba = agreement({ x: y, y: x, ids: ['b', 'a'], method, ranking });
          expect([ba.nCommon, 'skipped' in ba, 'experiments' in ba && ba.experiments]).toEqual([
            ab.nCommon,
            'skipped' in ab,
            'experiments' in ab && ab.experiments,
          ]);
          if ('skipped' in ab || 'skipped' in ba) return;
          const same = (p: number, q: number) =>
            Number.isNaN(p) ? Number.isNaN(q) : Math.abs(p - q) <= 1e-12;
          expect(same(ba.correlation, ab.correlation)).toBe(true);
          // Near r = ±1 with few models, p magnifies the last bit of r (about 1e-8 at n = 3).
          expect(Math.abs(ba.pValue - ab.pValue) <= 1e-7 || same(ba.pValue, ab.pValue)).toBe(true);
          expect(ba.replicates.every((v, i) => same(v, ab.replicates[i]!))).toBe(true);
          expect(ba.interval === null).toBe(ab.interval === null);
          if (ab.interval && ba.interval)
            expect(ba.interval.every((v, i) => same(v, ab.interval![i]!))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
