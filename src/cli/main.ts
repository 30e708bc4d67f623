/**
 * `benchbench`: the command-line entry (bundled to dist/cli.js, a few lines). It turns on Node's
 * compile cache (`module.enableCompileCache`, Node >= 22.1; NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off), then loads the program (run.ts, bundled to dist/cli-run.js and its chunks under dist/cli/,
 * of which a run loads only its command's): from the second run on, that JavaScript is read from the
 * cache instead of being compiled again.
 */
import module from 'node:module';

module.enableCompileCache?.();
// A computed specifier: the bundler leaves this import alone, so that the program stays a file
// of its own, loaded after the cache is on.
const program = './cli-run.js';
await import(program);
