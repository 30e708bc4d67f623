import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  GitError,
  repositoryTop,
  resolveCommit,
  runGit,
  spawnGit
} from "./chunk-HRSRFPRH.js";
import {
  DEFAULT_UNMATCHED_LIMIT,
  buildPrReport,
  renderPrComment,
  reportText
} from "./chunk-B7ORMNAA.js";
import "./chunk-2IWO7M66.js";
import "./chunk-CI7HPVOO.js";
import "./chunk-WUSCOLWA.js";
import {
  presetOption
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import {
  CONFIG_FILE,
  DEFAULT_LIMITS,
  FileMemo,
  MODELS_FILE,
  TotalBytes,
  byPath,
  catalogPreparer,
  configuredLimits
} from "./chunk-BDPTSPK4.js";
import {
  progress
} from "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  limitOption,
  requirePath,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  makeIssue,
  printJson,
  printText
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/diff.ts
import path from "node:path";

// src/sources/read-git.ts
async function listCatalogAtRev(repoDir, rev, catalogDir, limits) {
  const prefix = catalogPrefix(catalogDir);
  const commit = await resolveCommit(repoDir, rev);
  limits ??= configuredLimits(await configBlob(repoDir, commit, prefix));
  const { maxFileBytes } = limits;
  const listing = await runGit(repoDir, [
    "ls-tree",
    "-r",
    "-z",
    "-l",
    "--full-tree",
    commit,
    ...pathspec(prefix)
  ]);
  const { issues, candidates } = treeEntries(listing.toString("utf8"), prefix, maxFileBytes);
  const total = new TotalBytes(limits.maxTotalBytes);
  const wanted = candidates.sort(byPath).filter((b) => total.admit(b.path, b.size));
  const over = total.issue();
  if (over) issues.push(over);
  return { sha: commit, limits, wanted, issues };
}
async function readListed(repoDir, listed, blobs, whileReading, { skip, wait } = {}) {
  const { wanted } = listed;
  const first = new Set(whileReading?.first);
  const order = [...wanted.filter((b) => first.has(b.path)), ...wanted.filter((b) => !first.has(b.path))];
  const missing = [...new Set(order.map((b) => b.sha))].filter((sha) => !blobs.has(sha) && !skip?.has(sha));
  const hear = whileReading?.start(wanted.map((b) => b.path));
  let heard = 0;
  const deliver = () => {
    for (; heard < order.length && blobs.has(order[heard].sha); heard++)
      hear?.(order[heard].path, blobs.get(order[heard].sha));
  };
  deliver();
  if (missing.length > 0) await catFileBlobs(repoDir, missing, blobs, deliver);
  await wait;
  const files = new Map(wanted.map((b) => [b.path, blobs.get(b.sha)]));
  return { sha: listed.sha, files, issues: listed.issues };
}
function treeEntries(listing, prefix, maxFileBytes) {
  const issues = [];
  const candidates = [];
  const issue = (code, file, message, hint) => issues.push(makeIssue({ code, file, message, hint }));
  for (const record of listing.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode, type, sha, size] = record.slice(0, tab).split(/ +/);
    const full = record.slice(tab + 1);
    if (prefix && !full.startsWith(`${prefix}/`)) continue;
    const rel = prefix ? full.slice(prefix.length + 1) : full;
    const parts = rel.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\"))) {
      issue(
        "path-escape",
        rel,
        "This path would lead outside the catalog folder.",
        "Rename the entry in the repository."
      );
      continue;
    }
    if (parts.some((p) => p.startsWith("."))) continue;
    if (mode === "120000") {
      issue("symlink", rel, "Symbolic links are not read.", "Commit the file itself instead of a link.");
    } else if (mode === "160000" || type === "commit") {
      issue(
        "submodule",
        rel,
        "A submodule inside the catalog is not read.",
        "Commit the files themselves instead of a submodule."
      );
    } else if (type !== "blob" || mode !== "100644" && mode !== "100755" || !sha) {
      issue(
        "not-a-file",
        rel,
        `This tree entry (mode ${mode}) is not a regular file and is not read.`,
        "Commit regular files only."
      );
    } else if (Number(size) > maxFileBytes) {
      issue(
        "limit-file-bytes",
        rel,
        `The file is ${size} bytes; the limit maxFileBytes is ${maxFileBytes}.`,
        "Split the file, or raise limits.max_file_bytes in benchbench.yaml."
      );
    } else {
      candidates.push({ path: rel, sha, size: Number(size) });
    }
  }
  return { issues, candidates };
}
async function changedFiles(repoDir, baseRev, headRev, catalogDir) {
  const prefix = catalogPrefix(catalogDir);
  const [base, head] = [await resolveCommit(repoDir, baseRev), await resolveCommit(repoDir, headRev)];
  const out = await runGit(repoDir, [
    "diff",
    "--name-status",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    base,
    head,
    ...pathspec(prefix)
  ]);
  const fields = out.toString("utf8").split("\0");
  const changes = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [letter, full] = [fields[i], fields[i + 1]];
    if (prefix && !full.startsWith(`${prefix}/`)) continue;
    const status = letter === "A" ? "added" : letter === "D" ? "deleted" : "modified";
    changes.push({ status, path: prefix ? full.slice(prefix.length + 1) : full });
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function configBlob(repoDir, commit, prefix) {
  const file = prefix ? `${prefix}/benchbench.yaml` : "benchbench.yaml";
  const entry = (await runGit(repoDir, ["ls-tree", "-z", "-l", "--full-tree", commit, "--", file])).toString(
    "utf8"
  );
  const [mode, type, sha, size] = entry.slice(0, entry.indexOf("	")).split(/ +/);
  if (type !== "blob" || mode === "120000" || !sha || Number(size) > DEFAULT_LIMITS.maxFileBytes)
    return void 0;
  return new Uint8Array(await runGit(repoDir, ["cat-file", "blob", sha]));
}
function catalogPrefix(catalogDir) {
  const parts = catalogDir.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (catalogDir.startsWith("/") || parts.includes("..")) {
    throw new GitError(
      `The catalog folder must be a path inside the repository, not ${JSON.stringify(catalogDir)}`
    );
  }
  return parts.join("/");
}
var pathspec = (prefix) => prefix ? ["--", prefix] : [];
function catFileBlobs(repoDir, shas, blobs, arrived) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repoDir, ["cat-file", "--batch"]);
    let k = 0;
    let header = [];
    let body;
    let filled = 0;
    let newlineDue = false;
    let failure;
    const stderr = [];
    const finishBlob = () => {
      blobs.set(shas[k], body);
      body = void 0;
      k++;
      newlineDue = true;
      try {
        arrived();
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e));
        child.kill();
      }
    };
    child.stdout.on("data", (chunk) => {
      let at = 0;
      while (at < chunk.length && !failure) {
        if (newlineDue) {
          newlineDue = false;
          at++;
        } else if (body) {
          const n = Math.min(body.length - filled, chunk.length - at);
          body.set(chunk.subarray(at, at + n), filled);
          filled += n;
          at += n;
          if (filled === body.length) finishBlob();
        } else {
          const eol = chunk.indexOf(10, at);
          header.push(chunk.subarray(at, eol < 0 ? chunk.length : eol));
          if (eol < 0) break;
          at = eol + 1;
          const [sha, type, size] = Buffer.concat(header).toString("utf8").split(" ");
          header = [];
          if (sha !== shas[k] || type !== "blob" || !/^\d+$/.test(size ?? "")) {
            failure = new GitError(
              `git cat-file returned ${JSON.stringify(`${sha} ${type}`)} for ${shas[k]}`
            );
            child.kill();
            break;
          }
          body = new Uint8Array(Number(size));
          filled = 0;
          if (body.length === 0) finishBlob();
        }
      }
    });
    child.stderr.on("data", (c) => stderr.push(c));
    child.on("error", (e) => reject(new GitError(`git cat-file failed: ${e.message}`)));
    child.on("close", (code) => {
      if (failure) reject(failure);
      else if (code !== 0)
        reject(
          new GitError(
            `git cat-file failed: ${Buffer.concat(stderr).toString("utf8").trim() || `exit code ${code}`}`
          )
        );
      else if (k < shas.length)
        reject(new GitError(`git cat-file stopped after ${k} of ${shas.length} blobs`));
      else resolve();
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(shas.map((sha) => `${sha}
`).join(""));
  });
}

// src/sources/read-revisions.ts
async function readRevisions(request) {
  const { repoDir, catalogDir, onRead } = request;
  const blobs = /* @__PURE__ */ new Map();
  const memo = new FileMemo();
  onRead?.("base");
  const baseListed = await listCatalogAtRev(repoDir, request.base, catalogDir);
  const { limits } = baseListed;
  onRead?.("head");
  const headListed = listCatalogAtRev(repoDir, request.head, catalogDir, limits);
  const changed = changedFiles(repoDir, baseListed.sha, request.head, catalogDir);
  void Promise.allSettled([headListed, changed]);
  const baseRead = readListed(repoDir, baseListed, blobs, {
    first: [CONFIG_FILE, MODELS_FILE],
    start: (paths) => catalogPreparer(paths, memo)
  });
  const baseShas = new Set(baseListed.wanted.map((b) => b.sha));
  const headRead = headListed.then(
    (listed) => readListed(repoDir, listed, blobs, void 0, { skip: baseShas, wait: baseRead })
  );
  const [base, head] = await Promise.all([baseRead, headRead]);
  return { base, head, changed: await changed, limits, memo };
}

// src/cli/commands/diff.ts
function diffCommand() {
  return new Command("diff").summary("the leaderboard diff between two git revisions").description(
    "Reads the catalog at both revisions from git objects (never from the work tree, never following symlinks), validates what changed, scores both with the base revision's settings and prints what the change does: the changed benchmarks' scores and the rank changes. --markdown prints the pull-request comment the action would post. Exit code 1 when a changed file has an error."
  ).requiredOption("--base <rev>", "base revision (branch, tag or commit)").requiredOption("--head <rev>", "head revision").addOption(catalogOption()).option("--json", "print the report as JSON").option("--markdown", "print the pull-request comment").addOption(limitOption("unmatched models per benchmark", DEFAULT_UNMATCHED_LIMIT)).addOption(verboseOption()).addOption(presetOption()).action(async (flags) => {
    const catalogAbs = path.resolve(flags.catalog);
    requirePath(path.dirname(catalogAbs), "folder", "the folder of the catalog");
    const top = await repositoryTop(path.dirname(catalogAbs));
    if (top === null) throw new CliError(`${flags.catalog} is not inside a git work tree`);
    const catalogDir = path.relative(top, catalogAbs).split(path.sep).join("/") || ".";
    try {
      const started = performance.now();
      const bar = progress("reading");
      const { base, head, changed, memo } = await readRevisions({
        repoDir: top,
        catalogDir,
        base: flags.base,
        head: flags.head,
        onRead: (side) => bar.stage(`reading ${side === "base" ? flags.base : flags.head}`)
      });
      if (base.files.size === 0 && head.files.size === 0) {
        throw new CliError(`there is no catalog at ${catalogDir} in ${flags.base} or in ${flags.head}`);
      }
      const report = buildPrReport({
        base,
        head,
        memo,
        changedFiles: changed.map((c) => c.path),
        repository: "",
        pullRequest: null,
        catalogDir,
        onProgress: (side, done, total) => {
          if (done === 0) bar.stage(`scoring ${side}`);
          bar.update(done, total);
        },
        ...flags.preset && { preset: flags.preset }
      });
      bar.done();
      const timed = { ...report, elapsedMs: Math.round(performance.now() - started) };
      if (flags.json) printJson(timed);
      else if (flags.markdown) process.stdout.write(renderPrComment(timed, { target: "summary" }));
      else printText(reportText(timed, { limit: flags.limit, verbose: flags.verbose ?? false }));
      if (!report.valid) process.exitCode = 1;
    } catch (e) {
      if (e instanceof GitError) throw new CliError(e.message);
      throw e;
    }
  });
}
export {
  diffCommand
};
