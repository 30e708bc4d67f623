/**
 * The closest benchmarks of one scenario (`benchbench similar` and the page's detail view):
 * its agreement with every other scenario, most agreeing first. These are the "efficient
 * alternatives" of the BenchBench paper: benchmarks that rank models as this one does.
 *
 * Contract: a pair is computed exactly as `pairwiseAgreements` computes it (same draws, so the
 * numbers match the heatmap and `agree --all-pairs`). Order: agreement descending, then more
 * shared models, then scenario id; pairs without an agreement (too few shared models, or every
 * experiment constant) come last, by shared models descending then id, with the reason.
 */
import { agreement, isSkipped } from './agreement.js';
import type { PairResult } from './pairwise.js';
import { scenarioRow } from './score-matrix.js';
import type { Method, ScoreMatrix } from './types.js';

export interface SimilarScenario {
  readonly scenario: string;
  /** Mean correlation with the given scenario; null when the pair was skipped. */
  readonly agreement: number | null;
  readonly interval: readonly [number, number] | null;
  readonly pValue: number | null;
  /** Models with a score in both scenarios. */
  readonly nCommon: number;
  readonly skipped: string | null;
}

/** Agreement of `scenario` with every other scenario of the matrix, sorted (see above). */
export function similarScenarios(
  matrix: ScoreMatrix,
  method: Method,
  scenario: string,
  ranking?: Float64Array,
): SimilarScenario[] {
  const s = matrix.scenarios.indexOf(scenario);
  if (s < 0) throw new RangeError(`scenario "${scenario}" is not in the catalog`);
  const x = scenarioRow(matrix, s);
  const pairs: PairResult[] = [];
  matrix.scenarios.forEach((other, o) => {
    if (o === s) return;
    const y = scenarioRow(matrix, o);
    const [a, b] = scenario < other ? [scenario, other] : [other, scenario];
    const [xa, yb] = scenario < other ? [x, y] : [y, x];
    const result = agreement({ x: xa, y: yb, ids: [a, b], method, ...(ranking ? { ranking } : {}) });
    pairs.push({ a, b, result });
  });
  return rankSimilar(scenario, pairs);
}

/** The pairs that involve `scenario`, as its similar scenarios in the order above. */
export function rankSimilar(scenario: string, pairs: readonly PairResult[]): SimilarScenario[] {
  const out: SimilarScenario[] = [];
  for (const p of pairs) {
    if (p.a !== scenario && p.b !== scenario) continue;
    const other = p.a === scenario ? p.b : p.a;
    if (other === scenario) continue;
    const r = p.result;
    const why = isSkipped(r)
      ? r.skipped
      : Number.isFinite(r.correlation)
        ? null
        : 'every experiment had a constant score vector';
    out.push(
      why !== null || isSkipped(r)
        ? { scenario: other, agreement: null, interval: null, pValue: null, nCommon: r.nCommon, skipped: why }
        : {
            scenario: other,
            agreement: r.correlation,
            interval: r.interval,
            pValue: Number.isFinite(r.pValue) ? r.pValue : null,
            nCommon: r.nCommon,
            skipped: null,
          },
    );
  }
  return out.sort(
    (u, v) =>
      (v.agreement ?? -Infinity) - (u.agreement ?? -Infinity) ||
      v.nCommon - u.nCommon ||
      (u.scenario < v.scenario ? -1 : u.scenario > v.scenario ? 1 : 0),
  );
}
