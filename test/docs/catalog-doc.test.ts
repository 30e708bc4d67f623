import { PRESET_NAMES } from '../../src/catalog/presets.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configYamlKeys, DEFAULT_LEADERBOARD, LIMIT_YAML_KEYS } from '../../src/catalog/config.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { DEFAULT_PLAUSIBILITY } from '../../src/core/plausibility.js';
import { DEFAULT_SATURATION } from '../../src/core/saturation.js';
import { DEFAULT_METHOD } from '../../src/core/types.js';
import { repoRoot } from '../support/cli.js';
import { ISSUE_CODES, type IssueCode } from '../../src/model/issue.js';
import { METHOD_YAML_KEYS } from '../../src/model/method.js';
import { TRUST_YAML_KEYS } from '../../src/catalog/trust-config.js';
import { acceptedYamlKeys } from './yaml-keys.js';

const doc = readFileSync(path.join(repoRoot, 'docs/catalog.md'), 'utf8');
const registered = Object.keys(ISSUE_CODES).sort() as IssueCode[];

/** The text of a `## ` or `### ` section, by its heading (without the #s). */
function section(heading: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => /^#{2,3} /.test(l) && l.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`docs/catalog.md has no section "${heading}"`);
  const level = lines[start]!.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Table rows of a text: their cells, trimmed (the header and separator rows included). */
const rows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );

/** First-column keys of a table (`` `a.b[].c` `` -> `a.b[].c`). */
const keyColumn = (text: string): string[] =>
  rows(text)
    .map((r) => /^`([^`]+)`$/.exec(r[0]!)?.[1])
    .filter((k): k is string => k !== undefined);

const lastSegment = (key: string): string => key.split('.').pop()!;
const camel = (key: string): string => key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

describe('docs/catalog.md', () => {
  describe('issue codes', () => {
    const codeRows = rows(section('Issue codes')).filter((r) => /^`[^`]+`$/.test(r[0]!));
    const documented = new Set(codeRows.map((r) => r[0]!.slice(1, -1)));

    it('documents every code of the registry (src/model/issue.ts)', () => {
      expect(registered.length).toBeGreaterThanOrEqual(60);
      const missing = registered.filter((code) => !documented.has(code));
      expect(missing, `add these codes to the tables under "## Issue codes"`).toEqual([]);
    });

    it('documents no code that the registry does not have', () => {
      expect([...documented].filter((code) => !(code in ISSUE_CODES))).toEqual([]);
    });

    it('gives each code exactly the severities the registry lists for it', () => {
      const wrong = registered.flatMap((code) => {
        const stated = codeRows.filter((r) => r[0] === `\`${code}\``).map((r) => r[1]!);
        const words = new Set(stated.flatMap((cell) => cell.match(/\b(?:error|warning|note)\b/g) ?? []));
        const listed: readonly string[] = ISSUE_CODES[code].severities;
        const same = words.size === listed.length && listed.every((s) => words.has(s));
        return same
          ? []
          : [`${code} is ${listed.join(' / ')} in the registry; the doc says ${stated.join(' / ')}`];
      });
      expect(wrong).toEqual([]);
    });
  });

  describe('benchbench.yaml', () => {
    const table = section('`benchbench.yaml`');
    const documented = keyColumn(table);

    it('lists every key that config.ts accepts', () => {
      // The config's one schema: its method keys are model/method.ts's, its trust keys trust-config.ts's.
      const accepted = configYamlKeys();
      expect(accepted).toEqual(
        expect.arrayContaining([
          'aggregate',
          'min_scenarios_per_model',
          'categories',
          ...METHOD_YAML_KEYS,
          ...TRUST_YAML_KEYS,
          ...LIMIT_YAML_KEYS,
        ]),
      );
      expect(accepted.filter((k) => !documented.map(lastSegment).includes(k))).toEqual([]);
      expect(documented.map(lastSegment).filter((k) => !accepted.includes(k))).toEqual([]);
    });

    it('states the defaults of the method and the limits', () => {
      const defaults = new Map(rows(table).map((r) => [r[0]!.replace(/`/g, ''), r[2]!]));
      for (const key of documented.filter((k) => k.startsWith('method.') && k !== 'method.preset')) {
        const value = DEFAULT_METHOD[camel(lastSegment(key)) as keyof typeof DEFAULT_METHOD];
        expect(defaults.get(key), key).toContain(`\`${value}\``);
      }
      for (const key of documented.filter((k) => k.startsWith('limits.'))) {
        const value = DEFAULT_LIMITS[camel(lastSegment(key)) as keyof typeof DEFAULT_LIMITS];
        expect(defaults.get(key), key).toContain(`\`${value}\``);
        expect(section('Limits').replace(/\s+/g, ' '), key).toContain(
          `\`${camel(lastSegment(key))}\` ${value}`,
        );
      }
      const trust: Record<string, object> = {
        saturation: DEFAULT_SATURATION,
        plausibility: DEFAULT_PLAUSIBILITY,
      };
      for (const key of documented.filter((k) => /^trust\.\w+\./.test(k))) {
        const value = (trust[key.split('.')[1]!] as Record<string, number>)[camel(lastSegment(key))];
        expect(value, key).toBeDefined();
        expect(defaults.get(key), key).toContain(`\`${value}\``);
      }
      // `method.preset` has no default; its row names every preset.
      const presetRow = rows(table).find((r) => r[0] === '`method.preset`')!;
      for (const name of PRESET_NAMES) expect(presetRow[1]).toContain(`\`${name}\``);
      expect(defaults.get('leaderboards')).toContain(
        `id: ${DEFAULT_LEADERBOARD.id}, title: ${DEFAULT_LEADERBOARD.title}`,
      );
    });
  });

  it('lists every key of the metadata YAML that metadata.ts accepts', () => {
    const documented = keyColumn(section('Metadata YAML (`benchmarks/<stem>.yaml`)'));
    const accepted = acceptedYamlKeys(repoRoot, 'src/catalog/metadata.ts');
    expect(accepted).toEqual(expect.arrayContaining(['name', 'url', 'license', 'direction', 'scenarios']));
    expect(accepted).toEqual(expect.arrayContaining(['access', 'cost', 'items', 'value', 'unit']));
    // Keys of a mapping such as `cost` are documented as `cost.<key>`.
    expect(accepted.filter((k) => !documented.map(lastSegment).includes(k))).toEqual([]);
    // Keys of a scenario entry are documented in the `scenarios` row as `scenarios.<id>.<key>`.
    const scenarioRow = rows(section('Metadata YAML (`benchmarks/<stem>.yaml`)')).find(
      (r) => r[0] === '`scenarios`',
    )!;
    for (const key of ['name', 'direction'])
      expect(scenarioRow.join(' ')).toContain(`\`scenarios.<id>.${key}\``);
  });

  it('lists every key of models.yaml that model-names.ts accepts', () => {
    const documented = keyColumn(section('`models.yaml` and model names')).map(lastSegment);
    const accepted = acceptedYamlKeys(repoRoot, 'src/catalog/model-names.ts');
    expect(accepted).toEqual(['aliases', 'models', 'name']);
    expect(accepted.filter((k) => !documented.includes(k))).toEqual([]);
  });

  it('quotes the model-name normalisation rules of model-names.ts word for word', () => {
    const source = readFileSync(path.join(repoRoot, 'src/catalog/model-names.ts'), 'utf8');
    const comment = source.slice(0, source.indexOf('*/'));
    const quoted = comment
      .slice(comment.indexOf('Normalisation ('), comment.indexOf('Merging spellings'))
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, ''))
      .join('\n');
    // Each numbered rule and the closing paragraph, with the comment's line wrapping undone.
    const parts = quoted
      .split(/\n(?=\d\. |Nothing else)/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(parts.length).toBe(6);
    const flat = doc.replace(/\s+/g, ' ');
    for (const part of parts) expect(flat).toContain(part);
  });
});
