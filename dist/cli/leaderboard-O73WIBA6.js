import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  leaderboardDocument,
  leaderboardJson,
  leaderboardMarkdown,
  leaderboardText
} from "./chunk-WR3FC3SO.js";
import "./chunk-2IWO7M66.js";
import "./chunk-CI7HPVOO.js";
import {
  scoredFolder
} from "./chunk-OIAFJMER.js";
import "./chunk-I2SOMBBY.js";
import "./chunk-WUSCOLWA.js";
import {
  presetOption
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import "./chunk-BDPTSPK4.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  limitOption,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  Option,
  printJson,
  printText
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/leaderboard.ts
function leaderboardCommand() {
  return new Command("leaderboard").summary("the leaderboard of a catalog").description(
    `Scores every scenario of the catalog by its agreement with the aggregate (benchbench.yaml's method), with the Z score, rank and their 90% intervals, and beside them how far to trust each scenario ("saturated"; "N rows to check", listed with file and line; a legend explains both, and neither changes the score; thresholds under trust: in benchbench.yaml). Errors in the catalog are printed; scenarios of a file with errors keep their good cells. Exit code 1 when the catalog has an error.`
  ).addOption(catalogOption()).addOption(
    new Option("--json", "print leaderboard.json (docs/leaderboard-json.md)").conflicts("markdown")
  ).option("--markdown", "print LEADERBOARD.md").option("--board <id>", "only this leaderboard of benchbench.yaml").addOption(limitOption("benchmarks per leaderboard in the text and Markdown", 0)).addOption(verboseOption()).addOption(presetOption()).action(async (flags) => {
    const { scores, method, failed } = await scoredFolder(flags, { onDemand: true, nonEmpty: true });
    let doc = leaderboardDocument(scores);
    if (flags.board) {
      const boards = doc.boards.filter((b) => b.id === flags.board);
      if (!boards.length)
        throw new CliError(
          `no leaderboard "${flags.board}"; the catalog has: ${doc.boards.map((b) => b.id).join(", ")}`,
          1
        );
      doc = { ...doc, boards };
    }
    if (flags.json) printJson(leaderboardJson(doc));
    else if (flags.limit) {
      const top = { ...doc, boards: doc.boards.map((b) => ({ ...b, rows: b.rows.slice(0, flags.limit) })) };
      const cut = doc.boards.reduce((n, b) => n + Math.max(0, b.rows.length - flags.limit), 0);
      if (flags.markdown) process.stdout.write(leaderboardMarkdown(top, method));
      else printText(leaderboardText(top));
      if (cut) process.stderr.write(`(${cut} more rows; --limit 0 shows all)
`);
    } else if (flags.markdown) process.stdout.write(leaderboardMarkdown(doc, method));
    else printText(leaderboardText(doc));
    if (failed) process.exitCode = 1;
  });
}
export {
  leaderboardCommand
};
