import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VERSION
} from "./cli/chunk-CI7HPVOO.js";
import {
  TimeLimitError
} from "./cli/chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  CommanderError
} from "./cli/chunk-UH3OXTXY.js";

// src/cli/program.ts
var COMMANDS = [
  ["validate", async () => (await import("./cli/validate-YZLXDAWQ.js")).validateCommand()],
  ["leaderboard", async () => (await import("./cli/leaderboard-O73WIBA6.js")).leaderboardCommand()],
  ["score", async () => (await import("./cli/score-TPBEBVUF.js")).scoreCommand()],
  ["agree", async () => (await import("./cli/agree-P35V5PPY.js")).agreeCommand()],
  ["aggregate", async () => (await import("./cli/aggregate-IZ22JDF3.js")).aggregateCommand()],
  ["diff", async () => (await import("./cli/diff-GKW7H2ZF.js")).diffCommand()],
  ["similar", async () => (await import("./cli/similar-NYMIWTE6.js")).similarCommand()],
  ["alternatives", async () => (await import("./cli/alternatives-N43CJHCE.js")).alternativesCommand()],
  ["subset", async () => (await import("./cli/subset-MQV26Z2A.js")).subsetCommand()],
  ["merge", async () => (await import("./cli/merge-HROADFVR.js")).mergeCommand()],
  ["site", async () => (await import("./cli/site-WIP4SGYZ.js")).siteCommand()],
  ["simulate", async () => (await import("./cli/simulate-7HZ2OJLV.js")).simulateCommandLine()],
  [
    "import-benchbench",
    async () => (await import("./cli/import-benchbench-VJ4RCSFX.js")).importBenchBenchCommand()
  ],
  ["init", async () => (await import("./cli/init-BKWT7G76.js")).initCommand()]
];
var VERSION_FLAGS = ["-V", "--version"];
var COMMAND_NAMES = COMMANDS.map(([name]) => name);
async function buildProgram(args = process.argv.slice(2)) {
  const program = new Command("benchbench").description(
    "BenchBench for pull requests: validate benchmark results, score their agreement with the aggregate, and build the leaderboard. Docs: README.md and docs/ in the benchbench-action repository."
  ).version(VERSION).showHelpAfterError("(run with --help for usage)").configureHelp({ showGlobalOptions: true });
  const commands = await Promise.all(commandsFor(args).map(([, load]) => load()));
  for (const cmd of commands) program.addCommand(cmd);
  return program;
}
function commandsFor(args) {
  if (VERSION_FLAGS.includes(args[0] ?? "")) return [];
  const named = COMMANDS.filter(([name]) => name === args[0]);
  return named.length ? named : COMMANDS;
}

// src/cli/run.ts
async function main() {
  try {
    await (await buildProgram()).parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CliError || e instanceof TimeLimitError) {
      process.stderr.write(`benchbench: ${e.message}
`);
      process.exitCode = e instanceof CliError ? e.exitCode : 1;
    } else if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
    } else if (isSystemError(e)) {
      process.stderr.write(`benchbench: cannot ${e.syscall ?? "use"} ${e.path ?? ""}: ${e.code}
`);
      process.exitCode = 2;
    } else {
      const debug = process.env.BENCHBENCH_DEBUG === "1";
      process.stderr.write(
        `benchbench: unexpected failure: ${debug ? e.stack ?? e : e.message ?? e}
` + (debug ? "" : "(set BENCHBENCH_DEBUG=1 for the stack trace, and please report it)\n")
      );
      process.exitCode = 70;
    }
  }
}
var isSystemError = (e) => e instanceof Error && typeof e.code === "string" && "syscall" in e;
await main();
