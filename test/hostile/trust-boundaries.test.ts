/**
 * The trust boundaries of issue 12, one test each: what a pull request, a fork's artifact or a
 * merged file controls, and what it can no longer do with it (docs/SECURITY.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LinkError, assertRealFolder, writeNoFollow } from '../../src/action/no-links.js';
import { inertJson } from '../../src/action/outputs.js';
import { readSettings, SettingsError } from '../../src/action/settings.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';
import { createGitHubClient } from '../../src/github/client.js';
import { commentKey, isSignedComment, signComment } from '../../src/github/comment-signature.js';
import { openPullRequestsWithHead } from '../../src/github/pull-requests.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { fullCatalog } from '../action/helpers/catalogs.js';
import { ACTION, ensureBuilt, ROOT, runAction, tempRepo } from '../action/helpers/run-action.js';
import { fastClientOptions, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { baseFiles, runPipeline, withFiles } from './catalog.js';

describe('the comment job and its artifact', () => {
  const env = (reportDir: string) => ({
    GITHUB_REPOSITORY: 'acme/catalog',
    GITHUB_WORKSPACE: '/work/checkout',
    RUNNER_TEMP: '/runner/temp',
    INPUT_MODE: 'comment',
    'INPUT_REPORT-DIR': reportDir,
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: writeEvent(),
  });
  function writeEvent(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'benchbench-event-'));
    const file = path.join(dir, 'event.json');
    writeFileSync(
      file,
      JSON.stringify({ workflow_run: { id: 1, head_sha: 'a'.repeat(40), event: 'pull_request' } }),
    );
    return file;
  }

  it('unpacks the untrusted artifact under RUNNER_TEMP and refuses a report folder inside the checkout', () => {
    expect(readSettings(env('benchbench-report')).reportDir).toBe('/runner/temp/benchbench-report');
    expect(() => readSettings(env('/work/checkout/benchbench-report'))).toThrow(SettingsError);
    expect(() => readSettings(env('/work/checkout/benchbench-report'))).toThrow(/inside the repository/);
    expect(() => readSettings(env('../../work/checkout/dist'))).toThrow(/inside the repository/);
  });

  it('downloads the artifact outside the checkout in the shipped comment workflow', () => {
    const text = readFileSync(path.join(ROOT, '.github/workflows/benchbench-comment.yml'), 'utf8');
    expect(text).toMatch(/path: \$\{\{ runner\.temp \}\}\/benchbench-report/);
    expect(text).toMatch(/report-dir: \$\{\{ runner\.temp \}\}\/benchbench-report/);
  });

  it('keeps the default time budget below the comment job’s timeout', () => {
    const wf = parse(readFileSync(path.join(ROOT, '.github/workflows/benchbench-comment.yml'), 'utf8')) as {
      jobs: Record<string, { 'timeout-minutes': number }>;
    };
    // A minute of margin for the checkout, the fetch of the head and the artifact download.
    expect(DEFAULT_LIMITS.maxSeconds + 60).toBeLessThanOrEqual(wf.jobs['comment']!['timeout-minutes'] * 60);
  });
});

describe('the comment job and the pull requests of a commit', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
  });
  afterEach(async () => fake.close());

  it('finds every open pull request at a head commit, across pages, so that two at one commit are refused', async () => {
    const head = 'c'.repeat(40);
    for (let n = 1; n <= 150; n++) {
      fake.state.addPull({
        owner: 'acme',
        repo: 'catalog',
        number: n,
        headSha: n === 7 || n === 142 ? head : 'd'.repeat(40),
        state: 'open',
      });
    }
    fake.state.addPull({ owner: 'acme', repo: 'catalog', number: 151, headSha: head, state: 'closed' });
    const client = createGitHubClient(fastClientOptions(fake));
    expect(await openPullRequestsWithHead({ client, owner: 'acme', repo: 'catalog', sha: head })).toEqual([
      7, 142,
    ]);
  });
});

describe('the sticky comment’s signature', () => {
  const key = commentKey('', 'R_123');
  const body = '<!-- benchbench-action:comment -->\n### BenchBench: ok\n';

  it('recognises our signed body, and no body that merely quotes the marker or a copied signature', () => {
    const signed = signComment(body, key, 12);
    expect(isSignedComment(signed, key, 12)).toBe(true);
    // GitHub may hand the body back with CRLF line endings.
    expect(isSignedComment(signed.replace(/\n/g, '\r\n'), key, 12)).toBe(true);
    // Another workflow's bot comment quoting a pull request that pasted our marker and signature line.
    const signatureLine = signed.trimEnd().split('\n').pop()!;
    expect(isSignedComment(`Title of PR: ${body}${signatureLine}\n`, key, 12)).toBe(false);
    expect(isSignedComment(body, key, 12)).toBe(false);
    // Our body moved to another pull request, or signed for another repository or secret.
    expect(isSignedComment(signed, key, 13)).toBe(false);
    expect(isSignedComment(signed, commentKey('', 'R_124'), 12)).toBe(false);
    expect(isSignedComment(signComment(body, commentKey('secret', 'R_123'), 12), key, 12)).toBe(false);
  });
});

describe('the action’s first act', () => {
  it('registers the token as a secret before it does anything else', () => {
    ensureBuilt();
    const run = spawnSync(process.execPath, [ACTION], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_REPOSITORY: 'acme/catalog',
        GITHUB_WORKSPACE: tmpdir(),
        'INPUT_GITHUB-TOKEN': 'ghs_secret_value',
        'INPUT_COMMENT-KEY': 'comment-secret',
        INPUT_MODE: 'check',
        'INPUT_BASE-REF': 'main',
      },
    });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('::add-mask::ghs_secret_value');
    expect(lines[1]).toBe('::add-mask::comment-secret');
  });
});

describe('publish and the folders it reads and writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'benchbench-publish-'));
    mkdirSync(path.join(dir, 'real'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a catalog or output folder that is a link, or that passes through one', async () => {
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'catalog'));
    await expect(assertRealFolder(dir, path.join(dir, 'catalog'), 'The catalog folder')).rejects.toThrow(
      LinkError,
    );
    await expect(
      assertRealFolder(dir, path.join(dir, 'catalog', 'benchmarks'), 'The output folder'),
    ).rejects.toThrow(/catalog is a symbolic link/);
    await expect(
      assertRealFolder(dir, path.join(dir, 'real', 'site'), 'The output folder'),
    ).resolves.toBeUndefined();
  });

  it('never writes through a link it finds in the output folder', async () => {
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'victim.js'), 'original');
    symlinkSync(path.join(dir, 'victim.js'), path.join(dir, 'site', 'index.html'));
    await expect(writeNoFollow(dir, path.join(dir, 'site'), 'index.html', 'page')).rejects.toThrow(
      /symbolic link/,
    );
    expect(readFileSync(path.join(dir, 'victim.js'), 'utf8')).toBe('original');
    await writeNoFollow(dir, path.join(dir, 'site'), 'data/leaderboard.json', '{}');
    expect(readFileSync(path.join(dir, 'site', 'data', 'leaderboard.json'), 'utf8')).toBe('{}');
  });
});

describe('a pull request’s names', () => {
  it('cannot pass a new benchmark for an existing one with invisible or bidi characters: each is an error naming it', () => {
    const catalog = loadCatalog(
      withFiles({
        'benchmarks/hidden.csv': 'model,agg\u200B_a\nal\u00ADpha,1\n',
        'benchmarks/hidden.yaml': 'name: Hidden\n',
        'benchmarks/bi\u202Edi.csv': 'model,s\nalpha,1\n',
        'benchmarks/bi\u202Edi.yaml': 'name: Bidi\n',
      }),
    );
    const messages = catalog.issues
      .filter((i) => i.code === 'invisible-character')
      .map((i) => [i.file, i.line, i.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['benchmarks/hidden.csv', 1, expect.stringContaining('U+200B ZERO WIDTH SPACE, at character 4')],
        ['benchmarks/hidden.csv', 2, expect.stringContaining('U+00AD SOFT HYPHEN, at character 3')],
        [
          'benchmarks/bi\u202Edi.csv',
          undefined,
          expect.stringContaining('U+202E RIGHT-TO-LEFT OVERRIDE, at character 14'),
        ],
      ]),
    );
  });

  it('clashes with an existing file or scenario id that differs only in case, and the existing one keeps it', () => {
    const base = baseFiles();
    const head = withFiles({
      'benchmarks/Base.csv': 'model,AGG_A\nalpha,1\n',
      'benchmarks/Base.yaml': 'name: B\n',
    });
    const report = buildPrReport({
      base: { sha: 'a'.repeat(40), files: base, issues: [] },
      head: { sha: 'b'.repeat(40), files: head, issues: [] },
      changedFiles: ['benchmarks/Base.csv', 'benchmarks/Base.yaml'],
      repository: 'acme/catalog',
      pullRequest: 7,
      catalogDir: 'catalog',
    });
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'duplicate-benchmark-id', file: 'benchmarks/Base.csv' }),
      ]),
    );
    const scenarioClash = loadCatalog(
      withFiles({ 'benchmarks/other.csv': 'model,AGG_A\nalpha,1\n', 'benchmarks/other.yaml': 'name: O\n' }),
    );
    expect(scenarioClash.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'duplicate-scenario',
          file: 'benchmarks/other.csv',
          message: expect.stringContaining('as `agg_a`'),
        }),
      ]),
    );
  });

  it('is matched by the base’s model_names, not by the one its own benchbench.yaml sets', () => {
    const base = baseFiles();
    const head = withFiles({
      'benchbench.yaml': `${new TextDecoder().decode(base.get('benchbench.yaml'))}model_names: benchbench\n`,
      'benchmarks/hf.csv': 'model,hf\nalpha-hf,1\nbravo-hf,2\n',
      'benchmarks/hf.yaml': 'name: HF\n',
    });
    // Under BenchBench's rules `-hf` is dropped, so alpha-hf would be alpha; the base's standard rules keep it.
    const report = buildPrReport({
      base: { sha: 'a'.repeat(40), files: base, issues: [] },
      head: { sha: 'b'.repeat(40), files: head, issues: [] },
      changedFiles: ['benchbench.yaml', 'benchmarks/hf.csv', 'benchmarks/hf.yaml'],
      repository: 'acme/catalog',
      pullRequest: 7,
      catalogDir: 'catalog',
    });
    const hf = report.benchmarks.find((b) => b.id === 'hf')!;
    expect(hf.unmatched.map((u) => u.name)).toEqual(['alpha-hf', 'bravo-hf']);
    expect(
      loadCatalog(head)
        .benchmarks.find((b) => b.id === 'hf')!
        .modelNames.get('alpha-hf'),
    ).not.toBe('alphahf');
  });
});

describe('untrusted strings in the outputs', () => {
  it('writes changed-benchmarks as JSON that holds nothing a shell or an expression acts on', () => {
    const ids = ['ok-1.2_x', "a'b", '$(curl x)', '${{ github.token }}', 'é😀', 'semi;colon\nnew line', '"\\'];
    const text = inertJson(ids);
    expect(JSON.parse(text)).toEqual(ids);
    expect(text).toMatch(/^[[\]",\\A-Za-z0-9_.\-]*$/);
  });

  it('puts aggregate scenario ids in LEADERBOARD.md as safe code spans, not raw backticks', () => {
    const run = runPipeline(
      withFiles({
        'benchbench.yaml': 'aggregate:\n  scenarios: [agg_a, agg_b, "x`|<!--y"]\nmethod:\n  samples: 20\n',
        'benchmarks/odd.csv': 'model,"x`|<!--y"\nalpha,1\nbravo,2\ncharlie,3\n',
        'benchmarks/odd.yaml': 'name: Odd\n',
      }),
    );
    expect(run.markdown).not.toContain('<!--');
    expect(run.markdown).toContain('x\\`&#124;&lt;');
  });
});

describe('publish after a pull request that clashed', () => {
  it('resolves a clash as the check did: the file there before the push keeps its id, the new one is reported', async () => {
    ensureBuilt();
    const repo = tempRepo();
    try {
      const files = fullCatalog();
      const before = repo.commit(files, 'base');
      // `a-…` sorts before every existing file, so path order alone would give it the id.
      const [existing] = [...files.keys()].filter((p) => p.endsWith('.csv')).sort();
      const header = files.get(existing!)!.split('\n')[0]!;
      const scenario = header.split(',')[1]!;
      files.set('benchmarks/a-clash.csv', `model,${scenario.toUpperCase()}\nm1,1\nm2,2\n`);
      files.set('benchmarks/a-clash.yaml', 'name: Clash\n');
      repo.commit(files, 'merged despite the error');
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'push',
        payload: { before },
        apiUrl: 'http://127.0.0.1:9',
      });
      const clash = run.annotations.find((a) => a.properties['title'] === 'benchbench: duplicate-scenario');
      expect(clash?.properties['file']).toBe('catalog/benchmarks/a-clash.csv');
      const doc = JSON.parse(readFileSync(path.join(repo.dir, 'site/leaderboard.json'), 'utf8')) as {
        benchmarks: { id: string }[];
      };
      expect(doc.benchmarks.map((b) => b.id)).toContain(
        existing!
          .split('/')
          .pop()!
          .replace(/\.csv$/, ''),
      );
    } finally {
      repo.remove();
    }
  }, 60_000);

  it('refuses to publish from a catalog folder that is a symbolic link', async () => {
    ensureBuilt();
    const repo = tempRepo('real-catalog');
    try {
      repo.commit(fullCatalog());
      symlinkSync(path.join(repo.dir, 'real-catalog'), path.join(repo.dir, 'catalog'));
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'push',
        payload: {},
        apiUrl: 'http://127.0.0.1:9',
      });
      expect(run.code).toBe(1);
      expect(
        run.annotations.some((a) => /The catalog folder catalog is a symbolic link/.test(a.message)),
      ).toBe(true);
    } finally {
      repo.remove();
    }
  }, 60_000);
});
