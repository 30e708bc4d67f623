import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { confidentMatch, foldName, planFixes, renameInLine } from '../../src/pipeline/fix-suggestions.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { renderSuggestionReview, REVIEW_MARKER } from '../../src/report/suggestion-review.js';
import { baseCatalog, fullCatalog, NEW_BENCHMARK, toBytes } from '../action/helpers/catalogs.js';

const spell = new Map([
  ['gpt-4o', ['GPT-4o', 'gpt-4o-2024-05-13']],
  ['gpt-4', ['GPT-4']],
  ['llama-3-70b', ['Llama 3 70B']],
]);

describe('the confident-match rule', () => {
  it('folds case, punctuation and width away', () => {
    expect(foldName('  Llama_3-70B ')).toBe('llama370b');
    expect(foldName('ＧＰＴ-4o')).toBe('gpt4o');
  });

  it('takes the one candidate equal after folding', () => {
    expect(confidentMatch('llama 3 70b', ['llama-3-70b', 'gpt-4'], spell)).toBe('llama-3-70b');
  });

  it('takes the closest candidate within max(1, length/8) edits when the next is 2 edits farther', () => {
    // "llama370bb" is 1 edit from "llama370b"; "gpt4" is far.
    expect(confidentMatch('Llama 3 70BB', ['llama-3-70b', 'gpt-4'], spell)).toBe('llama-3-70b');
  });

  it('refuses a close call: the runner-up is only one edit farther', () => {
    // "gpt4x": 1 edit from "gpt4" and 1 from "gpt4o".
    expect(confidentMatch('gpt-4x', ['gpt-4', 'gpt-4o'], spell)).toBeNull();
  });

  it('refuses a match too far away, and a name that folds to nothing', () => {
    // "gpt4turbo" is 5 edits from "gpt4": over max(1, floor(9 / 8)) = 1.
    expect(confidentMatch('gpt-4-turbo', ['gpt-4'], spell)).toBeNull();
    expect(confidentMatch('---', ['gpt-4'], spell)).toBeNull();
    expect(confidentMatch('x', [], spell)).toBeNull();
  });
});

describe('renameInLine', () => {
  it('renames the one field naming the model, keeping its spacing and the rest of the line', () => {
    expect(renameInLine(' gpt-4x ,0.5,0.7', 'gpt-4x', 'GPT-4')).toBe(' GPT-4 ,0.5,0.7');
  });
  it('leaves lines with quotes, two matching fields or none alone', () => {
    expect(renameInLine('"gpt-4x",0.5', 'gpt-4x', 'GPT-4')).toBeNull();
    expect(renameInLine('gpt-4x,gpt-4x', 'gpt-4x', 'GPT-4')).toBeNull();
    expect(renameInLine('other,0.5', 'gpt-4x', 'GPT-4')).toBeNull();
    expect(renameInLine('gpt-4x,0.5', 'gpt-4x', 'GPT,4')).toBeNull();
  });
});

describe('planFixes', () => {
  const plan = (head: Map<string, string>, base = baseCatalog(), changed = [`${NEW_BENCHMARK}.csv`]) => {
    const report = buildPrReport({
      base: { sha: 'a'.repeat(40), files: toBytes(base), issues: [] },
      head: { sha: 'b'.repeat(40), files: toBytes(head), issues: [] },
      changedFiles: changed,
      repository: 'acme/catalog',
      pullRequest: 1,
      catalogDir: 'catalog',
    });
    return planFixes(loadCatalog(toBytes(head)), toBytes(head), toBytes(base), report.benchmarks);
  };

  it('suggests the rename on the exact line of a new wide file', () => {
    const head = fullCatalog();
    head.set(
      `${NEW_BENCHMARK}.csv`,
      head.get(`${NEW_BENCHMARK}.csv`)!.replace(/^sim-birch-8b,/m, 'sim-birch-8bx,'),
    );
    const p = plan(head);
    expect(p.lines).toEqual([
      expect.objectContaining({
        file: `${NEW_BENCHMARK}.csv`,
        line: 3,
        model: 'sim-birch-8bx',
        spelling: 'sim-birch-8b',
        after: head.get(`${NEW_BENCHMARK}.csv`)!.split('\n')[2]!.replace('sim-birch-8bx', 'sim-birch-8b'),
      }),
    ]);
    expect(p.aliases).toEqual([]);
  });

  it('proposes a models.yaml alias for a model named on many lines (a long file)', () => {
    const head = fullCatalog();
    const rows = ['model,scenario,score', ...['a', 'b', 'c', 'd'].map((s, i) => `sim-birch-8bx,${s},${i}`)];
    const others = head.get(`${NEW_BENCHMARK}.csv`)!.split('\n').slice(1, 8).filter(Boolean);
    for (const l of others)
      for (const s of ['a', 'b', 'c', 'd']) rows.push(`${l.split(',')[0]},${s},${l.split(',')[1]}`);
    head.set(`${NEW_BENCHMARK}.csv`, rows.join('\n') + '\n');
    const p = plan(head);
    expect(p.lines).toEqual([]);
    expect(p.aliases).toEqual([expect.objectContaining({ model: 'sim-birch-8bx', id: 'sim-birch-8b' })]);
  });

  it('suggests only on lines of the diff of a changed file, else an alias', () => {
    const base = fullCatalog();
    const csv = base.get(`${NEW_BENCHMARK}.csv`)!.replace(/^sim-birch-8b,/m, 'sim-birch-8bx,');
    base.set(`${NEW_BENCHMARK}.csv`, csv);
    // The head changes another line only: the misspelt one is unchanged, outside the diff.
    const head = new Map(base);
    head.set(`${NEW_BENCHMARK}.csv`, csv.replace(/^(sim-cobalt-34b,)[^,\n]*/m, '$10.5'));
    const p = plan(head, base);
    expect(p.lines).toEqual([]);
    expect(p.aliases).toEqual([expect.objectContaining({ model: 'sim-birch-8bx' })]);
  });
});

describe('the suggestion review', () => {
  it('fences a suggested line longer than any backtick run in it, and proposes aliases as YAML', () => {
    const review = renderSuggestionReview(
      {
        lines: [
          {
            file: 'benchmarks/x.csv',
            line: 4,
            model: 'm```x',
            spelling: 'M ```` X',
            id: 'm-x',
            before: 'm```x,1',
            after: 'M ```` X,1',
          },
        ],
        aliases: [{ file: 'benchmarks/x.csv', model: '@org/team <b>', id: 'gpt-4', spelling: 'GPT-4' }],
      },
      'catalog',
    )!;
    expect(review.body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(review.body).toContain('```yaml\nmodels:\n  "gpt-4":\n    aliases:\n      - "@org/team <b>"\n```');
    expect(review.comments).toEqual([
      expect.objectContaining({ path: 'catalog/benchmarks/x.csv', line: 4, side: 'RIGHT' }),
    ]);
    expect(review.comments[0]!.body).toMatch(/\n`{5}suggestion\nM ```` X,1\n`{5}$/);
    expect(renderSuggestionReview({ lines: [], aliases: [] }, 'catalog')).toBeNull();
  });
});
