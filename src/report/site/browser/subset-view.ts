/**
 * The lite subset: the fewest scenarios whose own mean-win-rate aggregate ranks the models like
 * the aggregate in force, found in the worker by the engine of `benchbench subset` (greedy
 * forward selection, efficient-answers.ts) with its parameters: the tau to reach
 * (--min-agreement), the least models a set must rank (--min-models), a cost budget
 * (--max-cost) and the candidates (--candidates: every scenario, one board's, or the open ones).
 * Shows every step (scenario, tau, models compared, cumulative cost), the chosen scenarios, their
 * cost and the tau they reach with its 90% bootstrap interval.
 * While the worker works <html data-subset> is "busy", then "done".
 */
import { DEFAULT_SUBSET_TAU, type SubsetResult } from '../../../core/greedy-subset.js';
import { fixed } from '../../format.js';
import type { ScenarioResources, SubsetAnswer, SubsetRequest } from './engine-protocol.js';
import { h } from './dom.js';
import type { AnswerCallbacks } from './engine-client.js';
import { countDatum, datum, intervalDatum, thresholdInput } from './numbers.js';

export interface SubsetContext {
  /** Every scenario id, and the boards' (for the candidates). */
  readonly scenarios: readonly string[];
  readonly boards: readonly { id: string; title: string; scenarios: readonly string[] }[];
  readonly resources: Readonly<Record<string, ScenarioResources>>;
  ask(
    request: Pick<SubsetRequest, 'minAgreement' | 'minModels' | 'maxCost' | 'candidates'>,
    on: AnswerCallbacks<SubsetAnswer>,
  ): void;
  nameOf(scenario: string): string;
}

export interface SubsetView {
  readonly element: HTMLElement;
  /** The method or aggregate changed: the subset shown no longer holds. */
  stale(): void;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

type SubsetParameters = Pick<SubsetRequest, 'minAgreement' | 'minModels' | 'maxCost' | 'candidates'>;

const field = (control: HTMLElement, label: string, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('span', { class: 'hint' }, hint) : null,
  );

/** The parameters' controls (the CLI's options), laid out, and what they say or why they cannot. */
function parameterControls(ctx: SubsetContext) {
  const target = thresholdInput('subset-target', 0.01, DEFAULT_SUBSET_TAU);
  const minModels = h('input', {
    id: 'subset-min-models',
    type: 'number',
    min: 2,
    step: 1,
    inputmode: 'numeric',
    placeholder: 'default',
  });
  const maxCost = h('input', {
    id: 'subset-max-cost',
    type: 'number',
    min: 0,
    step: 'any',
    inputmode: 'decimal',
  });
  const open = ctx.scenarios.filter((s) => ctx.resources[s]?.access === 'open');
  const units = [...new Set(ctx.scenarios.flatMap((s) => ctx.resources[s]?.cost?.unit ?? []))];
  const choices: { value: string; label: string; ids: readonly string[] | null }[] = [
    { value: 'all', label: `Every scenario (${ctx.scenarios.length})`, ids: null },
    ...ctx.boards
      .filter((b) => b.scenarios.length < ctx.scenarios.length)
      .map((b) => ({
        value: `board:${b.id}`,
        label: `${b.title} (${b.scenarios.length})`,
        ids: b.scenarios,
      })),
    ...(open.length ? [{ value: 'open', label: `Open-access scenarios (${open.length})`, ids: open }] : []),
  ];
  const candidates = h(
    'select',
    { id: 'subset-candidates' },
    ...choices.map((c) => h('option', { value: c.value }, c.label)),
  );
  const read = (): SubsetParameters | string => {
    const t = Number(target.value);
    if (target.value.trim() === '' || !(t >= -1 && t <= 1))
      return 'The tau to reach is a number from −1 to 1.';
    const m = minModels.value.trim() === '' ? null : Number(minModels.value);
    if (m !== null && !(Number.isInteger(m) && m >= 2))
      return 'The least models a set must rank is a whole number of at least 2 (or empty for the default).';
    const c = maxCost.value.trim() === '' ? null : Number(maxCost.value);
    if (c !== null && !(Number.isFinite(c) && c >= 0))
      return 'The cost budget is a number of at least 0 (or empty).';
    const chosen = choices.find((x) => x.value === candidates.value) ?? choices[0]!;
    return { minAgreement: t, minModels: m, maxCost: c, candidates: chosen.ids };
  };
  const element = h(
    'div',
    { class: 'method-grid' },
    field(target, 'τ to reach'),
    field(minModels, 'Least models a set must rank', 'empty: half of the aggregate’s'),
    field(
      maxCost,
      units.length === 1 ? `Cost budget (${units[0]})` : 'Cost budget',
      'empty: none; scenarios of unknown cost are then left out',
    ),
    field(candidates, 'Choose from'),
  );
  return { read, element };
}

export function subsetView(ctx: SubsetContext): SubsetView {
  const root = document.documentElement;
  const parameters = parameterControls(ctx);
  const run = h('button', { type: 'button', class: 'subset-run' }, 'Find the lite subset');
  const error = h('p', { class: 'field-error', role: 'alert' });
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Finding the lite subset', hidden: true });
  const status = h('p', { class: 'subset-status', 'aria-live': 'polite' });
  const out = h('div', { class: 'subset-result' });
  const finished = (text: string, ...shown: HTMLElement[]): void => {
    bar.hidden = true;
    status.textContent = text;
    out.replaceChildren(...shown);
    root.dataset['subset'] = 'done';
  };

  function find(): void {
    const request = parameters.read();
    error.textContent = typeof request === 'string' ? request : '';
    if (typeof request === 'string') return;
    root.dataset['subset'] = 'busy';
    bar.hidden = false;
    bar.value = 0;
    status.textContent = 'Finding the lite subset in your browser…';
    out.replaceChildren();
    ctx.ask(request, {
      progress: (done, total) => {
        bar.value = total ? done / total : 0;
        status.textContent = `Finding the lite subset: step ${done + 1}…`;
      },
      result: (answer) => finished('', ...render(answer, request.minAgreement, request.maxCost, ctx)),
      error: (message) => finished(`The subset could not be computed: ${message}`),
    });
  }
  run.addEventListener('click', find);

  const element = h(
    'section',
    { class: 'subset', 'aria-labelledby': 'subset-title' },
    h('h2', { id: 'subset-title' }, 'A lite subset'),
    h(
      'p',
      {},
      'The fewest scenarios whose own aggregate ranks the models like the aggregate above (Kendall τ-b over ' +
        'the models both rank), found by greedy forward selection: each step adds the scenario that brings the ' +
        'set closest. As "benchbench subset", with the method above (its samples and seed give the interval).',
    ),
    parameters.element,
    h('div', { class: 'method-actions' }, run),
    error,
    h('div', { class: 'engine' }, bar, status),
    out,
  );
  return {
    element,
    stale() {
      if (!out.childElementCount) return;
      out.replaceChildren(h('p', { class: 'hint' }, 'The method changed: find the subset again for it.'));
    },
  };
}

function render(
  a: SubsetAnswer,
  minAgreement: number,
  maxCost: number | null,
  ctx: SubsetContext,
): HTMLElement[] {
  const r = a.result;
  const chosen = new Set(r.subset);
  const last = r.subset.length ? r.steps[r.subset.length - 1]! : null;
  const unit = a.unit ? ` ${a.unit}` : '';
  const summary = h(
    'p',
    { class: 'subset-summary', 'data-stop': r.stop },
    outcome(r, minAgreement, maxCost, unit),
    ...(last
      ? [
          ` Chosen: ${plural(r.subset.length, 'scenario')}, τ `,
          datum('tau', r.tau, fixed(r.tau)),
          ' (90% interval ',
          intervalDatum('tau-interval', r.interval),
          `) over ${plural(last.nModels, 'model')}, cost `,
          last.cost === null ? 'unknown' : datum('cost', last.cost, String(last.cost)),
          last.cost === null ? '' : unit,
          '.',
        ]
      : [' No set ranked enough models to count.']),
  );
  const facts = h(
    'p',
    { class: 'hint' },
    `Against the aggregate’s ${plural(a.aggregateModels, 'model')}; a set counts when it ranks at least `,
    countDatum('min-models', a.minModels),
    ` of them; ${plural(a.candidates, 'candidate')}.` +
      (a.units.length > 1
        ? ` Their costs are in ${a.units.length} units (${a.units.join(', ')}), so none is added up.`
        : ''),
  );
  const steps = h(
    'table',
    { class: 'subset-steps' },
    h('caption', {}, 'Every step of the selection; the chosen scenarios are marked'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'num' }, 'Step'),
        h('th', { scope: 'col' }, 'Scenario added'),
        h('th', { scope: 'col', class: 'num' }, 'τ of the set'),
        h('th', { scope: 'col', class: 'num' }, 'Models compared'),
        h('th', { scope: 'col', class: 'num' }, a.unit ? `Cost so far (${a.unit})` : 'Cost so far'),
        h('th', { scope: 'col' }, 'Chosen'),
      ),
    ),
    h(
      'tbody',
      {},
      ...r.steps.map((s, i) =>
        h(
          'tr',
          { 'data-scenario': s.scenario, class: chosen.has(s.scenario) ? 'chosen' : null },
          h('td', { class: 'num', 'data-label': 'Step' }, String(i + 1)),
          h('td', { class: 'name' }, ctx.nameOf(s.scenario), h('span', { class: 'scenario-id' }, s.scenario)),
          h('td', { class: 'num', 'data-label': 'τ' }, datum('tau', s.tau, fixed(s.tau))),
          h('td', { class: 'num', 'data-label': 'Models' }, countDatum('n-models', s.nModels)),
          h(
            'td',
            { class: 'num', 'data-label': 'Cost so far' },
            s.cost === null ? '–' : datum('cost', s.cost, String(s.cost)),
          ),
          h('td', { 'data-label': 'Chosen' }, chosen.has(s.scenario) ? 'yes' : 'no'),
        ),
      ),
    ),
  );
  return [summary, facts, steps];
}

function outcome(r: SubsetResult, minAgreement: number, maxCost: number | null, unit: string): string {
  if (r.reached) return `Reached τ ≥ ${fixed(minAgreement, 2)}.`;
  if (r.stop === 'cost') return `Not reached: no further scenario fits the budget of ${maxCost}${unit}.`;
  return `Not reached: no set of the candidates reaches τ ${fixed(minAgreement, 2)}; the best set found is shown.`;
}
