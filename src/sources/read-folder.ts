/**
 * A catalog folder on disk -> CatalogFiles ('/'-separated paths relative to the folder).
 *
 * Dotfiles and dot-folders (`.git`, `.github`, ...) are skipped. Symbolic links are never
 * followed: each is an error issue (a link could point anywhere, e.g. at a runner's secrets),
 * as are other non-regular files, unreadable files, paths outside the folder and files over
 * `maxFileBytes` (read neither). Past `maxTotalBytes` in all, the rest is left out with one
 * issue (see total-bytes.ts). Files are opened with O_NOFOLLOW, so a file swapped for a link
 * between listing and reading is refused too. Never throws for the folder's contents; a folder
 * that does not exist is one error issue.
 */
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { makeIssue, type OpenHintCode, type Issue } from '../model/issue.js';
import { configuredLimits } from '../catalog/config.js';
import { byPath, TotalBytes, type ReadLimits } from './total-bytes.js';
import { DEFAULT_LIMITS, type CatalogFiles } from '../catalog/types.js';

export interface FolderCatalog {
  readonly files: CatalogFiles;
  readonly issues: readonly Issue[];
}

const MAX_DEPTH = 32;
const READ_BATCH = 64;

/**
 * `limits` default to the catalog's own `limits:` (see configuredLimits). `onProgress` hears of
 * the files read so far and the files found (for a progress line).
 */
export async function readCatalogFolder(
  dir: string,
  limits?: ReadLimits,
  onProgress?: (done: number, total: number) => void,
): Promise<FolderCatalog> {
  const root = path.resolve(dir);
  if (limits === undefined) {
    const config = await readRegularFile(
      path.join(root, 'benchbench.yaml'),
      DEFAULT_LIMITS.maxFileBytes,
    ).catch(() => '');
    limits = configuredLimits(typeof config === 'string' ? undefined : config);
  }
  const cap = limits.maxFileBytes;
  const total = new TotalBytes(limits.maxTotalBytes);
  const files = new Map<string, Uint8Array>();
  const issues: Issue[] = [];
  const issue = (code: OpenHintCode, file: string, message: string, hint: string) =>
    issues.push(makeIssue({ code, file, message, hint }));

  try {
    // The folder itself may be reached through a link (the caller chose it); its contents may not.
    if (!(await stat(root)).isDirectory()) {
      issue('not-a-folder', dir, `${dir} is not a folder.`, 'Give the path of the catalog folder.');
      return { files, issues };
    }
  } catch (e) {
    issue(
      'not-a-folder',
      dir,
      `${dir} cannot be read (${code(e)}).`,
      'Give the path of an existing catalog folder.',
    );
    return { files, issues };
  }

  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) {
      issue(
        'too-deep',
        rel,
        `Folders are nested more than ${MAX_DEPTH} deep; the rest is skipped.`,
        'Flatten the catalog.',
      );
      return;
    }
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (e) {
      issue(
        'unreadable-file',
        rel || '.',
        `This folder cannot be read (${code(e)}).`,
        'Check its permissions.',
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(root, relPath);
      const inside = path.relative(root, full);
      if (inside.startsWith('..') || path.isAbsolute(inside) || entry.name.includes('\\')) {
        issue(
          'path-escape',
          relPath,
          'This path leads outside the catalog folder.',
          'Keep every file inside the catalog folder.',
        );
      } else if (entry.isSymbolicLink()) {
        issue('symlink', relPath, 'Symbolic links are not read.', 'Replace the link with the file itself.');
      } else if (entry.isDirectory()) {
        await walk(relPath, depth + 1);
      } else if (!entry.isFile()) {
        issue(
          'not-a-file',
          relPath,
          'This is not a regular file and is not read.',
          'Remove it from the catalog.',
        );
      } else {
        pending.push({ path: relPath, full });
      }
    }
  };
  // Files are listed first, then read in path order a batch at a time (bounded open files).
  const pending: { path: string; full: string }[] = [];
  const record = (relPath: string, bytes: Uint8Array | string): void => {
    if (typeof bytes !== 'string') {
      if (total.admit(relPath, bytes.length)) files.set(relPath, bytes);
    } else if (bytes === 'TOO_LARGE') {
      issue(
        'limit-file-bytes',
        relPath,
        `The file is larger than maxFileBytes (${cap} bytes) and is not read.`,
        'Split the file, or raise limits.max_file_bytes in benchbench.yaml.',
      );
    } else if (bytes === 'ELOOP') {
      issue('symlink', relPath, 'Symbolic links are not read.', 'Replace the link with the file itself.');
    } else {
      issue('unreadable-file', relPath, `The file cannot be read (${bytes}).`, 'Check its permissions.');
    }
  };
  await walk('', 0);
  pending.sort(byPath);
  for (let i = 0; i < pending.length; i += READ_BATCH) {
    const batch = pending.slice(i, i + READ_BATCH);
    // Once the total cap is reached, the files after it are not opened at all.
    if (total.issue()) batch.forEach((p) => total.admit(p.path, 0));
    else {
      const read = await Promise.all(
        batch.map((p) => readRegularFile(p.full, cap).catch((e: unknown) => code(e))),
      );
      batch.forEach((p, j) => record(p.path, read[j]!));
    }
    onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
  }
  const over = total.issue();
  if (over) issues.push(over);
  return { files, issues };
}

async function readRegularFile(full: string, maxBytes: number): Promise<Uint8Array | string> {
  const handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return 'ENOTFILE';
    if (stat.size > maxBytes) return 'TOO_LARGE';
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);
