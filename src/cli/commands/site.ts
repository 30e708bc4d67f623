import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { PresetName } from '../../catalog/presets.js';
import { buildSite } from '../../pipeline/build-site.js';
import { DEFAULT_MAX_PAIR_SCENARIOS } from '../../pipeline/build-site.js';
import { catalogOption, forceOption, plural, verboseOption } from '../common-options.js';
import { presetOption } from '../method-options.js';
import { CliError, wholeNumber } from '../output.js';
import { scoredFolder } from '../catalog-command.js';
import { progress } from '../progress.js';
import { writeFiles } from '../write-files.js';
import { DEFAULT_SERVE_PORT, SERVE_HOST, serveSite } from '../serve-site.js';

interface Flags {
  preset?: PresetName;
  catalog: string;
  out: string;
  maxPairs: number;
  title?: string;
  force?: boolean;
  verbose?: boolean;
  serve?: boolean;
  port: number;
}

export function siteCommand(): Command {
  return new Command('site')
    .summary(
      'write the published leaderboard: leaderboard.json, LEADERBOARD.md, the web page and badges (or --serve it)',
    )
    .description(
      'Scores the catalog and writes, under --out, leaderboard.json (docs/leaderboard-json.md) and its ' +
        'JSON Schema (leaderboard.schema.json), LEADERBOARD.md, every score in scores.parquet, every row to check in checks.parquet, a static ' +
        'page (index.html and assets/) with a view per leaderboard, charts, an agreement heatmap and each ' +
        "benchmark's closest benchmarks (docs/site.md), and a shields.io endpoint badge per benchmark " +
        '(badges/<scenario>.json). The page needs no other site: publish the folder with GitHub Pages, or ' +
        'open index.html from disk, where everything but what needs every score works (recomputing with ' +
        'another method, scoring your own file, scatter plots: the page cannot read scores.parquet from ' +
        `file://). --serve writes nothing and serves the site already in --out on http://${SERVE_HOST}:<port>/ ` +
        'until interrupted (Ctrl+C), with all of it working. An --out folder that is not empty is refused ' +
        'unless --force. Exit code 1 when the catalog has an error (the site is still written from its ' +
        'valid parts).',
    )
    .addOption(catalogOption())
    .requiredOption('--out <dir>', 'where to write the site')
    .addOption(
      new Option('--max-pairs <n>', 'compare every pair among the n scenarios with the most models')
        .argParser(wholeNumber('--max-pairs'))
        .default(DEFAULT_MAX_PAIR_SCENARIOS),
    )
    .option('--title <text>', 'the page title')
    .addOption(forceOption('a site'))
    .addOption(verboseOption())
    .addOption(presetOption())
    .option('--serve', `serve the site already in --out on ${SERVE_HOST} instead of writing one`)
    .addOption(
      new Option('--port <n>', 'the port --serve listens on (0: any free port)')
        .argParser(wholeNumber('--port'))
        .default(DEFAULT_SERVE_PORT),
    )
    .action(async (flags: Flags) => {
      if (flags.serve) return serve(flags.out, flags.port);
      if (existsSync(path.join(flags.out, 'benchbench.yaml')))
        throw new CliError(
          `${flags.out} holds a catalog (benchbench.yaml); write the site to another folder`,
        );
      if (!flags.force && isNonEmptyFolder(flags.out))
        throw new CliError(`${flags.out} is not empty; pass --force to overwrite what is there`);
      const { scores, failed } = await scoredFolder(flags, { nonEmpty: true });
      const bar = progress('pairs');
      const files = buildSite(scores, {
        maxPairScenarios: flags.maxPairs,
        onProgress: bar.update,
        ...(flags.title ? { title: flags.title } : {}),
      });
      bar.done();
      writeFiles(flags.out, files, true);
      const tops = [...new Set([...files.keys()].map((f) => f.replace(/\/.*$/, '/')))].sort();
      process.stderr.write(`Wrote ${plural(files.size, 'file')} (${tops.join(', ')}) to ${flags.out}\n`);
      if (failed) process.exitCode = 1;
    });
}

async function serve(dir: string, port: number): Promise<void> {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new CliError(
      `no site in ${dir} (no index.html): write one with benchbench site --out ${dir} first`,
    );
  if (port > 65535) throw new CliError(`--port must be at most 65535, not ${port}`);
  let url: string;
  try {
    ({ url } = await serveSite(dir, port));
  } catch (error) {
    throw new CliError(
      `cannot serve on ${SERVE_HOST}:${port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.stderr.write(`Serving ${dir} at ${url} (only this machine can reach it; Ctrl+C stops)\n`);
  // The server keeps the process alive until it is interrupted.
  await new Promise<void>(() => undefined);
}

const isNonEmptyFolder = (dir: string): boolean =>
  existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;
