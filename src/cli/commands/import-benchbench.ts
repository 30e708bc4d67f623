import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import {
  AGGREGATE_FILE,
  LOWER_IS_BETTER_FILE,
  importBenchBench,
} from '../../benchbench/import-benchbench.js';
import { forceOption, plural, verboseOption } from '../common-options.js';
import { CliError, printJson, reportIssues } from '../output.js';
import { writeFiles } from '../write-files.js';

interface Flags {
  out: string;
  modelColumn?: string;
  lowerIsBetter?: string;
  prettifiedNames?: string;
  aggregate?: string;
  force?: boolean;
  json?: boolean;
  verbose?: boolean;
}

const PRETTIFIED_FILE = 'prettified_names.json';

export function importBenchBenchCommand(): Command {
  return new Command('import-benchbench')
    .summary("convert BenchBench's CSV catalog into this catalog format")
    .description(
      "Reads BenchBench's results files (<source>_<yymmdd>_<category>.csv) from DIR, DIR/catalog or " +
        'DIR/benchmarks, with lower_is_better_benchmarks.txt, prettified_names.json and ' +
        "scenarios_for_aggregate.txt from DIR or its parent, normalises names with BenchBench's own rules, " +
        'and writes benchbench.yaml and benchmarks/<stem>.csv + .yaml under --out. Every problem met is ' +
        'reported; a file whose first column is not "model" is skipped unless --model-column names it. ' +
        "The aggregate written is the BenchBench package example's: the scenarios named (by display name) in " +
        'scenarios_for_aggregate.txt, those the files lack warned about and left out, models kept with scores in ' +
        'at least max(1, floor(listed / 3)) of them; the method kendall, 10 models per sample, random, 100 ' +
        'samples (without the file: every scenario, at least 1). The BenchBench leaderboard Space scores ' +
        'differently by default: its aggregate names LiveBench 240725 where the example names LiveBench 240829, ' +
        'with 8 models per sample, 10 samples and at least 2 scenarios per model. Score an imported catalog ' +
        'as the Space does with --preset benchbench-space, or write `method: { preset: benchbench-space }` in ' +
        "place of benchbench.yaml's aggregate and method.",
    )
    .argument('<dir>', "folder of BenchBench's files")
    .requiredOption('--out <catalog-dir>', 'where to write the catalog')
    .option('--model-column <name>', 'accept this first-column name as "model" (lvbench uses llm_model)')
    .option(
      '--lower-is-better <file>',
      `the list of lower-is-better stems (default: ${LOWER_IS_BETTER_FILE})`,
    )
    .option('--prettified-names <file>', `scenario display names (default: ${PRETTIFIED_FILE})`)
    .option('--aggregate <file>', `the aggregate's scenarios (default: ${AGGREGATE_FILE})`)
    .addOption(forceOption('a catalog'))
    .option('--json', 'print the issues and the files written as JSON')
    .addOption(verboseOption())
    .action((dir: string, flags: Flags) => {
      const result = importBenchBench(importInput(dir, flags));
      writeFiles(flags.out, result.files, flags.force);
      if (flags.json) printJson({ written: [...result.files.keys()].sort(), issues: result.issues });
      else {
        reportIssues(result.issues, flags.verbose);
        process.stderr.write(
          `wrote ${plural(result.files.size, 'file')} (${plural(result.rows.length, 'score')}) to ${flags.out}\n`,
        );
      }
      if (result.issues.some((i) => i.severity === 'error')) process.exitCode = 1;
    });
}

/**
 * BenchBench's files from DIR: its results files (from the first of DIR/catalog,
 * DIR/benchmarks, DIR/assets/benchmarks and DIR holding a .csv) and its three lists, each from
 * the flag naming it or else the first of DIR, the CSV folder and DIR's parent that has it.
 */
function importInput(dir: string, flags: Flags): Parameters<typeof importBenchBench>[0] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${dir} is not a folder`);
  const csvDir = ['catalog', 'benchmarks', 'assets/benchmarks', '.']
    .map((d) => path.join(dir, d))
    .find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.csv')));
  if (!csvDir) throw new CliError(`no .csv files in ${dir}, ${dir}/catalog or ${dir}/benchmarks`);
  const find = (explicit: string | undefined, name: string): string | undefined =>
    explicit ??
    [dir, csvDir, path.dirname(path.resolve(dir))].map((d) => path.join(d, name)).find((f) => existsSync(f));
  const files = new Map<string, Uint8Array>();
  for (const f of readdirSync(csvDir)
    .filter((f) => f.endsWith('.csv'))
    .sort())
    files.set(f, readFileSync(path.join(csvDir, f)));
  const aggregateScenarios = readLines(find(flags.aggregate, AGGREGATE_FILE));
  return {
    files,
    lowerIsBetter: readLines(find(flags.lowerIsBetter, LOWER_IS_BETTER_FILE)) ?? [],
    prettifiedNames: readPrettifiedNames(find(flags.prettifiedNames, PRETTIFIED_FILE)),
    ...(aggregateScenarios ? { aggregateScenarios } : {}),
    ...(flags.modelColumn ? { modelColumn: flags.modelColumn } : {}),
  };
}

/** The non-empty lines of a list file, trimmed; undefined when no file is given. */
function readLines(file: string | undefined): string[] | undefined {
  if (file === undefined) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`${file} is not a readable file`);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Scenario display names from prettified_names.json; none (with a warning) without the file. */
function readPrettifiedNames(file: string | undefined): Record<string, string> {
  if (!file) {
    process.stderr.write(`warning: no ${PRETTIFIED_FILE} found; scenario ids are used as display names\n`);
    return {};
  }
  if (!statSync(file, { throwIfNoEntry: false })?.isFile())
    throw new CliError(`${file} is not a readable file`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (e) {
    throw new CliError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}
