import { Command, Option } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { leaderboardJson } from '../../model/leaderboard-json.js';
import { leaderboardDocument } from '../../pipeline/leaderboard-document.js';
import { LISTED_ROWS, leaderboardMarkdown, leaderboardText } from '../../report/leaderboard-markdown.js';
import { catalogOption, limitOption, verboseOption } from '../common-options.js';
import { presetOption } from '../method-options.js';
import { scoredFolder } from '../catalog-command.js';
import { CliError, printJson, printText } from '../output.js';

interface Flags {
  preset?: PresetName;
  catalog: string;
  json?: boolean;
  markdown?: boolean;
  board?: string;
  limit: number;
  verbose?: boolean;
}

export function leaderboardCommand(): Command {
  return new Command('leaderboard')
    .summary('the leaderboard of a catalog')
    .description(
      "Scores every scenario of the catalog by its agreement with the aggregate (benchbench.yaml's method), " +
        'with the Z score, rank and their 90% intervals, and beside them how far to trust each scenario ' +
        '("saturated"; "N rows to check", listed with file and line; a legend explains both, and neither ' +
        'changes the score; thresholds under trust: in benchbench.yaml). Errors in the catalog are printed; ' +
        'scenarios of a ' +
        'file with errors keep their good cells. Exit code 1 when the catalog has an error.',
    )
    .addOption(catalogOption())
    .addOption(
      new Option('--json', 'print leaderboard.json (docs/leaderboard-json.md)').conflicts('markdown'),
    )
    .option('--markdown', 'print LEADERBOARD.md')
    .option('--board <id>', 'only this leaderboard of benchbench.yaml')
    .addOption(limitOption('benchmarks per leaderboard in the text and Markdown', 0))
    .addOption(verboseOption())
    .addOption(presetOption())
    .action(async (flags: Flags) => {
      const { scores, method, failed } = await scoredFolder(flags, { onDemand: true, nonEmpty: true });
      // leaderboard.json lists no row to check (they are in the site's checks.parquet); text and
      // Markdown list the first LISTED_ROWS of each scenario.
      let doc = leaderboardDocument(scores, { listedChecks: LISTED_ROWS });
      if (flags.board) {
        const boards = doc.boards.filter((b) => b.id === flags.board);
        if (!boards.length)
          throw new CliError(
            `no leaderboard "${flags.board}"; the catalog has: ${doc.boards.map((b) => b.id).join(', ')}`,
            1,
          );
        doc = { ...doc, boards };
      }
      if (flags.json) printJson(leaderboardJson(doc));
      else if (flags.limit) {
        const top = { ...doc, boards: doc.boards.map((b) => ({ ...b, rows: b.rows.slice(0, flags.limit) })) };
        const cut = doc.boards.reduce((n, b) => n + Math.max(0, b.rows.length - flags.limit), 0);
        if (flags.markdown) process.stdout.write(leaderboardMarkdown(top, method));
        else printText(leaderboardText(top));
        if (cut) process.stderr.write(`(${cut} more rows; --limit 0 shows all)\n`);
      } else if (flags.markdown) process.stdout.write(leaderboardMarkdown(doc, method));
      else printText(leaderboardText(doc));
      if (failed) process.exitCode = 1;
    });
}
