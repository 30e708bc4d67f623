/**
 * The page's sections that main.ts puts together and that hold no state of their own: the
 * problems of the URL, the heatmap of agreement between benchmarks, the current view as a
 * download, a reader's file scored, a benchmark's alternatives.
 */
import { methodJson } from '../../../model/method.js';
import { documentThresholds } from '../../leaderboard-markdown.js';
import { alternativesSection } from './alternatives-view.js';
import { heatmap, heatmapLegend } from './charts.js';
import { h } from './dom.js';
import type { PageContext } from './page-context.js';
import { uploadSection } from './upload.js';
import { VIEW_SCHEMA, type ViewDocument } from './view-download.js';

/** What a permalink could not say, or null when it said everything. */
export function linkProblems(problems: readonly string[]): HTMLElement | null {
  if (!problems.length) return null;
  return h(
    'div',
    { class: 'problems', role: 'alert' },
    h('p', {}, 'This link could not be followed as written:'),
    h('ul', {}, ...problems.map((p) => h('li', {}, p))),
  );
}

/** The heatmap of the catalog's method, clustered (build-site.ts), with its legend. */
export function heatmapSection(ctx: PageContext): HTMLElement {
  const hm = ctx.data.heatmap;
  const intro =
    hm.scenarios.length < hm.of
      ? `The ${hm.scenarios.length} benchmarks with the most models (of ${hm.of}), clustered so that benchmarks that agree sit together.`
      : `Every pair of the ${hm.scenarios.length} benchmarks, clustered so that benchmarks that agree sit together.`;
  const chart = () => {
    if (!hm.scenarios.length) return [h('p', {}, 'No pair of benchmarks was compared.')];
    const { svg, readout } = heatmap(hm.scenarios, hm.scenarios.map(ctx.nameOf), hm.agreement);
    return [readout, h('div', { class: 'chart-box' }, svg)];
  };
  return h(
    'section',
    { class: 'heatmap-section', 'aria-labelledby': 'heatmap-title' },
    h('h2', { id: 'heatmap-title' }, 'Agreement between benchmarks'),
    h('p', {}, intro),
    heatmapLegend(),
    ...chart(),
  );
}

/** The board on show with its method and catalog hash, as the downloads write it. */
export function viewDocument(ctx: PageContext): ViewDocument {
  const { shown, data } = ctx;
  const board = shown.boards.find((b) => b.id === ctx.view.board) ?? shown.boards[0]!;
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
}

/** "Score your own benchmark", against the board on show and the method in force. */
export function readerUpload(ctx: PageContext): HTMLElement {
  const { data } = ctx;
  return uploadSection({
    input: () => ({
      registry: { aliases: new Map(Object.entries(data.model_aliases)) },
      naming: data.model_naming,
      limits: data.limits,
      method: ctx.shown.choice.method,
      aggregate: ctx.aggregateOf(ctx.shown.choice),
      board: ctx.board(),
      thresholds: documentThresholds(data),
      closest: 10,
    }),
    upload: (input, on) => {
      ctx.source.retry(() => ctx.engine.upload(input, on));
      ctx.engine.upload(input, on);
    },
    nameOf: ctx.nameOf,
    modelName: (id) => data.model_names[id] ?? id,
    example: () => data.example_csv,
  });
}

/** A benchmark's alternatives in the detail dialog, asked of the worker for the method in force. */
export function alternativesOf(
  ctx: PageContext,
  scenario: string,
  open: (scenario: string) => void,
): HTMLElement {
  return alternativesSection({
    scenario,
    own: ctx.resources[scenario],
    ask: (minAgreement, on) => ctx.engine.alternatives({ ...ctx.inForce(), scenario, minAgreement }, on),
    nameOf: ctx.nameOf,
    open,
  });
}
