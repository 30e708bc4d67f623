/** Writes catalog files (results CSV, metadata YAML, config) as text: pure, deterministic. */
import { stringify } from 'yaml';

/** RFC 4180 quoting: only cells that need it are quoted. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Shortest decimal that round-trips (JavaScript's own), empty for a missing score. */
export const formatScore = (v: number | undefined): string =>
  v === undefined || Number.isNaN(v) ? '' : Object.is(v, -0) ? '0' : String(v);

/**
 * A wide results file: header `model,<scenario>...`, one row per model in the order given.
 * `score(model, scenario)` returns undefined for a missing score.
 */
export function wideCsv(
  models: readonly string[],
  scenarios: readonly string[],
  score: (model: string, scenario: string) => number | undefined,
): string {
  const lines = [['model', ...scenarios].map(csvCell).join(',')];
  for (const m of models)
    lines.push([csvCell(m), ...scenarios.map((s) => formatScore(score(m, s)))].join(','));
  return lines.join('\n') + '\n';
}

/** YAML with a leading comment block; keys keep their insertion order. */
export function yamlDocument(value: unknown, comment?: string): string {
  const head = comment
    ? comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n') + '\n'
    : '';
  return head + stringify(value, { lineWidth: 0 });
}
