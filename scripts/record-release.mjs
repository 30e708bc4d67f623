// Records a published release in src/release.json, which `benchbench init` and the docs pin:
//   node scripts/record-release.mjs v1.2.3 [--repository OWNER/NAME]
// The tag must exist; its commit's full SHA is written (a commit cannot name its own SHA, so the
// release process commits this after tagging). Then the pinned copies are regenerated.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [tag, flag, value] = process.argv.slice(2);
if (!/^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(tag ?? '')) {
  console.error('usage: node scripts/record-release.mjs vX.Y.Z [--repository OWNER/NAME]');
  process.exit(1);
}
const previous = JSON.parse(readFileSync('src/release.json', 'utf8'));
const repository = flag === '--repository' ? value : previous.repository;
if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(repository ?? '')) {
  console.error(`--repository must be OWNER/NAME, got "${repository}"`);
  process.exit(1);
}
const sha = execFileSync('git', ['rev-parse', '--verify', `${tag}^{commit}`], { encoding: 'utf8' }).trim();
const release = { repository, version: tag.slice(1), sha };
writeFileSync('src/release.json', JSON.stringify(release, null, 2) + '\n');
console.log(`src/release.json: ${repository}@${sha} # ${tag}`);
execFileSync(process.execPath, ['scripts/init-templates.mjs'], { stdio: 'inherit' });
