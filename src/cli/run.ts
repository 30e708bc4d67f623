/** `benchbench`: the command-line program, run by the entry main.ts (bundled to dist/cli-run.cjs). */
import { CommanderError } from 'commander';
import { TimeLimitError } from '../catalog/deadline.js';
import { CliError } from './output.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  try {
    await (await buildProgram()).parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CliError || e instanceof TimeLimitError) {
      process.stderr.write(`benchbench: ${e.message}\n`);
      process.exitCode = e instanceof CliError ? e.exitCode : 1;
    } else if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
    } else if (isSystemError(e)) {
      // A file or folder the command was pointed at cannot be used (EEXIST, ENOTDIR, EACCES, ...).
      process.stderr.write(`benchbench: cannot ${e.syscall ?? 'use'} ${e.path ?? ''}: ${e.code}\n`);
      process.exitCode = 2;
    } else {
      const debug = process.env.BENCHBENCH_DEBUG === '1';
      process.stderr.write(
        `benchbench: unexpected failure: ${debug ? ((e as Error).stack ?? e) : ((e as Error).message ?? e)}\n` +
          (debug ? '' : '(set BENCHBENCH_DEBUG=1 for the stack trace, and please report it)\n'),
      );
      process.exitCode = 70;
    }
  }
}

const isSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;

void main();
