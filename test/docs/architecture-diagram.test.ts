/** docs/architecture.md's Mermaid diagram, drawn by the real mermaid in Chromium, as GitHub draws it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';
import { chromiumAvailable, launchChromium, recordProblems } from '../site/browser.js';

const mermaidJs = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const doc = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
const LAYERS = ['core', 'model', 'catalog', 'sources', 'benchbench', 'simulate', 'pipeline', 'report'];

const withChromium = chromiumAvailable();
let browser: Browser;
beforeAll(async () => {
  if (withChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(withChromium)('the layers diagram of docs/architecture.md', () => {
  it('draws without a syntax error, one box per layer and one arrow per import', async () => {
    const source = /```mermaid\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: mermaidJs });
    const drawn = await page.evaluate(async (text: string) => {
      const m = (
        window as unknown as {
          mermaid: { initialize(o: object): void; render(id: string, s: string): Promise<{ svg: string }> };
        }
      ).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const out = document.getElementById('out')!;
      out.innerHTML = (await m.render('layers', text)).svg;
      return {
        text: out.textContent ?? '',
        nodes: out.querySelectorAll('svg .node').length,
        edges: out.querySelectorAll('svg .edgePaths path, svg path.flowchart-link').length,
      };
    }, source);
    await page.close();
    expect(problems).toEqual([]);
    expect(drawn.text).not.toMatch(/Syntax error/);
    expect(drawn.nodes).toBe(12);
    const arrows = source.split('\n').flatMap((l) => {
      const m = /^\s*(\S+) --> (.+)$/.exec(l);
      return m ? m[2]!.split('&').map((t) => `${m[1]}->${t.trim()}`) : [];
    });
    expect(drawn.edges).toBe(arrows.length);
    for (const layer of LAYERS) expect(drawn.text).toContain(layer);
  }, 60_000);
});
