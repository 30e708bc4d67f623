import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { similarCommand } from '../../src/cli/commands/similar.js';
import { siteCommand } from '../../src/cli/commands/site.js';
import { simulate } from '../../src/simulate/simulate.js';
import { writeSite } from './browser.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'benchbench-cli-site-'));
const catalog = path.join(root, 'catalog');
writeSite(catalog, simulatedCatalog(simulate({ seed: 9, benchmarks: 10, models: 30 })));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(cmd: ReturnType<typeof siteCommand>, args: string[]): Promise<string> {
  const out: string[] = [];
  const spyOut = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const spyErr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await cmd.exitOverride().parseAsync(args, { from: 'user' });
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
  return out.join('');
}

describe('benchbench site', () => {
  it('writes leaderboard.json, LEADERBOARD.md and the page under --out', async () => {
    const out = path.join(root, 'site');
    await run(siteCommand(), ['--catalog', catalog, '--out', out]);
    for (const f of ['leaderboard.json', 'LEADERBOARD.md', 'index.html', 'assets/site.js', 'assets/site.css'])
      expect(existsSync(path.join(out, f)), f).toBe(true);
    const doc = JSON.parse(readFileSync(path.join(out, 'leaderboard.json'), 'utf8')) as { boards: unknown[] };
    expect(doc.boards).toHaveLength(2);
  });

  it('refuses to write the site into a catalog folder', async () => {
    await expect(run(siteCommand(), ['--catalog', catalog, '--out', catalog])).rejects.toThrow(
      /holds a catalog/,
    );
  });
});

describe('benchbench similar', () => {
  it('lists the closest scenarios as JSON, most agreeing first, with shared models and interval', async () => {
    const scenario = 'sim-bench-holistic-01';
    const text = await run(similarCommand(), [scenario, '--catalog', catalog, '--json']);
    const { results } = JSON.parse(text) as {
      results: {
        scenario: string;
        similar: { agreement: number | null; n_common: number; interval: unknown }[];
      }[];
    };
    const [first] = results;
    expect(first!.scenario).toMatch(/^sim-bench-holistic-01/);
    const values = first!.similar.filter((s) => s.agreement !== null).map((s) => s.agreement!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(first!.similar[0]).toMatchObject({ n_common: expect.any(Number), interval: expect.any(Array) });
  });

  it('prints at most --limit rows per scenario as text', async () => {
    const text = await run(similarCommand(), ['sim-bench-holistic-01', '--catalog', catalog, '--limit', '3']);
    expect(text).toMatch(/^Closest to .+:\n/);
    expect(text.match(/shared models$/gm)?.length).toBeLessThanOrEqual(
      3 * text.match(/^Closest to/gm)!.length,
    );
    expect(text).toMatch(/more; --limit 0 shows all/);
  });

  it('suggests a close name for an unknown benchmark', async () => {
    await expect(run(similarCommand(), ['sim-bench-holistic-1', '--catalog', catalog])).rejects.toThrow(
      /did you mean "sim-bench-holistic-01/,
    );
  });
});
