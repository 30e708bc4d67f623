// Regenerates docs/example-comment.md: the comment the action writes for a pull request adding
// BenchBench's my_bench.csv to a catalog imported from BenchBench's own CSV files.
//
//   node scripts/example-comment.mjs [path/to/shared/benchbench]   (default: ../shared/benchbench or $BENCHBENCH_DATA)
//
// It imports the catalog with `dist/cli.js import-benchbench`, commits it to a temporary git
// repository (base), commits my_bench.csv with its metadata on top (head), and runs the bundled
// action (`node dist/index.js`) there as the Actions runner would, in check mode with commenting
// off (no network). It prints the action's own run time (read, validate, score, diff: the
// comment's footer) and the wall time of the whole process. Run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, process.argv[2] ?? process.env.BENCHBENCH_DATA ?? '../shared/benchbench');
const work = mkdtempSync(path.join(tmpdir(), 'benchbench-example-'));
const repo = path.join(work, 'repo');
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

try {
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  git('config', 'user.email', 'example@example.com');
  git('config', 'user.name', 'Example');
  git('config', 'commit.gpgsign', 'false');
  execFileSync(
    'node',
    [
      path.join(root, 'dist/cli.js'),
      'import-benchbench',
      data,
      '--out',
      path.join(repo, 'catalog'),
      '--model-column',
      'llm_model',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Three boards, so the comment shows a rank on every board that has the benchmark (and says
  // which board does not).
  const config = path.join(repo, 'catalog/benchbench.yaml');
  if (/^leaderboards:/m.test(readFileSync(config, 'utf8')))
    throw new Error('the import already sets leaderboards');
  appendFileSync(
    config,
    [
      'leaderboards:',
      '  - { id: main, title: All benchmarks }',
      '  - { id: holistic, title: Holistic, categories: [holistic] }',
      '  - { id: safety, title: Safety, categories: [safety] }',
      '',
    ].join('\n'),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'Catalog imported from BenchBench');
  const base = git('rev-parse', 'HEAD');
  copyFileSync(path.join(data, 'my_bench.csv'), path.join(repo, 'catalog/benchmarks/my_bench.csv'));
  writeFileSync(
    path.join(repo, 'catalog/benchmarks/my_bench.yaml'),
    'name: my_bench\ncategory: holistic\ndirection: higher\n',
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'Add my_bench');
  const head = git('rev-parse', 'HEAD');

  const event = path.join(work, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number: 1,
      pull_request: {
        number: 1,
        head: { sha: head, ref: 'add-my-bench', repo: { full_name: 'example/catalog' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'example/catalog' } },
      },
    }),
  );
  for (const f of ['output', 'summary']) writeFileSync(path.join(work, f), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: path.join(work, 'output'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
    GITHUB_REPOSITORY: 'example/catalog',
    GITHUB_WORKSPACE: repo,
    'INPUT_GITHUB-TOKEN': '',
    INPUT_CATALOG: 'catalog',
    INPUT_COMMENT: 'off',
    'INPUT_FAIL-ON': 'never',
    'INPUT_REPORT-DIR': 'benchbench-report',
  };
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`the action exited with ${run.status}`);
  }
  const comment = readFileSync(path.join(repo, 'benchbench-report/comment.md'), 'utf8');
  const report = JSON.parse(readFileSync(path.join(repo, 'benchbench-report/report.json'), 'utf8'));
  const doc = [
    '# An example comment',
    '',
    'What the action posts on a pull request that adds `my_bench.csv` (from the BenchBench',
    "repository) to a catalog imported from BenchBench's own CSV files, with three boards (all",
    'benchmarks, Holistic and Safety) added to its `benchbench.yaml`. Regenerate it with',
    '`npm run build && node scripts/example-comment.mjs`; the base and head SHAs come from a',
    'temporary repository and the run time from the machine.',
    '',
    '---',
    '',
    comment,
  ].join('\n');
  writeFileSync(path.join(root, 'docs/example-comment.md'), doc);
  console.log(`docs/example-comment.md: ${comment.length} characters`);
  console.log(
    `action's own run time (read both catalogs from git, validate, score, diff): ${(report.elapsedMs / 1000).toFixed(3)} s`,
  );
  console.log(
    `node dist/index.js wall time (process start to exit, no network): ${(wallMs / 1000).toFixed(3)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
