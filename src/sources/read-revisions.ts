/**
 * Two revisions of a catalog, read from git objects for a comparison: the pull request check,
 * comment mode and `benchbench diff` all read through here, so all three read alike.
 *
 * - Both revisions are read with the same limits, the base's (its `benchbench.yaml`, or the
 *   defaults when the base has none): a head cannot raise the caps it is read under.
 * - One map of blobs: the head reads only the blobs that differ from the base's, and git finds
 *   the size of those only (listCatalogAtRev's `knownSizes`).
 * - The changed files are those of the catalog folder between the two commits.
 * - Once the base is listed, the head is listed, its own blobs read and the changed files found
 *   while git is still sending the base.
 * - The base's files are read into a memo while git is still sending them (catalogPreparer), so
 *   that loading the base with that memo (`buildPrReport`'s `memo`) finds them read, its content
 *   hash made.
 * - A large base is parsed on two threads (parse-pool.ts): the worker takes its results files of
 *   PARSE_POOL_MIN_FILE_BYTES or more, as they arrive, while it has fewer than 12 of them.
 * A revision that is no commit, or a failing git, throws GitError (run-git.ts).
 */
import { FileMemo } from '../catalog/file-memo.js';
import { catalogPreparer, CONFIG_FILE, MODELS_FILE, type CatalogPreparer } from '../catalog/load-catalog.js';
import type { CatalogSnapshot, Limits } from '../catalog/types.js';
import { ParsePool, PARSE_POOL_MIN_BYTES, PARSE_POOL_MIN_FILE_BYTES } from './parse-pool.js';
import {
  changedFiles,
  listCatalogAtRev,
  readListed,
  type ChangedFile,
  type ListedCatalog,
} from './read-git.js';

export interface Revisions {
  readonly base: CatalogSnapshot;
  readonly head: CatalogSnapshot;
  /** Catalog-relative paths, added, modified or deleted between base and head, sorted. */
  readonly changed: readonly ChangedFile[];
  /** The limits both were read with (the base's). */
  readonly limits: Limits;
  /** The base's files, read while git sent them: load both catalogs with it. */
  readonly memo: FileMemo;
}

export interface RevisionsRequest {
  /** The repository's folder (its top level or any folder in it). */
  readonly repoDir: string;
  /** The catalog folder, relative to the repository's top level (`.` for the top level). */
  readonly catalogDir: string;
  /** Revisions: a branch, tag or commit each. */
  readonly base: string;
  readonly head: string;
  /** Hears when each side starts being read (for a progress line). */
  readonly onRead?: (side: 'base' | 'head') => void;
  /**
   * The worker program that parses results files on a second thread (parse-pool.ts); null parses
   * on this thread only. By default dist/parse-worker.cjs beside the running bundle, for a base
   * with at least PARSE_POOL_MIN_BYTES in files of PARSE_POOL_MIN_FILE_BYTES or more.
   */
  readonly parseWorker?: string | null;
}

export async function readRevisions(request: RevisionsRequest): Promise<Revisions> {
  const { repoDir, catalogDir, onRead } = request;
  const blobs = new Map<string, Uint8Array>();
  const memo = new FileMemo();
  onRead?.('base');
  const baseListed = await listCatalogAtRev(repoDir, request.base, catalogDir);
  const { limits } = baseListed;
  const pool = parsePool(request, baseListed);
  let preparer: CatalogPreparer | undefined;
  // git starts sending the base (readListed spawns it at once) before the head's git processes.
  const baseRead = readListed(repoDir, baseListed, blobs, {
    first: [CONFIG_FILE, MODELS_FILE],
    start: (paths) => (preparer = catalogPreparer(paths, memo, pool?.offer)).hear,
  }).then(async (base) => {
    await preparer?.done();
    return base;
  });
  // The head is listed, and the changed files found, while git sends the base; the head then
  // reads only the blobs the base does not have.
  onRead?.('head');
  const baseSizes = new Map(baseListed.wanted.map((b) => [b.sha, b.size]));
  const headListed = listCatalogAtRev(repoDir, request.head, catalogDir, limits, baseSizes);
  const changed = changedFiles(repoDir, baseListed.sha, request.head, catalogDir);
  // Handled below, once the base is read; a rejection before then must not go unheard.
  void Promise.allSettled([headListed, changed, baseRead]);
  const baseShas = new Set(baseListed.wanted.map((b) => b.sha));
  const headRead = headListed.then((listed) =>
    readListed(repoDir, listed, blobs, undefined, { skip: baseShas, wait: baseRead }),
  );
  try {
    const [base, head] = await Promise.all([baseRead, headRead]);
    return { base, head, changed: await changed, limits, memo };
  } finally {
    await pool?.close();
  }
}

/** The second thread the base's results files are parsed on, if any (parse-pool.ts). */
function parsePool(request: RevisionsRequest, listed: ListedCatalog): ParsePool | undefined {
  const { parseWorker } = request;
  if (parseWorker === null) return undefined;
  if (parseWorker !== undefined) return new ParsePool(parseWorker);
  const bundled = ParsePool.bundled();
  const bytes = listed.wanted.reduce((sum, b) => sum + (b.size >= PARSE_POOL_MIN_FILE_BYTES ? b.size : 0), 0);
  return bundled !== undefined && bytes >= PARSE_POOL_MIN_BYTES ? new ParsePool(bundled) : undefined;
}
