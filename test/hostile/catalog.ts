/**
 * A small valid catalog to drop one hostile file into, and the whole pipeline run over it:
 * load (parse and validate), score, leaderboard JSON and Markdown, the PR report and its
 * comment. Hostile tests call `runPipeline` so that a throw anywhere downstream also fails them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../../src/model/issue.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import type { PrReport } from '../../src/model/pr-report-schema.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { type LeaderboardDocument } from '../../src/report/leaderboard-document.js';
import { leaderboardMarkdown } from '../../src/report/leaderboard-markdown.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { matrixScores } from '../support/matrix-scores.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** The bytes of a committed hostile fixture. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export const MODELS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
];

/** benchbench.yaml, models.yaml-free, and three aggregate scenarios over ten models. */
export function baseFiles(): Map<string, Uint8Array> {
  const rows = MODELS.map((m, i) => `${m},${i},${(i * 7) % 10},${i % 3 === 0 ? i / 2 : i}`);
  return new Map([
    ['benchbench.yaml', encode('aggregate:\n  scenarios: [agg_a, agg_b, agg_c]\nmethod:\n  samples: 20\n')],
    ['benchmarks/base.csv', encode(['model,agg_a,agg_b,agg_c', ...rows].join('\n') + '\n')],
    ['benchmarks/base.yaml', encode('name: Base\ndirection: higher\n')],
  ]);
}

/** The base catalog plus these files (text or bytes) by catalog-relative path. */
export function withFiles(extra: Record<string, string | Uint8Array>): Map<string, Uint8Array> {
  const files = baseFiles();
  for (const [p, v] of Object.entries(extra)) files.set(p, typeof v === 'string' ? encode(v) : v);
  return files;
}

export interface PipelineRun {
  readonly catalog: Catalog;
  readonly document: LeaderboardDocument;
  /** The score matrix as scenario -> model -> score (direction applied). */
  readonly scores: Record<string, Record<string, number>>;
  readonly json: string;
  readonly markdown: string;
  readonly report: PrReport;
  readonly comment: string;
}

/** Everything a run of the action or the CLI does with these files, without the network. */
export function runPipeline(files: ReadonlyMap<string, Uint8Array>, base = baseFiles()): PipelineRun {
  const catalog = loadCatalog(files);
  const scores = scoreCatalog(catalog);
  const document = leaderboardDocument(scores);
  const changedFiles = [...new Set([...base.keys(), ...files.keys()])].filter((p) => {
    const before = base.get(p);
    const after = files.get(p);
    return !before || !after || Buffer.compare(before, after) !== 0;
  });
  const report = buildPrReport({
    base: { sha: 'a'.repeat(40), files: base, issues: [] },
    head: { sha: 'b'.repeat(40), files, issues: [] },
    changedFiles,
    repository: 'acme/catalog',
    pullRequest: 7,
    catalogDir: 'catalog',
  });
  return {
    catalog,
    document,
    scores: matrixScores(scores.matrix),
    json: JSON.stringify(document),
    markdown: leaderboardMarkdown(document, catalog.config.method),
    report,
    comment: renderPrComment(report, { target: 'comment' }),
  };
}

/** The issues with this code; fails the test (through `expect` in the caller) when there are none. */
export const issuesWith = (issues: readonly Issue[], code: string): Issue[] =>
  issues.filter((i) => i.code === code);

/** A per-test time limit: a hostile input that makes the code hang fails instead of stalling CI. */
export const FAST = 10_000;
