/**
 * `leaderboard.json` from a scored catalog (docs/leaderboard-json.md): each row's label and
 * trust decided here, the document's types and mappings in report/leaderboard-document.ts.
 * Pure: the same scores give byte-identical JSON (keys in a fixed order, no clock).
 */
import { isSkipped } from '../core/agreement.js';
import type { ScenarioResult } from '../core/leaderboard.js';
import type { PairResult } from '../core/pairwise.js';
import { plausibility } from '../core/plausibility.js';
import { saturation } from '../core/saturation.js';
import type { Benchmark } from '../catalog/types.js';
import { methodJson } from '../model/method.js';
import type { ScenarioTrust, TrustThresholds } from '../model/trust.js';
import {
  LEADERBOARD_SCHEMA,
  LEADERBOARD_SCHEMA_VERSION,
  resultRow,
  type LeaderboardDocument,
  type RowDocument,
  type TrustDocument,
} from '../report/leaderboard-document.js';
import { VERSION } from '../version.js';
import { scenarioLabel, type CatalogScores } from './score-catalog.js';
import { trustOf } from './trust.js';

/** A scenario without scores: what the engine says of no scores at all. */
const noTrust = (): ScenarioTrust => ({
  scenario: '',
  saturation: saturation([], 'higher'),
  plausibility: { ...plausibility([], [], []), flagged: [] },
});

/** A scenario's trust as the document's fields (snake_case, fresh arrays). */
function trustDocument(trust: ScenarioTrust | null): Pick<RowDocument, 'saturation' | 'plausibility'> {
  const t = trust ?? noTrust();
  const { saturation: sat, plausibility: p } = t;
  return {
    saturation: {
      models: sat.models,
      near_best: sat.nearBest,
      near_best_share: sat.nearBestShare,
      top_models: sat.topModels,
      top_spread: sat.topSpread,
      saturated: sat.saturated,
    },
    plausibility: {
      shared: p.shared,
      checked: p.checked,
      median_gap: p.medianGap,
      mad: p.mad,
      threshold: p.threshold,
      flagged_count: p.flaggedCount ?? p.flagged.length,
      flagged: p.flagged.map((f) => ({
        model: f.model,
        name: f.name,
        file: f.file,
        line: f.line,
        rank: f.rank,
        aggregate_rank: f.aggregateRank,
        gap: f.gap,
      })),
    },
  };
}

export function rowDocument(
  r: ScenarioResult,
  s: CatalogScores,
  trust: (scenario: string) => ScenarioTrust | null = trustOf(s),
): RowDocument {
  const info = s.info.get(r.scenario);
  return resultRow(
    r,
    {
      ...scenarioLabel(s, r.scenario),
      category: info?.benchmark.metadata.category ?? null,
      direction: info?.scenario.direction ?? 'higher',
    },
    trustDocument(trust(r.scenario)),
  );
}

/** Each scenario's trust computed once, however many boards show it. */
function memoTrust(
  f: (scenario: string) => ScenarioTrust | null,
): (scenario: string) => ScenarioTrust | null {
  const seen = new Map<string, ScenarioTrust | null>();
  return (id) => {
    if (!seen.has(id)) seen.set(id, f(id));
    return seen.get(id)!;
  };
}

/** What a leaderboard document holds beside the board. */
export interface DocumentOptions {
  /** The pairs of scenarios compared (the site's heatmap), and the scenarios they are between. */
  readonly pairs?: readonly PairResult[];
  readonly pairScenarios?: readonly string[];
  /**
   * Rows to check listed per scenario, the largest gaps (`flagged_count` counts them all): the
   * text and Markdown show the first few, leaderboard.json none; the site lists every one.
   */
  readonly listedChecks?: number;
}

export function leaderboardDocument(
  s: CatalogScores,
  {
    pairs = [],
    pairScenarios = [...new Set(pairs.flatMap((p) => [p.a, p.b]))],
    listedChecks = Infinity,
  }: DocumentOptions = {},
): LeaderboardDocument {
  const { catalog, leaderboard: lb, matrix } = s;
  const m = lb.method;
  const trust = memoTrust(trustOf(s, listedChecks));
  return {
    schema: LEADERBOARD_SCHEMA,
    version: LEADERBOARD_SCHEMA_VERSION,
    generator: `benchbench-action ${VERSION}`,
    catalog: {
      hash: catalog.contentHash,
      benchmarks: catalog.benchmarks.length,
      scenarios: matrix.scenarios.length,
      models: matrix.models.length,
    },
    method: methodJson(m),
    trust: thresholdsDocument(catalog.config.trust),
    aggregate: {
      scenarios: lb.aggregate.scenarios,
      missing: lb.aggregate.missing,
      min_scenarios_per_model: lb.aggregate.minScenariosPerModel,
      warnings: lb.aggregate.warnings,
      scores: Object.fromEntries(lb.aggregate.scores),
    },
    boards: lb.boards.map((b) => ({
      id: b.id,
      title: b.title,
      rows: b.rows.map((r) => rowDocument(r, s, trust)),
    })),
    benchmarks: benchmarkDocuments(catalog.benchmarks),
    model_names: Object.fromEntries(
      matrix.models.map((id) => [id, catalog.registry.models.get(id) ?? id] as const),
    ),
    pair_scenarios: [...pairScenarios].sort(),
    pairs: pairs.map(pairDocument),
  };
}

/** The thresholds the trust fields were computed with, with the keys of benchbench.yaml. */
function thresholdsDocument({ saturation: st, plausibility: pt }: TrustThresholds): TrustDocument {
  return {
    saturation: {
      near_best: st.nearBest,
      saturated_share: st.saturatedShare,
      top_models: st.topModels,
      min_top_spread: st.minTopSpread,
      min_models: st.minModels,
    },
    plausibility: {
      mad_multiplier: pt.madMultiplier,
      min_gap_share: pt.minGapShare,
      min_models: pt.minModels,
    },
  };
}

/** Every benchmark's metadata, by id. */
function benchmarkDocuments(benchmarks: readonly Benchmark[]): LeaderboardDocument['benchmarks'] {
  return [...benchmarks]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => ({
      id: b.id,
      file: b.file,
      name: b.metadata.name,
      category: b.metadata.category ?? null,
      url: b.metadata.url ?? null,
      snapshot: b.metadata.snapshot ?? null,
      license: b.metadata.license ?? null,
      description: b.metadata.description ?? null,
      simulated: b.metadata.simulated ?? false,
      access: b.metadata.access ?? null,
      cost: b.metadata.cost ? { value: b.metadata.cost.value, unit: b.metadata.cost.unit } : null,
      items: b.metadata.items ?? null,
      scenarios: b.scenarios.map((sc) => sc.id),
    }));
}

function pairDocument(p: PairResult): LeaderboardDocument['pairs'][number] {
  return isSkipped(p.result)
    ? { a: p.a, b: p.b, agreement: null, interval: null, n_common: p.result.nCommon }
    : {
        a: p.a,
        b: p.b,
        agreement: Number.isFinite(p.result.correlation) ? p.result.correlation : null,
        interval: p.result.interval,
        n_common: p.result.nCommon,
      };
}
