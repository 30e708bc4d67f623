/**
 * Efficient alternatives to a benchmark (`benchbench alternatives`, METHOD.md "Alternatives"):
 * the scenarios whose ranking of models agrees with it at least T, each with what it takes to
 * run it (access, cost) and its cost relative to the benchmark's.
 *
 * Contract: the input is `similarScenarios` of the benchmark (its pair agreements, computed
 * exactly as `similar` and the heatmap compute them) and its order is kept: agreement
 * descending, then more shared models, then id. A scenario is kept when its agreement is a
 * number >= T (so T = 0.6 keeps 0.6 itself); a pair without an agreement (too few shared
 * models, constant scores) is never an alternative. `keep` filters further (`--where`).
 * T must be a finite number (RangeError otherwise). Relative cost: see `relativeCost`.
 */
import type { SimilarScenario } from './similar.js';
import type { Access, Cost } from './types.js';

/** What it takes to run a scenario: its results file's `access` and `cost`. */
export interface Resources {
  readonly access?: Access;
  readonly cost?: Cost;
}

/** The least agreement of an alternative unless told otherwise (the CLI's and the page's default). */
export const DEFAULT_MIN_AGREEMENT = 0.6;

export interface Alternative {
  readonly scenario: string;
  readonly agreement: number;
  readonly interval: readonly [number, number] | null;
  readonly nCommon: number;
  readonly access: Access | null;
  readonly cost: (Cost & { readonly relative: number | null }) | null;
}

export function alternatives(
  similar: readonly SimilarScenario[],
  minAgreement: number,
  own: Resources,
  resourcesOf: (scenario: string) => Resources,
  keep: (scenario: string) => boolean = () => true,
): Alternative[] {
  if (!Number.isFinite(minAgreement)) throw new RangeError(`the minimum agreement is ${minAgreement}`);
  const out: Alternative[] = [];
  for (const s of similar) {
    if (s.agreement === null || !(s.agreement >= minAgreement) || !keep(s.scenario)) continue;
    const r = resourcesOf(s.scenario);
    out.push({
      scenario: s.scenario,
      agreement: s.agreement,
      interval: s.interval,
      nCommon: s.nCommon,
      access: r.access ?? null,
      cost: r.cost
        ? { value: r.cost.value, unit: r.cost.unit, relative: relativeCost(r.cost, own.cost) }
        : null,
    });
  }
  return out;
}

/**
 * `cost.value / reference.value`: 0.25 means a quarter of the reference's cost. Null when
 * either is unknown, their units differ (compared as written, after trimming), or the
 * reference costs 0 (nothing is a multiple of nothing; 0 / 0 is null too).
 */
export function relativeCost(cost: Cost | undefined, reference: Cost | undefined): number | null {
  if (!cost || !reference || cost.unit !== reference.unit || !(reference.value > 0)) return null;
  return cost.value / reference.value;
}
