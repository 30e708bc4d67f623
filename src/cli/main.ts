/** `benchbench`: the command-line entry (bundled to dist/cli.js). */
import { CommanderError } from 'commander';
import { TimeLimitError } from '../catalog/deadline.js';
import { CliError } from './output.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CliError || e instanceof TimeLimitError) {
      process.stderr.write(`benchbench: ${e.message}\n`);
      process.exitCode = e instanceof CliError ? e.exitCode : 1;
    } else if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`benchbench: unexpected failure: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 70;
    }
  }
}

await main();
