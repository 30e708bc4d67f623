/**
 * A catalog folder on disk -> CatalogFiles ('/'-separated paths relative to the folder).
 *
 * Dotfiles and dot-folders (`.git`, `.github`, ...) are skipped. Symbolic links are never
 * followed: each is an error issue (a link could point anywhere, e.g. at a runner's secrets),
 * as are other non-regular files, unreadable files, paths outside the folder and files over
 * `maxFileBytes` (read neither). Past `maxTotalBytes` in all, the rest is left out with one
 * issue (see total-bytes.ts). Files are opened with O_NOFOLLOW, so a file swapped for a link
 * between listing and reading is refused too. Never throws for the folder's contents; a folder
 * that does not exist is one error issue. With `onDemand`, files are listed and sized here and
 * read when asked for (folder-files.ts): the total cap then counts the sizes listed, as the git
 * reader counts a tree's.
 */
import { lstatSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { makeIssue, type OpenHintCode, type Issue } from '../model/issue.js';
import { configuredLimits } from '../catalog/config.js';
import { FolderFiles, readRegularFileSync } from './folder-files.js';
import { byPath, TotalBytes, type ReadLimits } from './total-bytes.js';
import { DEFAULT_LIMITS, type CatalogFiles } from '../catalog/types.js';

export interface FolderCatalog {
  readonly files: CatalogFiles;
  /** With `onDemand`, a file that cannot be read when asked for adds its issue here then. */
  readonly issues: readonly Issue[];
}

const MAX_DEPTH = 32;
const READ_BATCH = 64;

/**
 * `limits` default to the catalog's own `limits:` (see configuredLimits). `onProgress` hears of
 * the files read (or sized) so far and the files found (for a progress line). `onDemand`: each
 * file is read when the catalog's loader asks for it, and not kept (folder-files.ts).
 */
export async function readCatalogFolder(
  dir: string,
  limits?: ReadLimits,
  onProgress?: (done: number, total: number) => void,
  onDemand = false,
): Promise<FolderCatalog> {
  const root = path.resolve(dir);
  const reader = new FolderReader(root, limits ?? ownLimits(root), onDemand);
  // The folder itself may be reached through a link (the caller chose it); its contents may not.
  const problem = await stat(root).then(
    (s) =>
      s.isDirectory() ? undefined : [`${dir} is not a folder.`, 'Give the path of the catalog folder.'],
    (e: unknown) => [`${dir} cannot be read (${code(e)}).`, 'Give the path of an existing catalog folder.'],
  );
  if (problem) {
    reader.issue('not-a-folder', dir, problem[0]!, problem[1]!);
  } else {
    await reader.walk('', 0);
    if (onDemand) reader.sizeListed(onProgress);
    else reader.readListed(onProgress);
  }
  return reader.result();
}

/** The catalog's own limits: those of its benchbench.yaml, if it is a small regular file. */
function ownLimits(root: string): ReadLimits {
  const config = readRegularFileSync(path.join(root, 'benchbench.yaml'), DEFAULT_LIMITS.maxFileBytes);
  return configuredLimits(typeof config === 'string' ? undefined : config);
}

/** One reading of a folder: files are listed first, then read in path order. */
class FolderReader {
  private readonly files = new Map<string, Uint8Array>();
  /** With onDemand: the files admitted, relative path -> full path. */
  private readonly listed = new Map<string, string>();
  private readonly issues: Issue[] = [];
  private readonly total: TotalBytes;
  /** The regular files found, with their full paths. */
  private readonly pending: { path: string; full: string }[] = [];

  constructor(
    private readonly root: string,
    private readonly limits: ReadLimits,
    private readonly onDemand: boolean,
  ) {
    this.total = new TotalBytes(limits.maxTotalBytes);
  }

  issue(code: OpenHintCode, file: string, message: string, hint: string): void {
    this.issues.push(makeIssue({ code, file, message, hint }));
  }

  /** Lists the folder `rel` (and those in it) into `pending`, with an issue for each entry not read. */
  async walk(rel: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) {
      this.issue(
        'too-deep',
        rel,
        `Folders are nested more than ${MAX_DEPTH} deep; the rest is skipped.`,
        'Flatten the catalog.',
      );
      return;
    }
    let entries;
    try {
      entries = await readdir(path.join(this.root, rel), { withFileTypes: true });
    } catch (e) {
      this.issue(
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
      const full = path.join(this.root, relPath);
      const inside = path.relative(this.root, full);
      if (inside.startsWith('..') || path.isAbsolute(inside) || entry.name.includes('\\')) {
        this.issue(
          'path-escape',
          relPath,
          'This path leads outside the catalog folder.',
          'Keep every file inside the catalog folder.',
        );
      } else if (entry.isSymbolicLink()) {
        this.issue(
          'symlink',
          relPath,
          'Symbolic links are not read.',
          'Replace the link with the file itself.',
        );
      } else if (entry.isDirectory()) {
        await this.walk(relPath, depth + 1);
      } else if (!entry.isFile()) {
        this.issue(
          'not-a-file',
          relPath,
          'This is not a regular file and is not read.',
          'Remove it from the catalog.',
        );
      } else {
        this.pending.push({ path: relPath, full });
      }
    }
  }

  /** Reads the files listed, in path order, one at a time, with progress after each batch. */
  readListed(onProgress?: (done: number, total: number) => void): void {
    const { pending, total } = this;
    pending.sort(byPath);
    for (let i = 0; i < pending.length; i += READ_BATCH) {
      const batch = pending.slice(i, i + READ_BATCH);
      // Once the total cap is reached, the files after it are not opened at all.
      if (total.issue()) batch.forEach((p) => total.admit(p.path, 0));
      else {
        for (const p of batch) this.record(p.path, readRegularFileSync(p.full, this.limits.maxFileBytes));
      }
      onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
    }
  }

  /** Sizes the files listed, in path order, a batch at a time: those within the caps are read later. */
  sizeListed(onProgress?: (done: number, total: number) => void): void {
    const { pending, total } = this;
    pending.sort(byPath);
    for (let i = 0; i < pending.length; i += READ_BATCH) {
      const batch = pending.slice(i, i + READ_BATCH);
      for (const p of batch) {
        const size = sizeOf(p.full, this.limits.maxFileBytes);
        if (typeof size === 'string') this.unread(p.path, size);
        else if (total.admit(p.path, size)) this.listed.set(p.path, p.full);
      }
      onProgress?.(Math.min(i + READ_BATCH, pending.length), pending.length);
    }
  }

  /** A file read (its bytes), or why it was not (an issue). */
  private record(relPath: string, bytes: Uint8Array | string): void {
    if (typeof bytes === 'string') this.unread(relPath, bytes);
    else if (this.total.admit(relPath, bytes.length)) this.files.set(relPath, bytes);
  }

  /** The issue of a file that is not read: `reason` is an error code, or TOO_LARGE / ENOTFILE. */
  private unread(relPath: string, reason: string): void {
    if (reason === 'TOO_LARGE') {
      this.issue(
        'limit-file-bytes',
        relPath,
        `The file is larger than maxFileBytes (${this.limits.maxFileBytes} bytes) and is not read.`,
        'Split the file, or raise limits.max_file_bytes in benchbench.yaml.',
      );
    } else if (reason === 'ELOOP') {
      this.issue(
        'symlink',
        relPath,
        'Symbolic links are not read.',
        'Replace the link with the file itself.',
      );
    } else {
      this.issue(
        'unreadable-file',
        relPath,
        `The file cannot be read (${reason}).`,
        'Check its permissions.',
      );
    }
  }

  result(): FolderCatalog {
    const over = this.total.issue();
    if (over) this.issues.push(over);
    const files = this.onDemand
      ? new FolderFiles(this.listed, this.limits.maxFileBytes, (p, reason) => this.unread(p, reason))
      : this.files;
    return { files, issues: this.issues };
  }
}

/** A listed file's size, or why it is not read (it is a link now, not a file, or too large). */
function sizeOf(full: string, maxBytes: number): number | string {
  let s: Stats;
  try {
    s = lstatSync(full);
  } catch (e) {
    return code(e);
  }
  return s.isSymbolicLink() ? 'ELOOP' : !s.isFile() ? 'ENOTFILE' : s.size > maxBytes ? 'TOO_LARGE' : s.size;
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);
