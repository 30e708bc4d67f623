import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  addCatalogMethodOptions,
  catalogMethod,
  minAgreementOption,
  type MethodFlags,
} from '../../src/cli/method-options.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';

/** Parses a command line with the catalog method options and returns the flags commander gives. */
function parse(args: string[], only?: Partial<Record<keyof MethodFlags, string>>): Partial<MethodFlags> {
  const cmd = addCatalogMethodOptions(new Command('x').exitOverride(), only);
  cmd.parse(args, { from: 'user' });
  return cmd.opts();
}

describe('catalog method options', () => {
  const yaml = { ...DEFAULT_METHOD, correlation: 'spearman' as const, samples: 7, seed: 3 };

  it("leave benchbench.yaml's method as it is when no flag is given", () => {
    expect(parse([])).toEqual({});
    expect(catalogMethod(yaml, parse([]))).toEqual(yaml);
  });

  it('replace only the keys given on the command line, parsed as the agree options are', () => {
    const flags = parse(['--correlation', 'pearson', '--min-common', '9', '--models-per-sample', '0']);
    expect(catalogMethod(yaml, flags)).toEqual({
      ...yaml,
      correlation: 'pearson',
      minCommonModels: 9,
      modelsPerSample: 0,
    });
    expect(() => parse(['--min-common', '1'])).toThrow(/--min-common must be a whole number of at least 2/);
    expect(() => parse(['--correlation', 'kendal'])).toThrow(
      /Allowed choices are kendall, pearson, spearman/,
    );
  });

  it('can offer only some flags, each with its own description', () => {
    const cmd = addCatalogMethodOptions(new Command('x'), { seed: 'seed of the bootstrap' });
    expect(cmd.options.map((o) => [o.flags, o.description])).toEqual([
      ['--seed <s>', "seed of the bootstrap (default: benchbench.yaml's)"],
    ]);
  });
});

describe('--min-agreement', () => {
  const parseT = (value?: string): number => {
    const cmd = new Command('x').exitOverride().addOption(minAgreementOption(0.6, 't'));
    cmd.parse(value === undefined ? [] : ['--min-agreement', value], { from: 'user' });
    return cmd.opts<{ minAgreement: number }>().minAgreement;
  };

  it('takes a number from -1 to 1, with its default', () => {
    expect([parseT(), parseT('-1'), parseT('0.75'), parseT('1')]).toEqual([0.6, -1, 0.75, 1]);
    for (const bad of ['1.01', '-2', 'x', '', 'NaN'])
      expect(() => parseT(bad), bad).toThrow(/--min-agreement must be a number from -1 to 1/);
  });
});
