/**
 * The page script (bundled into src/report/site/page-script.generated.ts; see docs/site.md):
 * reads the inlined data (packed by render-site.ts), the view in the URL (permalink.ts), and
 * builds the method panel, the tabs, the heatmap and the detail dialog. A method other than the
 * catalog's is computed by the engine worker (engine-client.ts), which loads every score from
 * scores.parquet the first time it is needed, and replaces the boards' rows when it is done.
 * The time the first render took is left in <html data-render-ms> for the browser test; while
 * the engine works <html data-engine> is "busy", then "idle" (or "error").
 */
import type { Leaderboard } from '../../../core/leaderboard.js';
import { CORRELATION_SYMBOL } from '../../format.js';
import { resultRow, type RowLabel, type RowTrust } from '../../leaderboard-document.js';
import { methodJson, methodOfJson } from '../../../model/method.js';
import { documentThresholds } from '../../leaderboard-markdown.js';
import { methodLine } from '../../method-line.js';
import { trustLegend } from '../../trust-lines.js';
import { PAGE_DATA_ENCODING, PAGE_DATA_ID, type PageData } from '../page-data.js';
import { readView, writeView, type View, type ViewContext } from '../permalink.js';
import type { ScenarioResources } from './engine-protocol.js';
import { alternativesSection } from './alternatives-view.js';
import { boardTabs } from './boards.js';
import { heatmap, heatmapLegend } from './charts.js';
import { detailDialog } from './detail.js';
import { h } from './dom.js';
import { EngineClient } from './engine-client.js';
import { scoresSource } from './engine-source.js';
import { methodPanel, type MethodChoice } from './method-panel.js';
import { SPACE_PRESET } from './space-preset.js';
import { subsetView } from './subset-view.js';
import { uploadSection } from './upload.js';
import { viewDownloads, VIEW_SCHEMA, type ViewDocument } from './view-download.js';

const sameMethod = (a: MethodChoice, b: MethodChoice): boolean =>
  JSON.stringify(a.method) === JSON.stringify(b.method) &&
  a.aggregate.join(',') === b.aggregate.join(',') &&
  a.minScenariosPerModel === b.minScenariosPerModel;

/** The page data: base64 of raw DEFLATE of its JSON, inflated by the browser's own DecompressionStream. */
async function readData(): Promise<PageData> {
  const script = document.getElementById(PAGE_DATA_ID)!;
  if (script.dataset['encoding'] !== PAGE_DATA_ENCODING)
    throw new Error('the page data is not packed as expected');
  const bytes = Uint8Array.from(atob(script.textContent!.trim()), (c) => c.charCodeAt(0));
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(inflated).text()) as PageData;
}

async function main(): Promise<void> {
  const started = performance.now();
  const root = document.documentElement;
  const data = await readData();
  const app = document.getElementById('app')!;
  const catalog: MethodChoice = {
    method: methodOfJson(data.method),
    aggregate: data.aggregate.scenarios,
  };
  const context: ViewContext = {
    ...catalog,
    boards: data.boards.map((b) => b.id),
    scenarios: new Set(data.shape.scenarios),
  };
  const read = readView(location.search, location.hash, context);
  let view: View = read.view;
  let shown = { boards: data.boards, aggregateScores: data.aggregate.scores, choice: catalog };

  // What a recomputation keeps of each row: its label and its trust figures (saturation does not
  // depend on the method; plausibility stays the one against the catalog's aggregate).
  const labels = new Map<string, RowLabel>();
  const trusts = new Map<string, RowTrust>();
  for (const b of data.boards)
    for (const r of b.rows) {
      labels.set(r.scenario, {
        name: r.name,
        benchmark: r.benchmark,
        category: r.category,
        direction: r.direction,
      });
      trusts.set(r.scenario, { saturation: r.saturation, plausibility: r.plausibility });
    }
  const nameOf = (id: string): string => labels.get(id)?.name ?? id;

  const writeUrl = (): void => {
    history.replaceState(null, '', writeView(view, context) || location.pathname);
  };
  const source = scoresSource();
  const engine = new EngineClient(source, data.shape, data.catalog.hash);
  const resources = scenarioResources(data);
  const inForce = () => ({
    method: shown.choice.method,
    aggregate: {
      scenarios: shown.choice.aggregate,
      minScenariosPerModel: shown.choice.minScenariosPerModel ?? data.aggregate_min_scenarios_per_model,
    },
    resources,
  });
  const detail = detailDialog(
    data,
    (open) => {
      view = { ...view, open };
      writeUrl();
    },
    (scenario) => engine.scenarioScores(scenario),
    (scenario, open) =>
      alternativesSection({
        scenario,
        own: resources[scenario],
        ask: (minAgreement, on) => engine.alternatives({ ...inForce(), scenario, minAgreement }, on),
        nameOf,
        open,
      }),
  );
  const tabs = boardTabs(
    detail.open,
    (board) => {
      view = { ...view, board };
      writeUrl();
    },
    trustLegend(documentThresholds(data)),
  );
  const symbolOf = (m: MethodChoice): string => CORRELATION_SYMBOL[m.method.correlation];
  const methodNote = h('p', { class: 'method-note', 'aria-live': 'polite' });

  function showResult(
    choice: MethodChoice,
    boards: PageData['boards'],
    aggregateScores: Record<string, number>,
  ): void {
    shown = { boards, aggregateScores, choice };
    tabs.show(boards, symbolOf(choice));
    detail.update({ boards, aggregateScores });
    subset.stale();
    methodNote.textContent = sameMethod(choice, catalog)
      ? `Scored with the catalog\u2019s method: ${data.method_line}.`
      : `Scored in your browser with: ${methodLine(choice.method)}; aggregate of ${choice.aggregate.length} scenarios. ` +
        'The heatmap and the closest benchmarks keep the catalog\u2019s method.';
  }

  const boardSpecs = data.boards.map((b) => ({
    id: b.id,
    title: b.title,
    scenarios: b.rows.map((r) => r.scenario).sort(),
  }));
  const subset = subsetView({
    scenarios: data.shape.scenarios,
    boards: boardSpecs,
    resources,
    ask: (request, on) => engine.subset({ ...inForce(), ...request }, on),
    nameOf,
  });
  const panel = methodPanel(
    data.shape.scenarios.map((id) => ({ id, name: nameOf(id) })),
    catalog,
    SPACE_PRESET(data),
    (choice) => compute(choice),
  );

  function compute(choice: MethodChoice): void {
    view = { ...view, method: choice.method, aggregate: choice.aggregate };
    writeUrl();
    if (sameMethod(choice, catalog)) {
      engineIdle();
      showResult(catalog, data.boards, data.aggregate.scores);
      return;
    }
    root.dataset['engine'] = 'busy';
    panel.status('Recomputing…', 0);
    engine.score(
      {
        method: choice.method,
        aggregate: {
          scenarios: choice.aggregate,
          minScenariosPerModel: choice.minScenariosPerModel ?? data.aggregate_min_scenarios_per_model,
        },
        boards: boardSpecs,
      },
      {
        progress: (done, total) =>
          total === 0
            ? panel.status('Loading every score (scores.parquet)…', null)
            : panel.status(`Recomputing: ${done} of ${total} benchmarks scored…`, done / total),
        result: (lb: Leaderboard) => {
          const boards = lb.boards.map((b) => ({
            id: b.id,
            title: b.title,
            rows: b.rows.map((r) => resultRow(r, labels.get(r.scenario)!, trusts.get(r.scenario)!)),
          }));
          showResult(choice, boards, Object.fromEntries(lb.aggregate.scores));
          engineIdle();
        },
        error: (message) => {
          root.dataset['engine'] = 'error';
          panel.status(`Could not recompute: ${message}.`, null);
          source.retry(() => compute(choice));
        },
      },
    );
  }
  function engineIdle(): void {
    root.dataset['engine'] = 'idle';
    panel.status('', null);
  }

  const current = (): ViewDocument => {
    const board = shown.boards.find((b) => b.id === view.board) ?? shown.boards[0]!;
    return {
      schema: VIEW_SCHEMA,
      version: 1,
      generator: data.generator,
      catalog: { hash: data.catalog.hash },
      method: methodJson(shown.choice.method),
      aggregate: { scenarios: shown.choice.aggregate, scores: shown.aggregateScores },
      board: { id: board.id, title: board.title },
      rows: board.rows,
    };
  };

  const problems = read.problems.length
    ? h(
        'div',
        { class: 'problems', role: 'alert' },
        h('p', {}, 'This link could not be followed as written:'),
        h('ul', {}, ...read.problems.map((p) => h('li', {}, p))),
      )
    : null;

  const rowName = new Map([...labels].map(([id, l]) => [id, l.name]));
  const hm = data.heatmap;
  const heat = h(
    'section',
    { class: 'heatmap-section', 'aria-labelledby': 'heatmap-title' },
    h('h2', { id: 'heatmap-title' }, 'Agreement between benchmarks'),
    h(
      'p',
      {},
      hm.scenarios.length < hm.of
        ? `The ${hm.scenarios.length} benchmarks with the most models (of ${hm.of}), clustered so that benchmarks that agree sit together.`
        : `Every pair of the ${hm.scenarios.length} benchmarks, clustered so that benchmarks that agree sit together.`,
    ),
    heatmapLegend(),
    ...heatmapBlock(hm, rowName),
  );

  const upload = uploadSection({
    input: () => ({
      registry: { aliases: new Map(Object.entries(data.model_aliases)) },
      naming: data.model_naming,
      limits: data.limits,
      method: shown.choice.method,
      aggregate: {
        scenarios: shown.choice.aggregate,
        minScenariosPerModel: shown.choice.minScenariosPerModel ?? data.aggregate_min_scenarios_per_model,
      },
      board: boardSpecs.find((b) => b.id === (view.board ?? boardSpecs[0]!.id)) ?? boardSpecs[0]!,
      thresholds: documentThresholds(data),
      closest: 10,
    }),
    upload: (input, on) => {
      source.retry(() => engine.upload(input, on));
      engine.upload(input, on);
    },
    nameOf,
    modelName: (id) => data.model_names[id] ?? id,
    example: () => data.example_csv,
  });

  app.replaceChildren(
    ...[
      problems,
      source.notice,
      panel.element,
      methodNote,
      viewDownloads(current),
      tabs.element,
      upload,
      subset.element,
      heat,
    ].filter((x) => x !== null),
  );
  showResult(catalog, data.boards, data.aggregate.scores);
  if (view.board) tabs.select(view.board);
  root.dataset['renderMs'] = String(Math.round(performance.now() - started));
  const wanted: MethodChoice = { method: view.method, aggregate: view.aggregate };
  if (!sameMethod(wanted, catalog)) {
    panel.set(wanted);
    (panel.element as HTMLDetailsElement).open = true;
    compute(wanted);
  } else engineIdle();
  if (view.open) detail.open(view.open, view.board ?? data.boards[0]!.id);
  writeUrl();
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

function heatmapBlock(hm: PageData['heatmap'], rowName: ReadonlyMap<string, string>): HTMLElement[] {
  if (!hm.scenarios.length) return [h('p', {}, 'No pair of benchmarks was compared.')];
  const { svg, readout } = heatmap(
    hm.scenarios,
    hm.scenarios.map((s) => rowName.get(s) ?? s),
    hm.agreement,
  );
  return [readout, h('div', { class: 'chart-box' }, svg)];
}

main().catch((error: unknown) => {
  document.documentElement.dataset['engine'] = 'error';
  document.getElementById('app')!.textContent =
    `The page could not start: ${error instanceof Error ? error.message : String(error)}`;
});
