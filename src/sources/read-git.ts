/**
 * A catalog as it is in a git commit, read as data: `git ls-tree` lists the tree, `git cat-file
 * --batch` reads the blobs. Nothing from the tree is checked out, run or interpreted (no
 * filters, hooks, attributes or diff drivers), git runs without a shell, and pathspecs are
 * literal. Within the catalog folder: regular blobs are read; a symbolic link (mode 120000), a
 * submodule (160000), a path that would leave the folder, or a blob over `maxFileBytes` is an
 * error issue and is not read; past `maxTotalBytes` in all, the rest is left out with one issue
 * (total-bytes.ts, as in read-folder); dot-files are skipped as in read-folder. A revision git cannot
 * resolve to a commit, or a failing git, throws GitError (that is the caller's setup, not the
 * catalog's content).
 */
import { configuredLimits } from '../catalog/config.js';
import { makeIssue, type OpenHintCode, type Issue } from '../model/issue.js';
import { runGit as git, GitError, resolveCommit, spawnGit } from './run-git.js';
import { byPath, TotalBytes } from './total-bytes.js';
import { DEFAULT_LIMITS, type CatalogSnapshot, type Limits } from '../catalog/types.js';

/** The catalog at a commit; `sha` is the commit the revision resolved to. */
export type GitCatalog = CatalogSnapshot;

export interface ChangedFile {
  readonly status: 'added' | 'modified' | 'deleted';
  /** Relative to the catalog folder. */
  readonly path: string;
}

/**
 * `limits` default to the catalog's own `limits:` at that revision; a pull request check (and
 * `diff`) passes the base's, so that a pull request cannot raise its own limits.
 * `blobs` holds the blobs already read, by object id (a blob's id is the hash of its bytes):
 * reading the head after the base with the same map reads only the blobs the head changed, and
 * both catalogs share the bytes of the others. Blobs read here are added to it.
 */
export async function readCatalogAtRev(
  repoDir: string,
  rev: string,
  catalogDir: string,
  limits?: Limits,
  blobs: Map<string, Uint8Array> = new Map(),
  whileReading?: WhileReading,
): Promise<GitCatalog> {
  return readListed(repoDir, await listCatalogAtRev(repoDir, rev, catalogDir, limits), blobs, whileReading);
}

/** A revision's catalog as listed, before its blobs are read: what readListed reads. */
export interface ListedCatalog {
  /** The commit the revision resolved to. */
  readonly sha: string;
  /** The limits it is read with (the given ones, or its own). */
  readonly limits: Limits;
  /** The blobs to read, in path order, within the caps. */
  readonly wanted: readonly TreeBlob[];
  readonly issues: readonly Issue[];
}

/**
 * Resolves `rev` and lists its catalog folder (git ls-tree), with the issues of what is not read.
 * `knownSizes` (blob id -> size: a base's, when listing its head) spares git finding the size of
 * every blob: `ls-tree -l` opens each loose object for it (90 ms at 4,000 files), and only the
 * blobs not known are then asked of `git cat-file --batch-check`.
 */
export async function listCatalogAtRev(
  repoDir: string,
  rev: string,
  catalogDir: string,
  limits?: Limits,
  knownSizes?: ReadonlyMap<string, number>,
): Promise<ListedCatalog> {
  const prefix = catalogPrefix(catalogDir);
  const commit = await resolveCommit(repoDir, rev);
  // git lists the tree (sizing each blob, which opens every loose object) while benchbench.yaml is read.
  const listed = git(repoDir, [
    'ls-tree',
    '-r',
    '-z',
    ...(knownSizes ? [] : ['-l']),
    '--full-tree',
    commit,
    ...pathspec(prefix),
  ]);
  void listed.catch(() => undefined);
  limits ??= configuredLimits(await configBlob(repoDir, commit, prefix));
  const { maxFileBytes } = limits;
  const listing = await listed;
  const records = treeRecords(listing.toString('utf8'));
  const sizes = knownSizes && (await withSizes(repoDir, records, knownSizes));
  const { issues, candidates } = treeEntries(records, prefix, maxFileBytes, sizes);
  // git lists a tree in its own order (a folder sorts as `name/`); the cap counts in path order.
  const total = new TotalBytes(limits.maxTotalBytes);
  const wanted = candidates.sort(byPath).filter((b) => total.admit(b.path, b.size));
  const over = total.issue();
  if (over) issues.push(over);
  return { sha: commit, limits, wanted, issues };
}

/** `known`, and the size of every other blob listed (git cat-file --batch-check). */
async function withSizes(
  repoDir: string,
  records: readonly TreeRecord[],
  known: ReadonlyMap<string, number>,
): Promise<ReadonlyMap<string, number>> {
  const unknown = new Set<string>();
  for (const { type, sha } of records) if (type === 'blob' && sha && !known.has(sha)) unknown.add(sha);
  if (unknown.size === 0) return known;
  const sizes = new Map(known);
  const asked = [...unknown].map((sha) => `${sha}\n`).join('');
  const out = await git(repoDir, ['cat-file', '--batch-check=%(objectname) %(objectsize)'], asked);
  for (const line of out.toString('utf8').split('\n')) {
    const [sha, size] = line.split(' ');
    if (sha && size && /^\d+$/.test(size)) sizes.set(sha, Number(size));
  }
  const lacking = [...unknown].find((sha) => !sizes.has(sha));
  if (lacking) throw new GitError(`git cat-file --batch-check found no object ${lacking}`);
  return sizes;
}

/**
 * Reads the blobs of a listed catalog that `blobs` lacks (one `git cat-file --batch`), and gives
 * the catalog. `skip` are blobs another reading is bringing into `blobs`: they are not asked for,
 * and must be in `blobs` before this returns (`wait` resolves once they are).
 */
export async function readListed(
  repoDir: string,
  listed: ListedCatalog,
  blobs: Map<string, Uint8Array>,
  whileReading?: WhileReading,
  { skip, wait }: { skip?: ReadonlySet<string>; wait?: Promise<unknown> } = {},
): Promise<GitCatalog> {
  const { wanted } = listed;
  // The files `whileReading` names first, then path order: git sends blobs in the order asked.
  const first = new Set(whileReading?.first);
  const order = [...wanted.filter((b) => first.has(b.path)), ...wanted.filter((b) => !first.has(b.path))];
  const sizes = new Map(order.map((b) => [b.sha, b.size]));
  const missing = [...sizes.keys()].filter((sha) => !blobs.has(sha) && !skip?.has(sha));
  const hear = whileReading?.start(wanted.map((b) => b.path));
  let heard = 0;
  const deliver = (): void => {
    for (; heard < order.length && blobs.has(order[heard]!.sha); heard++)
      hear?.(order[heard]!.path, blobs.get(order[heard]!.sha)!);
  };
  deliver();
  if (missing.length > 0) await catFileBlobs(repoDir, missing, sizes, blobs, deliver);
  await wait;
  const files = new Map<string, Uint8Array>(wanted.map((b) => [b.path, blobs.get(b.sha)!]));
  return { sha: listed.sha, files, issues: listed.issues };
}

/**
 * Hears a revision's files while git sends them: `start` gets the paths to be read and gives the
 * listener, which hears each file with its bytes as soon as its blob is in, those named in `first`
 * first and the others in path order. Its bytes are the snapshot's (treat them as read-only).
 */
export interface WhileReading {
  readonly first: readonly string[];
  start(paths: readonly string[]): (path: string, bytes: Uint8Array) => void;
}

export interface TreeBlob {
  readonly path: string;
  readonly sha: string;
  readonly size: number;
}

/**
 * The regular files of `ls-tree -r -z -l` records under the catalog folder, and an issue for each
 * entry that is not read (a path leading out, a link, a submodule, another kind, a file over
 * maxFileBytes). Dot-files and dot-folders are skipped silently. Without `-l`, `sizes` holds the
 * size of every blob listed.
 */
function treeEntries(
  records: readonly TreeRecord[],
  prefix: string,
  maxFileBytes: number,
  sizes?: ReadonlyMap<string, number>,
): { issues: Issue[]; candidates: TreeBlob[] } {
  const issues: Issue[] = [];
  const candidates: TreeBlob[] = [];
  const issue = (code: OpenHintCode, file: string, message: string, hint: string) =>
    issues.push(makeIssue({ code, file, message, hint }));

  for (const { mode, type, sha, listedSize, full } of records) {
    // Given sizes hold every blob's (withSizes), and only a blob's size is read below.
    const size = sizes && sha ? sizes.get(sha)! : Number(listedSize);
    if (prefix && !full.startsWith(`${prefix}/`)) continue;
    const rel = prefix ? full.slice(prefix.length + 1) : full;
    const parts = rel.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) {
      issue(
        'path-escape',
        rel,
        'This path would lead outside the catalog folder.',
        'Rename the entry in the repository.',
      );
      continue;
    }
    if (parts.some((p) => p.startsWith('.'))) continue;
    if (mode === '120000') {
      issue('symlink', rel, 'Symbolic links are not read.', 'Commit the file itself instead of a link.');
    } else if (mode === '160000' || type === 'commit') {
      issue(
        'submodule',
        rel,
        'A submodule inside the catalog is not read.',
        'Commit the files themselves instead of a submodule.',
      );
    } else if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !sha) {
      issue(
        'not-a-file',
        rel,
        `This tree entry (mode ${mode}) is not a regular file and is not read.`,
        'Commit regular files only.',
      );
    } else if (size > maxFileBytes) {
      issue(
        'limit-file-bytes',
        rel,
        `The file is ${size} bytes; the limit maxFileBytes is ${maxFileBytes}.`,
        'Split the file, or raise limits.max_file_bytes in benchbench.yaml.',
      );
    } else {
      candidates.push({ path: rel, sha, size });
    }
  }
  return { issues, candidates };
}

/** One record of `ls-tree -z` output: `<mode> <type> <object>[ <size>]<TAB><path>` (the size with `-l`). */
interface TreeRecord {
  readonly mode?: string;
  readonly type?: string;
  readonly sha?: string;
  readonly listedSize?: string;
  readonly full: string;
}

/** The records of `ls-tree -z` output, read once for the sizes to ask and the entries. */
function treeRecords(listing: string): TreeRecord[] {
  return listing
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode, type, sha, listedSize] = record.slice(0, tab).split(/ +/);
      return { mode, type, sha, listedSize, full: record.slice(tab + 1) };
    });
}

/** Files of the catalog folder that differ between two commits (renames as delete + add). */
export async function changedFiles(
  repoDir: string,
  baseRev: string,
  headRev: string,
  catalogDir: string,
): Promise<ChangedFile[]> {
  const prefix = catalogPrefix(catalogDir);
  const [base, head] = [await resolveCommit(repoDir, baseRev), await resolveCommit(repoDir, headRev)];
  const out = await git(repoDir, [
    'diff',
    '--name-status',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    base,
    head,
    ...pathspec(prefix),
  ]);
  const fields = out.toString('utf8').split('\0');
  const changes: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [letter, full] = [fields[i]!, fields[i + 1]!];
    if (prefix && !full.startsWith(`${prefix}/`)) continue;
    const status = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified';
    changes.push({ status, path: prefix ? full.slice(prefix.length + 1) : full });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `./catalog/` -> `catalog`; `.` or `` -> `` (the repository root). Refuses paths that climb out. */
/** The bytes of benchbench.yaml at a commit, if it is a small regular file. */
async function configBlob(repoDir: string, commit: string, prefix: string): Promise<Uint8Array | undefined> {
  const file = prefix ? `${prefix}/benchbench.yaml` : 'benchbench.yaml';
  const entry = (await git(repoDir, ['ls-tree', '-z', '-l', '--full-tree', commit, '--', file])).toString(
    'utf8',
  );
  const [mode, type, sha, size] = entry.slice(0, entry.indexOf('\t')).split(/ +/);
  if (type !== 'blob' || mode === '120000' || !sha || Number(size) > DEFAULT_LIMITS.maxFileBytes)
    return undefined;
  return new Uint8Array(await git(repoDir, ['cat-file', 'blob', sha]));
}

function catalogPrefix(catalogDir: string): string {
  const parts = catalogDir.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (catalogDir.startsWith('/') || parts.includes('..')) {
    throw new GitError(
      `The catalog folder must be a path inside the repository, not ${JSON.stringify(catalogDir)}`,
    );
  }
  return parts.join('/');
}

const pathspec = (prefix: string): string[] => (prefix ? ['--', prefix] : []);

/**
 * Adds the blobs `shas` to `blobs`, streamed from one `git cat-file --batch`: each is copied
 * once, from git's output into its place in one buffer of the size `sizes` (ls-tree's) add up to,
 * so reading a large catalog needs its size in memory, not twice that. The buffer is shared
 * memory, so that a parse worker (parse-pool.ts) reads the blobs where they are.
 */
function catFileBlobs(
  repoDir: string,
  shas: readonly string[],
  sizes: ReadonlyMap<string, number>,
  blobs: Map<string, Uint8Array>,
  arrived: () => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const arena = new BlobArena(shas, sizes);
    const child = spawnGit(repoDir, ['cat-file', '--batch']);
    /** The blob being read: k; its header so far, or its body and how much of it is filled. */
    let k = 0;
    let header: Buffer[] = [];
    let body: Uint8Array | undefined;
    let filled = 0;
    let newlineDue = false;
    let failure: Error | undefined;
    const stderr: Buffer[] = [];
    const finishBlob = (): void => {
      blobs.set(shas[k]!, body!);
      body = undefined;
      k++;
      newlineDue = true;
      try {
        arrived();
      } catch (e) {
        // The listener's error ends the reading: it is the caller's to report.
        failure = e instanceof Error ? e : new Error(String(e));
        child.kill();
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length && !failure) {
        if (newlineDue) {
          // Every blob's content is followed by a newline.
          newlineDue = false;
          at++;
        } else if (body) {
          const n = Math.min(body.length - filled, chunk.length - at);
          // Buffer#copy is a memcpy; TypedArray#set into shared memory copies with atomic
          // element stores, several times slower (0.1 to 0.5 s on a 186 MB catalog).
          chunk.copy(body, filled, at, at + n);
          filled += n;
          at += n;
          if (filled === body.length) finishBlob();
        } else {
          const eol = chunk.indexOf(10, at);
          header.push(chunk.subarray(at, eol < 0 ? chunk.length : eol));
          if (eol < 0) break;
          at = eol + 1;
          const [sha, type, size] = Buffer.concat(header).toString('utf8').split(' ');
          header = [];
          if (sha !== shas[k] || type !== 'blob' || !/^\d+$/.test(size ?? '')) {
            failure = new GitError(
              `git cat-file returned ${JSON.stringify(`${sha} ${type}`)} for ${shas[k]}`,
            );
            child.kill();
            break;
          }
          body = arena.body(shas[k]!, Number(size));
          filled = 0;
          if (body.length === 0) finishBlob();
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.on('error', (e) => reject(new GitError(`git cat-file failed: ${e.message}`)));
    child.on('close', (code) => {
      const error = failure ?? closedEarly(code, stderr, k, shas.length);
      if (error) reject(error);
      else resolve();
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(shas.map((sha) => `${sha}\n`).join(''));
  });
}

/** Why a `git cat-file --batch` that closed with `code` after `read` of `asked` blobs failed, if it did. */
function closedEarly(
  code: number | null,
  stderr: readonly Buffer[],
  read: number,
  asked: number,
): GitError | undefined {
  if (code !== 0) {
    const said = Buffer.concat(stderr).toString('utf8').trim();
    return new GitError(`git cat-file failed: ${said || `exit code ${code}`}`);
  }
  if (read < asked) return new GitError(`git cat-file stopped after ${read} of ${asked} blobs`);
  return undefined;
}

/**
 * One shared buffer for the blobs of one `git cat-file`, each in its place, of the sizes ls-tree
 * listed. A blob of another size than listed (it cannot be, for the same id) gets a buffer of its own.
 */
class BlobArena {
  private readonly buffer: SharedArrayBuffer;
  private used = 0;

  constructor(
    shas: readonly string[],
    private readonly sizes: ReadonlyMap<string, number>,
  ) {
    this.buffer = new SharedArrayBuffer(shas.reduce((sum, sha) => sum + sizes.get(sha)!, 0));
  }

  /** The place of blob `sha`, of `size` bytes. */
  body(sha: string, size: number): Uint8Array {
    if (size !== this.sizes.get(sha)) return new Uint8Array(size);
    const view = new Uint8Array(this.buffer, this.used, size);
    this.used += size;
    return view;
  }
}
