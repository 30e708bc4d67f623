/**
 * Showing the boards for a method: the catalog's own result at once; any other method is
 * computed by the engine worker (with progress in the method panel) and its rows replace the
 * boards' when it is done. While the engine works <html data-engine> is "busy", then "idle"
 * (or "error").
 */
import type { Leaderboard } from '../../../core/leaderboard.js';
import { CORRELATION_SYMBOL } from '../../format.js';
import { resultRow } from '../../leaderboard-document.js';
import { methodLine } from '../../method-line.js';
import type { PageData } from '../page-data.js';
import type { BoardTabs } from './boards.js';
import type { DetailDialog } from './detail.js';
import type { MethodChoice, MethodPanel } from './method-panel.js';
import { sameMethod, type PageContext } from './page-context.js';
import type { SubsetView } from './subset-view.js';

/** The parts of the page that show a result. */
export interface ResultViews {
  readonly tabs: BoardTabs;
  readonly detail: DetailDialog;
  readonly subset: SubsetView;
  readonly methodNote: HTMLElement;
}

export function showResult(
  ctx: PageContext,
  views: ResultViews,
  choice: MethodChoice,
  boards: PageData['boards'],
  aggregateScores: Record<string, number>,
): void {
  ctx.shown = { boards, aggregateScores, choice };
  views.tabs.show(boards, CORRELATION_SYMBOL[choice.method.correlation]);
  views.detail.update({ boards, aggregateScores });
  views.subset.stale();
  views.methodNote.textContent = sameMethod(choice, ctx.catalog)
    ? `Scored with the catalog\u2019s method: ${ctx.data.method_line}.`
    : `Scored in your browser with: ${methodLine(choice.method)}; aggregate of ${choice.aggregate.length} scenarios. ` +
      'The heatmap and the closest benchmarks keep the catalog\u2019s method.';
}

/** Shows the boards for `choice`: the catalog's at once, another method once the engine has it. */
export function recompute(
  ctx: PageContext,
  views: ResultViews & { readonly panel: MethodPanel },
  choice: MethodChoice,
): void {
  const root = document.documentElement;
  const { panel } = views;
  const idle = (): void => {
    root.dataset['engine'] = 'idle';
    panel.status('', null);
  };
  ctx.setView({ method: choice.method, aggregate: choice.aggregate });
  if (sameMethod(choice, ctx.catalog)) {
    idle();
    showResult(ctx, views, ctx.catalog, ctx.data.boards, ctx.data.aggregate.scores);
    return;
  }
  root.dataset['engine'] = 'busy';
  panel.status('Recomputing…', 0);
  ctx.engine.score(
    { method: choice.method, aggregate: ctx.aggregateOf(choice), boards: ctx.boardSpecs },
    {
      progress: (done, total) =>
        total === 0
          ? panel.status('Loading every score (scores.parquet)…', null)
          : panel.status(`Recomputing: ${done} of ${total} benchmarks scored…`, done / total),
      result: (lb: Leaderboard) => {
        const boards = lb.boards.map((b) => ({
          id: b.id,
          title: b.title,
          rows: b.rows.map((r) => resultRow(r, ctx.labels.get(r.scenario)!, ctx.trusts.get(r.scenario)!)),
        }));
        showResult(ctx, views, choice, boards, Object.fromEntries(lb.aggregate.scores));
        idle();
      },
      error: (message) => {
        root.dataset['engine'] = 'error';
        panel.status(`Could not recompute: ${message}.`, null);
        ctx.source.retry(() => recompute(ctx, views, choice));
      },
    },
  );
}
