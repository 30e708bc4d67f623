/**
 * The method controls: the aggregate's scenarios (a searchable list of checkboxes), correlation,
 * models per sample (or all shared models), sampling, samples, seed and minimum shared models,
 * a button for the BenchBench Space's preset and one back to the catalog's method. Every change
 * that makes a valid method calls `onChange`; an invalid field says why and changes nothing.
 */
import type { Correlation, Method, Sampling } from '../../../core/types.js';
import { h } from './dom.js';

export interface MethodChoice {
  readonly method: Method;
  readonly aggregate: readonly string[];
  /** Set by a preset; otherwise the catalog's. */
  readonly minScenariosPerModel?: number;
}

export interface MethodPreset extends MethodChoice {
  readonly label: string;
}

export interface MethodPanel {
  readonly element: HTMLElement;
  set(choice: MethodChoice): void;
  /** Shows the state of the engine: a sentence, and a fraction done (null: no bar). */
  status(text: string, done: number | null): void;
}

const CORRELATIONS: [Correlation, string][] = [
  ['kendall', 'Kendall τ-b'],
  ['pearson', 'Pearson r'],
  ['spearman', 'Spearman ρ'],
];
const SAMPLINGS: Sampling[] = ['random', 'top', 'bottom', 'middle', 'adjacent'];

const field = (id: string, label: string, control: HTMLElement, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
  );

const numberInput = (id: string, min: number): HTMLInputElement =>
  h('input', { id, type: 'number', min, step: 1, inputmode: 'numeric', required: true });

interface Controls {
  readonly correlation: HTMLSelectElement;
  readonly perSample: HTMLInputElement;
  readonly all: HTMLInputElement;
  readonly sampling: HTMLSelectElement;
  readonly samples: HTMLInputElement;
  readonly seed: HTMLInputElement;
  readonly minCommon: HTMLInputElement;
}

function methodControls(): Controls {
  return {
    correlation: h(
      'select',
      { id: 'm-correlation' },
      ...CORRELATIONS.map(([v, t]) => h('option', { value: v }, t)),
    ),
    perSample: numberInput('m-models-per-sample', 2),
    all: h('input', { id: 'm-all-models', type: 'checkbox' }),
    sampling: h('select', { id: 'm-sampling' }, ...SAMPLINGS.map((v) => h('option', { value: v }, v))),
    samples: numberInput('m-samples', 1),
    seed: numberInput('m-seed', 0),
    minCommon: numberInput('m-min-common', 2),
  };
}

/** The aggregate's chooser: a filter box over a list of checkboxes, the chosen ones first. */
function aggregateChooser(scenarios: readonly { id: string; name: string }[], changed: () => void) {
  const search = h('input', {
    id: 'm-aggregate-search',
    type: 'search',
    placeholder: 'filter by name or id',
    autocomplete: 'off',
  });
  const chosenCount = h('span', { class: 'hint', 'aria-live': 'polite' });
  const boxes = new Map<string, HTMLInputElement>();
  const items = scenarios.map((s) => {
    const box = h('input', { type: 'checkbox', id: `agg-${s.id}`, value: s.id, class: 'aggregate-choice' });
    boxes.set(s.id, box);
    box.addEventListener('change', changed);
    return {
      s,
      li: h('li', {}, box, h('label', { for: box.id }, s.name, h('span', { class: 'scenario-id' }, s.id))),
    };
  });
  const list = h('ul', { class: 'aggregate-list', 'aria-label': 'Scenarios of the aggregate' });
  const order = (): void => {
    const q = search.value.trim().toLowerCase();
    const shown = items.filter(
      ({ s }) => !q || s.name.toLowerCase().includes(q) || s.id.toLowerCase().includes(q),
    );
    shown.sort((a, b) => Number(boxes.get(b.s.id)!.checked) - Number(boxes.get(a.s.id)!.checked));
    list.replaceChildren(...shown.map((x) => x.li));
  };
  search.addEventListener('input', order);
  const chosen = (): string[] => scenarios.map((x) => x.id).filter((id) => boxes.get(id)!.checked);
  return { search, chosenCount, boxes, list, order, chosen };
}

/** The method and aggregate the form holds, or what is wrong with it. */
function readChoice(c: Controls, aggregate: readonly string[]): MethodChoice | string {
  const whole = (input: HTMLInputElement, min: number, name: string): number | string => {
    const n = Number(input.value);
    return input.value !== '' && Number.isInteger(n) && n >= min
      ? n
      : `${name} must be a whole number of at least ${min}.`;
  };
  const k = c.all.checked ? 0 : whole(c.perSample, 2, 'Models per sample');
  const r = whole(c.samples, 1, 'Samples');
  const s = whole(c.seed, 0, 'The seed');
  const m = whole(c.minCommon, 2, 'Minimum shared models');
  for (const v of [k, r, s, m]) if (typeof v === 'string') return v;
  if (aggregate.length < 2) return 'Choose at least 2 scenarios for the aggregate.';
  return {
    method: {
      correlation: c.correlation.value as Correlation,
      modelsPerSample: k as number,
      sampling: c.sampling.value as Sampling,
      samples: r as number,
      seed: s as number,
      minCommonModels: m as number,
    },
    aggregate: [...aggregate],
  };
}

/** Shows a method in the form (`fallbackPerSample` when it takes all shared models). */
function showMethod(c: Controls, m: MethodChoice['method'], fallbackPerSample: number): void {
  c.correlation.value = m.correlation;
  c.all.checked = m.modelsPerSample === 0;
  c.perSample.value = String(m.modelsPerSample === 0 ? fallbackPerSample : m.modelsPerSample);
  c.perSample.disabled = c.all.checked;
  c.sampling.value = m.sampling;
  c.samples.value = String(m.samples);
  c.seed.value = String(m.seed);
  c.minCommon.value = String(m.minCommonModels);
}

export function methodPanel(
  scenarios: readonly { id: string; name: string }[],
  catalog: MethodChoice,
  preset: MethodPreset | null,
  onChange: (choice: MethodChoice) => void,
): MethodPanel {
  const controls = methodControls();
  const { correlation, perSample, all, sampling, samples, seed, minCommon } = controls;
  const error = h('p', { class: 'field-error', role: 'alert' });
  const status = h('p', { class: 'engine-status', 'aria-live': 'polite' });
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Recomputing the leaderboard', hidden: true });
  const chooser = aggregateChooser(scenarios, changed);
  const { chosenCount, boxes } = chooser;

  function changed(): void {
    perSample.disabled = all.checked;
    const choice = readChoice(controls, chooser.chosen());
    chosenCount.textContent = `${[...boxes.values()].filter((b) => b.checked).length} chosen`;
    error.textContent = typeof choice === 'string' ? choice : '';
    if (typeof choice !== 'string') onChange(choice);
  }

  function set(choice: MethodChoice): void {
    showMethod(controls, choice.method, catalog.method.modelsPerSample || 10);
    const chosen = new Set(choice.aggregate);
    for (const [id, box] of boxes) box.checked = chosen.has(id);
    chosenCount.textContent = `${chosen.size} chosen`;
    error.textContent = '';
    chooser.order();
  }

  for (const control of [correlation, sampling, all]) control.addEventListener('change', changed);
  for (const control of [perSample, samples, seed, minCommon]) control.addEventListener('change', changed);

  const apply = (choice: MethodChoice): void => {
    set(choice);
    onChange(choice);
  };
  const reset = h('button', { type: 'button', class: 'reset' }, 'The catalog\u2019s method');
  reset.addEventListener('click', () => apply(catalog));
  const presetButton = preset ? h('button', { type: 'button', class: 'preset' }, preset.label) : null;
  presetButton?.addEventListener('click', () => apply(preset!));

  const element = panelElement(
    controls,
    chooser,
    h('div', { class: 'method-actions' }, presetButton, reset),
    error,
    h('div', { class: 'engine' }, bar, status),
  );
  set(catalog);
  return {
    element,
    set,
    status(text, done) {
      status.textContent = text;
      bar.hidden = done === null;
      if (done !== null) bar.value = done;
    },
  };
}

/** The panel: the method's fields, the aggregate's chooser, the buttons, the engine's state. */
function panelElement(
  { correlation, perSample, all, sampling, samples, seed, minCommon }: Controls,
  { search, chosenCount, list }: ReturnType<typeof aggregateChooser>,
  actions: HTMLElement,
  error: HTMLElement,
  engine: HTMLElement,
): HTMLElement {
  return h(
    'details',
    { class: 'method-panel' },
    h('summary', {}, 'Method: change how benchmarks are scored (computed in your browser)'),
    h(
      'div',
      { class: 'method-grid' },
      field('m-correlation', 'Correlation', correlation),
      h(
        'div',
        { class: 'field' },
        h('label', { for: perSample.id }, 'Models per sample'),
        perSample,
        h('span', { class: 'check' }, all, h('label', { for: all.id }, 'all shared models')),
      ),
      field('m-sampling', 'Sampling', sampling),
      field('m-samples', 'Samples (experiments)', samples, 'random and adjacent sampling'),
      field('m-seed', 'Seed', seed),
      field('m-min-common', 'Minimum shared models', minCommon),
    ),
    h(
      'fieldset',
      { class: 'aggregate-field' },
      h('legend', {}, 'Aggregate scenarios ', chosenCount),
      h('label', { for: search.id, class: 'visually-hidden' }, 'Filter the scenarios'),
      search,
      list,
    ),
    actions,
    error,
    engine,
  );
}
