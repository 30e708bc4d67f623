import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.js';
import { sortIssues } from '../../src/model/issue.js';
import {
  emptyRegistry,
  normaliseModelName,
  parseModels,
  resolveModel,
  modelSuggester,
  suggestModels,
} from '../../src/catalog/model-names.js';

describe('normaliseModelName', () => {
  it('trims, lowercases and joins runs of spaces, _, . and - with one -', () => {
    expect(normaliseModelName('  Llama_3.1 -  8B__Instruct ')).toBe('llama-3-1-8b-instruct');
    expect(normaliseModelName('qwen1.5-7b')).toBe(normaliseModelName('qwen1_5_7b'));
  });

  it('applies NFKC and drops control and invisible characters', () => {
    expect(normaliseModelName('ＧＰＴ\u00a04o')).toBe('gpt-4o');
    expect(normaliseModelName('gpt\u200b-4\u0007o')).toBe('gpt-4o');
    expect(normaliseModelName('gpt\t4o\n')).toBe('gpt-4o');
  });

  it('keeps org prefixes, parentheses and digits so that distinct models stay apart', () => {
    expect(normaliseModelName('OpenAI/GPT-4o (2024-05-13)')).toBe('openai/gpt-4o-(2024-05-13)');
    expect(normaliseModelName('llama-3-8b')).not.toBe(normaliseModelName('llama-3.1-8b'));
    expect(normaliseModelName('meta/llama')).not.toBe(normaliseModelName('llama'));
  });

  it('gives every name, plain ASCII or not, what the full rule gives', () => {
    const full = (raw: string) =>
      raw
        .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/u.test(c) ? ' ' : ''))
        .normalize('NFKC')
        .trim()
        .toLowerCase()
        .replace(/[\s_.-]+/gu, '-')
        .replace(/^-+|-+$/g, '');
    const pieces = [
      'a',
      'Z',
      '9',
      ' ',
      '_',
      '.',
      '-',
      '/',
      '(',
      '~',
      '\t',
      '\x7f',
      '\u00a0',
      '\u00ad',
      'Ｇ',
      'ﬁ',
      '\u200b',
      'é',
    ];
    const rng = new Random(5);
    for (let i = 0; i < 3000; i++) {
      const raw = Array.from({ length: 1 + rng.nextInt(12) }, () => pieces[rng.nextInt(pieces.length)]).join(
        '',
      );
      expect(normaliseModelName(raw)).toBe(full(raw));
    }
  });

  it('is idempotent', () => {
    for (const s of ['A_b-C', ' x ', 'Ｑwen 2', '-a-']) {
      expect(normaliseModelName(normaliseModelName(s))).toBe(normaliseModelName(s));
    }
  });
});

describe('parseModels and resolveModel', () => {
  const yaml = `models:
  gpt-4o-2024-05-13:
    name: GPT-4o (2024-05-13)
    aliases: [openai/gpt-4o-2024-05-13, "GPT-4o (2024-05-13)"]
  llama-3-8b:
`;

  it('maps every alias spelling to the canonical id', () => {
    const { registry, issues } = parseModels('models.yaml', yaml);
    expect(issues).toEqual([]);
    expect([...registry.models]).toEqual([
      ['gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)'],
      ['llama-3-8b', 'llama-3-8b'],
    ]);
    expect(resolveModel(registry, 'OpenAI/GPT-4o-2024-05-13')).toBe('gpt-4o-2024-05-13');
    expect(resolveModel(registry, 'gpt-4o (2024-05-13)')).toBe('gpt-4o-2024-05-13');
    expect(resolveModel(registry, 'Llama 3 8B')).toBe('llama-3-8b');
    expect(resolveModel(registry, 'Mistral 7B')).toBe('mistral-7b');
  });

  it('resolves to the normalised name without a registry', () => {
    expect(resolveModel(emptyRegistry(), ' Qwen_2 ')).toBe('qwen-2');
  });

  it('reports an alias claimed by two models, naming both', () => {
    const { registry, issues } = parseModels(
      'models.yaml',
      'models:\n  a:\n    aliases: [x]\n  b:\n    aliases: [X]\n',
    );
    expect(issues).toMatchObject([{ severity: 'error', code: 'alias-conflict', line: 5, column: 15 }]);
    expect(issues[0]!.message).toContain('both `a` (line 3) and `b`');
    expect(resolveModel(registry, 'x')).toBe('a');
  });

  it('reports a model id that is the alias of another model', () => {
    const { issues } = parseModels('models.yaml', 'models:\n  a: {aliases: [b]}\n  b: {}\n');
    expect(issues).toMatchObject([{ code: 'alias-conflict', line: 3, column: 3 }]);
  });

  it('warns about an id that is not normalised and uses its normalised form', () => {
    const { registry, issues } = parseModels('models.yaml', 'models:\n  GPT 4: {}\n');
    expect(issues).toMatchObject([
      { severity: 'warning', code: 'model-id-not-normalised', line: 2, column: 3 },
    ]);
    expect([...registry.models.keys()]).toEqual(['gpt-4']);
  });

  it('reports unknown keys and wrong types at their place', () => {
    const { issues } = parseModels('models.yaml', 'modles: {}\nmodels:\n  a: {alias: [x]}\n  b: 3\n');
    expect(sortIssues(issues).map((i) => [i.code, i.line, i.column, i.hint])).toEqual([
      ['unknown-key', 1, 1, 'Did you mean `models`?'],
      ['unknown-key', 3, 7, 'Did you mean `aliases`?'],
      ['wrong-type', 4, 6, 'Write model `b` as a mapping (`key: value` lines).'],
    ]);
  });

  it('keeps model ids such as __proto__ as plain data', () => {
    const { registry } = parseModels('models.yaml', 'models:\n  __proto__: {aliases: [constructor]}\n');
    expect([...registry.models.keys()]).toEqual(['proto']);
    expect(resolveModel(registry, 'constructor')).toBe('proto');
    expect(resolveModel(registry, 'toString')).toBe('tostring');
  });
});

describe('suggestModels', () => {
  const known = [
    'gpt-4o-2024-05-13',
    'gpt-4-turbo',
    'llama-3-70b-instruct',
    'llama-3-8b-instruct',
    'claude-3-opus',
  ];

  it('finds the same model under another spelling first', () => {
    expect(suggestModels('openai/GPT-4o-2024-05-13', known)[0]).toBe('gpt-4o-2024-05-13');
    expect(suggestModels('Meta-Llama-3-8B-Instruct', known)).toEqual([
      'llama-3-8b-instruct',
      'llama-3-70b-instruct',
    ]);
  });

  it('returns at most the number asked for', () => {
    expect(suggestModels('llama-3', known, 1)).toHaveLength(1);
  });

  it('suggests nothing implausible', () => {
    expect(suggestModels('zephyr-7b-beta', known)).toEqual([]);
  });

  it('breaks ties by name, whatever the order of the known names', () => {
    expect(suggestModels('m-1', ['m-3', 'm-2'])).toEqual(['m-2', 'm-3']);
    expect(suggestModels('m-1', ['m-2', 'm-3'])).toEqual(['m-2', 'm-3']);
  });
});

describe('modelSuggester', () => {
  it('gives the same suggestions as suggestModels, preparing the known names once', () => {
    const known = ['gpt-4o-2024-05-13', 'llama-3-8b-instruct', 'llama-3-70b-instruct', 'mistral-7b'];
    const suggest = modelSuggester(known);
    for (const name of [
      'openai/GPT-4o-2024-05-13',
      'Meta-Llama-3-8B-Instruct',
      'zephyr-7b-beta',
      'mistral 7b',
    ]) {
      expect(suggest(name)).toEqual(suggestModels(name, known));
    }
  });

  describe('at the size of a large catalog', () => {
    /** `models.yaml` of `n` models, each with a name and two aliases (about 85 characters a model). */
    const registry = (n: number): string =>
      'models:\n' +
      Array.from(
        { length: n },
        (_, i) =>
          `  model-${i}:\n    name: Model ${i} 7B\n    aliases: [org/model-${i}, "Model ${i} (7B)"]\n`,
      ).join('');
    /** The best of 2 times of parsing each text of `texts` once. */
    const seconds = (texts: readonly string[]): number => {
      let best = Infinity;
      for (let r = 0; r < 2; r++) {
        const t = performance.now();
        for (const text of texts) parseModels('models.yaml', text);
        best = Math.min(best, (performance.now() - t) / 1000);
      }
      return best;
    };

    it('reads 20,000 models, and reports a key repeated at the end with its line and column', () => {
      const text = `${registry(20_000)}  model-3:\n    name: Again\n`;
      expect(text.length).toBeGreaterThan(1_600_000);
      const { registry: r, issues } = parseModels('models.yaml', text);
      expect(r.models.size).toBe(20_000);
      expect(resolveModel(r, 'Model 19999 (7B)')).toBe('model-19999');
      expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
        ['yaml-duplicate-key', 20_000 * 3 + 2, 3],
      ]);
    });

    it('takes as long for 20,000 models as for 8 registries of 2,500 (linear; a pairwise key check takes 8 times)', () => {
      const small = Array.from({ length: 8 }, () => registry(2_500));
      parseModels('models.yaml', small[0]!);
      expect(seconds([registry(20_000)]) / seconds(small)).toBeLessThan(3);
    });
  });
});
