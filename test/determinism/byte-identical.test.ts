/**
 * The same inputs give byte-identical outputs whatever the order in which files are found:
 * leaderboard.json, LEADERBOARD.md, the PR report JSON and the PR comment. Folders written in
 * different orders (and at different paths) read the same. The leaderboard carries the
 * catalog's content hash and the seed, and the CLI reproduces it byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/catalog/content-hash.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { readCatalogFolder } from '../../src/sources/read-folder.js';
import type { CatalogFiles } from '../../src/catalog/types.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { leaderboardJson } from '../../src/model/leaderboard-json.js';
import { leaderboardMarkdown } from '../../src/report/leaderboard-markdown.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { baseCatalog, fullCatalog, toBytes } from '../action/helpers/catalogs.js';
import { ROOT } from '../action/helpers/run-action.js';

/** Every published output of a catalog (head) against a base, as text. */
function outputs(base: CatalogFiles, head: CatalogFiles) {
  const catalog = loadCatalog(head);
  const document = leaderboardDocument(scoreCatalog(catalog));
  const changed = [...new Set([...base.keys(), ...head.keys()])]
    .filter((p) => !base.has(p) || !head.has(p) || Buffer.compare(base.get(p)!, head.get(p)!) !== 0)
    .reverse();
  const report = buildPrReport({
    base: { sha: '1'.repeat(40), files: base, issues: [] },
    head: { sha: '2'.repeat(40), files: head, issues: [] },
    changedFiles: changed,
    repository: 'acme/catalog',
    pullRequest: 5,
    catalogDir: 'catalog',
  });
  return {
    json: JSON.stringify(document, null, 2),
    markdown: leaderboardMarkdown(document, catalog.config.method),
    report: JSON.stringify(report),
    comment: renderPrComment(report, { target: 'comment' }),
    summary: renderPrComment(report, { target: 'summary' }),
  };
}

/** The same entries in another order: reversed, or rotated by `k`. */
const reorder = <K, V>(m: ReadonlyMap<K, V>, k: number): Map<K, V> => {
  const entries = [...m];
  const rotated = [...entries.slice(k % entries.length), ...entries.slice(0, k % entries.length)];
  return new Map(k < 0 ? entries.reverse() : rotated);
};

function writeFolder(dir: string, files: ReadonlyMap<string, string>, order: readonly string[]): void {
  for (const rel of order) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), files.get(rel)!);
  }
}

describe('byte-identical outputs', () => {
  const head = toBytes(fullCatalog());
  const base = toBytes(baseCatalog());

  it('whatever the order of the catalog files in memory', () => {
    const reference = outputs(base, head);
    for (const k of [-1, 3, 7, 11])
      expect(outputs(reorder(base, k + 1), reorder(head, k))).toEqual(reference);
    expect(reference.report).toContain('"elapsedMs":0');
  });

  describe('read from folders written in different orders', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'benchbench-determinism-'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('give the same files, the same content hash and the same outputs', async () => {
      const text = fullCatalog();
      const paths = [...text.keys()];
      writeFolder(path.join(root, 'forward'), text, paths);
      writeFolder(path.join(root, 'backward', 'deeper'), text, [...paths].reverse());
      const a = await readCatalogFolder(path.join(root, 'forward'));
      const b = await readCatalogFolder(path.join(root, 'backward', 'deeper'));
      expect([...b.files.keys()]).toEqual([...a.files.keys()]);
      expect(contentHash(b.files)).toBe(contentHash(a.files));
      expect(contentHash(a.files)).toBe(contentHash(head));
      expect(outputs(base, b.files)).toEqual(outputs(base, a.files));
    });

    it('carry the content hash and the seed, and `benchbench leaderboard --json` reproduces them', () => {
      const dir = path.join(root, 'cli');
      const text = fullCatalog();
      writeFolder(dir, text, [...text.keys()]);
      const expected = leaderboardDocument(scoreCatalog(loadCatalog(head)));
      expect(expected.catalog.hash).toBe(contentHash(head));
      expect(expected.method.seed).toBe(loadCatalog(head).config.method.seed);
      const stdout = execFileSync(
        process.execPath,
        [path.join(ROOT, 'dist/cli.js'), 'leaderboard', '--catalog', dir, '--json'],
        {
          encoding: 'utf8',
        },
      );
      expect(stdout).toBe(JSON.stringify(leaderboardJson(expected), null, 2) + '\n');
    });
  });

  it('name the seed and the catalog hash in LEADERBOARD.md and the seed in the PR comment', () => {
    const { markdown, comment, json } = outputs(base, head);
    const doc = JSON.parse(json) as { catalog: { hash: string }; method: { seed: number } };
    expect(markdown).toContain(`seed ${doc.method.seed}`);
    expect(markdown).toContain(doc.catalog.hash.slice(0, 19));
    expect(comment).toContain(`seed ${doc.method.seed}`);
  });
});
