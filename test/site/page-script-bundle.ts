/**
 * Test support: bundles the page script (src/report/site/browser/main.ts) with esbuild, as the
 * committed src/report/site/page-script.generated.ts holds it. `UPDATE_PAGE_SCRIPT=1 npx vitest
 * run test/site/page-script.test.ts` rewrites that module.
 */
import { build } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const generatedModule = path.join(repoRoot, 'src/report/site/page-script.generated.ts');

export async function bundlePageScript(): Promise<string> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/report/site/browser/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
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
