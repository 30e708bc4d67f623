/**
 * The static page: `index.html` (the data inlined, compressed) with `assets/site.js` and
 * `assets/site.css` beside it. Pure: the same data gives byte-identical files. Works from
 * file:// and from GitHub Pages: classic script, relative paths, no network at view time
 * (but for `scores.parquet`, which the engine worker fetches when a reader recomputes).
 *
 * The page data's JSON is packed by the caller (build-site.ts: raw DEFLATE, then base64, which the
 * browser inflates with its own DecompressionStream): a catalog of 2,000 benchmarks has about
 * 5 MB of JSON, which packs to under 1 MB. Base64 cannot close the <script>; untrusted text
 * reaches the HTML otherwise only through escapeHtml.
 */
import { escapeHtml } from '../escape.js';
import { PAGE_DATA_ENCODING, PAGE_DATA_ID, type PageData } from './page-data.js';
import { PAGE_SCRIPT } from './page-script.generated.js';
import { PAGE_STYLE } from './page-style.js';

export const SITE_SCRIPT = 'assets/site.js';
export const SITE_STYLE = 'assets/site.css';

/** JSON text -> base64 of its raw DEFLATE bytes (PAGE_DATA_ENCODING). */
export type PackJson = (json: string) => string;

export function renderSite(
  data: PageData,
  pack: PackJson,
  title = 'BenchBench leaderboard',
): Map<string, string> {
  const scenarios = data.catalog.scenarios;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(data.generator)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${SITE_STYLE}">
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="lead">Each benchmark is scored by how well its ranking of models agrees with the aggregate
(mean win rate over ${data.aggregate.scenarios.length} scenarios). Z is that agreement relative to the other benchmarks'.
${data.catalog.benchmarks} benchmark files, ${scenarios} scenarios, ${data.catalog.models} models.
Select a row (or focus it and press Enter) for its details and closest benchmarks.</p>
</header>
<main id="app"><noscript>This page needs JavaScript for its tables and charts; LEADERBOARD.md and leaderboard.json hold the same numbers.</noscript></main>
<footer>
<p>${escapeHtml(data.method_line)}. Catalog <code>${escapeHtml(data.catalog.hash)}</code>. ${escapeHtml(data.generator)}.
Data: <a href="leaderboard.json">leaderboard.json</a> (<a href="leaderboard.schema.json">its JSON Schema</a>), <a href="LEADERBOARD.md">LEADERBOARD.md</a>, <a href="scores.parquet">scores.parquet</a> (every score), <a href="checks.parquet">checks.parquet</a> (every row to check).</p>
</footer>
<script type="application/octet-stream" id="${PAGE_DATA_ID}" data-encoding="${PAGE_DATA_ENCODING}">${pack(JSON.stringify(data))}</script>
<script src="${SITE_SCRIPT}"></script>
</body>
</html>
`;
  return new Map([
    ['index.html', html],
    [SITE_SCRIPT, PAGE_SCRIPT],
    [SITE_STYLE, PAGE_STYLE.trimStart()],
  ]);
}
