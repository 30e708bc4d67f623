/**
 * Test support: bundles the page script (src/report/site/browser/main.ts) with esbuild, as the
 * committed src/report/site/page-script.generated.ts holds it. `UPDATE_PAGE_SCRIPT=1 npx vitest
 * run test/site/page-script.test.ts` rewrites that module.
 *
 * The bundle is minified (it carries d3-scale and the d3 modules it needs) and starts with the
 * ISC notice of those d3 modules, which every copy of them must keep.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const generatedModule = path.join(repoRoot, 'src/report/site/page-script.generated.ts');

/** The d3 modules in the bundle; they share one copyright line and one ISC license text. */
export const D3_MODULES = ['d3-scale', 'd3-array', 'd3-format', 'd3-interpolate', 'd3-color'] as const;

function d3Notice(): string {
  const license = readFileSync(path.join(repoRoot, 'node_modules/d3-scale/LICENSE'), 'utf8').trim();
  return `/*! ${D3_MODULES.join(', ')} (https://d3js.org), ISC License:\n${license}\n*/`;
}

/** How both bundles are built: one minified ES2020 classic script each, kept in memory. */
const BROWSER = {
  absWorkingDir: repoRoot,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
} as const;

/** The engine worker (src/core and what it needs), carried by the page script as a string. */
async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: ['src/report/site/browser/worker.ts'],
    // csv-parse's browser build (it carries its own Buffer); the catalog parser's one
    // Buffer.byteLength call gets the shim.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
    inject: ['src/report/site/browser/buffer-shim.ts'],
    banner: {
      js: '/*! Engine worker. Bundles simple-statistics (ISC License, Copyright (c) 2014, Tom MacWright) and @stdlib/math-base-* packages (Apache License 2.0, Copyright (c) 2016-2026 The Stdlib Authors, https://github.com/stdlib-js/stdlib) and hyparquet (MIT License, Copyright (c) 2023 Hyperparam, https://github.com/hyparam/hyparquet). */',
    },
    ...BROWSER,
  });
  return result.outputFiles[0]!.text;
}

export async function bundlePageScript(): Promise<string> {
  const worker = await bundleWorker();
  const result = await build({
    define: { __ENGINE_WORKER_SOURCE__: JSON.stringify(worker) },
    entryPoints: ['src/report/site/browser/main.ts'],
    banner: { js: d3Notice() },
    ...BROWSER,
  });
  return result.outputFiles[0]!.text;
}

/** The module's text, formatted as `prettier --check` expects it. */
export async function generatedModuleText(script: string): Promise<string> {
  const text = [
    '// Generated from src/report/site/browser/ (esbuild, IIFE, ES2020): do not edit.',
    '// Regenerate with: UPDATE_PAGE_SCRIPT=1 npx vitest run test/site/page-script.test.ts',
    `export const PAGE_SCRIPT: string = ${JSON.stringify(script)};`,
    '',
  ].join('\n');
  const options = await resolveConfig(generatedModule);
  return format(text, { ...options, filepath: generatedModule });
}
