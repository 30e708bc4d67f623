/**
 * Test support for the browser tests: Debian's Chromium driven by playwright-core (nothing is
 * downloaded), a static file server over a folder, writing a built site to disk, and `useSite`,
 * which does all of it for a test file: the site written, served and opened in Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { PageData } from '../../src/report/site/page-data.js';
import { ensureBuilt, runCli } from '../support/cli.js';

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

/** Writes a site's files and says which folder to serve; `root` is a fresh temporary folder. */
export type SiteWriter = (root: string) => string;

/** A site already built (`buildSite`'s files), written into the temporary folder and served from it. */
export const builtSite =
  (files: ReadonlyMap<string, string | Uint8Array>): SiteWriter =>
  (root) => {
    writeSite(root, files);
    return root;
  };

/**
 * The site the bundled CLI (`dist/cli.js site`) makes of a catalog of `files`: the catalog in
 * `<root>/catalog`, where the tests can run other commands on it, the site in `<root>/site`.
 */
export const siteOfCatalog =
  (files: ReadonlyMap<string, string>): SiteWriter =>
  (root) => {
    ensureBuilt();
    writeSite(path.join(root, 'catalog'), files);
    const out = path.join(root, 'site');
    const r = runCli(['site', '--catalog', path.join(root, 'catalog'), '--out', out]);
    if (r.status !== 0) throw new Error(`benchbench site failed (${r.status}): ${r.stderr}`);
    return out;
  };

export interface OpenOptions {
  /** The viewport; 1280 x 900 unless given. */
  readonly width?: number;
  readonly height?: number;
  readonly acceptDownloads?: boolean;
  /** The selector that says the page is ready: by default `html[data-render-ms]`, the boards shown. */
  readonly ready?: string;
  /** How long to wait for it, in ms (playwright's default unless given). */
  readonly timeout?: number;
}

export interface SiteSession {
  /** False when Chromium is not there (chromiumAvailable): the tests are then to be skipped. */
  readonly available: boolean;
  /** The temporary folder, made now and removed after the file's tests. */
  readonly root: string;
  /** The folder served (once the file's tests start). */
  readonly dir: string;
  /** The site's address on 127.0.0.1, ending in `/` (once the file's tests start). */
  readonly url: string;
  readonly browser: Browser;
  /**
   * A new page at `url + query` (a query, a hash, or both), or at `options.at` (another address,
   * e.g. the file:// one), with its problems recorded (recordProblems), once it is ready.
   */
  open(
    query?: string,
    options?: OpenOptions & { readonly at?: string },
  ): Promise<{ page: Page; problems: string[] }>;
}

/**
 * The set-up of a browser test file, registered as its beforeAll and afterAll: before its tests
 * `write` writes the site into a fresh temporary folder, the folder it names is served on
 * 127.0.0.1 and Chromium is started; after them both are closed and the folder removed. Without
 * Chromium nothing is started and `available` is false (`describe.runIf(site.available)`).
 */
export function useSite(name: string, write: SiteWriter): SiteSession {
  const available = chromiumAvailable();
  const root = mkdtempSync(path.join(os.tmpdir(), `benchbench-${name}-`));
  let dir: string | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  const started = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`useSite: ${what} is there only once the tests have started`);
    return v;
  };
  beforeAll(async () => {
    if (!available) return;
    dir = write(root);
    server = await serve(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });
  const session: SiteSession = {
    available,
    root,
    get dir() {
      return started(dir, 'the site folder');
    },
    get url() {
      return started(server, 'the server').url;
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    async open(query = '', options = {}) {
      const {
        width = 1280,
        height = 900,
        acceptDownloads,
        ready = 'html[data-render-ms]',
        timeout,
      } = options;
      const page = await session.browser.newPage({ viewport: { width, height }, acceptDownloads });
      const problems = recordProblems(page);
      await page.goto(options.at ?? session.url + query);
      await page.waitForSelector(ready, { timeout });
      return { page, problems };
    },
  };
  return session;
}
