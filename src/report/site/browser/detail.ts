/**
 * The detail view of one benchmark (a modal <dialog>: Escape closes it and focus returns to
 * the row): metadata, its score, the models it shares with the aggregate, a scatter of its
 * scores against the aggregate, its closest benchmarks and its efficient alternatives
 * (alternatives-view.ts, asked of the worker when the dialog opens).
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { documentThresholds } from '../../leaderboard-markdown.js';
import { checkRowLine, saturationFacts } from '../../trust-lines.js';
import { fixed, range, signed } from '../../format.js';
import { AGGREGATE_MARK } from '../../marks.js';
import type { PageData } from '../page-data.js';
import { scatter, type ScatterPoint } from './charts.js';
import { h } from './dom.js';

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
  let rowOf = new Map<string, RowDocument>();
  const index = (): void => {
    rowOf = new Map();
    for (const board of [...current.boards].reverse()) for (const r of board.rows) rowOf.set(r.scenario, r);
  };
  index();
  dialog.addEventListener('close', () => onToggle(null));
  const nameOf = (id: string): string => rowOf.get(id)?.name ?? id;
  const modelName = (id: string): string => data.model_names[id] ?? id;

  let shownNow: { scenario: string; board: string } | null = null;
  dialog.addEventListener('close', () => (shownNow = null));

  function open(scenario: string, boardId: string): void {
    const board = current.boards.find((b) => b.id === boardId);
    const row = board?.rows.find((r) => r.scenario === scenario) ?? rowOf.get(scenario);
    if (!row) return;
    const benchmark = benchmarkOf.get(row.benchmark);
    const url = safeUrl(benchmark?.url ?? null);
    const facts: [string, Node | string][] = [
      ['Scenario id', row.scenario],
      ['Benchmark file', benchmark?.file ?? row.benchmark],
      ['Category', row.category ?? '–'],
      ['Better scores are', row.direction],
      ['Snapshot', benchmark?.snapshot ?? '–'],
      ['License', benchmark?.license ?? '–'],
      ['Source', url ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : (benchmark?.url ?? '–')],
      ['Score (Z)', `${signed(row.z)} (90% interval ${range(row.z_interval, 2, (v, d) => signed(v, d))})`],
      ['Rank', `${row.rank ?? '–'} on ${board?.title ?? boardId}`],
      [
        'Agreement with the aggregate',
        `${fixed(row.agreement)} (90% interval ${range(row.agreement_interval)})`,
      ],
      ['Models', `${row.models}, of which ${row.n_common} are in the aggregate`],
    ];
    if (row.in_aggregate) facts.push(['In the aggregate', `Yes: ${AGGREGATE_MARK.meaning}`]);
    if (row.warnings.length) facts.push(['Warnings', row.warnings.join('; ')]);
    const thresholds = documentThresholds(data).saturation;
    const sat = row.saturation;
    facts.push([
      'Saturation',
      (sat.saturated ? 'saturated: ' : '') +
        saturationFacts(
          {
            models: sat.models,
            nearBestShare: sat.near_best_share,
            topModels: sat.top_models,
            topSpread: sat.top_spread,
          },
          thresholds,
        ),
    ]);
    const flagged = row.plausibility.flagged;
    const more = row.plausibility.flagged_count - flagged.length;
    if (flagged.length)
      facts.push([
        'Rows to check',
        h(
          'ul',
          { class: 'rows-to-check' },
          ...flagged.map((f) =>
            h('li', {}, checkRowLine({ ...f, aggregateRank: f.aggregate_rank }, row.plausibility.shared)),
          ),
          more > 0
            ? h('li', {}, `… and ${more} more (largest gaps first; leaderboard.json lists every one)`)
            : null,
        ),
      ]);
    if (row.skipped) facts.push(['Not scored', row.skipped]);
    if (benchmark?.simulated) facts.push(['Data', 'simulated, not real results']);

    const closest = data.closest[scenario];
    const closestBlock = closest?.length
      ? h(
          'table',
          { class: 'closest' },
          h('caption', {}, 'Closest benchmarks: the ones whose ranking of models agrees most with this one'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Benchmark'),
              h('th', { scope: 'col', class: 'num' }, 'Agreement'),
              h('th', { scope: 'col', class: 'num' }, '90% interval'),
              h('th', { scope: 'col', class: 'num' }, 'Models shared'),
            ),
          ),
          h(
            'tbody',
            {},
            ...closest.map((c) => {
              const link = h(
                'button',
                { type: 'button', class: 'link', 'data-scenario': c.scenario },
                nameOf(c.scenario),
              );
              link.addEventListener('click', () => open(c.scenario, boardId));
              return h(
                'tr',
                {},
                h('td', {}, link),
                h('td', { class: 'num' }, fixed(c.agreement)),
                h('td', { class: 'num' }, range(c.interval)),
                h('td', { class: 'num' }, String(c.n_common)),
              );
            }),
          ),
        )
      : h(
          'p',
          { class: 'closest-none' },
          data.pair_scenarios.includes(scenario)
            ? 'No other benchmark shares enough models with this one to measure agreement.'
            : `Closest benchmarks were computed among the ${data.pair_scenarios.length} benchmarks with the most models; run "benchbench similar ${scenario}" for this one.`,
        );

    const scatterSection = h(
      'section',
      { class: 'scatter-section', 'aria-live': 'polite' },
      h('h3', {}, 'Scores against the aggregate'),
      h('p', {}, 'Loading every score (scores.parquet)…'),
    );
    const aggregateScores = current.aggregateScores;
    scoresOf(scenario).then(
      (scores) => {
        const shared: ScatterPoint[] = [...scores.keys()]
          .filter((m) => aggregateScores[m] !== undefined)
          .sort()
          .map((m) => ({ label: modelName(m), x: aggregateScores[m]!, y: scores.get(m)! }));
        scatterSection.replaceChildren(
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
        scatterSection.replaceChildren(
          h('h3', {}, 'Scores against the aggregate'),
          h('p', {}, `No scatter plot: ${error instanceof Error ? error.message : String(error)}.`),
        );
      },
    );
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close details' }, '×');
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      h('div', { class: 'detail-head' }, h('h2', { id: 'detail-title' }, row.name), close),
      ...(benchmark?.description ? [h('p', { class: 'description' }, benchmark.description)] : []),
      h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      scatterSection,
      h('h3', {}, 'Closest benchmarks'),
      closestBlock,
      alternativesFor(scenario, (other) => open(other, boardId)),
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
