import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  simulate,
  simulateCommand,
  simulatedCatalog
} from "./chunk-7EMQW7OW.js";
import {
  writeFiles
} from "./chunk-XZLW32RQ.js";
import "./chunk-NOWMQY72.js";
import {
  originUrl
} from "./chunk-HRSRFPRH.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-E462UKO2.js";
import {
  forceOption,
  plural,
  require_dist
} from "./chunk-4OHGSMT4.js";
import {
  CliError,
  Command,
  Option,
  __toESM
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/init.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/release.json
var release_default = {
  repository: "benchbench/benchbench-action",
  version: "0.1.0",
  sha: "69e9f0d42030bcc12e765d26291959764ecd8163"
};

// src/cli/init/release.ts
var RELEASE = release_default;
var REF = /^([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100})@([0-9a-f]{40})$/;
function parseActionRef(text, version = null) {
  const m = REF.exec(text.trim());
  return m ? { repository: m[1], sha: m[2], version } : null;
}
var usesLine = (r) => `${r.repository}@${r.sha}${r.version ? ` # v${r.version}` : ""}`;

// src/cli/init/scaffold.ts
var import_yaml = __toESM(require_dist(), 1);

// src/cli/init/texts.ts
function pagesUrl(repository) {
  const [owner, name] = repository.split("/");
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}
var badgeUrl = (repository, file) => `https://img.shields.io/endpoint?url=${encodeURIComponent(`${pagesUrl(repository)}badges/${file}`)}`;
var cli = (a) => `npm exec --yes --package=github:${a.repository}#${a.sha} -- benchbench`;
function readmeText(o) {
  const name = o.repository.split("/")[1];
  const pages = pagesUrl(o.repository);
  return `# ${name}

[![BenchBench leaderboard](${badgeUrl(o.repository, "leaderboard.json")})](${pages})

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
[![BenchBench](${badgeUrl(o.repository, "<scenario>.json")})](${pages})
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
  its full commit SHA${o.action.version ? ` (v${o.action.version})` : ""}; update the SHA and the version comment together.
- \`catalog/benchbench.yaml\` sets the aggregate, the method and the leaderboards; a change to it
  takes effect after merging (pull requests are scored with the base branch's).
`;
}
function contributingText(o) {
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
function pullRequestTemplate() {
  return `<!-- Adding or updating a benchmark? Fill in the list; the BenchBench check comments with its score. -->

- Benchmark: <!-- name and link -->
- Results file: \`catalog/benchmarks/<name>.csv\` and its metadata \`catalog/benchmarks/<name>.yaml\`
- Where the numbers come from: <!-- paper, leaderboard, own runs; the snapshot date -->

- [ ] \`validate\` passes locally (see CONTRIBUTING.md)
- [ ] unmatched model names are renamed or aliased in \`catalog/models.yaml\`
- [ ] the metadata names the licence of the results
`;
}

// src/cli/init/workflows.generated.ts
var WORKFLOWS = [
  [
    "benchbench-pr.yml",
    "# Validates and scores a pull request's catalog changes. Safe for forks: it runs with the\n# pull request's read-only token and no secrets; when that token cannot comment, the report\n# artifact is picked up by benchbench-comment.yml, which posts the comment.\nname: BenchBench\n\non:\n  pull_request:\n    paths:\n      - 'catalog/**'\n\npermissions: {}\n\nconcurrency:\n  group: benchbench-pr-${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\njobs:\n  check:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    permissions:\n      contents: read\n      # Comments on same-repository PRs; a fork's token stays read-only whatever this says.\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n        with:\n          # The base and head commits are read from git objects: both must be in the clone.\n          fetch-depth: 0\n          persist-credentials: false\n      - id: benchbench\n        uses: ./\n        with:\n          catalog: catalog\n          report-dir: benchbench-report\n      - if: always()\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: benchbench-report\n          path: benchbench-report/\n          if-no-files-found: ignore\n          retention-days: 7\n"
  ],
  [
    "benchbench-comment.yml",
    "# Posts the BenchBench comment on fork pull requests. Runs the default branch's code (never the\n# PR's) with a token that may comment, and treats the report artifact as untrusted data: the\n# action validates it, checks its PR number against the run's head SHA through the API, and\n# re-renders the comment from the validated data.\nname: BenchBench comment\n\non:\n  workflow_run:\n    workflows: [BenchBench]\n    types: [completed]\n\npermissions: {}\n\njobs:\n  comment:\n    # Same-repository PRs were commented on by the check itself.\n    # A cancelled check (a newer push superseded it) uploaded no report: nothing to post.\n    if: >-\n      github.event.workflow_run.event == 'pull_request' &&\n      github.event.workflow_run.conclusion != 'cancelled' &&\n      github.event.workflow_run.head_repository.full_name != github.repository\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    # One comment job per pull request at a time (a fork PR is its head repository and branch).\n    concurrency:\n      group: benchbench-comment-${{ github.event.workflow_run.head_repository.full_name }}-${{ github.event.workflow_run.head_branch }}\n      cancel-in-progress: false\n    permissions:\n      actions: read # download the artifact of the check's run\n      contents: read\n      pull-requests: write\n    steps:\n      # The default branch's code, with history: the report is computed again here from the base\n      # and head commits (the head fetched as objects from refs/pull/N/head; nothing of it runs).\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n        with:\n          fetch-depth: 0\n          persist-credentials: false\n      # Untrusted bytes: unpacked outside the checkout (the action refuses a folder inside it).\n      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: benchbench-report\n          path: ${{ runner.temp }}/benchbench-report\n          run-id: ${{ github.event.workflow_run.id }}\n          github-token: ${{ github.token }}\n      - uses: ./\n        with:\n          mode: comment\n          report-dir: ${{ runner.temp }}/benchbench-report\n"
  ],
  [
    "benchbench-publish.yml",
    "# Rebuilds the published leaderboard on every push to the default branch: leaderboard.json,\n# LEADERBOARD.md and the static site, deployed to GitHub Pages (no bot commit, no push race).\nname: BenchBench publish\n\non:\n  push:\n    branches: [main]\n    paths:\n      - 'catalog/**'\n  workflow_dispatch:\n\npermissions: {}\n\nconcurrency:\n  group: benchbench-pages\n  cancel-in-progress: false\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n        with:\n          persist-credentials: false\n      - uses: ./\n        with:\n          mode: publish\n          catalog: catalog\n          site-dir: site\n      - uses: actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0\n        with:\n          path: site\n\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    permissions:\n      pages: write\n      id-token: write\n    environment:\n      name: github-pages\n      url: ${{ steps.deployment.outputs.page_url }}\n    steps:\n      - id: deployment\n        uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0\n"
  ]
];

// src/cli/init/scaffold.ts
var TEMPLATES = ["simulated", "space"];
var CATALOG_DIR = "catalog";
var STARTER = { seed: 0, models: 24, benchmarks: 8 };
var SPACE_METHOD = {
  correlation: "kendall",
  models_per_sample: 8,
  sampling: "random",
  samples: 10,
  seed: 0
};
function scaffold(o) {
  const files = /* @__PURE__ */ new Map();
  for (const [rel, text] of starterCatalog(o.template)) files.set(`${CATALOG_DIR}/${rel}`, text);
  for (const [name, text] of WORKFLOWS) files.set(`.github/workflows/${name}`, pinned(text, o.action));
  files.set(".github/pull_request_template.md", pullRequestTemplate());
  files.set("README.md", readmeText(o));
  files.set("CONTRIBUTING.md", contributingText(o));
  return files;
}
function pinned(workflow, action) {
  return workflow.replace(/^(\s*(?:-\s+)?uses:\s+)\.\/\s*$/gm, `$1${usesLine(action)}`);
}
function starterCatalog(template) {
  const sim = simulate(STARTER);
  const files = simulatedCatalog(sim, { command: simulateCommand(sim.options, CATALOG_DIR) });
  if (template === "space") {
    const doc = (0, import_yaml.parseDocument)(files.get("benchbench.yaml"));
    const method = doc.toJS().method;
    doc.setIn(["aggregate", "min_scenarios_per_model"], 2);
    const key = doc.createNode("method");
    key.commentBefore = " The BenchBench leaderboard Space's method: Kendall tau-b, 8 models per sample, 10 experiments.";
    doc.delete("method");
    doc.set(key, doc.createNode({ ...method, ...SPACE_METHOD }));
    files.set("benchbench.yaml", doc.toString());
  }
  return files;
}

// src/cli/commands/init.ts
var REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
function initCommand() {
  return new Command("init").summary("scaffold a new leaderboard repository").description(
    `Writes into DIR (default: the current folder) a starter catalog (catalog/: benchbench.yaml, models.yaml and simulated benchmarks), this action's three workflows (.github/workflows/benchbench-pr.yml, -comment.yml, -publish.yml) pinned to the release by its full commit SHA with the version in a comment, a README with the leaderboard badge and how to contribute, CONTRIBUTING.md and .github/pull_request_template.md. --template space sets the method of the BenchBench leaderboard Space. The release pinned by default is ${usesLine(RELEASE)} (src/release.json); --action-ref pins another commit. Refuses to overwrite any existing file unless --force.`
  ).argument("[dir]", "the new repository", ".").addOption(
    new Option("--template <kind>", "the starter catalog: simulated, or simulated with the Space method").choices([...TEMPLATES]).default("simulated")
  ).option(
    "--repository <owner/name>",
    "the new repository on GitHub, for the badge and the page's address (default: DIR's git remote origin)"
  ).option("--action-ref <owner/name@sha>", "pin this commit of benchbench-action instead of the release").option("--action-version <version>", "the version of --action-ref, for the comment beside the SHA").addOption(forceOption("files")).action(async (dir, flags) => {
    const repository = flags.repository ?? await originRepository(dir);
    if (!repository)
      throw new CliError(
        `cannot tell the repository's name: pass --repository OWNER/NAME (${dir} has no GitHub remote "origin")`,
        1
      );
    if (!REPOSITORY.test(repository))
      throw new CliError(`--repository must be OWNER/NAME as on GitHub, got "${repository}"`, 1);
    const files = scaffold({ template: flags.template, repository, action: actionOf(flags) });
    const existing = [...files.keys()].filter((f) => existsSync(path.join(dir, f)));
    if (existing.length && !flags.force)
      throw new CliError(
        `${dir} already has ${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", ..." : ""}; pass --force to overwrite`
      );
    writeFiles(dir, files, true);
    process.stderr.write(
      `wrote ${plural(files.size, "file")} to ${dir}: catalog/, .github/workflows/ (benchbench-action ${usesLine(actionOf(flags))}), README.md, CONTRIBUTING.md
next: git init, commit, push to GitHub, and set Settings > Pages > Source to GitHub Actions
`
    );
  });
}
function actionOf(flags) {
  if (flags.actionRef === void 0) {
    if (flags.actionVersion !== void 0) throw new CliError("--action-version needs --action-ref", 1);
    return RELEASE;
  }
  const version = flags.actionVersion?.replace(/^v/, "") ?? null;
  if (version !== null && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
    throw new CliError(`--action-version must be a version such as 1.2.3, got "${flags.actionVersion}"`, 1);
  const ref = parseActionRef(flags.actionRef, version);
  if (!ref)
    throw new CliError(
      `--action-ref must be OWNER/NAME@<full 40-character commit SHA>, got "${flags.actionRef}"`,
      1
    );
  return ref;
}
async function originRepository(dir) {
  if (!existsSync(dir)) return void 0;
  const url = await originUrl(dir);
  return url === null ? void 0 : /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}
export {
  initCommand
};
