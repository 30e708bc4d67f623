/**
 * The licences: this project's (LICENSE, Apache-2.0) and those of the packages inside dist/'s
 * bundles, listed with their texts in dist/THIRD_PARTY_NOTICES by scripts/build.mjs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_LICENSES, licenseAllowed } from '../../scripts/third-party-notices.mjs';
import { ensureBuilt, repoRoot } from '../support/cli.js';

/** The package lines (`  name version (licence)`) of each bundle's list in the notices. */
function listed(notices: string): Map<string, { name: string; version: string; license: string }[]> {
  const bundles = new Map<string, { name: string; version: string; license: string }[]>();
  let current: { name: string; version: string; license: string }[] | undefined;
  for (const line of notices.split('\n')) {
    const head = /^(dist\/\S+): \d+ packages$/.exec(line);
    if (head) bundles.set(head[1]!, (current = []));
    else if (line.startsWith('='.repeat(80))) current = undefined;
    else {
      const m = /^ {2}(\S+) (\S+) \((.+)\)$/.exec(line);
      if (m && current) current.push({ name: m[1]!, version: m[2]!, license: m[3]! });
    }
  }
  return bundles;
}

describe('the licences', () => {
  it('ships the Apache-2.0 text as LICENSE, as package.json says', () => {
    const text = readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8');
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).license).toBe('Apache-2.0');
    expect(text).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(text).toContain('END OF TERMS AND CONDITIONS');
    for (let section = 1; section <= 9; section++)
      expect(text).toMatch(new RegExp(`^ {3}${section}\\. [A-Z]`, 'm'));
  });

  it('lists every package inside each bundle, each under an allowed licence and with its licence text', () => {
    ensureBuilt();
    const notices = readFileSync(path.join(repoRoot, 'dist/THIRD_PARTY_NOTICES'), 'utf8');
    const bundles = listed(notices);
    expect([...bundles.keys()]).toEqual(['dist/cli.js', 'dist/index.js']);
    const cli = bundles.get('dist/cli.js')!.map((p) => p.name);
    // The CLI's own libraries, and d3, which the page script carries inside the bundle as a string.
    expect(cli).toEqual(expect.arrayContaining(['commander', 'csv-parse', 'yaml', 'd3-scale', 'd3-format']));
    expect(bundles.get('dist/index.js')!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@actions/core', '@octokit/core', 'undici']),
    );
    for (const packages of bundles.values())
      for (const p of packages) {
        expect(licenseAllowed(p.license), `${p.name} ${p.version} is under ${p.license}`).toBe(true);
        // Each package heads the licence text that covers it.
        expect(notices, p.name).toMatch(new RegExp(`^${p.name.replace(/[/.]/g, '\\$&')} ${p.version}$`, 'm'));
      }
  });

  it('allows only permissive licences, read as SPDX expressions', () => {
    // Permissive only: nothing copyleft, source-available or non-commercial.
    expect(ALLOWED_LICENSES.filter((l) => /GPL|MPL|EPL|CDDL|SSPL|BUSL|NC/.test(l))).toEqual([]);
    expect(licenseAllowed('MIT')).toBe(true);
    expect(licenseAllowed('Apache-2.0 AND BSL-1.0')).toBe(true);
    expect(licenseAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(licenseAllowed('GPL-3.0-only')).toBe(false);
    expect(licenseAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(licenseAllowed('(MIT')).toBe(false);
    expect(licenseAllowed('SEE LICENSE IN LICENSE.txt')).toBe(false);
    expect(licenseAllowed(undefined)).toBe(false);
  });

  it('fails the build when a bundled package is under a licence outside the list', () => {
    // A copy of the build's inputs in which one bundled package claims GPL-3.0-only.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-licence-'));
    try {
      for (const f of ['src', 'scripts', 'package.json', 'tsconfig.json'])
        cpSync(path.join(repoRoot, f), path.join(dir, f), { recursive: true });
      cpSync(path.join(repoRoot, 'node_modules/commander'), path.join(dir, 'node_modules/commander'), {
        recursive: true,
        dereference: true,
      });
      for (const name of readdirSync(path.join(repoRoot, 'node_modules')))
        if (name !== 'commander')
          symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(dir, 'node_modules', name));
      const manifest = path.join(dir, 'node_modules/commander/package.json');
      writeFileSync(
        manifest,
        JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), license: 'GPL-3.0-only' }),
      );
      const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('commander@');
      expect(r.stderr).toContain('is under "GPL-3.0-only", not one of');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
