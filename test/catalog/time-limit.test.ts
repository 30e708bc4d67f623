import { describe, expect, it } from 'vitest';
import { Deadline, TimeLimitError } from '../../src/catalog/deadline.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';

const encode = (s: string) => new TextEncoder().encode(s);
const rows = (f: (i: number) => number) => Array.from({ length: 8 }, (_, i) => `m${i},${f(i)}`).join('\n');
const files = new Map([
  ['benchbench.yaml', encode('aggregate:\n  scenarios: [a, b]\nlimits:\n  max_seconds: 5\n')],
  ['benchmarks/a.csv', encode(`model,a\n${rows((i) => i)}\n`)],
  ['benchmarks/a.yaml', encode('name: A\n')],
  ['benchmarks/b.csv', encode(`model,b\n${rows((i) => (i * 3) % 8)}\n`)],
  ['benchmarks/b.yaml', encode('name: B\n')],
]);

/** A clock that moves on by `step` ms each time it is read. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('the time budget, limits.max_seconds', () => {
  it('is read from benchbench.yaml', () => {
    expect(loadCatalog(files).config.limits.maxSeconds).toBe(5);
  });

  it('stops reading at the file where it runs out, naming the limit, and keeps what was read', () => {
    const catalog = loadCatalog(files, { clock: ticking(3_000) });
    const issue = catalog.issues.find((i) => i.code === 'limit-time');
    expect(issue).toMatchObject({ severity: 'error', file: 'benchmarks/b.csv' });
    expect(issue!.message).toMatch(/the limit maxSeconds is 5 s/);
    expect(catalog.benchmarks.map((b) => b.id)).toEqual(['a']);
  });

  it('stops scoring at the scenario where it runs out', () => {
    const catalog = loadCatalog(files);
    expect(() => scoreCatalog(catalog, ticking(3_000))).toThrow(TimeLimitError);
    expect(() => scoreCatalog(catalog, ticking(3_000))).toThrow(
      /ran out at scenario b; the limit maxSeconds is 5 s\. Raise limits\.max_seconds/,
    );
    expect(scoreCatalog(catalog).leaderboard.boards[0]!.rows).toHaveLength(2);
  });

  it('lets work within the budget pass', () => {
    const d = new Deadline(1, ticking(10));
    expect(() => d.check('x')).not.toThrow();
  });
});
