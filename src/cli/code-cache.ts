/**
 * Runs the CLI program (one CommonJS file) through V8's code cache, kept after a run rather than
 * after compiling. Node's own compile cache (`module.enableCompileCache`) is written when a module
 * is compiled, so it holds only the functions V8 compiles eagerly; the functions a command calls
 * are compiled again, lazily, on every run. Here the cache is made at the end of the first run of
 * a command (`vm.Script#createCachedData`), so it holds every function that run compiled, and a
 * later run of the same command starts with them compiled.
 *
 * The cache is a file per program build, Node version and command in `benchbench-code-cache/` of
 * the temporary folder: a folder of the user that no one else may write to, since the cache is
 * code (another owner, a symbolic link or a folder others can write to: no cache). V8 checks a
 * cache against its own version and flags, and one it rejects is written again.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does Node's. Failing to read or write the
 * cache never fails a run: the program is then compiled as usual.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { isCommandName, VERSION_FLAGS } from './command-names.js';

export const CACHE_FOLDER = 'benchbench-code-cache';

/** What the cache of one run is kept under. */
export interface CacheKey {
  /** The program's build: its content hash, written into the entry by scripts/build.mjs. */
  readonly build: string;
  /** What the run does (`runOf`): one command's caches are its own. */
  readonly command: string;
}

/** Where the cache of one run is: `dir/<stamp>-<node version>-<arch>-<run>.bin`. */
export interface CacheFile {
  readonly dir: string;
  /** The program file as built: its build, size and time (a program edited after its build is not its build). */
  readonly stamp: string;
  readonly path: string;
}

/** The cache file for `key`, or undefined when the cache is off or its folder is not safe to use. */
export function cacheFile(
  program: string,
  key: CacheKey,
  env: NodeJS.ProcessEnv = process.env,
): CacheFile | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = path.join(os.tmpdir(), CACHE_FOLDER);
  if (!ownPrivateFolder(dir)) return undefined;
  const { size, mtimeMs } = statSync(program);
  const stamp = `${key.build}-${size}-${Math.trunc(mtimeMs)}`;
  return {
    dir,
    stamp,
    path: path.join(dir, `${stamp}-${process.version}-${process.arch}-${key.command}.bin`),
  };
}

/**
 * What a run does, as far as what it compiles goes: the command it names (`agree`, or
 * `agree-help` for its help, which runs none of it), `version`, or `all` (the top-level help,
 * `help` and a mistyped name, which build every command).
 */
export function runOf(argv: readonly string[]): string {
  const args = argv.slice(2);
  const first = args[0] ?? '';
  if (VERSION_FLAGS.includes(first)) return 'version';
  if (!isCommandName(first)) return 'all';
  return args.some((a) => a === '-h' || a === '--help') ? `${first}-help` : first;
}

/** Whether `dir` (created when missing) is a folder of this user that no one else may write to. */
export function ownPrivateFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = lstatSync(dir);
    if (!s.isDirectory()) return false;
    // No owner or modes to check on Windows, where the temporary folder is the user's own.
    if (process.getuid === undefined) return true;
    return s.uid === process.getuid() && (s.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * Runs the CommonJS program at `program` (an absolute path, ASCII only: it is read as Latin-1,
 * which is faster than UTF-8), with the code cache of `key`.
 */
export function runProgram(program: string, key: CacheKey): void {
  const source = readFileSync(program, 'latin1');
  const file = cacheFile(program, key);
  const cachedData = file === undefined ? undefined : readCache(file.path);
  const script = new vm.Script(Module.wrap(source), {
    filename: program,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (file !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
    // Only a run that succeeded: one stopped by a usage error compiled little of what its command uses.
    process.once('exit', (code) => code === 0 && writeCache(file, script));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {}, filename: program, id: program };
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(program),
    module,
    program,
    path.dirname(program),
  );
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Caches of other builds of the program are removed once unused this long (ms). */
export const STALE_AFTER = 7 * 24 * 3600 * 1000;

/**
 * Writes the cache of everything compiled so far, atomically (a file of its own, then renamed),
 * and removes the caches of other builds not used for STALE_AFTER (two versions of the program
 * run in turn keep their caches).
 */
function writeCache(file: CacheFile, script: vm.Script): void {
  try {
    const now = Date.now();
    for (const old of readdirSync(file.dir)) {
      if (old.startsWith(`${file.stamp}-`)) continue;
      const at = path.join(file.dir, old);
      const { atimeMs, mtimeMs } = statSync(at);
      if (now - Math.max(atimeMs, mtimeMs) > STALE_AFTER) rmSync(at, { force: true });
    }
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    renameSync(partial, file.path);
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}
