import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { buildSite } from '../../pipeline/build-site.js';
import { DEFAULT_MAX_PAIR_SCENARIOS } from '../../pipeline/build-site.js';
import { scoreCatalog } from '../../pipeline/score-catalog.js';
import { DEFAULT_CATALOG, loadCatalogFolder } from '../load.js';
import { presetOption } from '../method-options.js';
import { CliError, reportIssues, wholeNumber } from '../output.js';
import { progress } from '../progress.js';
import { writeFiles } from '../write-files.js';

interface Flags {
  preset?: PresetName;
  catalog: string;
  out: string;
  maxPairs: number;
  title?: string;
  verbose?: boolean;
}

export function siteCommand(): Command {
  return new Command('site')
    .summary('write the published leaderboard: leaderboard.json, LEADERBOARD.md and the web page')
    .description(
      'Scores the catalog and writes, under --out, leaderboard.json (docs/leaderboard-json.md), ' +
        'LEADERBOARD.md, and a static page (index.html and assets/) with a view per leaderboard, charts, ' +
        "an agreement heatmap and each benchmark's closest benchmarks (docs/site.md). The page needs no " +
        'network: open index.html from disk or publish the folder with GitHub Pages. Exit code 1 when the ' +
        'catalog has an error (the site is still written from its valid parts).',
    )
    .option('--catalog <dir>', 'the catalog folder', DEFAULT_CATALOG)
    .requiredOption('--out <dir>', 'where to write the site')
    .addOption(
      new Option('--max-pairs <n>', 'compare every pair among the n scenarios with the most models')
        .argParser(wholeNumber('--max-pairs'))
        .default(DEFAULT_MAX_PAIR_SCENARIOS),
    )
    .option('--title <text>', 'the page title')
    .option('--verbose', 'also print notes')
    .addOption(presetOption())
    .action(async (flags: Flags) => {
      if (existsSync(path.join(flags.out, 'benchbench.yaml')))
        throw new CliError(
          `${flags.out} holds a catalog (benchbench.yaml); write the site to another folder`,
        );
      const { catalog, issues } = await loadCatalogFolder(flags.catalog, flags.preset);
      const failed = reportIssues(issues, flags.verbose);
      if (catalog.benchmarks.length === 0) throw new CliError(`no benchmarks in ${flags.catalog}`, 1);
      const scoring = progress('scoring');
      const scores = scoreCatalog(catalog, undefined, scoring.update);
      scoring.done();
      const bar = progress('pairs');
      const files = buildSite(scores, {
        maxPairScenarios: flags.maxPairs,
        onProgress: bar.update,
        ...(flags.title ? { title: flags.title } : {}),
      });
      bar.done();
      writeFiles(flags.out, files, true);
      process.stderr.write(`Wrote ${[...files.keys()].join(', ')} to ${flags.out}\n`);
      if (failed) process.exitCode = 1;
    });
}
