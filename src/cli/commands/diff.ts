import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Command } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { configuredLimits } from '../../catalog/config.js';
import { CONFIG_FILE } from '../../catalog/load-catalog.js';
import { changedFiles, GitError, readCatalogAtRev } from '../../catalog/read-git.js';
import { buildPrReport } from '../../pipeline/pr-report.js';
import { renderPrComment } from '../../report/pr-comment.js';
import { DEFAULT_CATALOG } from '../load.js';
import { presetOption } from '../method-options.js';
import { CliError, printJson } from '../output.js';
import { reportText } from '../report-text.js';

interface Flags {
  preset?: PresetName;
  base: string;
  head: string;
  catalog: string;
  json?: boolean;
  markdown?: boolean;
}

export function diffCommand(): Command {
  return new Command('diff')
    .summary('the leaderboard diff between two git revisions')
    .description(
      'Reads the catalog at both revisions from git objects (never from the work tree, never following ' +
        "symlinks), validates what changed, scores both with the base revision's settings and prints what " +
        "the change does: the changed benchmarks' scores and the rank changes. --markdown prints the " +
        'pull-request comment the action would post. Exit code 1 when a changed file has an error.',
    )
    .requiredOption('--base <rev>', 'base revision (branch, tag or commit)')
    .requiredOption('--head <rev>', 'head revision')
    .option('--catalog <dir>', 'the catalog folder, inside a git work tree', DEFAULT_CATALOG)
    .option('--json', 'print the report as JSON')
    .option('--markdown', 'print the pull-request comment')
    .addOption(presetOption())
    .action(async (flags: Flags) => {
      const catalogAbs = path.resolve(flags.catalog);
      let top: string;
      try {
        top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
          cwd: path.dirname(catalogAbs),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }).trim();
      } catch {
        throw new CliError(`${flags.catalog} is not inside a git work tree`);
      }
      const catalogDir = path.relative(top, catalogAbs).split(path.sep).join('/') || '.';
      try {
        const started = performance.now();
        // One map of blobs: the head reads only what differs from the base.
        const blobs = new Map<string, Uint8Array>();
        const base = await readCatalogAtRev(top, flags.base, catalogDir, undefined, blobs);
        // As in the action's check: the head is read with the base's limits.
        const limits = configuredLimits(base.files.get(CONFIG_FILE));
        const [head, changed] = await Promise.all([
          readCatalogAtRev(top, flags.head, catalogDir, limits, blobs),
          changedFiles(top, base.commit, flags.head, catalogDir),
        ]);
        if (base.files.size === 0 && head.files.size === 0) {
          throw new CliError(`there is no catalog at ${catalogDir} in ${flags.base} or in ${flags.head}`);
        }
        const report = buildPrReport({
          base: { sha: base.commit, files: base.files, issues: base.issues },
          head: { sha: head.commit, files: head.files, issues: head.issues },
          changedFiles: changed.map((c) => c.path),
          repository: '',
          pullRequest: null,
          catalogDir,
          ...(flags.preset && { preset: flags.preset }),
        });
        const timed = { ...report, elapsedMs: Math.round(performance.now() - started) };
        if (flags.json) printJson(timed);
        else if (flags.markdown) process.stdout.write(renderPrComment(timed, { target: 'summary' }));
        else process.stdout.write(reportText(timed));
        if (!report.valid) process.exitCode = 1;
      } catch (e) {
        if (e instanceof GitError) throw new CliError(e.message);
        throw e;
      }
    });
}
