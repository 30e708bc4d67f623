// Bundles the CLI and the action into self-contained files under dist/ (committed), and writes
// dist/THIRD_PARTY_NOTICES: every package inside each bundle with its licence text, read from
// esbuild's metafile. The bundles are not minified, so that a reviewer can read a diff of dist/
// (CONTRIBUTING.md, "Reading a diff of dist/"). The build is deterministic: same sources, same bytes.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPackages, licenseProblems, noticesText } from './third-party-notices.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  // CommonJS: dist/package.json says so. A CommonJS entry starts faster than a module (Node sets
  // up no module loader), and only a script's code cache can be made after it has run (below).
  format: 'cjs',
  charset: 'utf8',
  legalComments: 'eof',
  metafile: true,
  // Paths as written under node_modules/, even when it is a symlink: the bundle's comments name
  // the files it came from, and must not depend on where node_modules really is.
  preserveSymlinks: true,
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

// The CLI: dist/cli-run.cjs, the program (src/cli/run.ts), one CommonJS file in which each
// command's modules are set up only when that command runs (src/cli/program.ts imports them on
// demand; esbuild turns those imports into functions that evaluate the modules on first call), so
// that `benchbench agree` sets up agree's code and what it shares, not the site's page script, its
// HTTP server or git. Then dist/cli.js, the entry (src/cli/main.ts), which runs the program through
// V8's code cache (src/cli/code-cache.ts) under the program's content hash. The program is a
// classic script, not a module, because only a script's code cache can be made after it has run.
// Their notices are listed under dist/cli.js. The action is one file. Both start dist/parse-worker.cjs
// (src/sources/parse-worker.ts) to parse a large catalog on a second thread: its packages are
// listed under both.
const PROGRAM = 'dist/cli-run.cjs';
const bundles = [
  { file: PROGRAM, entry: 'src/cli/run.ts', banner: '', program: true, noticesOf: ['dist/cli.js'] },
  { file: 'dist/cli.js', entry: 'src/cli/main.ts', banner: '#!/usr/bin/env node\n', programBuild: true },
  { file: 'dist/index.js', entry: 'src/action/main.ts', banner: '' },
  {
    file: 'dist/parse-worker.cjs',
    entry: 'src/sources/parse-worker.ts',
    banner: '',
    noticesOf: ['dist/cli.js', 'dist/index.js'],
  },
].filter((b) => existsSync(b.entry));
// The bundles are CommonJS, in a package that is a module: dist/ says so for its own files.
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
// Outputs of earlier builds: the ES-module program and its chunks.
rmSync('dist/cli', { recursive: true, force: true });
rmSync('dist/cli-run.js', { force: true });

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
    entryPoints: [b.entry],
    outfile: b.file,
    // The program is read as Latin-1 (the fastest way to a string) on every run: ASCII only.
    ...(b.program && { charset: 'ascii' }),
    banner: { js: b.banner },
    ...(b.programBuild && { define: { PROGRAM_BUILD: JSON.stringify(contentHash(PROGRAM)) } }),
    plugins: [lazyPackages],
  });
  for (const file of b.noticesOf ?? [b.file]) {
    const inputs = inputsOf.get(file) ?? {};
    Object.assign(inputs, result.metafile.inputs);
    if (page && PAGE_MODULE in inputs) Object.assign(inputs, page.metafile.inputs);
    inputsOf.set(file, inputs);
  }
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

/** The first 16 hex digits of the SHA-256 of a file. */
function contentHash(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}
