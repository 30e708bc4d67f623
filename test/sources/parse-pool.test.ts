/**
 * The base's results files parsed on a second thread (parse-pool.ts), with the real worker bundle
 * (dist/parse-worker.cjs) in a real git repository: the catalogs and the report are those of a
 * reading on one thread, whichever files the worker took, and when the worker fails.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readRevisions, type RevisionsRequest } from '../../src/sources/read-revisions.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { ensureBuilt, repoRoot } from '../support/cli.js';
import { gitRepo, type GitRepo } from '../support/git-repo.js';

const WORKER = path.join(repoRoot, 'dist/parse-worker.cjs');

/** A worker that logs each file it is sent to `log`, and stops at the `stopAt`-th when given. */
function loggingWorker(dir: string, log: string, stopAt?: number): string {
  const file = path.join(dir, 'logging-worker.cjs');
  writeFileSync(
    file,
    [
      "const { parentPort } = require('node:worker_threads');",
      "const { appendFileSync } = require('node:fs');",
      'let n = 0;',
      'parentPort.on("message", (m) => {',
      `  if (++n === ${stopAt ?? -1}) process.exit(3);`,
      `  appendFileSync(${JSON.stringify(log)}, m.file + '\\n');`,
      '});',
      `require(${JSON.stringify(WORKER)});`,
    ].join('\n'),
  );
  return file;
}

/** The PR report of a reading and the base as loaded (scores, lines, names and issues), as JSON. */
async function reportOf(request: RevisionsRequest): Promise<string> {
  const read = await readRevisions(request);
  const report = buildPrReport({
    ...read,
    changedFiles: read.changed.map((c) => c.path),
    repository: '',
    pullRequest: null,
    catalogDir: 'catalog',
    clock: () => 0,
  });
  const base = loadCatalog(read.base.files, { memo: read.memo });
  const benchmarks = base.benchmarks.map((b) => ({
    file: b.file,
    names: [...b.modelNames],
    scenarios: b.scenarios.map((s) => ({ id: s.id, scores: [...s.scores], lines: [...(s.lines ?? [])] })),
  }));
  return JSON.stringify({ report, issues: base.issues, benchmarks });
}

describe('parsing the base on a second thread', () => {
  let repo: GitRepo;
  let request: RevisionsRequest;
  beforeAll(() => ensureBuilt());
  beforeEach(() => {
    repo = gitRepo('bb-parse-pool-');
    repo.write('catalog/benchbench.yaml', 'aggregate: {scenarios: [s00, s01, s02]}\n');
    repo.write('catalog/models.yaml', 'models:\n  m1: {name: M1, aliases: [em-one]}\n');
    for (let b = 0; b < 30; b++) {
      const id = `s${String(b).padStart(2, '0')}`;
      // 3,000 rows, about 35 KB: past PARSE_POOL_MIN_FILE_BYTES (smaller files stay on this thread).
      const rows = Array.from(
        { length: 3000 },
        (_, m) => `${m === 1 && b % 2 ? 'em-one' : `m${m}`},${(m * 7 + b) % 13}.125`,
      );
      // Problems the parse reports, and names whose places are found later (two names of one model).
      if (b === 3) rows.push('extra-model,not a number', 'm1,4');
      if (b === 4) rows.push('em-one,9');
      if (b === 5) rows.push('"m,quoted",2');
      repo.write(`catalog/benchmarks/${id}.csv`, `model,${id}\n${rows.join('\n')}\n`);
      repo.write(`catalog/benchmarks/${id}.yaml`, `name: ${id}\n`);
    }
    repo.write('catalog/benchmarks/long.csv', 'model,scenario,score\nm1,l1,1\nm2,l1,2\nm1,l1,3\n');
    repo.write('catalog/benchmarks/long.yaml', 'name: Long\n');
    const base = repo.commit('base');
    repo.write('catalog/benchmarks/new.csv', 'model,new\nm1,1\nm2,2\nm3,3\n');
    repo.write('catalog/benchmarks/new.yaml', 'name: New\n');
    const head = repo.commit('head');
    request = { repoDir: repo.dir, catalogDir: 'catalog', base, head };
  });
  afterEach(() => repo.remove());

  it('gives the report of a reading on one thread, the worker having parsed some of the large files', async () => {
    const log = path.join(repo.dir, 'sent.log');
    appendFileSync(log, '');
    const alone = await reportOf({ ...request, parseWorker: null });
    const shared = await reportOf({ ...request, parseWorker: loggingWorker(repo.dir, log) });
    expect(shared).toBe(alone);
    const sent = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((f) => /^benchmarks\/s\d\d\.csv$/.test(f))).toBe(true);
    // A file smaller than PARSE_POOL_MIN_FILE_BYTES is parsed here: sending it would cost more.
    expect(sent).not.toContain('benchmarks/long.csv');
    // The report has the problems the worker's files hold.
    expect(alone).toContain('non-numeric-score');
    expect(alone).toContain('duplicate-model');
  });

  it('parses here what a worker that stops had not sent back, with the same report', async () => {
    const log = path.join(repo.dir, 'sent.log');
    appendFileSync(log, '');
    const alone = await reportOf({ ...request, parseWorker: null });
    const stopping = await reportOf({ ...request, parseWorker: loggingWorker(repo.dir, log, 3) });
    expect(stopping).toBe(alone);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('parses here when the worker program cannot start', async () => {
    const alone = await reportOf({ ...request, parseWorker: null });
    const missing = await reportOf({ ...request, parseWorker: path.join(repo.dir, 'no-such-worker.cjs') });
    expect(missing).toBe(alone);
  });
});
