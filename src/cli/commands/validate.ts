import path from 'node:path';
import { Command } from 'commander';
import { sortIssues } from '../../model/issue.js';
import { unmatchedNotes } from '../../pipeline/unmatched-notes.js';
import { catalogOption, plural, verboseOption } from '../common-options.js';
import { loadCatalogFolder } from '../load.js';
import { CliError, printJson, reportIssues } from '../output.js';

interface Flags {
  catalog: string;
  json?: boolean;
  verbose?: boolean;
}

export function validateCommand(): Command {
  return new Command('validate')
    .summary('check a catalog, or some of its files')
    .description(
      'Reads the catalog (benchbench.yaml, models.yaml, benchmarks/*.csv and their .yaml metadata) and ' +
        'reports every problem with its file, line, column and a hint; a model that no other benchmark has is a ' +
        'note, with the confident rename or the closest catalog models as its hint. With FILES, only their issues are ' +
        'shown (paths relative to the catalog or to the current folder). Exit code 1 when there is an error.',
    )
    .argument('[files...]', 'only report the issues of these files')
    .addOption(catalogOption())
    .option('--json', 'print {"valid", "issues": [...]} as JSON')
    .addOption(verboseOption())
    .action(async (files: string[], flags: Flags) => {
      const loaded = await loadCatalogFolder(flags.catalog);
      const { catalog } = loaded;
      const root = path.resolve(flags.catalog);
      const wanted = new Set(
        files.map((f) => {
          const abs = path.resolve(f);
          const rel = abs.startsWith(root + path.sep) ? path.relative(root, abs) : f;
          return rel.split(path.sep).join('/');
        }),
      );
      for (const f of wanted) {
        const known =
          catalog.benchmarks.some((b) => b.file === f || b.metadataFile === f) ||
          loaded.issues.some((i) => i.file === f);
        if (!known && !['benchbench.yaml', 'models.yaml'].includes(f)) {
          throw new CliError(
            `${f} is not a file of the catalog ${flags.catalog} (expected e.g. benchmarks/<name>.csv)`,
            1,
          );
        }
      }
      // Unmatched model names, with their suggestions, as notes (as `score` and the PR comment give them).
      const issues = [...loaded.issues, ...unmatchedNotes(catalog, loaded.files, wanted)];
      const shown = sortIssues(wanted.size ? issues.filter((i) => wanted.has(i.file)) : issues);
      const valid = !shown.some((i) => i.severity === 'error');
      if (flags.json) printJson({ valid, issues: shown });
      else {
        reportIssues(shown, flags.verbose);
        const counts = (['error', 'warning'] as const).map((s) =>
          plural(shown.filter((i) => i.severity === s).length, s),
        );
        process.stderr.write(
          `${valid ? 'valid' : 'invalid'}: ${plural(catalog.benchmarks.length, 'benchmark')} checked${wanted.size ? ` (${plural(wanted.size, 'file')} shown)` : ''}; ${counts.join(', ')}\n`,
        );
      }
      if (!valid) process.exitCode = 1;
    });
}
