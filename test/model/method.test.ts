import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { addMethodOptions } from '../../src/cli/method-options.js';
import { DEFAULT_METHOD, type Method } from '../../src/core/types.js';
import {
  METHOD_KEY_NAMES,
  METHOD_KEYS,
  methodJson,
  methodOfJson,
  methodValue,
  type MethodKey,
} from '../../src/model/method.js';
import { readView, writeView, type ViewContext } from '../../src/report/site/permalink.js';

const other: Method = {
  correlation: 'spearman',
  modelsPerSample: 0,
  sampling: 'adjacent',
  samples: 7,
  seed: 42,
  minCommonModels: 3,
};

const context: ViewContext = {
  method: DEFAULT_METHOD,
  aggregate: ['a', 'b'],
  boards: ['main'],
  scenarios: new Set(['a', 'b']),
};

/** What each reader makes of `key: value`: the value it takes, or its complaint. */
function readers(key: MethodKey, value: string) {
  const config = parseConfig(
    'benchbench.yaml',
    `aggregate:\n  scenarios: [a, b]\nmethod:\n  ${key}: ${value}\n`,
  );
  const cmd = addMethodOptions(new Command('x').exitOverride().configureOutput({ writeErr: () => {} }));
  let cli: unknown;
  try {
    cmd.parse([METHOD_KEYS[key].flag, value], { from: 'user' });
    cli = cmd.opts()[cmd.options.find((o) => o.long === METHOD_KEYS[key].flag)!.attributeName()];
  } catch (e) {
    cli = (e as Error).message;
  }
  const link = readView(`?${key}=${value}`, '', context);
  return {
    config: config.issues.length
      ? config.issues.map((i) => i.message).join(' ')
      : config.config.method[METHOD_KEYS[key].field],
    cli,
    link: link.problems.length ? link.problems[0] : link.view.method[METHOD_KEYS[key].field],
  };
}

describe('the method keys (model/method.ts)', () => {
  it('write a method with benchbench.yaml keys in one order and read it back', () => {
    expect(Object.keys(methodJson(other))).toEqual([
      'correlation',
      'models_per_sample',
      'sampling',
      'samples',
      'seed',
      'min_common_models',
    ]);
    expect(methodJson(other)).toMatchObject({ models_per_sample: 0, min_common_models: 3 });
    expect(methodOfJson(methodJson(other))).toEqual(other);
    expect(METHOD_KEY_NAMES.map((k) => METHOD_KEYS[k].field).sort()).toEqual(
      Object.keys(DEFAULT_METHOD).sort(),
    );
  });

  it('hold one rule per key: 0 or at least 2 models per sample, whole numbers, known words', () => {
    expect(methodValue('models_per_sample', '0')).toEqual({ ok: true, value: 0 });
    expect(methodValue('models_per_sample', 1)).toEqual({
      ok: false,
      rule: METHOD_KEYS.models_per_sample.rule,
    });
    expect(methodValue('seed', '1.5').ok).toBe(false);
    expect(methodValue('seed', '-1').ok).toBe(false);
    expect(methodValue('samples', 2 ** 60).ok).toBe(false);
    expect(methodValue('sampling', 'middle')).toEqual({ ok: true, value: 'middle' });
    expect(methodValue('correlation', 'kendal').ok).toBe(false);
  });

  it('are taken and refused alike by benchbench.yaml, the command line and the page’s links', () => {
    const one = readers('models_per_sample', '1');
    const rule = METHOD_KEYS.models_per_sample.rule;
    expect(one.config).toContain(rule);
    expect(one.cli).toContain(rule);
    expect(one.link).toContain(rule);
    for (const [key, value, typed] of [
      ['min_common_models', '9', 9],
      ['samples', '3', 3],
      ['seed', '0', 0],
      ['models_per_sample', '0', 0],
    ] as const) {
      expect(readers(key, value), key).toEqual({ config: typed, cli: typed, link: typed });
    }
    for (const [key, value] of [
      ['min_common_models', '1'],
      ['samples', '0'],
    ] as const) {
      const r = readers(key, value);
      for (const said of [r.config, r.cli, r.link]) expect(said, key).toContain(METHOD_KEYS[key].rule);
    }
  });

  it('give the page’s links the keys that differ, named as in benchbench.yaml', () => {
    const link = writeView(
      {
        method: { ...DEFAULT_METHOD, samples: 7, minCommonModels: 3 },
        aggregate: ['a', 'b'],
        board: null,
        open: null,
      },
      context,
    );
    expect(link).toBe('?samples=7&min_common_models=3');
    expect(readView(link, '', context).view.method).toEqual({
      ...DEFAULT_METHOD,
      samples: 7,
      minCommonModels: 3,
    });
  });
});
