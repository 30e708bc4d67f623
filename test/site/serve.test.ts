/**
 * `benchbench site --serve`: the real dist/cli.js serves a written site on 127.0.0.1 (only), the
 * files byte for byte with their types, nothing outside the folder, and the page served so
 * recomputes with every score read from scores.parquet.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedCatalog } from '../../src/simulate/simulated-catalog.js';
import { simulate } from '../../src/simulate/simulate.js';
import { cliPath, runCli } from '../support/cli.js';
import { chromiumAvailable, launchChromium, recordProblems, siteOfCatalog } from './browser.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'benchbench-serve-'));
let site: string;
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  // The site of a catalog, written by dist/cli.js; served below by the same bundle's site --serve.
  site = siteOfCatalog(simulatedCatalog(simulate({ seed: 5, benchmarks: 8, models: 20 })))(root);
  server = spawn(process.execPath, [cliPath, 'site', '--serve', '--port', '0', '--out', site], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m =
        /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/) \(only this machine can reach it; Ctrl\+C stops\)/.exec(
          err,
        );
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`site --serve ended with ${code}: ${err}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation, so `..` reaches the server as written). */
const get = (rawPath: string, method = 'GET'): Promise<{ status: number; type?: string; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type'], body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });

describe('benchbench site --serve', () => {
  it('serves the written files byte for byte, with their types', async () => {
    for (const [file, type] of [
      ['index.html', 'text/html; charset=utf-8'],
      ['scores.parquet', 'application/vnd.apache.parquet'],
      ['leaderboard.schema.json', 'application/json; charset=utf-8'],
      ['assets/site.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const r = await get(`/${file}`);
      expect(r.status, file).toBe(200);
      expect(r.type, file).toBe(type);
      expect(r.body.equals(readFileSync(path.join(site, file))), file).toBe(true);
    }
    expect((await get('/')).body.equals(readFileSync(path.join(site, 'index.html')))).toBe(true);
  });

  it('serves nothing outside the folder, no folder listing, and only GET and HEAD', async () => {
    for (const p of [
      '/../catalog/benchbench.yaml',
      '/%2e%2e/catalog/benchbench.yaml',
      '/assets',
      '/nope.html',
      '/a%00b',
    ])
      expect((await get(p)).status, p).toBe(404);
    expect((await get('/index.html', 'POST')).status).toBe(405);
    expect((await get('/index.html', 'HEAD')).status).toBe(200);
  });

  it('refuses a folder without a site, naming the command that writes one', () => {
    const r = runCli(['site', '--serve', '--out', path.join(root, 'catalog')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(
      `no site in ${path.join(root, 'catalog')} (no index.html): write one with benchbench site --out`,
    );
  });

  it.runIf(chromiumAvailable())(
    'serves a page that recomputes with every score read from scores.parquet',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const problems = recordProblems(page);
        await page.goto(`${url}?correlation=pearson`);
        await page.waitForSelector('html[data-engine=idle]', { timeout: 120_000 });
        expect(await page.locator('.method-note').textContent()).toContain('Scored in your browser with');
        expect(await page.locator('.scores-notice').isHidden()).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
