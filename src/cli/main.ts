/**
 * `benchbench`: the command-line entry (bundled to dist/cli.js, a few lines). It runs the program
 * (run.ts, bundled to one CommonJS file, dist/cli-run.cjs) through V8's code cache (code-cache.ts):
 * from the second run of a command on, the functions that command compiled are read from the
 * cache instead of being compiled again. NODE_DISABLE_COMPILE_CACHE=1 turns the cache off.
 */
import path from 'node:path';
import { runOf, runProgram } from './code-cache.js';

/** The program's content hash, written in by scripts/build.mjs. */
declare const PROGRAM_BUILD: string;

// Bundled as CommonJS (scripts/build.mjs): __dirname is dist/.
runProgram(path.join(__dirname, 'cli-run.cjs'), {
  build: PROGRAM_BUILD,
  command: runOf(process.argv),
});
