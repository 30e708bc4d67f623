/**
 * The published leaderboard (the `site` command and the action's publish mode):
 * `leaderboard.json` with its JSON Schema (`leaderboard.schema.json`), `LEADERBOARD.md`, every
 * score in `scores.parquet`, every row to check in `checks.parquet`, the static page (`index.html` and `assets/`) and the shields.io
 * endpoint badges (`badges/`, see report/badges.ts).
 *
 * Pairs of scenarios (the heatmap and every benchmark's closest benchmarks) are computed among
 * the `maxPairScenarios` scenarios with the most models (ties by id); the document lists them in
 * `pair_scenarios`. Their number grows with the square of the scenarios: 200 give 19,900 pairs.
 * Deterministic: the same catalog and options give byte-identical files.
 */
import { deflateRawSync } from 'node:zlib';
import { pairwiseAgreements, type PairResult } from '../core/pairwise.js';
import { rankSimilar } from '../core/similar.js';
import type { ScoreMatrix } from '../core/types.js';
import { leaderboardDocument } from './leaderboard-document.js';
import { type LeaderboardDocument } from '../report/leaderboard-document.js';
import { badgeFiles } from '../report/badges.js';
import { leaderboardMarkdown } from '../report/leaderboard-markdown.js';
import { methodLine } from '../report/method-line.js';
import {
  LEADERBOARD_SCHEMA_FILE,
  leaderboardJson,
  leaderboardJsonSchema,
} from '../model/leaderboard-json.js';
import { PAGE_FLAGGED_ROWS, type ClosestDocument, type PageData } from '../report/site/page-data.js';
import { renderSite } from '../report/site/render-site.js';
import {
  CHECKS_PARQUET,
  SCORES_PARQUET,
  checksParquet,
  scoresParquet,
  type ScoreRows,
} from '../report/scores-parquet.js';
import { clusteredOrder } from '../report/site/seriate.js';
import { aggregateRow, type CatalogScores } from './score-catalog.js';

export interface BuildSiteOptions {
  /** Pairs are computed among at most this many scenarios, those with the most models. Default 200. */
  readonly maxPairScenarios?: number;
  /** The heatmap shows at most this many of them, those with the most models. Default 100. */
  readonly heatmapSize?: number;
  /** Closest benchmarks listed per benchmark in the page. Default 10. */
  readonly closest?: number;
  readonly title?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_PAIR_SCENARIOS = 200;
export const DEFAULT_HEATMAP_SIZE = 100;

export interface SiteBuild {
  /** Path relative to the output folder -> file text (bytes for scores.parquet). */
  readonly files: SiteFiles;
  readonly document: LeaderboardDocument;
  readonly pairs: readonly PairResult[];
}

/** The site's files: text, and bytes for `scores.parquet`. */
export type SiteFiles = Map<string, string | Uint8Array>;

export function buildSite(scores: CatalogScores, options: BuildSiteOptions = {}): SiteFiles {
  return buildSiteWithData(scores, options).files;
}

export function buildSiteWithData(scores: CatalogScores, options: BuildSiteOptions = {}): SiteBuild {
  const { matrix, leaderboard } = scores;
  const method = leaderboard.method;
  const byModels = scenariosByModels(matrix);
  const pairScenarios = byModels.slice(0, options.maxPairScenarios ?? DEFAULT_MAX_PAIR_SCENARIOS);
  const ranking = aggregateRow(scores);
  const pairs = pairwiseAgreements(matrix, method, pairScenarios, ranking, options.onProgress);
  const document = leaderboardDocument(scores, { pairs, pairScenarios });

  const inPairs = new Set(pairScenarios);
  const heatIds = byModels
    .filter((s) => inPairs.has(s))
    .slice(0, options.heatmapSize ?? DEFAULT_HEATMAP_SIZE);
  const page: PageData = {
    ...withoutPairs(document),
    boards: document.boards.map((b) => ({
      ...b,
      rows: b.rows.map((r) => ({
        ...r,
        plausibility: { ...r.plausibility, flagged: r.plausibility.flagged.slice(0, PAGE_FLAGGED_ROWS) },
      })),
    })),
    model_names: Object.fromEntries(Object.entries(document.model_names).filter(([id, name]) => id !== name)),
    shape: {
      models: [...matrix.models],
      scenarios: [...matrix.scenarios],
      lower_is_better: matrix.scenarios.filter((id) => scores.info.get(id)?.scenario.direction === 'lower'),
    },
    example_csv: exampleCsv(document, matrix),
    method_line: methodLine(method),
    aggregate_min_scenarios_per_model: scores.catalog.config.aggregate.minScenariosPerModel,
    model_aliases: Object.fromEntries(
      [...scores.catalog.registry.aliases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    model_naming: scores.catalog.config.modelNames,
    limits: scores.catalog.config.limits,
    heatmap: heatmapData(heatIds, document.pairs, pairScenarios.length),
    closest: closestData(pairScenarios, pairs, options.closest ?? 10),
  };
  const files: SiteFiles = new Map<string, string | Uint8Array>([
    ['leaderboard.json', JSON.stringify(leaderboardJson(document), null, 2) + '\n'],
    [LEADERBOARD_SCHEMA_FILE, leaderboardJsonSchema()],
    ['LEADERBOARD.md', leaderboardMarkdown(document, method)],
    ...renderSite(page, packJson, options.title),
    ...badgeFiles(document),
    [SCORES_PARQUET, scoresParquet(catalogScoreRows(scores), document)],
    [CHECKS_PARQUET, checksParquet(document)],
  ]);
  return { files, document, pairs };
}

/** The page data's packing (render-site.ts): raw DEFLATE at level 9 (no header, so no OS byte), base64. */
const packJson = (json: string): string => deflateRawSync(json, { level: 9 }).toString('base64');

/** Every score as written (direction not applied), by scenario id then model id. */
function catalogScoreRows({ info }: CatalogScores): ScoreRows {
  const model: string[] = [];
  const scenario: string[] = [];
  const values: number[] = [];
  const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  for (const id of [...info.keys()].sort(byId)) {
    const scores = info.get(id)!.scenario.scores;
    for (const m of [...scores.keys()].sort(byId)) {
      const v = scores.get(m)!;
      if (Number.isNaN(v)) continue;
      model.push(m);
      scenario.push(id);
      values.push(v);
    }
  }
  return { model, scenario, score: Float64Array.from(values) };
}

/** A wide CSV of the first scored row's scores (direction applied) for up to 30 models, by id. */
function exampleCsv(document: LeaderboardDocument, matrix: ScoreMatrix): string {
  const row = document.boards[0]?.rows.find((r) => r.z !== null);
  const s = row ? matrix.scenarios.indexOf(row.scenario) : -1;
  const quote = (t: string): string => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const lines: string[] = [];
  const n = matrix.models.length;
  for (let m = 0; s >= 0 && m < n && lines.length < 30; m++) {
    const v = matrix.values[s * n + m]!;
    if (!Number.isNaN(v)) lines.push(`${quote(matrix.models[m]!)},${v}`);
  }
  return ['model,my_benchmark', ...lines].join('\n') + '\n';
}

function withoutPairs(document: LeaderboardDocument): Omit<LeaderboardDocument, 'pairs'> {
  const rest: Partial<LeaderboardDocument> = { ...document };
  delete rest.pairs;
  return rest as Omit<LeaderboardDocument, 'pairs'>;
}

/** Scenario ids, most models first, then by id. */
function scenariosByModels(matrix: ScoreMatrix): string[] {
  const n = matrix.models.length;
  const counts = matrix.scenarios.map((id, s) => {
    let c = 0;
    for (let m = 0; m < n; m++) if (!Number.isNaN(matrix.values[s * n + m]!)) c++;
    return { id, c };
  });
  return counts.sort((a, b) => b.c - a.c || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.id);
}

function heatmapData(
  ids: readonly string[],
  pairs: LeaderboardDocument['pairs'],
  of: number,
): PageData['heatmap'] {
  const position = new Map(ids.map((s, i) => [s, i]));
  const n = ids.length;
  const grid: (number | null)[] = new Array<number | null>(n * n).fill(null);
  for (let i = 0; i < n; i++) grid[i * n + i] = 1;
  for (const p of pairs) {
    const i = position.get(p.a);
    const j = position.get(p.b);
    if (i === undefined || j === undefined) continue;
    grid[i * n + j] = grid[j * n + i] = p.agreement;
  }
  const order = clusteredOrder(n, (i, j) => grid[i * n + j] ?? null);
  const agreement: (number | null)[] = [];
  for (const i of order) for (const j of order) agreement.push(grid[i * n + j] ?? null);
  return { scenarios: order.map((i) => ids[i]!), agreement, of };
}

function closestData(
  scenarios: readonly string[],
  pairs: readonly PairResult[],
  limit: number,
): Record<string, ClosestDocument[]> {
  const byScenario = new Map<string, PairResult[]>(scenarios.map((s) => [s, []]));
  for (const p of pairs) {
    byScenario.get(p.a)?.push(p);
    byScenario.get(p.b)?.push(p);
  }
  const out: Record<string, ClosestDocument[]> = {};
  for (const s of [...scenarios].sort()) {
    out[s] = rankSimilar(s, byScenario.get(s)!)
      .filter((c) => c.agreement !== null)
      .slice(0, limit)
      .map((c) => ({
        scenario: c.scenario,
        agreement: c.agreement!,
        interval: c.interval,
        n_common: c.nCommon,
      }));
  }
  return out;
}
