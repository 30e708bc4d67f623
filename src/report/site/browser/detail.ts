/**
 * The detail view of one benchmark (a modal <dialog>: Escape closes it and focus returns to
 * the row): metadata, its score, the models it shares with the aggregate, a scatter of its
 * scores against the aggregate, its closest benchmarks and its efficient alternatives
 * (alternatives-view.ts, asked of the worker when the dialog opens).
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { documentThresholds } from '../../leaderboard-markdown.js';
import { checkRowLine } from '../../trust-lines.js';
import { fixed, range, signed } from '../../format.js';
import { AGGREGATE_MARK } from '../../marks.js';
import type { PageData } from '../page-data.js';
import { scatter, type ScatterPoint } from './charts.js';
import { closestTable } from './closest-table.js';
import { h } from './dom.js';
import { factList, type Fact } from './fact-list.js';
import { saturationLine } from './saturation-line.js';

type Benchmark = PageData['benchmarks'][number];
type Board = Pick<PageData['boards'][number], 'id' | 'title'>;

/** Only web links become anchors; anything else (javascript:, data:) stays text. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/** What the dialog shows for the method in force: its boards and the aggregate's scores. */
export interface DetailCurrent {
  readonly boards: PageData['boards'];
  readonly aggregateScores: Record<string, number>;
}

export interface DetailDialog {
  open(scenario: string, board: string): void;
  /** The method changed: the open dialog and later openings show the new rows and aggregate. */
  update(current: DetailCurrent): void;
}

/** A scenario's scores (higher is better) by model id, read on demand (engine-client.ts). */
export type ScenarioScores = (scenario: string) => Promise<ReadonlyMap<string, number>>;
/** Builds a benchmark's alternatives section; `open` shows another benchmark in the dialog. */
export type AlternativesFor = (scenario: string, open: (scenario: string) => void) => HTMLElement;

export function detailDialog(
  data: PageData,
  onToggle: (scenario: string | null) => void,
  scoresOf: ScenarioScores,
  alternativesFor: AlternativesFor,
): DetailDialog {
  let current: DetailCurrent = { boards: data.boards, aggregateScores: data.aggregate.scores };
  const dialog = h('dialog', { id: 'detail', 'aria-labelledby': 'detail-title' });
  document.body.append(dialog);
  const benchmarkOf = new Map(data.benchmarks.map((b) => [b.id, b]));
  // A scenario's row: on the first board that lists it.
  let rowOf = new Map<string, RowDocument>();
  const index = (): void => {
    rowOf = new Map();
    for (const board of [...current.boards].reverse()) for (const r of board.rows) rowOf.set(r.scenario, r);
  };
  index();
  const nameOf = (id: string): string => rowOf.get(id)?.name ?? id;
  const modelName = (id: string): string => data.model_names[id] ?? id;
  let shownNow: { scenario: string; board: string } | null = null;
  dialog.addEventListener('close', () => {
    shownNow = null;
    onToggle(null);
  });

  function open(scenario: string, boardId: string): void {
    const board = current.boards.find((b) => b.id === boardId);
    const row = board?.rows.find((r) => r.scenario === scenario) ?? rowOf.get(scenario);
    if (!row) return;
    const benchmark = benchmarkOf.get(row.benchmark);
    const openOther = (other: string): void => open(other, boardId);
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close details' }, '×');
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      h('div', { class: 'detail-head' }, h('h2', { id: 'detail-title' }, row.name), close),
      ...(benchmark?.description ? [h('p', { class: 'description' }, benchmark.description)] : []),
      factList(benchmarkFacts(data, row, benchmark, board ?? { id: boardId, title: boardId })),
      scatterSection(row, scoresOf(scenario), current.aggregateScores, modelName),
      h('h3', {}, 'Closest benchmarks'),
      closestSection(data, scenario, nameOf, openOther),
      alternativesFor(scenario, openOther),
    );
    if (!dialog.open) dialog.showModal();
    shownNow = { scenario, board: boardId };
    onToggle(scenario);
    close.focus();
  }
  return {
    open,
    update(next) {
      current = next;
      index();
      // An open dialog shows the new method's numbers (and asks for its alternatives again).
      if (shownNow && dialog.open) open(shownNow.scenario, shownNow.board);
    },
  };
}

/** What the catalog says of the benchmark, and its score, rank and trust on `board`. */
function benchmarkFacts(
  data: PageData,
  row: RowDocument,
  benchmark: Benchmark | undefined,
  board: Board,
): Fact[] {
  const url = safeUrl(benchmark?.url ?? null);
  const facts: Fact[] = [
    ['Scenario id', row.scenario],
    ['Benchmark file', benchmark?.file ?? row.benchmark],
    ['Category', row.category ?? '–'],
    ['Better scores are', row.direction],
    ['Snapshot', benchmark?.snapshot ?? '–'],
    ['License', benchmark?.license ?? '–'],
    ['Source', url ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : (benchmark?.url ?? '–')],
    ['Score (Z)', `${signed(row.z)} (90% interval ${range(row.z_interval, 2, (v, d) => signed(v, d))})`],
    ['Rank', `${row.rank ?? '–'} on ${board.title}`],
    [
      'Agreement with the aggregate',
      `${fixed(row.agreement)} (90% interval ${range(row.agreement_interval)})`,
    ],
    ['Models', `${row.models}, of which ${row.n_common} are in the aggregate`],
  ];
  if (row.in_aggregate) facts.push(['In the aggregate', `Yes: ${AGGREGATE_MARK.meaning}`]);
  if (row.warnings.length) facts.push(['Warnings', row.warnings.join('; ')]);
  facts.push(['Saturation', saturationText(data, row)]);
  if (row.plausibility.flagged.length) facts.push(['Rows to check', rowsToCheck(row)]);
  if (row.skipped) facts.push(['Not scored', row.skipped]);
  if (benchmark?.simulated) facts.push(['Data', 'simulated, not real results']);
  return facts;
}

function saturationText(data: PageData, row: RowDocument): string {
  const sat = row.saturation;
  return saturationLine(
    {
      models: sat.models,
      nearBestShare: sat.near_best_share,
      topModels: sat.top_models,
      topSpread: sat.top_spread,
      saturated: sat.saturated,
    },
    documentThresholds(data).saturation,
  );
}

/** The flagged rows `leaderboard.json` keeps (the largest gaps), and how many more there are. */
function rowsToCheck(row: RowDocument): HTMLUListElement {
  const { flagged, flagged_count, shared } = row.plausibility;
  const more = flagged_count - flagged.length;
  return h(
    'ul',
    { class: 'rows-to-check' },
    ...flagged.map((f) => h('li', {}, checkRowLine({ ...f, aggregateRank: f.aggregate_rank }, shared))),
    more > 0 ? h('li', {}, `… and ${more} more (largest gaps first; checks.parquet lists every one)`) : null,
  );
}

/** The closest benchmarks, each a link that opens it in the dialog; or why there are none. */
function closestSection(
  data: PageData,
  scenario: string,
  nameOf: (scenario: string) => string,
  open: (scenario: string) => void,
): HTMLElement {
  const closest = data.closest[scenario];
  if (!closest?.length)
    return h(
      'p',
      { class: 'closest-none' },
      data.pair_scenarios.includes(scenario)
        ? 'No other benchmark shares enough models with this one to measure agreement.'
        : `Closest benchmarks were computed among the ${data.pair_scenarios.length} benchmarks with the most models; run "benchbench similar ${scenario}" for this one.`,
    );
  const link = (other: string): HTMLButtonElement => {
    const button = h('button', { type: 'button', class: 'link', 'data-scenario': other }, nameOf(other));
    button.addEventListener('click', () => open(other));
    return button;
  };
  return closestTable(
    closest.map((c) => ({ ...c, nCommon: c.n_common })),
    link,
  );
}

/**
 * The benchmark's scores against the aggregate's, for the models in both: a scatter plot and
 * the list of those models, once `scores` arrive (or why they did not).
 */
function scatterSection(
  row: RowDocument,
  scores: Promise<ReadonlyMap<string, number>>,
  aggregateScores: Record<string, number>,
  modelName: (id: string) => string,
): HTMLElement {
  const section = h(
    'section',
    { class: 'scatter-section', 'aria-live': 'polite' },
    h('h3', {}, 'Scores against the aggregate'),
    h('p', {}, 'Loading every score (scores.parquet)…'),
  );
  scores.then(
    (scores) => {
      const shared: ScatterPoint[] = [...scores.keys()]
        .filter((m) => aggregateScores[m] !== undefined)
        .sort()
        .map((m) => ({ label: modelName(m), x: aggregateScores[m]!, y: scores.get(m)! }));
      section.replaceChildren(
        h('h3', {}, `Scores against the aggregate (${shared.length} shared models)`),
        shared.length
          ? scatter(shared, row.name)
          : h('p', {}, 'No model of this benchmark is in the aggregate.'),
        h(
          'details',
          { class: 'shared-models' },
          h('summary', {}, `The ${shared.length} models shared with the aggregate`),
          h('ul', {}, ...shared.map((p) => h('li', {}, p.label))),
        ),
      );
    },
    (error: unknown) => {
      section.replaceChildren(
        h('h3', {}, 'Scores against the aggregate'),
        h('p', {}, `No scatter plot: ${error instanceof Error ? error.message : String(error)}.`),
      );
    },
  );
  return section;
}
