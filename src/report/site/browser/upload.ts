/**
 * "Score your own benchmark": a results CSV (wide or long, as in the catalog) dropped, chosen
 * or pasted is parsed, matched and scored by the worker (pipeline/score-upload.ts) and never
 * leaves the browser. Shows the parser's issues with file, line, column and hint; the models
 * matched and the unmatched with suggestions; its rank, Z and agreement among the board's
 * benchmarks, its closest benchmarks, saturation and the rows to check.
 */
import type { UploadedScenario, UploadInput, UploadResult } from '../../../pipeline/score-upload.js';
import { fixed, range, signed } from '../../format.js';
import { formatIssue } from '../../../model/issue.js';
import { checkRowLine, saturationFacts, SATURATED } from '../../trust-lines.js';
import { h } from './dom.js';

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
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('label', { for: file.id }, 'Drop a results CSV here, or choose one: '),
    file,
  );

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
  const read = (f: File): void => void f.text().then((text) => score(f.name, text));
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
  pasteButton.addEventListener('click', () => score('pasted.csv', paste.value));
  example.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([ctx.example()], { type: 'text/csv' }));
    const a = h('a', { href: url, download: 'example-results.csv', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

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

function scenarioBlock(s: UploadedScenario, file: string, ctx: UploadContext): HTMLElement {
  const r = s.result;
  const sat = s.saturation;
  const facts: [string, string][] = [
    ['Models matched', `${s.matched} of ${s.models} in the catalog`],
    [
      'Rank',
      r.rank === null
        ? `not ranked${r.skipped ? `: ${r.skipped}` : ''}`
        : `${r.rank} of ${s.ranked} benchmarks`,
    ],
    ['Score (Z)', `${signed(r.z)} (90% interval ${range(r.zInterval, 2, (v, d) => signed(v, d))})`],
    [
      'Agreement with the aggregate',
      `${fixed(r.agreement)} (90% interval ${range(r.agreementInterval)}), ${r.nCommon} shared models`,
    ],
    [
      'Saturation',
      (sat.saturated ? `${SATURATED}: ` : '') +
        saturationFacts(
          {
            models: sat.models,
            nearBestShare: sat.nearBestShare,
            topModels: sat.topModels,
            topSpread: sat.topSpread,
          },
          ctx.input().thresholds.saturation,
        ),
    ],
    ['Rows to check', s.rowsToCheck.length ? String(s.rowsToCheck.length) : 'none'],
  ];
  if (r.warnings.length) facts.push(['Warnings', r.warnings.join('; ')]);
  return h(
    'article',
    { class: 'uploaded', 'data-scenario': s.id },
    h('h3', {}, s.id),
    h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    s.rowsToCheck.length
      ? h(
          'ul',
          { class: 'rows-to-check' },
          ...s.rowsToCheck.map((f) => h('li', {}, checkRowLine({ ...f, file }, s.shared))),
        )
      : null,
    s.unmatched.length
      ? h(
          'details',
          { class: 'unmatched', open: s.unmatched.length <= 10 },
          h(
            'summary',
            {},
            `${s.unmatched.length} model${s.unmatched.length === 1 ? '' : 's'} not in the catalog`,
          ),
          h(
            'ul',
            {},
            ...s.unmatched.map((u) =>
              h(
                'li',
                {},
                `line ${u.line}: "${u.name}"`,
                u.suggestions.length
                  ? ` (did you mean ${u.suggestions.map((m) => `"${ctx.modelName(m)}"`).join(', ')}?)`
                  : ' (no close name)',
              ),
            ),
          ),
        )
      : null,
    h(
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
          h('th', { scope: 'col', class: 'num' }, 'Models shared'),
        ),
      ),
      h(
        'tbody',
        {},
        ...s.closest.map((c) =>
          h(
            'tr',
            {},
            h('td', {}, ctx.nameOf(c.scenario)),
            h('td', { class: 'num' }, fixed(c.agreement)),
            h('td', { class: 'num' }, String(c.nCommon)),
          ),
        ),
      ),
    ),
  );
}
