import { existsSync } from 'node:fs';
import path from 'node:path';
import { originUrl } from '../../sources/git.js';
import { Command, Option } from 'commander';
import { forceOption, plural } from '../common-options.js';
import { parseActionRef, RELEASE, usesLine, type ActionReference } from '../init/release.js';
import { scaffold, TEMPLATES, type Template } from '../init/scaffold.js';
import { CliError } from '../output.js';
import { writeFiles } from '../write-files.js';

interface Flags {
  template: Template;
  repository?: string;
  actionRef?: string;
  actionVersion?: string;
  force?: boolean;
}

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

export function initCommand(): Command {
  return new Command('init')
    .summary('scaffold a new leaderboard repository')
    .description(
      'Writes into DIR (default: the current folder) a starter catalog (catalog/: benchbench.yaml, models.yaml ' +
        "and simulated benchmarks), this action's three workflows (.github/workflows/benchbench-pr.yml, " +
        '-comment.yml, -publish.yml) pinned to the release by its full commit SHA with the version in a ' +
        'comment, a README with the leaderboard badge and how to contribute, CONTRIBUTING.md and ' +
        '.github/pull_request_template.md. --template space sets the method of the BenchBench leaderboard ' +
        `Space. The release pinned by default is ${usesLine(RELEASE)} (src/release.json); --action-ref pins ` +
        'another commit. Refuses to overwrite any existing file unless --force.',
    )
    .argument('[dir]', 'the new repository', '.')
    .addOption(
      new Option('--template <kind>', 'the starter catalog: simulated, or simulated with the Space method')
        .choices([...TEMPLATES])
        .default('simulated'),
    )
    .option(
      '--repository <owner/name>',
      "the new repository on GitHub, for the badge and the page's address (default: DIR's git remote origin)",
    )
    .option('--action-ref <owner/name@sha>', 'pin this commit of benchbench-action instead of the release')
    .option('--action-version <version>', 'the version of --action-ref, for the comment beside the SHA')
    .addOption(forceOption('files'))
    .action(async (dir: string, flags: Flags) => {
      const repository = flags.repository ?? (await originRepository(dir));
      if (!repository)
        throw new CliError(
          `cannot tell the repository's name: pass --repository OWNER/NAME (${dir} has no GitHub remote "origin")`,
          1,
        );
      if (!REPOSITORY.test(repository))
        throw new CliError(`--repository must be OWNER/NAME as on GitHub, got "${repository}"`, 1);
      const files = scaffold({ template: flags.template, repository, action: actionOf(flags) });
      const existing = [...files.keys()].filter((f) => existsSync(path.join(dir, f)));
      if (existing.length && !flags.force)
        throw new CliError(
          `${dir} already has ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''}; pass --force to overwrite`,
        );
      writeFiles(dir, files, true);
      process.stderr.write(
        `wrote ${plural(files.size, 'file')} to ${dir}: catalog/, .github/workflows/ (benchbench-action ${usesLine(actionOf(flags))}), README.md, CONTRIBUTING.md\n` +
          'next: git init, commit, push to GitHub, and set Settings > Pages > Source to GitHub Actions\n',
      );
    });
}

function actionOf(flags: Flags): ActionReference {
  if (flags.actionRef === undefined) {
    if (flags.actionVersion !== undefined) throw new CliError('--action-version needs --action-ref', 1);
    return RELEASE;
  }
  const version = flags.actionVersion?.replace(/^v/, '') ?? null;
  if (version !== null && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version))
    throw new CliError(`--action-version must be a version such as 1.2.3, got "${flags.actionVersion}"`, 1);
  const ref = parseActionRef(flags.actionRef, version);
  if (!ref)
    throw new CliError(
      `--action-ref must be OWNER/NAME@<full 40-character commit SHA>, got "${flags.actionRef}"`,
      1,
    );
  return ref;
}

/** `owner/name` of DIR's `origin` when it is a GitHub remote (https or ssh), else undefined. */
async function originRepository(dir: string): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  const url = await originUrl(dir);
  return url === null ? undefined : /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}
