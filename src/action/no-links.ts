/**
 * Folders of the checkout that the action reads or writes through (publish's catalog and site
 * folders): the repository's content chooses what they are, so a committed symbolic link could
 * point them anywhere (a runner's secrets, the action's own `dist/`). Every path component from
 * the workspace down must be a real folder, and files are written with O_NOFOLLOW, never
 * through a link.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export class LinkError extends Error {}

/**
 * Throws LinkError when `target` (inside `workspace`) or a folder between them is a symbolic
 * link or not a folder. A component that does not exist yet is fine (it will be created).
 */
export async function assertRealFolder(workspace: string, target: string, what: string): Promise<void> {
  const rel = path.relative(workspace, target);
  let at = workspace;
  for (const part of rel === '' ? [] : rel.split(path.sep)) {
    at = path.join(at, part);
    let info;
    try {
      info = await lstat(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const shown = path.relative(workspace, at);
    if (info.isSymbolicLink())
      throw new LinkError(`${what} ${shown} is a symbolic link; it must be a real folder of the repository.`);
    if (!info.isDirectory()) throw new LinkError(`${what} ${shown} is not a folder.`);
  }
}

/** Writes `content` to `root/rel`, creating folders, refusing any link on the way (LinkError). */
export async function writeNoFollow(
  workspace: string,
  root: string,
  rel: string,
  content: string | Uint8Array,
): Promise<void> {
  const target = path.join(root, rel);
  await assertRealFolder(workspace, path.dirname(target), 'The output folder');
  await mkdir(path.dirname(target), { recursive: true });
  await assertRealFolder(workspace, path.dirname(target), 'The output folder');
  let handle;
  try {
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new LinkError(
        `${path.relative(workspace, target)} is a symbolic link; publish does not write through links.`,
      );
    }
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
