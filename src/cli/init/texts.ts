/** The README, CONTRIBUTING.md and pull-request template of a repository made by `benchbench init`. */
import type { ActionReference } from './release.js';

interface Texts {
  readonly repository: string;
  readonly action: ActionReference;
}

/** GitHub Pages' address of a repository's site (a user or organisation site for `owner.github.io`). */
export function pagesUrl(repository: string): string {
  const [owner, name] = repository.split('/') as [string, string];
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

/** The shields.io address of a badge file of the published site (docs/site.md#badges). */
export const badgeUrl = (repository: string, file: string): string =>
  `https://img.shields.io/endpoint?url=${encodeURIComponent(`${pagesUrl(repository)}badges/${file}`)}`;

/** The CLI at the pinned release, run from its GitHub commit (dist/ is committed; nothing to build). */
export const cli = (a: ActionReference): string =>
  `npm exec --yes --package=github:${a.repository}#${a.sha} -- benchbench`;

export function readmeText(o: Texts): string {
  const name = o.repository.split('/')[1]!;
  const pages = pagesUrl(o.repository);
  return `# ${name}

[![BenchBench leaderboard](${badgeUrl(o.repository, 'leaderboard.json')})](${pages})

A [BenchBench](https://arxiv.org/abs/2407.13696) leaderboard of LLM benchmarks: each benchmark
is rated by how well its ranking of models agrees with an aggregate of many benchmarks (its
BenchBench score is the Z of that agreement among all benchmarks). The leaderboard is rebuilt
on every merge and published at <${pages}> (\`leaderboard.json\`, \`LEADERBOARD.md\`, a web page
and a badge per benchmark).

> The starter catalog in \`catalog/\` is **simulated** (synthetic models and scores, every file
> says so). Replace its benchmarks with real results, and \`aggregate.scenarios\` in
> \`catalog/benchbench.yaml\` with the benchmarks that form your aggregate.

## Add a benchmark

Open a pull request that adds \`catalog/benchmarks/<name>.csv\` (results) and
\`catalog/benchmarks/<name>.yaml\` (metadata); [CONTRIBUTING.md](CONTRIBUTING.md) says how. Within
a minute the BenchBench check validates the files (annotations on the exact lines) and comments
with your benchmark's score, its interval, the models it shares and the rank changes it causes.
Check it before opening the pull request:

\`\`\`sh
${cli(o.action)} score my-bench.csv --catalog catalog
\`\`\`

## Embed a benchmark's badge

\`\`\`markdown
[![BenchBench](${badgeUrl(o.repository, '<scenario>.json')})](${pages})
\`\`\`

with the scenario id in place of \`<scenario>\` (ids with characters other than letters, digits,
\`_\` and \`-\` are encoded: see the badges section of benchbench-action's docs/site.md).

## For maintainers

- Settings → Pages → Build and deployment → Source: **GitHub Actions** (the publish workflow
  deploys there).
- \`.github/workflows/\` holds the three workflows of
  [benchbench-action](https://github.com/${o.action.repository}): the pull-request check
  (\`benchbench-pr.yml\`), the comment poster for pull requests from forks
  (\`benchbench-comment.yml\`) and publishing (\`benchbench-publish.yml\`). Each pins the action by
  its full commit SHA${o.action.version ? ` (v${o.action.version})` : ''}; update the SHA and the version comment together.
- \`catalog/benchbench.yaml\` sets the aggregate, the method and the leaderboards; a change to it
  takes effect after merging (pull requests are scored with the base branch's).
`;
}

export function contributingText(o: Texts): string {
  return `# Contributing a benchmark

A benchmark is one results file and its metadata, side by side:

\`\`\`
catalog/benchmarks/my-bench.csv    results
catalog/benchmarks/my-bench.yaml   metadata (same stem)
\`\`\`

**Results** (UTF-8): either *wide*, with a header \`model,<scenario>,<scenario>...\` and one row
per model, or *long*, with the header \`model,scenario,score\`. A missing score is an empty cell.
Scenario ids must be unique across the catalog.

**Metadata**, at least a name and which way is better:

\`\`\`yaml
name: My Bench
url: https://example.org/my-bench
snapshot: 2024-08-29      # the date the results were taken
category: holistic        # holistic, safety, code, knowledge, ...
direction: higher         # higher | lower
license: CC-BY-4.0
\`\`\`

**Model names** are matched to the catalog's after ignoring case, spaces, \`_\`, \`-\` and \`.\`; a
model the catalog knows under another name needs an alias in \`catalog/models.yaml\`.

## Check it first

\`\`\`sh
${cli(o.action)} validate --catalog catalog
${cli(o.action)} score catalog/benchmarks/my-bench.csv --catalog catalog
\`\`\`

The first lists every problem with its file, line, column and a hint; the second prints the
score the pull request will get.

## The bot's comment

Every pull request that touches \`catalog/\` gets one comment, updated on every push: your
benchmark's BenchBench score (a Z: 0 is average agreement with the aggregate, +1 one standard
deviation better), its agreement with the aggregate and 90% interval, the models it shares with
the aggregate (fewer than 10 make the score noisy), its rank, the benchmarks whose rank moves,
and the models of your file that match no catalog model, with the closest names. Errors (❌)
must be fixed before merging. Pull requests from forks get the comment from a second workflow a
minute later.
`;
}

export function pullRequestTemplate(): string {
  return `<!-- Adding or updating a benchmark? Fill in the list; the BenchBench check comments with its score. -->

- Benchmark: <!-- name and link -->
- Results file: \`catalog/benchmarks/<name>.csv\` and its metadata \`catalog/benchmarks/<name>.yaml\`
- Where the numbers come from: <!-- paper, leaderboard, own runs; the snapshot date -->

- [ ] \`validate\` passes locally (see CONTRIBUTING.md)
- [ ] unmatched model names are renamed or aliased in \`catalog/models.yaml\`
- [ ] the metadata names the licence of the results
`;
}
