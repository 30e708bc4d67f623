/**
 * What every part of the page shares: the inlined data (read once), the view in the URL
 * (permalink.ts, written back on every change), the result shown (the catalog's, or one the
 * engine recomputed), each row's label and trust, and the one engine client. Nothing here
 * holds a raw score: those stay in the engine worker.
 */
import type { Method } from '../../../core/types.js';
import type { RowLabel, RowTrust } from '../../leaderboard-document.js';
import { methodOfJson } from '../../../model/method.js';
import { PAGE_DATA_ENCODING, PAGE_DATA_ID, type PageData } from '../page-data.js';
import { readView, writeView, type View, type ViewContext } from '../permalink.js';
import type { ScenarioResources, ScoreRequest } from './engine-protocol.js';
import { EngineClient } from './engine-client.js';
import { scoresSource, type ScoresSource } from './engine-source.js';
import type { MethodChoice } from './method-panel.js';

/** The page data: base64 of raw DEFLATE of its JSON, inflated by the browser's own DecompressionStream. */
export async function readPageData(): Promise<PageData> {
  const script = document.getElementById(PAGE_DATA_ID)!;
  if (script.dataset['encoding'] !== PAGE_DATA_ENCODING)
    throw new Error('the page data is not packed as expected');
  const bytes = Uint8Array.from(atob(script.textContent!.trim()), (c) => c.charCodeAt(0));
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(inflated).text()) as PageData;
}

/** A result on show: the boards' rows and the aggregate's scores, for a method. */
export interface Shown {
  readonly boards: PageData['boards'];
  readonly aggregateScores: Record<string, number>;
  readonly choice: MethodChoice;
}

export const sameMethod = (a: MethodChoice, b: MethodChoice): boolean =>
  JSON.stringify(a.method) === JSON.stringify(b.method) &&
  a.aggregate.join(',') === b.aggregate.join(',') &&
  a.minScenariosPerModel === b.minScenariosPerModel;

export class PageContext {
  /** The catalog's own method and aggregate. */
  readonly catalog: MethodChoice;
  readonly viewContext: ViewContext;
  /** What the URL could not say (shown above the page). */
  readonly problems: readonly string[];
  view: View;
  shown: Shown;
  /** What a recomputation keeps of each row: its label and its trust figures. */
  readonly labels = new Map<string, RowLabel>();
  readonly trusts = new Map<string, RowTrust>();
  readonly resources: Record<string, ScenarioResources>;
  readonly boardSpecs: { id: string; title: string; scenarios: string[] }[];
  readonly source: ScoresSource = scoresSource();
  readonly engine: EngineClient;

  constructor(readonly data: PageData) {
    this.catalog = { method: methodOfJson(data.method), aggregate: data.aggregate.scenarios };
    this.viewContext = {
      ...this.catalog,
      boards: data.boards.map((b) => b.id),
      scenarios: new Set(data.shape.scenarios),
    };
    const read = readView(location.search, location.hash, this.viewContext);
    this.view = read.view;
    this.problems = read.problems;
    this.shown = { boards: data.boards, aggregateScores: data.aggregate.scores, choice: this.catalog };
    // Saturation does not depend on the method; plausibility stays the one against the catalog's aggregate.
    for (const b of data.boards)
      for (const r of b.rows) {
        this.labels.set(r.scenario, {
          name: r.name,
          benchmark: r.benchmark,
          category: r.category,
          direction: r.direction,
        });
        this.trusts.set(r.scenario, { saturation: r.saturation, plausibility: r.plausibility });
      }
    this.resources = scenarioResources(data);
    this.boardSpecs = data.boards.map((b) => ({
      id: b.id,
      title: b.title,
      scenarios: b.rows.map((r) => r.scenario).sort(),
    }));
    this.engine = new EngineClient(this.source, data.shape, data.catalog.hash);
  }

  readonly nameOf = (id: string): string => this.labels.get(id)?.name ?? id;

  /** Changes the view and writes it into the URL. */
  setView(change: Partial<View>): void {
    this.view = { ...this.view, ...change };
    this.writeUrl();
  }

  writeUrl(): void {
    history.replaceState(null, '', writeView(this.view, this.viewContext) || location.pathname);
  }

  /** A choice's aggregate as the engine takes it (the catalog's minimum unless the choice sets one). */
  aggregateOf(choice: MethodChoice): ScoreRequest['aggregate'] {
    return {
      scenarios: choice.aggregate,
      minScenariosPerModel: choice.minScenariosPerModel ?? this.data.aggregate_min_scenarios_per_model,
    };
  }

  /** The method, aggregate and resources of the result on show, for the worker's questions. */
  inForce(): {
    method: Method;
    aggregate: ScoreRequest['aggregate'];
    resources: Record<string, ScenarioResources>;
  } {
    return {
      method: this.shown.choice.method,
      aggregate: this.aggregateOf(this.shown.choice),
      resources: this.resources,
    };
  }

  /** The board on show (the first when the view names none). */
  board(): PageContext['boardSpecs'][number] {
    return this.boardSpecs.find((b) => b.id === this.view.board) ?? this.boardSpecs[0]!;
  }
}

/** What it takes to run each scenario: its results file, access and cost (metadata, not scores). */
function scenarioResources(data: PageData): Record<string, ScenarioResources> {
  const out: Record<string, ScenarioResources> = {};
  for (const b of data.benchmarks)
    for (const s of b.scenarios)
      out[s] = {
        group: b.id,
        ...(b.access ? { access: b.access } : {}),
        ...(b.cost ? { cost: b.cost } : {}),
      };
  return out;
}
