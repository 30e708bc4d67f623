/**
 * The trust measures in the CLI's output, run as a user runs it (dist/cli.js): the leaderboard's
 * text and Markdown mark a saturated scenario and the rows to check, with a legend, and `score`
 * lists the rows of the scored file with their line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/cli.js';
import { BASE, HEAD, SUBMISSION, SUBMISSION_METADATA } from '../support/trust-catalog.js';

let dir: string;
const writeCatalog = (name: string, files: ReadonlyMap<string, string>): string => {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name, rel)), { recursive: true });
    writeFileSync(path.join(dir, name, rel), text);
  }
  return path.join(dir, name);
};
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-trust-'));
  writeCatalog('head', HEAD);
  writeCatalog('base', BASE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEGEND =
  'saturated: at least 25% of the models score within 2% of the score range from the best, or the top 10 ' +
  'span less than 5% of the range (no verdict below 10 models). N rows to check: models whose rank in the ' +
  'scenario is further from their rank in the aggregate than 3 median absolute deviations above the median ' +
  'gap and than 25% of the shared models (checked from 10 shared models). Neither changes the score.';

describe('benchbench leaderboard', () => {
  it('marks the saturated scenario and the one with rows to check, lists the rows and explains the marks', () => {
    const r = runCli(['leaderboard', '--catalog', path.join(dir, 'head')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/ trust$/);
    expect(lines.find((l) => /^\s+\d+\s+crowded\s/.test(l))).toMatch(/ saturated$/);
    expect(lines.find((l) => /^\s+\d+\s+swapped\s/.test(l))).toMatch(/ 2 rows to check$/);
    expect(lines.find((l) => /^\s+\d+\s+A\s/.test(l))).not.toMatch(/saturated|check/);
    expect(r.stdout).toContain(
      'Rows to check:\n  swapped\n' +
        '    benchmarks/sub.csv:2 m01: rank 12 in this scenario, 1 in the aggregate (of 12 shared models)\n' +
        '    benchmarks/sub.csv:13 m12: rank 1 in this scenario, 12 in the aggregate (of 12 shared models)\n',
    );
    expect(r.stdout).toContain(`trust: ${LEGEND}\n`);
  });

  it('gives LEADERBOARD.md a Trust column, a legend and a section of rows to check', () => {
    const r = runCli(['leaderboard', '--catalog', path.join(dir, 'head'), '--markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Trust: ${LEGEND}`);
    expect(r.stdout).toContain(
      '| Models shared | Category | Trust |\n|---:|---|---:|---:|---:|---:|---:|---|---|',
    );
    expect(r.stdout).toMatch(/\| crowded \|.*\| saturated \|\n/);
    expect(r.stdout).toContain(
      '## Rows to check\n\n**swapped** (`swapped`):\n\n' +
        '- `benchmarks/sub.csv:2` m01: rank 12 in this scenario, 1 in the aggregate (of 12 shared models)\n',
    );
  });

  it('writes the trust fields into --json, the rows to check counted (checks.parquet of site lists them)', () => {
    const doc = JSON.parse(runCli(['leaderboard', '--catalog', path.join(dir, 'head'), '--json']).stdout);
    const swapped = doc.boards[0].rows.find((r: { scenario: string }) => r.scenario === 'swapped');
    expect(swapped.plausibility.flagged_count).toBe(2);
    expect(swapped.plausibility).not.toHaveProperty('flagged');
    expect(doc.trust.plausibility.mad_multiplier).toBe(3);
  });
});

describe('benchbench score', () => {
  it("lists the scored file's rows to check with their line, and its saturation, with the legend", () => {
    const catalog = path.join(dir, 'base');
    writeFileSync(path.join(dir, 'sub.csv'), SUBMISSION);
    writeFileSync(path.join(dir, 'sub.yaml'), SUBMISSION_METADATA);
    const r = runCli(['score', path.join(dir, 'sub.csv'), '--catalog', catalog]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '    check this row: benchmarks/sub.csv:2 m01: rank 12 in this scenario, 1 in the aggregate (of 12 shared models)\n' +
        '    check this row: benchmarks/sub.csv:13 m12: rank 1 in this scenario, 12 in the aggregate (of 12 shared models)\n',
    );
    expect(r.stdout).toContain(
      '    saturated: 33% of 12 models within 2% of the best; the top 10 span 80% of the range\n',
    );
    expect(r.stdout).toContain(`\ntrust: ${LEGEND}\n`);
    const json = JSON.parse(
      runCli(['score', path.join(dir, 'sub.csv'), '--catalog', catalog, '--json']).stdout,
    );
    expect(json.version).toBe(3);
    expect(json.benchmarks[0].trust[1]).toMatchObject({
      scenario: 'crowded',
      saturation: { saturated: true },
    });
  });

  it('prints no legend when nothing is marked', () => {
    const calm = SUBMISSION.split('\n')
      .map((l, i) =>
        i === 0 || l === '' ? l : l.replace(/^(m\d+),\d+,/, (_, m: string) => `${m},${13 - i},`),
      )
      .join('\n');
    writeFileSync(path.join(dir, 'calm.csv'), calm.replace('swapped,crowded', 'calm_a,calm_b'));
    writeFileSync(path.join(dir, 'calm.yaml'), 'name: Calm\n');
    const r = runCli(['score', path.join(dir, 'calm.csv'), '--catalog', path.join(dir, 'base')]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('check this row');
    expect(r.stdout).not.toContain('trust:');
  });
});
