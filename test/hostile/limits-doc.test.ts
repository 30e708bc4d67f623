/** docs/limits.md documents every configurable limit with the default the code uses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/catalog/config.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/catalog/types.js';
import { ROOT } from '../action/helpers/run-action.js';

const doc = readFileSync(path.join(ROOT, 'docs/limits.md'), 'utf8');
const KEYS: Record<string, keyof Limits> = {
  max_file_bytes: 'maxFileBytes',
  max_total_bytes: 'maxTotalBytes',
  max_rows: 'maxRows',
  max_columns: 'maxColumns',
  max_cell_chars: 'maxCellChars',
  max_seconds: 'maxSeconds',
};

describe('docs/limits.md', () => {
  it('lists every limit key of benchbench.yaml with its default, in the example and in the table', () => {
    expect(Object.values(KEYS).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    for (const [key, field] of Object.entries(KEYS)) {
      const value = DEFAULT_LIMITS[field];
      expect(doc).toContain(`  ${key}: ${value}`);
      expect(doc).toMatch(new RegExp(`\\| \`${key}\` \\| ${value.toLocaleString('en-US')}[ |]`));
      expect(doc).toContain(`the limit ${field} is`);
    }
  });

  it('shows a limits block that benchbench.yaml accepts as the defaults', () => {
    const block = /```yaml\n(limits:[\s\S]*?)```/.exec(doc)![1]!;
    const { config, issues } = parseConfig('benchbench.yaml', `aggregate:\n  scenarios: [a, b]\n${block}`);
    expect(issues).toEqual([]);
    expect(config.limits).toEqual(DEFAULT_LIMITS);
  });
});
