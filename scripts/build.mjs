// Bundles the CLI and the action into self-contained files under dist/ (committed), and writes
// dist/THIRD_PARTY_NOTICES: every package inside each bundle with its licence text, read from
// esbuild's metafile. The bundles are not minified, so that a reviewer can read a diff of dist/
// (CONTRIBUTING.md, "Reading a diff of dist/"). The build is deterministic: same sources, same bytes.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPackages, licenseProblems, noticesText } from './third-party-notices.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  charset: 'utf8',
  legalComments: 'eof',
  metafile: true,
  // Paths as written under node_modules/, even when it is a symlink: the bundle's comments name
  // the files it came from, and must not depend on where node_modules really is.
  preserveSymlinks: true,
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

// Packages that only some runs call and whose module set-up is not free: each is bundled behind a
// function that evaluates the package on its first call, instead of when the bundle loads.
// @stdlib's betainc (about 8 ms to set up, 300 KB) serves only the Pearson and Spearman p-values,
// so a Kendall run (the default, and BenchBench's example) never sets it up.
const LAZY_PACKAGES = ['@stdlib/math-base-special-betainc'];
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const names = new RegExp(`^(${LAZY_PACKAGES.map((n) => n.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    // An import from the sources gets the stand-in; the stand-in's own require gets the package.
    b.onResolve({ filter: names }, (args) =>
      args.namespace === 'lazy' ? undefined : { path: args.path, namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents:
        `let f;\nexport default function lazy(...args) {\n` +
        `  return (f ??= require(${JSON.stringify(args.path)}))(...args);\n}\n`,
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

// The CLI: dist/cli.js, the entry (src/cli/main.ts: it turns on Node's compile cache, then imports
// the program), and dist/cli-run.js, the program (src/cli/run.ts), split by esbuild into the
// chunks under dist/cli/: each command's module is imported only when it runs (src/cli/program.ts),
// so that `benchbench agree` loads agree's code and what it shares, not the site's page script, its
// HTTP server or git. Their notices are listed under dist/cli.js. The action is one file.
const CLI_CHUNKS = 'dist/cli';
const bundles = [
  { file: 'dist/cli.js', entry: 'src/cli/main.ts', banner: '#!/usr/bin/env node\n' },
  {
    file: 'dist/cli-run.js',
    entry: 'src/cli/run.ts',
    banner: '',
    noticesOf: 'dist/cli.js',
    split: { chunkNames: `${path.basename(CLI_CHUNKS)}/[name]-[hash]` },
  },
  { file: 'dist/index.js', entry: 'src/action/main.ts', banner: '' },
].filter((b) => existsSync(b.entry));
// Chunks of an earlier build are removed: their names change with their content.
rmSync(CLI_CHUNKS, { recursive: true, force: true });

// The page script is bundled for the browser and carried inside the bundles as a string
// (src/report/site/page-script.generated.ts): the packages of src/report/site/browser/ count too.
const PAGE_MODULE = 'src/report/site/page-script.generated.ts';
const PAGE_SOURCES = 'src/report/site/browser';
const page = existsSync(PAGE_SOURCES)
  ? await build({
      entryPoints: readdirSync(PAGE_SOURCES)
        .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
        .map((f) => path.join(PAGE_SOURCES, f)),
      bundle: true,
      platform: 'browser',
      preserveSymlinks: true,
      write: false,
      metafile: true,
      outdir: 'page-script-packages',
      logLevel: 'warning',
    })
  : undefined;

// Inputs per notices entry: the CLI's two bundles count as one.
const inputsOf = new Map();
for (const b of bundles) {
  const result = await build({
    ...common,
    ...(b.split
      ? {
          entryPoints: { [path.basename(b.file, '.js')]: b.entry },
          outdir: path.dirname(b.file),
          splitting: true,
          chunkNames: b.split.chunkNames,
        }
      : { entryPoints: [b.entry], outfile: b.file }),
    banner: { js: b.banner + common.banner.js },
    plugins: [lazyPackages],
  });
  const inputs = inputsOf.get(b.noticesOf ?? b.file) ?? {};
  Object.assign(inputs, result.metafile.inputs);
  if (page && PAGE_MODULE in inputs) Object.assign(inputs, page.metafile.inputs);
  inputsOf.set(b.noticesOf ?? b.file, inputs);
}
const notices = [...inputsOf].map(([file, inputs]) => ({
  file,
  packages: bundledPackages({ inputs }, process.cwd()),
}));

const problems = [...new Set(licenseProblems(notices.flatMap((n) => n.packages)))];
if (problems.length > 0) {
  console.error(`build: a bundled package cannot be shipped:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync('dist/THIRD_PARTY_NOTICES', noticesText(notices));
