/**
 * Downloads of the current view: its rows as CSV or JSON, each carrying the method (keys as in
 * benchbench.yaml), the aggregate and the catalog's hash, made in the page (a Blob), so the
 * numbers are the ones on screen at full precision. Beside them, a link to the site's
 * scores.parquet (every score, with the catalog hash and the method in its metadata).
 */
import type { RowDocument } from '../../leaderboard-document.js';
import type { PageData } from '../page-data.js';
import { h } from './dom.js';

export const VIEW_SCHEMA = 'benchbench-view';

export interface ViewDocument {
  schema: typeof VIEW_SCHEMA;
  version: 1;
  generator: string;
  catalog: { hash: string };
  method: PageData['method'];
  aggregate: { scenarios: readonly string[]; scores: Record<string, number> };
  board: { id: string; title: string };
  rows: RowDocument[];
}

const CSV_COLUMNS = [
  'rank',
  'scenario',
  'name',
  'benchmark',
  'category',
  'z',
  'z_low',
  'z_high',
  'agreement',
  'agreement_low',
  'agreement_high',
  'n_common',
  'models',
  'in_aggregate',
  'skipped',
  'method',
  'catalog_hash',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (v: string | number | boolean | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function viewCsv(view: ViewDocument): string {
  const method = Object.entries(view.method)
    .map(([k, v]) => `${k}=${v}`)
    .concat(`aggregate=${view.aggregate.scenarios.join(',')}`)
    .join(';');
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of view.rows) {
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
      rank: r.rank,
      scenario: r.scenario,
      name: r.name,
      benchmark: r.benchmark,
      category: r.category,
      z: r.z,
      z_low: r.z_interval?.[0] ?? null,
      z_high: r.z_interval?.[1] ?? null,
      agreement: r.agreement,
      agreement_low: r.agreement_interval?.[0] ?? null,
      agreement_high: r.agreement_interval?.[1] ?? null,
      n_common: r.n_common,
      models: r.models,
      in_aggregate: r.in_aggregate,
      skipped: r.skipped,
      method,
      catalog_hash: view.catalog.hash,
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(values[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** Offers `text` to the reader as a file named `name` (a download; nothing leaves the page). */
export function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The two download buttons; `current` gives the view at the moment of the click. */
export function viewDownloads(current: () => ViewDocument): HTMLElement {
  const csv = h('button', { type: 'button', class: 'download', 'data-format': 'csv' }, 'This view as CSV');
  const json = h('button', { type: 'button', class: 'download', 'data-format': 'json' }, 'This view as JSON');
  csv.addEventListener('click', () => {
    const v = current();
    save(`benchbench-${v.board.id}.csv`, 'text/csv', viewCsv(v));
  });
  json.addEventListener('click', () => {
    const v = current();
    save(`benchbench-${v.board.id}.json`, 'application/json', JSON.stringify(v, null, 2) + '\n');
  });
  const parquet = h(
    'a',
    { href: 'scores.parquet', download: 'scores.parquet', class: 'download-link' },
    'Every score as Parquet',
  );
  return h('p', { class: 'downloads' }, 'Download: ', csv, ' ', json, ' ', parquet);
}
