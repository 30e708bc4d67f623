/**
 * The page script (bundled into src/report/site/page-script.generated.ts; see docs/site.md):
 * reads the inlined data (packed by render-site.ts) and the view in the URL (page-context.ts),
 * and builds the method panel, the tabs, the heatmap and the detail dialog. A method other than
 * the catalog's is computed by the one engine worker (recompute.ts, engine-client.ts), which
 * loads every score from scores.parquet the first time it is needed. The time the first render
 * took is left in <html data-render-ms> for the browser test.
 */
import { documentThresholds } from '../../leaderboard-markdown.js';
import { trustLegend } from '../../trust-lines.js';
import { boardTabs } from './boards.js';
import { detailDialog } from './detail.js';
import { h } from './dom.js';
import { methodPanel, type MethodChoice } from './method-panel.js';
import { PageContext, readPageData, sameMethod } from './page-context.js';
import { alternativesOf, heatmapSection, linkProblems, readerUpload, viewDocument } from './page-sections.js';
import { recompute, showResult, type ResultViews } from './recompute.js';
import { SPACE_PRESET } from './space-preset.js';
import { subsetView } from './subset-view.js';
import { viewDownloads } from './view-download.js';

async function main(): Promise<void> {
  const started = performance.now();
  const ctx = new PageContext(await readPageData());
  const { data } = ctx;
  const detail = detailDialog(
    data,
    (open) => ctx.setView({ open }),
    (scenario) => ctx.engine.scenarioScores(scenario),
    (scenario, open) => alternativesOf(ctx, scenario, open),
  );
  const tabs = boardTabs(
    detail.open,
    (board) => ctx.setView({ board }),
    trustLegend(documentThresholds(data)),
  );
  const subset = subsetView({
    scenarios: data.shape.scenarios,
    boards: ctx.boardSpecs,
    resources: ctx.resources,
    ask: (request, on) => ctx.engine.subset({ ...ctx.inForce(), ...request }, on),
    nameOf: ctx.nameOf,
  });
  const views: ResultViews = {
    tabs,
    detail,
    subset,
    methodNote: h('p', { class: 'method-note', 'aria-live': 'polite' }),
  };
  const panel = methodPanel(
    data.shape.scenarios.map((id) => ({ id, name: ctx.nameOf(id) })),
    ctx.catalog,
    SPACE_PRESET(data),
    (choice) => recompute(ctx, { ...views, panel }, choice),
  );

  document
    .getElementById('app')!
    .replaceChildren(
      ...[
        linkProblems(ctx.problems),
        ctx.source.notice,
        panel.element,
        views.methodNote,
        viewDownloads(() => viewDocument(ctx)),
        tabs.element,
        readerUpload(ctx),
        subset.element,
        heatmapSection(ctx),
      ].filter((x) => x !== null),
    );
  showResult(ctx, views, ctx.catalog, data.boards, data.aggregate.scores);
  const { view } = ctx;
  if (view.board) tabs.select(view.board);
  document.documentElement.dataset['renderMs'] = String(Math.round(performance.now() - started));
  const wanted: MethodChoice = { method: view.method, aggregate: view.aggregate };
  if (!sameMethod(wanted, ctx.catalog)) {
    panel.set(wanted);
    (panel.element as HTMLDetailsElement).open = true;
    recompute(ctx, { ...views, panel }, wanted);
  } else document.documentElement.dataset['engine'] = 'idle';
  if (view.open) detail.open(view.open, view.board ?? data.boards[0]!.id);
  ctx.writeUrl();
}

main().catch((error: unknown) => {
  document.documentElement.dataset['engine'] = 'error';
  document.getElementById('app')!.textContent =
    `The page could not start: ${error instanceof Error ? error.message : String(error)}`;
});
