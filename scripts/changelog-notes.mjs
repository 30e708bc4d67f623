// Prints the notes of one version from CHANGELOG.md (Keep a Changelog): the body of its
// `## [X.Y.Z] - YYYY-MM-DD` section, for the release workflow's GitHub release.
//
//   node scripts/changelog-notes.mjs 1.2.3 [CHANGELOG.md]     (a leading `v` is accepted: v1.2.3)
//
// Exits 1, saying why, when the version has no dated section or the section is empty.
import { readFileSync } from 'node:fs';

/** The body of `version`'s section of `changelog`, or an error message. */
function changelogNotes(changelog, version) {
  const wanted = version.replace(/^v/, '');
  const sections = changelog.split(/^## /m).slice(1);
  const section = sections.find((s) => s.startsWith(`[${wanted}]`));
  if (section === undefined) return { error: `CHANGELOG.md has no "## [${wanted}] - YYYY-MM-DD" section` };
  const [heading, ...body] = section.split('\n');
  if (!/^\[[^\]]+\] - \d{4}-\d{2}-\d{2}$/.test(heading.trim()))
    return {
      error: `CHANGELOG.md: the heading "## ${heading.trim()}" needs a date: "## [${wanted}] - YYYY-MM-DD"`,
    };
  const notes = body.join('\n').trim();
  if (notes === '') return { error: `CHANGELOG.md: the section of ${wanted} is empty` };
  return { notes };
}

const [version, file = new URL('../CHANGELOG.md', import.meta.url)] = process.argv.slice(2);
if (!version) {
  console.error('usage: node scripts/changelog-notes.mjs VERSION [CHANGELOG.md]');
  process.exit(1);
}
const result = changelogNotes(readFileSync(file, 'utf8'), version);
if (result.error) {
  console.error(`error: ${result.error}`);
  process.exit(1);
}
process.stdout.write(result.notes + '\n');
