/**
 * The few git questions the action asks of the checkout, through `git` with arguments (never a
 * shell). A commit missing from a shallow checkout is an error that says how to fetch it.
 */
import { gitText as git, GitError, resolveCommit, runGit } from './run-git.js';

/** The merge base of two commits (where the PR branched off), as a full SHA. */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string> {
  const [x, y] = [await resolveCommit(repoDir, a), await resolveCommit(repoDir, b)];
  try {
    return await git(repoDir, ['merge-base', x, y]);
  } catch {
    throw new GitError(
      `Commits ${x.slice(0, 7)} and ${y.slice(0, 7)} have no merge base in the checkout; ` +
        'check out with `fetch-depth: 0`.',
    );
  }
}

/**
 * Makes sure a pull request's head commit is in the checkout: a fork's commits are not, so they
 * are fetched from GitHub's `refs/pull/N/head` as objects only (nothing is checked out or run).
 */
export async function ensurePullRequestCommit(repoDir: string, sha: string, prNumber: number): Promise<void> {
  try {
    await resolveCommit(repoDir, sha);
    return;
  } catch {
    await git(repoDir, [
      'fetch',
      '--no-tags',
      '--quiet',
      'origin',
      `+refs/pull/${prNumber}/head:refs/benchbench/pull/${prNumber}`,
    ]);
  }
  await resolveCommit(repoDir, sha);
}

/**
 * The catalog-relative paths of the files under `catalogDir` at commit `sha`, or null when the
 * checkout does not have that commit (a shallow clone): publish uses them so that, of two files
 * claiming one id, the one that was there before keeps it, as the pull request's check decided.
 */
export async function catalogPathsAt(
  repoDir: string,
  sha: string,
  catalogDir: string,
): Promise<Set<string> | null> {
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(sha) || /^0+$/.test(sha)) return null;
  const prefix = catalogDir === '.' ? '' : `${catalogDir}/`;
  try {
    const stdout = await runGit(repoDir, [
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      `${sha}^{commit}`,
      '--',
      prefix || '.',
    ]);
    return new Set(
      stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '' && p.startsWith(prefix))
        .map((p) => p.slice(prefix.length)),
    );
  } catch {
    return null;
  }
}

/** The top folder of the work tree that holds `dir`, or null when `dir` is in none. */
export async function repositoryTop(dir: string): Promise<string | null> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return null;
  }
}

/** The URL of the `origin` remote of the repository holding `dir`, or null when it has none. */
export async function originUrl(dir: string): Promise<string | null> {
  try {
    return await git(dir, ['remote', 'get-url', 'origin']);
  } catch {
    return null;
  }
}
