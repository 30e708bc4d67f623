/**
 * What a release needs: CHANGELOG.md's notes for the version (scripts/changelog-notes.mjs, which
 * release.yml runs), the release workflow itself, and the supported Node.js versions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/cli.js';

const read = (f: string): string => readFileSync(path.join(repoRoot, f), 'utf8');
const manifest = JSON.parse(read('package.json')) as { version: string; engines: { node: string } };

function notes(version: string, changelog?: string) {
  const args = ['scripts/changelog-notes.mjs', version];
  let dir: string | undefined;
  if (changelog !== undefined) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bb-changelog-'));
    writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
    args.push(path.join(dir, 'CHANGELOG.md'));
  }
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  if (dir) rmSync(dir, { recursive: true, force: true });
  return r;
}

describe('the changelog', () => {
  it("has a dated Keep a Changelog section for package.json's version, which gives the release notes", () => {
    expect(read('CHANGELOG.md')).toMatch(/keepachangelog\.com/);
    expect(read('CHANGELOG.md')).toContain(`## [${manifest.version}] - `);
    const r = notes(`v${manifest.version}`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^### Added$/m);
    expect(r.stdout).not.toMatch(/^## /m);
  });

  it('refuses a version it has no section for, a section without a date, and an empty one', () => {
    const missing = notes('9.9.9');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('CHANGELOG.md has no "## [9.9.9] - YYYY-MM-DD" section');
    const undated = notes('2.0.0', '# Changelog\n\n## [2.0.0]\n\n- a change\n');
    expect(undated.status).toBe(1);
    expect(undated.stderr).toContain('needs a date');
    const empty = notes(
      '2.0.0',
      '# Changelog\n\n## [2.0.0] - 2027-01-01\n\n## [1.0.0] - 2026-12-01\n\n- x\n',
    );
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('the section of 2.0.0 is empty');
  });
});

describe('the release workflow', () => {
  const wf = parse(read('.github/workflows/release.yml')) as {
    on: { push: { tags: string[] } };
    jobs: {
      ci: { uses: string };
      release: { needs: string; permissions: Record<string, string>; steps: { run?: string }[] };
    };
  };
  const runs = wf.jobs.release.steps.map((s) => s.run ?? '').join('\n');

  it('runs on a version tag, after CI passes on the tagged commit', () => {
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(wf.jobs.ci.uses).toBe('./.github/workflows/ci.yml');
    expect(wf.jobs.release.needs).toBe('ci');
    expect(parse(read('.github/workflows/ci.yml')).on).toHaveProperty('workflow_call');
  });

  it("checks the tag against package.json, dist/ against a fresh build, and releases the changelog's notes", () => {
    expect(runs).toContain(`require('./package.json').version`);
    expect(runs).toContain('node scripts/changelog-notes.mjs "$version"');
    expect(runs).toMatch(/npm run build\n\s*git diff --exit-code --stat -- dist/);
    expect(runs).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag');
    expect(runs).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
  });

  it('moves the major tag (v1) to the release, with write access to contents only', () => {
    expect(runs).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(runs).toMatch(/git\/refs\/tags\/\$major" -f sha="\$sha" -F force=true/);
    expect(wf.jobs.release.permissions).toEqual({ contents: 'write' });
  });
});

describe('the project around the code', () => {
  it('keeps npm packages and the pinned actions up to date with Dependabot', () => {
    const d = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(d.updates.map((u) => u['package-ecosystem'])).toEqual(['npm', 'github-actions']);
  });

  it('scans the TypeScript and the workflows with CodeQL, and names code owners for every path', () => {
    const q = parse(read('.github/workflows/codeql.yml')) as {
      jobs: { analyze: { strategy: { matrix: { language: string[] } } } };
    };
    expect(q.jobs.analyze.strategy.matrix.language).toEqual(['javascript-typescript', 'actions']);
    expect(read('.github/CODEOWNERS')).toMatch(/^\*\s+@\S+$/m);
  });

  it('supports Node.js 22 and later: engines, .node-version, the bundle target and the action runtime', () => {
    expect(manifest.engines.node).toBe('>=22');
    expect(['22', '24']).toContain(read('.node-version').trim());
    expect(read('scripts/build.mjs')).toContain("target: 'node22'");
    expect(JSON.parse(read('package-lock.json')).packages['node_modules/@types/node'].version).toMatch(
      /^22\./,
    );
    expect(read('action.yml')).toMatch(/using: ['"]?node24/);
  });
});
