import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/sources/run-git.ts
import { execFile, spawn } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
};
var GIT_OPTIONS = ["--literal-pathspecs", "--no-pager", "-c", "core.quotePath=false"];
var gitEnv = () => ({
  ...process.env,
  GIT_TERMINAL_PROMPT: "0",
  GIT_OPTIONAL_LOCKS: "0"
});
function runGit(repoDir, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...GIT_OPTIONS, ...args],
      {
        cwd: repoDir,
        encoding: "buffer",
        // Bounded by what git lists; large blobs are streamed through spawnGit.
        maxBuffer: Infinity,
        env: gitEnv(),
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (error)
          reject(new GitError(`git ${args[0]} failed: ${stderr.toString("utf8").trim() || error.message}`));
        else resolve(stdout);
      }
    );
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(input ?? "");
  });
}
async function gitText(repoDir, args) {
  return (await runGit(repoDir, args)).toString("utf8").trim();
}
function spawnGit(repoDir, args) {
  return spawn("git", [...GIT_OPTIONS, ...args], { cwd: repoDir, env: gitEnv(), windowsHide: true });
}
async function resolveCommit(repoDir, rev) {
  if (rev === "" || rev.startsWith("-") || /[\s\0]/.test(rev))
    throw new GitError(`Not a revision: ${JSON.stringify(rev)}.`);
  try {
    return await gitText(repoDir, [
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${rev}^{commit}`
    ]);
  } catch {
    throw new GitError(
      `The checkout has no commit ${JSON.stringify(rev)}. Check out with \`fetch-depth: 0\` (actions/checkout) so that the base and head commits are both present.`
    );
  }
}

// src/sources/git.ts
async function repositoryTop(dir) {
  try {
    return await gitText(dir, ["rev-parse", "--show-toplevel"]);
  } catch {
    return null;
  }
}
async function originUrl(dir) {
  try {
    return await gitText(dir, ["remote", "get-url", "origin"]);
  } catch {
    return null;
  }
}

export {
  GitError,
  runGit,
  spawnGit,
  resolveCommit,
  repositoryTop,
  originUrl
};
