import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { buildPrReport } from '../../pipeline/pr-report.js';
import { renderPrComment } from '../../report/pr-comment.js';
import { DEFAULT_CATALOG } from '../load.js';
import { presetOption } from '../method-options.js';
import { contentHash } from '../../catalog/content-hash.js';
import { readCatalogFolder } from '../../catalog/read-folder.js';
import { CliError, printJson } from '../output.js';
import { reportText } from '../report-text.js';

interface Flags {
  preset?: PresetName;
  catalog: string;
  metadata?: string;
  json?: boolean;
  markdown?: boolean;
}

export function scoreCommand(): Command {
  return new Command('score')
    .summary('score a results file against the catalog without adding it')
    .description(
      "A contributor's check before opening a pull request: the file is scored as if it were added to " +
        'the catalog as benchmarks/<name>.csv (replacing a file of that name), with the metadata next to it ' +
        '(<name>.yaml) or --metadata. Prints its Z, agreement and 90% interval, the models it shares with ' +
        'the aggregate, its rank, the models that match no catalog model (with the closest names), and ' +
        'the rank changes it causes; beside the score, whether each of its scenarios is saturated and ' +
        'which of its rows rank far from the aggregate ("check this row", with the line). Exit code 1 when ' +
        'the file has an error.',
    )
    .argument('<file>', 'results CSV (wide or long)')
    .option('--catalog <dir>', 'the catalog folder', DEFAULT_CATALOG)
    .option('--metadata <yaml>', 'metadata file (default: <file stem>.yaml next to the file)')
    .option('--json', "print the report as JSON (the schema of the action's report artifact)")
    .option('--markdown', 'print the pull-request comment the action would post')
    .addOption(presetOption())
    .action(async (file: string, flags: Flags) => {
      if (!existsSync(file)) throw new CliError(`${file} does not exist`);
      if (!statSync(file).isFile()) throw new CliError(`${file} is not a file`);
      if (flags.metadata && !existsSync(flags.metadata))
        throw new CliError(`--metadata ${flags.metadata} does not exist`);
      const stem = path.basename(file).replace(/\.[^.]*$/, '');
      const base = await readCatalogFolder(flags.catalog);
      const rel = `benchmarks/${stem}.csv`;
      const metaRel = `benchmarks/${stem}.yaml`;
      const head = new Map(base.files);
      head.set(rel, readFileSync(file));
      const metadata = flags.metadata ?? path.join(path.dirname(file), `${stem}.yaml`);
      if (existsSync(metadata)) head.set(metaRel, readFileSync(metadata));
      else if (!head.has(metaRel)) {
        process.stderr.write(
          `note: no metadata (${metadata}); scored with name "${stem}", higher is better\n`,
        );
        head.set(metaRel, new TextEncoder().encode(`name: ${JSON.stringify(stem)}\n`));
      }
      const started = performance.now();
      const report = buildPrReport({
        base: { sha: contentHash(base.files).slice(7), files: base.files, issues: base.issues },
        head: { sha: contentHash(head).slice(7), files: head, issues: [] },
        changedFiles: [rel, metaRel],
        repository: '',
        pullRequest: null,
        catalogDir: flags.catalog,
        reproduce: `benchbench score ${file} --catalog ${flags.catalog}${flags.metadata ? ` --metadata ${flags.metadata}` : ''}${flags.preset ? ` --preset ${flags.preset}` : ''}`,
        ...(flags.preset && { preset: flags.preset }),
      });
      const timed = { ...report, elapsedMs: Math.round(performance.now() - started) };
      if (flags.json) printJson(timed);
      else if (flags.markdown) process.stdout.write(renderPrComment(timed, { target: 'summary' }));
      else process.stdout.write(reportText(timed));
      if (!report.valid) process.exitCode = 1;
    });
}
