/** The page's stylesheet (assets/site.css). Colours meet WCAG AA contrast on white. */
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4b5563; --line: #d0d7de; --accent: #0a4fa3;
  --pos: #1f5fae; --neg: #b35806; --focus: #c2410c; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 16px; }
header h1 { margin: 20px 0 4px; font-size: 1.6rem; }
.lead, footer, .count, .scenario-id, .legend { color: var(--muted); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.tabs { display: flex; gap: 4px; border-bottom: 2px solid var(--line); margin: 16px 0 12px; flex-wrap: wrap; }
.tabs [role=tab] { font: inherit; border: 1px solid var(--line); border-bottom: none; background: #f3f4f6;
  color: var(--ink); padding: 6px 14px; border-radius: 6px 6px 0 0; cursor: pointer; }
.tabs [role=tab][aria-selected=true] { background: #fff; font-weight: 600; border-color: var(--accent); }
.filters { display: flex; gap: 8px 12px; align-items: center; flex-wrap: wrap; }
.filters select, .filters input { font: inherit; padding: 4px 6px; border: 1px solid #6b7280; border-radius: 4px; }
.filters input { width: min(16rem, 100%); box-sizing: border-box; }
.table-wrap { border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; padding: 6px 8px; color: var(--muted); }
th, td { padding: 4px 8px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 1; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
button.sort { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; color: var(--ink); }
th[aria-sort=ascending] button.sort::after { content: " ▲"; }
th[aria-sort=descending] button.sort::after { content: " ▼"; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #f0f6ff; }
.scenario-id { display: block; font-size: 0.8rem; font-family: ui-monospace, monospace; }
.badge { white-space: nowrap; margin-left: 6px; font-size: 0.72rem; padding: 0 5px; border-radius: 8px; background: #e7eefb; color: #0a3d80; }
.warn { margin-left: 4px; color: #8a4b00; }
.chart-box { border: 1px solid var(--line); border-radius: 6px; padding: 4px; }
/* Charts shrink to the width of the page (their viewBox keeps the proportions), never overflow it. */
svg.chart { display: block; max-width: 100%; height: auto; }
.chart text { font-size: 11px; fill: var(--ink); }
.chart .grid { stroke: #e5e7eb; } .chart .zero { stroke: #6b7280; }
.chart .bar.pos { fill: var(--pos); } .chart .bar.neg { fill: var(--neg); }
.chart .whisker { stroke: var(--ink); fill: none; stroke-width: 1.2; }
.chart .dot { fill: var(--pos); fill-opacity: 0.75; stroke: #fff; }
.chart .axis-line { stroke: #6b7280; }
.chart .mark:hover .bar, .chart .dot:hover { fill: var(--focus); }
.legend .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: middle; border: 1px solid #9ca3af; }
dialog { max-width: 760px; width: calc(100% - 48px); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
dialog::backdrop { background: rgba(15, 23, 42, 0.45); }
.detail-head { display: flex; justify-content: space-between; align-items: start; gap: 12px; }
.detail-head h2 { margin: 0; }
button.close { font-size: 1.5rem; line-height: 1; background: none; border: 1px solid var(--line); border-radius: 6px; cursor: pointer; padding: 2px 10px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; }
.facts dt { font-weight: 600; } .facts dd { margin: 0; overflow-wrap: anywhere; }
button.link { font: inherit; background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; text-align: left; }
.shared-models ul { columns: 3 10rem; font-size: 0.85rem; }
footer { margin: 24px auto; font-size: 0.85rem; }
footer code, .facts dd, .name { overflow-wrap: anywhere; }
.marks { margin: 6px 0; padding: 0; list-style: none; font-size: 0.88rem; color: var(--muted); }
.marks li { margin: 2px 0; }
.marks .badge, .marks .warn { margin: 0 6px 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.heat-readout { position: sticky; top: 0; z-index: 2; background: #fff; margin: 0; padding: 4px 0; min-height: 1.5em; font-variant-numeric: tabular-nums; }
svg.heatmap:focus-visible { outline: 3px solid var(--focus); }
.heatmap .cursor { fill: none; stroke: var(--focus); stroke-width: 2; pointer-events: none; }
.sort-phone { display: none; gap: 6px; align-items: center; margin: 6px 0; }
details.method-panel { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 12px 0; }
details.method-panel summary { cursor: pointer; font-weight: 600; }
.method-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 8px 16px; margin: 10px 0; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field input, .field select, .aggregate-field input[type=search] { font: inherit; padding: 3px 6px; border: 1px solid #6b7280; border-radius: 4px; max-width: 100%; box-sizing: border-box; }
.field .check { display: flex; gap: 4px; align-items: center; font-size: 0.88rem; }
.hint { font-size: 0.8rem; color: var(--muted); }
.aggregate-field { border: 1px solid var(--line); border-radius: 6px; margin: 0; min-width: 0; }
.aggregate-list { list-style: none; margin: 6px 0 0; padding: 0; max-height: 14rem; overflow-y: auto; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 2px 12px; }
.aggregate-list li { min-width: 0; display: flex; gap: 6px; align-items: baseline; overflow-wrap: anywhere; }
.method-actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 10px 0 4px; }
.method-actions button, button.download { font: inherit; padding: 4px 10px; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; }
.field-error { color: #b91c1c; margin: 4px 0; } .field-error:empty { display: none; }
.engine { display: flex; gap: 8px; align-items: center; } .engine-status { margin: 4px 0; }
.method-note { color: var(--muted); font-size: 0.9rem; }
.problems, .scores-notice { border: 2px solid #b45309; background: #fffbeb; border-radius: 6px; padding: 4px 12px; margin: 12px 0; }
.downloads { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
section.upload { margin: 24px 0; }
.drop-zone { border: 2px dashed #6b7280; border-radius: 8px; padding: 16px; margin: 8px 0; }
.drop-zone.over { border-color: var(--accent); background: #f0f6ff; }
.drop-zone input { max-width: 100%; }
section.upload textarea { display: block; width: 100%; box-sizing: border-box; font: 0.85rem ui-monospace, monospace; margin: 4px 0; }
article.uploaded { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.upload-issues li, .unmatched li, .rows-to-check li { overflow-wrap: anywhere; }
section.alternatives { margin-top: 16px; }
.alt-filters { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: end; margin: 6px 0; }
.alt-filters input[type=number], .alt-filters select { font: inherit; padding: 3px 6px; border: 1px solid #6b7280; border-radius: 4px; }
.alt-filters input[type=number] { width: 6.5rem; }
.alt-access { display: flex; flex-wrap: wrap; gap: 2px 10px; border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: 2px 8px 6px; min-width: 0; }
.alt-access .check { display: flex; gap: 4px; align-items: center; }
.alt-cost { display: flex; gap: 4px; flex-wrap: wrap; }
.alt-status, .subset-status { margin: 4px 0; color: var(--muted); }
table.alternatives-table td.name, table.subset-steps td.name { overflow-wrap: anywhere; }
section.subset { margin: 24px 0; }
section.subset .field select { max-width: 100%; }
section.subset .method-grid { grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); }
table.subset-steps tr.chosen td { background: #eef6ee; font-weight: 600; }
table.subset-steps tbody tr { cursor: default; }
.subset-summary { font-size: 1.02rem; }
/* Phones: each benchmark becomes a card of labelled values; nothing is wider than the screen. */
@media (max-width: 640px) {
  header, main, footer { padding: 0 10px; }
  table.leaderboard thead { display: none; }
  table.leaderboard caption { display: block; }
  table.leaderboard, table.leaderboard tbody, table.leaderboard tr, table.leaderboard td { display: block; }
  table.leaderboard tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10px; padding: 6px 8px; border-bottom: 1px solid var(--line); }
  table.leaderboard td { border: none; padding: 1px 0; text-align: left; white-space: normal; }
  table.leaderboard td.name { grid-column: 1 / -1; order: -1; font-weight: 600; }
  table.leaderboard td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
  .sort-phone { display: flex; }
  dialog { width: calc(100% - 16px); max-width: none; margin: 8px auto; padding: 10px; box-sizing: border-box; }
  table.closest { font-size: 0.82rem; } table.closest th, table.closest td { padding: 3px 4px; white-space: normal; }
  table.alternatives-table thead, table.subset-steps thead { display: none; }
  table.alternatives-table caption, table.subset-steps caption { display: block; }
  table.alternatives-table, table.alternatives-table tbody, table.alternatives-table td,
  table.subset-steps, table.subset-steps tbody, table.subset-steps td { display: block; }
  table.alternatives-table tr, table.subset-steps tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10px; padding: 6px 4px; border-bottom: 1px solid var(--line); }
  table.alternatives-table td, table.subset-steps td { border: none; padding: 1px 0; text-align: left; white-space: normal; background: none; }
  table.alternatives-table td.name, table.subset-steps td.name { grid-column: 1 / -1; order: -1; font-weight: 600; }
  table.alternatives-table td[data-label]::before, table.subset-steps td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
  table.subset-steps tr.chosen { background: #eef6ee; }
  .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 4px; }
}
/* Large blocks below the fold (a board's Z chart, the heatmap, the upload form) are laid out only
   once they come near the viewport: a catalog of 2,000 benchmarks draws thousands of marks. */
.chart-box, section.heatmap-section, section.upload { content-visibility: auto; contain-intrinsic-size: auto 600px; }
`;
