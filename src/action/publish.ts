/**
 * Publish mode (`push` to the default branch): the leaderboard of the checked-out catalog,
 * written to `site-dir` as `leaderboard.json`, `LEADERBOARD.md` and the static site, ready for
 * actions/upload-pages-artifact. Errors in the catalog fail the step (per `fail-on`) after the
 * files are written, with annotations. Of two files that claim one benchmark or scenario id, the
 * one that existed at the push's `before` commit keeps it (as the pull request's check decided);
 * without that commit (a shallow clone), the first in path order does.
 */
import path from 'node:path';
import { hasErrors, sortIssues } from '../model/issue.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { readCatalogFolder } from '../sources/read-folder.js';
import { buildSite } from '../pipeline/build-site.js';
import { scoreCatalog } from '../pipeline/score-catalog.js';
import { annotate } from './annotations.js';
import { catalogPathsAt } from '../sources/git.js';
import { assertRealFolder, writeNoFollow } from './no-links.js';
import type { Runner } from './runner.js';
import type { Settings } from './settings.js';

export async function runPublish(s: Settings, runner: Runner): Promise<void> {
  // The checkout's content chooses what these paths are: neither may be (or pass through) a link.
  const catalogRoot = path.join(s.workspace, s.catalogDir);
  await assertRealFolder(s.workspace, catalogRoot, 'The catalog folder');
  await assertRealFolder(s.workspace, s.siteDir, 'The output folder');
  const folder = await readCatalogFolder(catalogRoot);
  // Of two files claiming one id, the one there before the push keeps it, as the check decided.
  const before = s.pushBefore ? await catalogPathsAt(s.workspace, s.pushBefore, s.catalogDir) : null;
  const catalog = loadCatalog(folder.files, before ? { established: before } : {});
  const issues = sortIssues([...folder.issues, ...catalog.issues]);
  annotate(issues, s.catalogDir, runner);
  const files = buildSite(scoreCatalog(catalog));
  for (const [rel, content] of files) await writeNoFollow(s.workspace, s.siteDir, rel, content);
  runner.info(`Wrote ${files.size} files to ${path.relative(s.workspace, s.siteDir) || '.'}.`);
  runner.setOutput('valid', String(!hasErrors(issues)));
  runner.setOutput('report', path.join(s.siteDir, 'leaderboard.json'));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if ((s.failOn !== 'never' && errors > 0) || (s.failOn === 'warning' && warnings > 0)) {
    runner.setFailed(
      `BenchBench: the catalog has ${errors} error(s) and ${warnings} warning(s); see the annotations.`,
    );
  }
}
