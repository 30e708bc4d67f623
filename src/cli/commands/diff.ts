import path from 'node:path';
import { Command } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { repositoryTop } from '../../sources/git.js';
import { readRevisions } from '../../sources/read-revisions.js';
import { GitError } from '../../sources/run-git.js';
import { buildPrReport } from '../../pipeline/pr-report.js';
import { renderPrComment } from '../../report/pr-comment.js';
import { catalogOption, limitOption, requirePath, verboseOption } from '../common-options.js';
import { progress } from '../progress.js';
import { CliError, printJson, printText } from '../output.js';
import { DEFAULT_UNMATCHED_LIMIT, reportText } from '../report-text.js';
import { presetOption } from '../method-options.js';

interface Flags {
  preset?: PresetName;
  base: string;
  head: string;
  catalog: string;
  json?: boolean;
  markdown?: boolean;
  limit: number;
  verbose?: boolean;
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
    .addOption(catalogOption())
    .option('--json', 'print the report as JSON')
    .option('--markdown', 'print the pull-request comment')
    .addOption(limitOption('unmatched models per benchmark', DEFAULT_UNMATCHED_LIMIT))
    .addOption(verboseOption())
    .addOption(presetOption())
    .action(async (flags: Flags) => {
      const catalogAbs = path.resolve(flags.catalog);
      // The folder must exist in the work tree to find the repository (its contents are read from git).
      requirePath(path.dirname(catalogAbs), 'folder', 'the folder of the catalog');
      const top = await repositoryTop(path.dirname(catalogAbs));
      if (top === null) throw new CliError(`${flags.catalog} is not inside a git work tree`);
      const catalogDir = path.relative(top, catalogAbs).split(path.sep).join('/') || '.';
      try {
        const started = performance.now();
        const bar = progress('reading');
        // As in the action's check: the head is read with the base's limits.
        const { base, head, changed, memo } = await readRevisions({
          repoDir: top,
          catalogDir,
          base: flags.base,
          head: flags.head,
          onRead: (side) => bar.stage(`reading ${side === 'base' ? flags.base : flags.head}`),
        });
        if (base.files.size === 0 && head.files.size === 0) {
          throw new CliError(`there is no catalog at ${catalogDir} in ${flags.base} or in ${flags.head}`);
        }
        const report = buildPrReport({
          base,
          head,
          memo,
          changedFiles: changed.map((c) => c.path),
          repository: '',
          pullRequest: null,
          catalogDir,
          onProgress: (side, done, total) => {
            if (done === 0) bar.stage(`scoring ${side}`);
            bar.update(done, total);
          },
          ...(flags.preset && { preset: flags.preset }),
        });
        bar.done();
        const timed = { ...report, elapsedMs: Math.round(performance.now() - started) };
        if (flags.json) printJson(timed);
        else if (flags.markdown) process.stdout.write(renderPrComment(timed, { target: 'summary' }));
        else printText(reportText(timed, { limit: flags.limit, verbose: flags.verbose ?? false }));
        if (!report.valid) process.exitCode = 1;
      } catch (e) {
        if (e instanceof GitError) throw new CliError(e.message);
        throw e;
      }
    });
}
