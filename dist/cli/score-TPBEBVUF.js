import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_UNMATCHED_LIMIT,
  buildPrReport,
  renderPrComment,
  reportText
} from "./chunk-B7ORMNAA.js";
import "./chunk-2IWO7M66.js";
import "./chunk-CI7HPVOO.js";
import {
  readFolderFiles
} from "./chunk-I2SOMBBY.js";
import "./chunk-WUSCOLWA.js";
import {
  presetOption
} from "./chunk-YAV7MX6X.js";
import "./chunk-ITNWOIZY.js";
import {
  contentHash
} from "./chunk-BDPTSPK4.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  limitOption,
  requirePath,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  Command,
  printJson,
  printText
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/score.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function scoreCommand() {
  return new Command("score").summary("score a results file against the catalog without adding it").description(
    `A contributor's check before opening a pull request: the file is scored as if it were added to the catalog as benchmarks/<name>.csv (replacing a file of that name), with the metadata next to it (<name>.yaml) or --metadata. Prints its Z, agreement and 90% interval, the models it shares with the aggregate, its rank, the models that match no catalog model (with the closest names), and the rank changes it causes; beside the score, whether each of its scenarios is saturated and which of its rows rank far from the aggregate ("check this row", with the line). Exit code 1 when the file has an error.`
  ).argument("<file>", "results CSV (wide or long)").addOption(catalogOption()).option("--metadata <yaml>", "metadata file (default: <file stem>.yaml next to the file)").option("--json", "print the report as JSON (the schema of the action's report artifact)").option("--markdown", "print the pull-request comment the action would post").addOption(limitOption("unmatched models per benchmark", DEFAULT_UNMATCHED_LIMIT)).addOption(verboseOption()).addOption(presetOption()).action(async (file, flags) => {
    requirePath(file, "file", "the results file");
    if (flags.metadata) requirePath(flags.metadata, "file", "--metadata");
    const stem = path.basename(file).replace(/\.[^.]*$/, "");
    const base = await readFolderFiles(flags.catalog);
    const rel = `benchmarks/${stem}.csv`;
    const metaRel = `benchmarks/${stem}.yaml`;
    const head = new Map(base.files);
    head.set(rel, readFileSync(file));
    const metadata = flags.metadata ?? path.join(path.dirname(file), `${stem}.yaml`);
    if (existsSync(metadata)) head.set(metaRel, readFileSync(metadata));
    else if (!head.has(metaRel)) {
      process.stderr.write(
        `note: no metadata (${metadata}); scored with name "${stem}", higher is better
`
      );
      head.set(metaRel, new TextEncoder().encode(`name: ${JSON.stringify(stem)}
`));
    }
    const started = performance.now();
    const report = buildPrReport({
      base: { sha: contentHash(base.files).slice(7), files: base.files, issues: base.issues },
      head: { sha: contentHash(head).slice(7), files: head, issues: [] },
      changedFiles: [rel, metaRel],
      repository: "",
      pullRequest: null,
      catalogDir: flags.catalog,
      reproduce: `benchbench score ${file} --catalog ${flags.catalog}${flags.metadata ? ` --metadata ${flags.metadata}` : ""}${flags.preset ? ` --preset ${flags.preset}` : ""}`,
      ...flags.preset && { preset: flags.preset }
    });
    const timed = { ...report, elapsedMs: Math.round(performance.now() - started) };
    if (flags.json) printJson(timed);
    else if (flags.markdown) process.stdout.write(renderPrComment(timed, { target: "summary" }));
    else printText(reportText(timed, { limit: flags.limit, verbose: flags.verbose ?? false }));
    if (!report.valid) process.exitCode = 1;
  });
}
export {
  scoreCommand
};
