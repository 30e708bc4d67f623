/**
 * The one way this project runs git: `git` with arguments (never a shell), in the repository
 * folder, with literal pathspecs, no pager, no quoting of paths, no terminal prompt and no
 * optional locks. `runGit` buffers a command's output; `spawnGit` starts one whose output is
 * streamed (`git cat-file --batch`). A failing git is a GitError naming the command and git's
 * own message.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export class GitError extends Error {
  override readonly name = 'GitError';
}

const GIT_OPTIONS = ['--literal-pathspecs', '--no-pager', '-c', 'core.quotePath=false'];

const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
});

/** git's standard output as bytes; `input` is written to its standard input. */
export function runGit(repoDir: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...GIT_OPTIONS, ...args],
      {
        cwd: repoDir,
        encoding: 'buffer',
        // Bounded by what git lists; large blobs are streamed through spawnGit.
        maxBuffer: Infinity,
        env: gitEnv(),
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (error)
          reject(new GitError(`git ${args[0]} failed: ${stderr.toString('utf8').trim() || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}

/** git's standard output as text, without the final line break. */
export async function gitText(repoDir: string, args: readonly string[]): Promise<string> {
  return (await runGit(repoDir, args)).toString('utf8').trim();
}

/** A git process with its streams open, started as runGit starts one. */
export function spawnGit(repoDir: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...GIT_OPTIONS, ...args], { cwd: repoDir, env: gitEnv(), windowsHide: true });
}

/**
 * The full SHA of a commit-ish (a branch, tag or SHA). An empty name, one that looks like an
 * option, or one with white space is refused before git sees it; a name that is no commit of
 * the repository is a GitError that says how to make both commits of a comparison present.
 */
export async function resolveCommit(repoDir: string, rev: string): Promise<string> {
  if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev))
    throw new GitError(`Not a revision: ${JSON.stringify(rev)}.`);
  try {
    return await gitText(repoDir, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{commit}`,
    ]);
  } catch {
    throw new GitError(
      `The checkout has no commit ${JSON.stringify(rev)}. Check out with \`fetch-depth: 0\` ` +
        '(actions/checkout) so that the base and head commits are both present.',
    );
  }
}
