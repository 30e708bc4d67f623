import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../../src/core/types.js';
import { readView, writeView, type ViewContext } from '../../src/report/site/permalink.js';

const context: ViewContext = {
  method: DEFAULT_METHOD,
  aggregate: ['a', 'b', 'c'],
  boards: ['main', 'safety'],
  scenarios: new Set(['a', 'b', 'c', 'd', 'helm_lite']),
};

describe('reading a permalink', () => {
  it('reads every method key of benchbench.yaml, the board and the open benchmark', () => {
    const { view, problems } = readView(
      '?board=safety&correlation=pearson&models_per_sample=0&sampling=top&samples=7&seed=3&min_common_models=4&aggregate=d,a',
      '#helm_lite',
      context,
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      method: {
        correlation: 'pearson',
        modelsPerSample: 0,
        sampling: 'top',
        samples: 7,
        seed: 3,
        minCommonModels: 4,
      },
      aggregate: ['d', 'a'],
      board: 'safety',
      open: 'helm_lite',
    });
  });

  it('gives the catalog view for a bare link', () => {
    expect(readView('', '', context)).toEqual({
      view: { method: DEFAULT_METHOD, aggregate: context.aggregate, board: null, open: null },
      problems: [],
    });
  });

  it.each([
    ['correlation=cosine', /"correlation=cosine" is not valid: write one of kendall, pearson, spearman/],
    [
      'models_per_sample=1',
      /"models_per_sample=1" is not valid: write 0 \(all shared models\) or a whole number of at least 2/,
    ],
    ['models_per_sample=-3', /"models_per_sample=-3" is not valid/],
    ['samples=0', /"samples=0" is not valid: write a whole number of at least 1/],
    ['seed=1.5', /"seed=1.5" is not valid: write a whole number/],
    ['min_common_models=1', /"min_common_models=1" is not valid/],
    ['sampling=best', /"sampling" is given more than once/],
    ['aggregate=a,zz', /"aggregate=a,zz" is not valid: no scenario "zz" in this catalog/],
    ['aggregate=a', /an aggregate needs at least 2 scenarios/],
    ['corelation=pearson', /"corelation" is not a setting of this page/],
    ['seed=1&seed=2', /"seed" is given more than once/],
  ])('falls back to the catalog\u2019s whole method for %s, saying why', (query, message) => {
    const { view, problems } = readView(`?sampling=top&${query}`, '', context);
    expect(problems.join(' ')).toMatch(message);
    expect(problems.at(-1)).toBe('Showing the catalog\u2019s method instead.');
    expect(view.method).toEqual(DEFAULT_METHOD);
    expect(view.aggregate).toEqual(context.aggregate);
  });

  it('shows the first board for an unknown board and no detail for an unknown benchmark', () => {
    const { view, problems } = readView('?board=nope&seed=2', '#no_such', context);
    expect(view).toMatchObject({ board: null, open: null, method: { ...DEFAULT_METHOD, seed: 2 } });
    expect(problems).toEqual([
      'There is no leaderboard "nope" (this page has main, safety): showing the first.',
      'There is no benchmark "no_such" in this catalog, so no detail is open.',
    ]);
  });
});

describe('writing a permalink', () => {
  it('writes only what differs from the catalog, in a fixed order, and reads back the same view', () => {
    const view = {
      method: { ...DEFAULT_METHOD, correlation: 'pearson' as const, modelsPerSample: 0 },
      aggregate: ['a', 'd'],
      board: 'safety',
      open: 'helm_lite',
    };
    const link = writeView(view, context);
    expect(link).toBe('?board=safety&correlation=pearson&models_per_sample=0&aggregate=a,d#helm_lite');
    const [search, hash] = link.split('#');
    expect(readView(search!, `#${hash}`, context).view).toEqual(view);
    expect(
      writeView({ method: DEFAULT_METHOD, aggregate: context.aggregate, board: 'main', open: null }, context),
    ).toBe('');
  });
});
