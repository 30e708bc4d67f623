import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT } from '../../src/report/site/page-script.generated.js';
import {
  D3_MODULES,
  bundlePageScript,
  generatedModule,
  generatedModuleText,
  repoRoot,
} from './page-script-bundle.js';

describe('the committed page script', () => {
  it('equals a fresh bundle of src/report/site/browser', async () => {
    const fresh = await bundlePageScript();
    if (process.env['UPDATE_PAGE_SCRIPT'] === '1') {
      writeFileSync(generatedModule, await generatedModuleText(fresh));
      return;
    }
    expect(PAGE_SCRIPT, 'stale: run UPDATE_PAGE_SCRIPT=1 npx vitest run test/site/page-script.test.ts').toBe(
      fresh,
    );
  });

  it('is one classic script with no import, export or HTML injection', () => {
    expect(PAGE_SCRIPT).toMatch(/^\/\*![^]*?\*\/\n"use strict";\(\(\)=>\{/);
    expect(PAGE_SCRIPT).not.toMatch(/\bimport\s*\(|^\s*(import|export)\s/m);
    expect(PAGE_SCRIPT).not.toMatch(/XMLHttpRequest|WebSocket|innerHTML|insertAdjacentHTML|\beval\(/);
  });

  it('fetches one thing only: scores.parquet beside the page, in engine-source.ts', () => {
    const dir = path.join(repoRoot, 'src/report/site/browser');
    const calls = readdirSync(dir).flatMap((f) =>
      [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\bfetch\((.*)\)/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(calls).toEqual(['engine-source.ts: fetch(new URL(SCORES_PARQUET, location.href))']);
    // And so the bundle: one fetch, of a URL relative to the page (hyparquet's URL reader is left out).
    expect(PAGE_SCRIPT.match(/\bfetch\([^)]*\)/g)).toEqual([
      expect.stringMatching(/^fetch\(new URL\(\w+,location\.href\)$/),
    ]);
  });

  it('keeps the copyright and ISC notice of every d3 module it bundles', () => {
    const notice = PAGE_SCRIPT.slice(0, PAGE_SCRIPT.indexOf('*/'));
    for (const m of D3_MODULES) expect(notice).toContain(m);
    expect(notice).toMatch(/Copyright 2010-\d{4} Mike Bostock/);
    expect(notice).toContain('provided that the above copyright notice');
  });
});
