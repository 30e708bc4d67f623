/**
 * `benchbench`: the command-line entry (bundled to dist/cli.js, a few lines). It turns on Node's
 * compile cache (`module.enableCompileCache`, Node >= 22.1; NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off), then loads the program (run.ts, bundled to dist/cli-run.js): from the second run on, the
 * program's 1.5 MB of JavaScript is read from the cache instead of being compiled again.
 */
import module from 'node:module';

module.enableCompileCache?.();
// A computed specifier: the bundler leaves this import alone, so that the program stays a file
// of its own, loaded after the cache is on.
const program = './cli-run.js';
await import(program);
