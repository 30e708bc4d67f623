/**
 * "Score your own benchmark": a results CSV (wide or long, as in the catalog) dropped, chosen
 * or pasted is parsed, matched and scored by the worker (pipeline/score-upload.ts) and never
 * leaves the browser. Shows the parser's issues with file, line, column and hint; the models
 * matched and the unmatched with suggestions; its rank, Z and agreement among the board's
 * benchmarks, its closest benchmarks, saturation and the rows to check.
 */
import type { UploadedScenario, UploadInput, UploadResult } from '../../../pipeline/score-upload.js';
import { fixed, signed } from '../../format.js';
import { formatIssue } from '../../../model/issue.js';
import { checkRowLine } from '../../trust-lines.js';
import { closestTable } from './closest-table.js';
import { h } from './dom.js';
import { factList, type Fact } from './fact-list.js';
import { saturationLine } from './saturation-line.js';
import { save } from './view-download.js';
import { countDatum, datum, intervalDatum } from './numbers.js';

export interface UploadContext {
  /** The input for the method in force, without the file. */
  input(): Omit<UploadInput, 'matrix' | 'file' | 'text' | 'direction'>;
  upload(
    input: Omit<UploadInput, 'matrix'>,
    on: { result(r: UploadResult): void; error(m: string): void },
  ): void;
  nameOf(scenario: string): string;
  modelName(id: string): string;
  /** The example file: a wide CSV. */
  example(): string;
}

export function uploadSection(ctx: UploadContext): HTMLElement {
  const file = h('input', { type: 'file', id: 'upload-file', accept: '.csv,text/csv' });
  const paste = h('textarea', {
    id: 'upload-paste',
    rows: 5,
    spellcheck: 'false',
    placeholder: 'model,my_benchmark\nmodel-a,0.71\n…',
  });
  const pasteButton = h('button', { type: 'button', class: 'score-paste' }, 'Score the pasted CSV');
  const lower = h('input', { type: 'checkbox', id: 'upload-lower' });
  const example = h('button', { type: 'button', class: 'example' }, 'Download an example CSV');
  const out = h('div', { class: 'upload-result', 'aria-live': 'polite' });

  function score(name: string, text: string): void {
    document.documentElement.dataset['upload'] = 'busy';
    out.replaceChildren(h('p', {}, `Scoring ${name} in your browser…`));
    ctx.upload(
      { ...ctx.input(), file: name, text, direction: lower.checked ? 'lower' : 'higher' },
      {
        result: (r) => {
          out.replaceChildren(...render(r, name, ctx));
          document.documentElement.dataset['upload'] = 'done';
        },
        error: (m) => {
          out.replaceChildren(h('p', { class: 'field-error' }, `The file could not be scored: ${m}`));
          document.documentElement.dataset['upload'] = 'done';
        },
      },
    );
  }
  const zone = dropZone(file, (f) => void f.text().then((text) => score(f.name, text)));
  pasteButton.addEventListener('click', () => score('pasted.csv', paste.value));
  example.addEventListener('click', () => save('example-results.csv', 'text/csv', ctx.example()));

  return h(
    'section',
    { class: 'upload', 'aria-labelledby': 'upload-title' },
    h('h2', { id: 'upload-title' }, 'Score your own benchmark'),
    h(
      'p',
      {},
      'A results CSV in the catalog\u2019s formats (wide: a model column and one column per scenario; long: model, scenario, score). ' +
        'It is read and scored in this browser with the method above: nothing is sent anywhere.',
    ),
    zone,
    h('label', { for: paste.id }, 'Or paste the CSV'),
    paste,
    h(
      'div',
      { class: 'method-actions' },
      h('span', { class: 'check' }, lower, h('label', { for: lower.id }, 'Lower scores are better')),
      pasteButton,
      example,
    ),
    out,
  );
}

/** The file input in a zone a file can also be dropped on; `read` gets the file either way. */
function dropZone(file: HTMLInputElement, read: (f: File) => void): HTMLDivElement {
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('label', { for: file.id }, 'Drop a results CSV here, or choose one: '),
    file,
  );
  file.addEventListener('change', () => file.files?.[0] && read(file.files[0]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) read(f);
  });
  return zone;
}

function render(r: UploadResult, name: string, ctx: UploadContext): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  if (r.issues.length)
    blocks.push(
      h(
        'div',
        { class: 'problems upload-issues' },
        h('p', {}, `${r.issues.length} issue${r.issues.length === 1 ? '' : 's'} in the file:`),
        h('ul', {}, ...r.issues.map((i) => h('li', {}, formatIssue(i)))),
      ),
    );
  if (!r.scenarios.length) blocks.push(h('p', {}, 'No scenario could be read from the file.'));
  for (const s of r.scenarios) blocks.push(scenarioBlock(s, name, ctx));
  return blocks;
}

/** A number as the engine computed it, for a data-* attribute (empty when there is none). */
const full = (v: number | null): string | null => (v === null || !Number.isFinite(v) ? null : String(v));

/** One scored scenario of the file: its facts, rows to check, unmatched models and closest benchmarks. */
function scenarioBlock(s: UploadedScenario, file: string, ctx: UploadContext): HTMLElement {
  return h(
    'article',
    { class: 'uploaded', 'data-scenario': s.id },
    h('h3', {}, s.id),
    factList(scenarioFacts(s, ctx)),
    s.rowsToCheck.length ? rowsToCheck(s, file) : null,
    s.unmatched.length ? unmatchedModels(s, ctx) : null,
    closestTable(s.closest, ctx.nameOf),
  );
}

/** A span of text and data (numbers.ts), for a fact whose value holds several numbers. */
const line = (...parts: (Node | string)[]): HTMLSpanElement => h('span', {}, ...parts);

function scenarioFacts(s: UploadedScenario, ctx: UploadContext): Fact[] {
  const r = s.result;
  const whole = (v: number): string => String(Math.round(v));
  const facts: Fact[] = [
    [
      'Models matched',
      line(countDatum('matched', s.matched), ' of ', countDatum('models', s.models), ' in the catalog'),
    ],
    [
      'Rank',
      r.rank === null
        ? `not ranked${r.skipped ? `: ${r.skipped}` : ''}`
        : line(
            countDatum('rank', r.rank),
            ' of ',
            countDatum('ranked', s.ranked),
            ' benchmarks (90% range ',
            intervalDatum('rank-interval', r.rankInterval, 0, whole),
            ')',
          ),
    ],
    [
      'Score (Z)',
      line(
        datum('z', r.z, signed(r.z)),
        ' (90% interval ',
        intervalDatum('z-interval', r.zInterval, 2, (v, d) => signed(v, d)),
        ')',
      ),
    ],
    [
      'Agreement with the aggregate',
      line(
        datum('agreement', r.agreement, fixed(r.agreement)),
        ' (90% interval ',
        intervalDatum('agreement-interval', r.agreementInterval),
        '), ',
        countDatum('n-common', r.nCommon),
        ' shared models',
      ),
    ],
    ['Saturation', saturation(s, ctx)],
    ['Rows to check', s.rowsToCheck.length ? countDatum('rows-to-check', s.rowsToCheck.length) : 'none'],
  ];
  if (r.warnings.length) facts.push(['Warnings', r.warnings.join('; ')]);
  return facts;
}

/** The saturation facts, each number also in a data-* attribute for the browser tests. */
function saturation(s: UploadedScenario, ctx: UploadContext): HTMLSpanElement {
  const sat = s.saturation;
  return h(
    'span',
    {
      class: 'saturation',
      'data-models': sat.models,
      'data-near-best': sat.nearBest,
      'data-near-best-share': full(sat.nearBestShare),
      'data-top-models': sat.topModels,
      'data-top-spread': full(sat.topSpread),
      'data-saturated': sat.saturated === null ? null : String(sat.saturated),
    },
    saturationLine(sat, ctx.input().thresholds.saturation),
  );
}

/** The file's rows whose rank is far from the aggregate's, each with its line in the file. */
function rowsToCheck(s: UploadedScenario, file: string): HTMLUListElement {
  return h(
    'ul',
    { class: 'rows-to-check', 'data-shared': s.shared },
    ...s.rowsToCheck.map((f) =>
      h(
        'li',
        {
          'data-model': f.model,
          'data-line': f.line,
          'data-rank': f.rank,
          'data-aggregate-rank': f.aggregateRank,
        },
        checkRowLine({ ...f, file }, s.shared),
      ),
    ),
  );
}

/** The file's models the catalog does not know, each with its line and the closest names. */
function unmatchedModels(s: UploadedScenario, ctx: UploadContext): HTMLDetailsElement {
  const n = s.unmatched.length;
  return h(
    'details',
    { class: 'unmatched', open: n <= 10 },
    h('summary', {}, `${n} model${n === 1 ? '' : 's'} not in the catalog`),
    h(
      'ul',
      {},
      ...s.unmatched.map((u) =>
        h(
          'li',
          { 'data-name': u.name, 'data-line': u.line, 'data-suggestions': u.suggestions.join('\n') },
          `line ${u.line}: "${u.name}"`,
          u.suggestions.length
            ? ` (did you mean ${u.suggestions.map((m) => `"${ctx.modelName(m)}"`).join(', ')}?)`
            : ' (no close name)',
        ),
      ),
    ),
  );
}
