import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeFileName, scenarioBadge, zColor } from '../../src/report/badges.js';
import type { RowDocument } from '../../src/report/leaderboard-document.js';
import { ensureBuilt, runCli } from '../support/cli.js';

const row = (over: Partial<RowDocument>): RowDocument =>
  ({
    scenario: 's',
    name: 'S',
    benchmark: 's',
    category: null,
    direction: 'higher',
    rank: 3,
    rank_interval: [2, 5],
    z: -0.4812,
    z_interval: [-1.2, 0.3],
    agreement: 0.7,
    agreement_interval: [0.6, 0.8],
    p_value: 0.01,
    n_common: 30,
    models: 40,
    models_per_sample: 10,
    experiments: 100,
    in_aggregate: false,
    skipped: null,
    warnings: [],
    ...over,
  }) as RowDocument;

describe('a benchmark badge', () => {
  it('says its Z with the 90% interval and its rank, in ASCII, coloured by Z', () => {
    expect(scenarioBadge(row({}), 26)).toEqual({
      schemaVersion: 1,
      label: 'BenchBench',
      message: 'Z -0.48 [-1.20, +0.30] · rank 3/26',
      color: 'yellow',
    });
    expect([1.5, 0.2, -0.5, -2].map(zColor)).toEqual(['brightgreen', 'green', 'yellow', 'orange']);
  });

  it('says "not scored" in grey for a scenario without a Z', () => {
    expect(scenarioBadge(row({ z: null, rank: null, z_interval: null }), 26)).toMatchObject({
      message: 'not scored',
      color: 'lightgrey',
    });
  });
});

describe('badge file names of untrusted scenario ids', () => {
  it('keep plain ids readable and encode everything else', () => {
    expect(badgeFileName('helm_lite-v2')).toBe('helm_lite-v2.json');
    expect(badgeFileName('../../etc/passwd')).toBe('~2e~2e~2f~2e~2e~2fetc~2fpasswd.json');
    expect(badgeFileName('.hidden')).toBe('~2ehidden.json');
    expect(badgeFileName('MMLU 5-shot é')).toBe('MMLU~205-shot~20~c3~a9.json');
    expect(badgeFileName('leaderboard')).toBe('~6ceaderboard.json');
    expect(badgeFileName('')).toBe('~~.json');
    expect(badgeFileName('x'.repeat(500)).length).toBeLessThanOrEqual(125);
  });

  it('are safe and distinct for any ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 40 }),
        (ids) => {
          const names = ids.map(badgeFileName);
          for (const n of names) {
            expect(n).toMatch(/^[A-Za-z0-9_~-]{1,120}\.json$/);
            expect(n).not.toBe('leaderboard.json');
          }
          expect(new Set(names).size).toBe(ids.length);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('benchbench site', () => {
  it('writes a shields.io endpoint badge for every benchmark of the leaderboard', () => {
    ensureBuilt();
    const out = mkdtempSync(path.join(os.tmpdir(), 'bb-badges-'));
    try {
      const r = runCli(['site', '--out', out, '--force']);
      expect(r.status, r.stderr).toBe(0);
      const doc = JSON.parse(readFileSync(path.join(out, 'leaderboard.json'), 'utf8')) as {
        boards: { rows: RowDocument[] }[];
      };
      const rows = doc.boards[0]!.rows;
      const scored = rows.filter((x) => x.rank !== null).length;
      for (const x of rows) {
        const badge = JSON.parse(readFileSync(path.join(out, 'badges', badgeFileName(x.scenario)), 'utf8'));
        expect(badge).toEqual(scenarioBadge(x, scored));
        if (x.rank !== null)
          expect(badge.message).toMatch(/^Z [+-]\d\.\d\d \[[+-]?\d\.\d\d, [+-]?\d\.\d\d\] · rank \d+\/\d+$/);
      }
      const all = new Set(doc.boards.flatMap((b) => b.rows.map((x) => x.scenario)));
      expect(readdirSync(path.join(out, 'badges')).length).toBe(all.size + 1);
      expect(JSON.parse(readFileSync(path.join(out, 'badges/leaderboard.json'), 'utf8'))).toMatchObject({
        schemaVersion: 1,
        label: 'BenchBench',
        message: expect.stringMatching(/^\d+ benchmarks scored · \d+ models$/),
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
