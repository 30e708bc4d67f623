import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT } from '../../src/report/site/page-script.generated.js';
import { D3_MODULES, bundlePageScript, generatedModule, generatedModuleText } from './page-script-bundle.js';

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

  it('is one classic script with no import, export, network access or HTML injection', () => {
    expect(PAGE_SCRIPT).toMatch(/^\/\*![^]*?\*\/\n"use strict";\(\(\)=>\{/);
    expect(PAGE_SCRIPT).not.toMatch(/\bimport\s*\(|^\s*(import|export)\s/m);
    expect(PAGE_SCRIPT).not.toMatch(
      /\bfetch\(|XMLHttpRequest|WebSocket|innerHTML|insertAdjacentHTML|\beval\(/,
    );
  });

  it('keeps the copyright and ISC notice of every d3 module it bundles', () => {
    const notice = PAGE_SCRIPT.slice(0, PAGE_SCRIPT.indexOf('*/'));
    for (const m of D3_MODULES) expect(notice).toContain(m);
    expect(notice).toMatch(/Copyright 2010-\d{4} Mike Bostock/);
    expect(notice).toContain('provided that the above copyright notice');
  });
});
