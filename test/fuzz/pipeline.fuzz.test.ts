/**
 * The whole pipeline under generated hostile catalogs: catalog bytes -> the pull request's
 * report (both catalogs loaded, validated, scored, diffed) -> the comment, the job summary,
 * LEADERBOARD.md and the published page. Each generated input is one of the classes of
 * docs/SECURITY.md (deep and wide YAML, issue floods, long and invisible names, names that
 * differ only in case, misspelt scenarios, markup in names, random bytes), dropped into a small
 * valid catalog as a pull request would.
 *
 * For every input: nothing throws, the run takes under RUN_BUDGET_MS of CPU, the comment is under
 * GitHub's 65,536 characters with exactly one marker, the summary is under 1 MiB in UTF-8
 * bytes, and the outputs are inert (no raw `<` outside our own marker).
 *
 * The normal test run draws FUZZ_RUNS (default 150) inputs from the fixed seed; the campaign,
 * `npm run fuzz`, draws 100,000 from a new seed (FC_SEED=random) and prints the seed, the
 * count and the duration (docs/SECURITY.md gives the last campaign's figures).
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown, SUMMARY_BYTES } from '../../src/action/summary.js';
import { buildPrReport } from '../../src/pipeline/pr-report.js';
import { buildSite } from '../../src/pipeline/build-site.js';
import { scoreCatalog } from '../../src/pipeline/score-catalog.js';
import { leaderboardDocument } from '../../src/pipeline/leaderboard-document.js';
import { leaderboardMarkdown } from '../../src/report/leaderboard-markdown.js';
import { COMMENT_MARKER, renderPrComment } from '../../src/report/pr-comment.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { baseFiles, MODELS } from '../hostile/catalog.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/**
 * One input's budget, in CPU time of this process (user + system): on a shared machine the wall
 * clock of a nice'd campaign is many times that. The inputs are at most a few hundred KB, so a
 * slow one is a super-linear path.
 */
const RUN_BUDGET_MS = Number(process.env.FUZZ_RUN_BUDGET_MS ?? 10_000);
/** With FUZZ_LOG set, a line is appended there every 1,000 inputs (a long campaign's progress). */
const LOG = process.env.FUZZ_LOG;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Characters that matter to the escapers, the parsers and the name checks. */
const NASTY = [
  '@',
  '#1',
  'GH-1',
  'http://',
  'www.',
  '<!--',
  '-->',
  '<img>',
  '|',
  '`',
  '```',
  '\\',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '&#124;',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  ',',
  ':',
  '- ',
  '{',
  '}',
  '\u200B',
  '\u00AD',
  '\u202E',
  '\u2066',
  '\uDB40\uDC41',
  '\uFEFF',
  '\uD800',
  '漢字',
  '😀',
  'a'.repeat(50),
  'é',
  'İ',
  '__proto__',
  'constructor',
  '$(x)',
  '${{ x }}',
];
const nastyText = (max: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })), { maxLength: max })
    .map((p) => p.join(''));
/**
 * A size from 1 to `max`, `max ** (u ** 3)` for u uniform in [0, 1]: most inputs are small (the
 * campaign needs many), and every order of magnitude up to past each cap is drawn.
 */
const size = (max: number) =>
  fc.integer({ min: 0, max: 1_000 }).map((u) => Math.round(max ** ((u / 1_000) ** 3)));

/** The hostile part of a pull request: files added to the base catalog. */
type Files = Record<string, string | Uint8Array>;

const classes: fc.Arbitrary<Files>[] = [
  // Deep YAML: flow brackets and block sequences past any sane depth.
  fc.record({ n: size(200), kind: fc.constantFrom('[', '{a: ', '- ', '? ') }).map(({ n, kind }) => ({
    'benchmarks/deep.csv': 'model,deep\nalpha,1\nbravo,2\n',
    'benchmarks/deep.yaml': `name: Deep\nscenarios: ${kind.repeat(n)}x\n`,
  })),
  // Wide YAML: many keys in one mapping, some repeated.
  fc.record({ n: size(6_000), dup: fc.boolean() }).map(({ n, dup }) => ({
    'benchmarks/wide.csv': 'model,wide\nalpha,1\nbravo,2\n',
    'benchmarks/wide.yaml': `name: Wide\nscenarios:\n${Array.from({ length: n }, (_, i) => `  s${dup ? i % 97 : i}: { name: S }`).join('\n')}\n`,
  })),
  // An issue flood: rows of junk, each its own issue.
  size(600).map((n) => ({
    'benchmarks/flood.csv': `model,flood\n${Array.from({ length: n }, (_, i) => `m${i},=x${i}`).join('\n')}\n`,
    'benchmarks/flood.yaml': 'name: Flood\n',
  })),
  // Long and marked-up names in every place a name goes.
  fc
    .record({ name: nastyText(40), long: size(5_000), scenario: nastyText(10) })
    .map(({ name, long, scenario }) => ({
      'benchmarks/names.csv': `model,${JSON.stringify(scenario || 'x')}\n${JSON.stringify(name + 'a'.repeat(Math.min(long, 900)))},1\n${MODELS.map((m, i) => `${m},${i}`).join('\n')}\n`,
      'benchmarks/names.yaml': `name: ${JSON.stringify(name + 'b'.repeat(long))}\ncategory: ${JSON.stringify(name)}\n`,
    })),
  // Invisible characters and ids differing only in case, against the base's ids.
  fc
    .record({
      at: fc.integer({ min: 0, max: 5 }),
      ch: fc.constantFrom('\u200B', '\u00AD', '\u202E', '\u2066', '\uDB40\uDC41', '\uFEFF'),
    })
    .map(({ at, ch }) => ({
      'benchmarks/Base.csv': 'model,AGG_A\nalpha,1\n',
      'benchmarks/Base.yaml': 'name: Base\n',
      'benchmarks/hidden.csv': `model,${'agg_b'.slice(0, at)}${ch}${'agg_b'.slice(at)}\n${'alpha'.slice(0, at)}${ch}${'alpha'.slice(at)},1\nbravo,2\n`,
      'benchmarks/hidden.yaml': 'name: Hidden\n',
    })),
  // Misspelt scenarios: many unknown ones in metadata and in the config's aggregate.
  fc.record({ n: size(400), len: size(200) }).map(({ n, len }) => ({
    'benchbench.yaml': `aggregate:\n  scenarios: [agg_a, agg_b, agg_c, ${Array.from({ length: n }, (_, i) => `agg_${'x'.repeat(len)}${i}`).join(', ')}]\nmethod:\n  samples: 20\n`,
    'benchmarks/typo.csv': `model,${Array.from({ length: 50 }, (_, i) => `col_${i}`).join(',')}\nalpha,${Array(50).fill(1).join(',')}\n`,
    'benchmarks/typo.yaml': `name: Typo\nscenarios:\n${Array.from({ length: n }, (_, i) => `  col_${'y'.repeat(len)}${i}: { direction: lower }`).join('\n')}\n`,
  })),
  // Unmatched models: many near-misses of each other.
  fc.record({ n: size(700), len: size(300) }).map(({ n, len }) => ({
    'benchmarks/unmatched.csv': `model,um\n${Array.from({ length: n }, (_, i) => `${'q'.repeat(len)}-${i},${i}`).join('\n')}\n`,
    'benchmarks/unmatched.yaml': 'name: Unmatched\n',
  })),
  // Any bytes, in any catalog file.
  fc
    .record({
      path: fc.constantFrom(
        'benchbench.yaml',
        'models.yaml',
        'benchmarks/x.csv',
        'benchmarks/x.yaml',
        'benchmarks/base.yaml',
      ),
      bytes: fc.uint8Array({ maxLength: 2_000 }),
      text: nastyText(60),
    })
    .map(({ path, bytes, text }) => ({
      [path]: bytes.length % 2 ? bytes : text,
      'benchmarks/x.csv': 'model,x\nalpha,1\n',
    })),
];

const hostileFiles = fc.oneof(...classes);

/** The hostile tests' base catalog, scored with 2 samples per pair: the campaign needs speed, not precision. */
function fuzzBase(): Map<string, Uint8Array> {
  const files = baseFiles();
  files.set(
    'benchbench.yaml',
    encode('aggregate:\n  scenarios: [agg_a, agg_b, agg_c]\nmethod:\n  samples: 2\n'),
  );
  return files;
}

function withHostile(extra: Files): Map<string, Uint8Array> {
  const files = fuzzBase();
  for (const [p, v] of Object.entries(extra)) files.set(p, typeof v === 'string' ? encode(v) : v);
  return files;
}

/** One pull request through every output; returns nothing, asserts everything. */
function runOne(extra: Files): void {
  const base = fuzzBase();
  const head = withHostile(extra);
  const started = process.cpuUsage();
  const changed = [...head.keys()].filter((p) => {
    const before = base.get(p);
    return !before || Buffer.compare(before, head.get(p)!) !== 0;
  });
  const report = buildPrReport({
    base: { sha: 'a'.repeat(40), files: base, issues: [] },
    head: { sha: 'b'.repeat(40), files: head, issues: [] },
    changedFiles: changed,
    repository: 'acme/catalog',
    pullRequest: 7,
    catalogDir: 'catalog',
  });
  const comment = renderPrComment(report, { target: 'comment' });
  const summary = summaryMarkdown(report, ['A note quoting <!-- benchbench-action:comment --> @someone']);
  const catalog = loadCatalog(head);
  const scores = scoreCatalog(catalog);
  const markdown = leaderboardMarkdown(leaderboardDocument(scores), catalog.config.method);
  const site = buildSite(scores);
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;

  expect(elapsed, `one input took ${elapsed.toFixed(0)} ms of CPU`).toBeLessThan(RUN_BUDGET_MS);
  expect(comment.length).toBeLessThan(65_536);
  expect(comment.split('<!--').length - 1).toBe(1);
  expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
  expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_BYTES);
  for (const text of [comment.slice(COMMENT_MARKER.length), summary, markdown]) {
    // No `<!--` anywhere; a raw `<` only inside a code span, or as our own `<sub>`, `<details>` markup.
    expect(text).not.toContain('<!--');
    const outsideCode = withoutCodeSpans(text).replace(/<\/?(sub|details|summary|br)>/g, '');
    expect(outsideCode.split('\n').filter((l) => /<[a-z!/]/i.test(l))).toEqual([]);
  }
  expect(site.get('index.html')).toBeDefined();
}

/**
 * The text with its code spans removed, as CommonMark reads them: a run of n backticks (not
 * backslash-escaped) opens a span that the next run of exactly n backticks closes; a run with no
 * closer is literal text.
 */
function withoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('`', i);
    if (open === -1) return out + text.slice(i);
    let n = open;
    while (text[n] === '`') n++;
    // A backslash-escaped backtick is a literal one (and shortens the run that opens a span).
    let slashes = 0;
    while (text[open - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) {
      out += text.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const fence = n - open;
    let close = -1;
    for (let j = text.indexOf('`', n); j !== -1;) {
      let k = j;
      while (text[k] === '`') k++;
      if (k - j === fence) {
        close = k;
        break;
      }
      j = text.indexOf('`', k);
    }
    if (close === -1) {
      out += text.slice(i, n);
      i = n;
    } else {
      out += text.slice(i, open);
      i = close;
    }
  }
  return out;
}

describe('the pipeline under generated hostile catalogs', () => {
  it(
    `survives ${RUNS} inputs of every class, each within ${RUN_BUDGET_MS} ms of CPU and GitHub's limits`,
    () => {
      const started = performance.now();
      let count = 0;
      fc.assert(
        fc.property(hostileFiles, (extra) => {
          runOne(extra);
          count++;
          if (LOG && count % 1_000 === 0) {
            appendFileSync(LOG, `${count} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
          }
        }),
        { numRuns: RUNS },
      );
      if (RUNS >= 10_000) {
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `fuzz campaign: ${count} inputs in ${seconds.toFixed(0)} s (seed ${fc.readConfigureGlobal().seed})`,
        );
      }
      expect(count).toBe(RUNS);
    },
    Math.max(120_000, RUNS * RUN_BUDGET_MS),
  );
});
