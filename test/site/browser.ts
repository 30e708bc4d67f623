/**
 * Test support for the browser tests: Debian's Chromium driven by playwright-core (nothing is
 * downloaded), a static file server over a folder, and writing a built site to disk.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PageData } from '../../src/report/site/page-data.js';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let warned = false;

/**
 * True when Chromium is at CHROMIUM. Otherwise browser tests are skipped with one line saying how
 * to get it, except under CI=true, where its absence is a failure.
 */
export function chromiumAvailable(): boolean {
  if (CHROMIUM !== '' && existsSync(CHROMIUM)) return true;
  const message =
    `Chromium is not at ${CHROMIUM || '(empty CHROMIUM_PATH)'}: install it (Debian/Ubuntu: apt-get install chromium; ` +
    'see "Browser tests" in README.md) or set CHROMIUM_PATH to its executable';
  if (process.env.CI === 'true') throw new Error(`${message}. Under CI=true this is a failure, not a skip.`);
  if (!warned) console.warn(`Skipping the browser tests: ${message}.`);
  warned = true;
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export function writeSite(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
};

/** Serves `dir` on 127.0.0.1 (a random port); 404 for anything missing or outside it. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(root, '.' + (rel.endsWith('/') ? rel + 'index.html' : rel));
    try {
      if (!file.startsWith(root + path.sep)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Records console errors, page errors, failed requests and HTTP errors of a page. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (injected from node_modules, nothing fetched) on the page as it is now and
 * returns its serious and critical violations, each as "rule: help (selectors)".
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: { preload: boolean }): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    // From file:// axe cannot fetch the stylesheets for its CSS rules: it reads the DOM only.
    return (await axe.run(document, { preload: location.protocol !== 'file:' })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The page data inlined in an index.html (render-site.ts: base64 of raw DEFLATE of its JSON). */
export function readPageData(html: string): PageData {
  const m =
    /<script type="application\/octet-stream" id="benchbench-data" data-encoding="deflate-raw\+base64">([A-Za-z0-9+/=]*)<\/script>/.exec(
      html,
    );
  if (!m) throw new Error('no packed page data in this HTML');
  return JSON.parse(inflateRawSync(Buffer.from(m[1]!, 'base64')).toString('utf8')) as PageData;
}
