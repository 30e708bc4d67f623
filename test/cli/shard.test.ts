/** Sharded `agree --all-pairs` and `merge`, through the bundled CLI: the parts merge into the unsharded bytes. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/cli.js';

let dir: string;
const at = (name: string) => path.join(dir, name);
const agree = (...extra: string[]) =>
  runCli(['agree', at('catalog'), '--reference', 'aggregate', '--all-pairs', ...extra]);
const part = (shard: string, file: string, ...extra: string[]) => {
  const r = agree('--shard', shard, '--out', at(file), ...extra);
  expect(r.status, r.stderr).toBe(0);
  return at(file);
};
const merge = (...parts: string[]) => runCli(['merge', ...parts, '--out', at('merged.json')]);

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-shard-'));
  expect(
    runCli(['simulate', '--out', at('catalog'), '--seed', '4', '--benchmarks', '9', '--models', '30']).status,
  ).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('agree --all-pairs --shard I/N and merge', () => {
  it('merge the parts of a catalog, in any order, into exactly the bytes of the unsharded --json', () => {
    const whole = agree('--json');
    expect(whole.status).toBe(0);
    const parts = [3, 1, 4, 2].map((i) => part(`${i}/4`, `part-${i}.json`));
    const r = merge(...parts);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(at('merged.json'), 'utf8')).toBe(whole.stdout);
    expect(JSON.parse(whole.stdout).agreements.length).toBeGreaterThan(30);
  });

  it('merge the parts of a table file the same way, even with more shards than pairs', () => {
    const table = 'catalog/benchmarks/sim-bench-code-01.csv'; // the repository's own: three scenarios
    const args = ['agree', table, '--reference', 'sim-bench-code-01-hard', '--all-pairs'];
    const whole = runCli([...args, '--json']);
    const parts = [1, 2, 3, 4, 5].map((i) => {
      expect(runCli([...args, '--shard', `${i}/5`, '--out', at(`t${i}.json`)]).status).toBe(0);
      return at(`t${i}.json`);
    });
    expect(merge(...parts).status).toBe(0);
    expect(readFileSync(at('merged.json'), 'utf8')).toBe(whole.stdout);
  });

  it('write a part in the documented format: content hash, method, options, shard and numbered pairs', () => {
    const p = JSON.parse(readFileSync(part('2/3', 'format.json'), 'utf8'));
    expect(p).toMatchObject({
      format: 'benchbench-shard-part',
      version: 1,
      command: 'agree --all-pairs',
      input: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      method: expect.objectContaining({ correlation: expect.any(String), samples: expect.any(Number) }),
      options: { reference: 'aggregate' },
      shard: { index: 2, count: 3 },
      at: 'agreements',
    });
    expect(p.entries.every((e: { k: number }) => e.k % 3 === 1)).toBe(true);
  });

  it('refuse a missing shard, a shard given twice and a file that is not a part, naming them', () => {
    const [one, two] = [part('1/2', 'a1.json'), part('2/2', 'a2.json')];
    expect(merge(one)).toMatchObject({ status: 1, stderr: expect.stringContaining('shard 2/2 missing') });
    expect(merge(one, one, two)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('both shard 1/2'),
    });
    writeFileSync(at('whole.json'), agree('--json').stdout);
    expect(merge(at('whole.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('is not a partial result'),
    });
    expect(merge(at('nope.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('cannot be read'),
    });
  });

  it('refuse parts of another method or of another content, naming what differs', () => {
    const one = part('1/2', 'b1.json');
    const otherMethod = part('2/2', 'b2.json', '--samples', '7');
    expect(merge(one, otherMethod)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('methods differ'),
    });
    appendFileSync(at('catalog/benchmarks/sim-bench-code-01.yaml'), '# edited\n');
    const otherContent = part('2/2', 'b3.json');
    expect(merge(one, otherContent)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('input content hashes differ'),
    });
  });

  it('refuse --shard without --all-pairs and --out, and a malformed shard', () => {
    expect(agree('--shard', '1/2').stderr).toMatch(/--shard I\/N needs --all-pairs and --out FILE/);
    expect(agree('--shard', '3/2', '--out', at('x.json')).stderr).toMatch(/expected I\/N with 1 <= I <= N/);
  });
});
