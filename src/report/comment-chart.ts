/**
 * The comment's Mermaid chart: the board's Z scores as horizontal bars, one labelled row per
 * benchmark, the pull request's own in another colour.
 *
 * Mermaid's xychart (the only chart GitHub renders with numeric axes) draws every bar from the
 * axis minimum and has one colour per series. So that bars grow from zero:
 * - series 1 (grey) holds max(Z, 0) of the other benchmarks, series 2 (orange) max(Z, 0) of the
 *   pull request's; where a series has no bar it holds min(Z, 0), which the cover hides;
 * - series 3, in the chart's background colour, holds min(Z, 0) of every row and is drawn last:
 *   it paints over the part of each bar between the axis minimum and the bar's own start, so
 *   what shows of a bar is the span between 0 and Z (left of zero when Z is negative);
 * - a line at 0 marks the zero.
 * The background is set explicitly (white, dark text) so the covering series matches it in
 * GitHub's light and dark themes alike.
 *
 * Horizontal bars put one label per row on the left, so labels never overlap. At most
 * `MAX_CHART_ROWS` rows: the pull request's benchmarks, their neighbours by rank, the top and
 * the bottom two; a gap of left-out ranks is one empty row labelled with how many it hides.
 */
import type { ReportRow } from '../model/pr-report-schema.js';

export const MAX_CHART_ROWS = 25;
/** Longest chart label, in characters. */
export const MAX_CHART_LABEL = 36;

const BACKGROUND = '#ffffff';
const PALETTE = ['#9ca3af', '#d97706', BACKGROUND, '#111827'];

/** Chart labels: letters, digits and a few safe signs; nothing Mermaid or Markdown could read as syntax. */
export function chartLabel(name: string): string {
  const clean = name
    .replace(/[^\p{L}\p{N} ._+()-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = [...clean];
  return (cut.length > MAX_CHART_LABEL ? cut.slice(0, MAX_CHART_LABEL - 1).join('') + '…' : clean) || '?';
}

/**
 * Indices of the rows to draw (ascending): the highlighted ones, the first and last two, then
 * the nearest neighbours of the highlighted ones, closest first, until `max` rows.
 */
export function chartRows(n: number, highlighted: readonly number[], max = MAX_CHART_ROWS): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const keep = new Set<number>();
  const add = (i: number) => {
    if (i >= 0 && i < n && keep.size < max) keep.add(i);
  };
  for (const i of highlighted) add(i);
  for (const i of [0, 1, n - 2, n - 1]) add(i);
  for (let d = 1; keep.size < max && d < n; d++) {
    for (const i of highlighted) {
      add(i - d);
      add(i + d);
    }
    if (highlighted.length === 0) add(1 + d);
  }
  return [...keep].sort((a, b) => a - b);
}

export interface ChartResult {
  /** The fenced ```mermaid block. */
  readonly block: string;
  readonly shown: number;
  readonly leftOut: number;
}

const v = (z: number): string => (Math.round(z * 1000) / 1000).toString();

export function commentChart(rows: readonly ReportRow[], highlight: ReadonlySet<string>): ChartResult {
  const marked = rows.flatMap((r, i) => (highlight.has(r.scenario) ? [i] : []));
  const picked = chartRows(rows.length, marked);
  const labels: string[] = [];
  const grey: number[] = [];
  const orange: number[] = [];
  const cover: number[] = [];
  const zs = rows.map((x) => x.z!);
  const lo = Math.floor(Math.min(...zs, 0) * 2) / 2 - 0.5;
  const hi = Math.ceil(Math.max(...zs, 0) * 2) / 2 + 0.5;
  const push = (label: string, z: number, mine: boolean) => {
    labels.push(label);
    // The series a row does not use holds the cover's value, so the cover hides it exactly.
    grey.push(mine ? Math.min(z, 0) : Math.max(z, 0));
    orange.push(mine ? Math.max(z, 0) : Math.min(z, 0));
    cover.push(Math.min(z, 0));
  };
  const gap = (from: number, to: number) => {
    if (to > from) push(`(${to - from} more: ranks ${rows[from]!.rank}-${rows[to - 1]!.rank})`, 0, false);
  };
  let next = 0;
  for (const i of picked) {
    gap(next, i);
    const row = rows[i]!;
    push(`${row.rank}. ${chartLabel(row.name)}`, row.z!, highlight.has(row.scenario));
    next = i + 1;
  }
  gap(next, rows.length);
  // Labels must be unique: Mermaid places a bar by its label.
  const seen = new Map<string, number>();
  const unique = labels.map((l) => {
    const k = (seen.get(l) ?? 0) + 1;
    seen.set(l, k);
    return k === 1 ? l : `${l} (${k})`;
  });
  const init = {
    xyChart: { height: Math.max(300, 34 * labels.length + 120), width: 760 },
    themeVariables: {
      xyChart: {
        backgroundColor: BACKGROUND,
        titleColor: '#111827',
        xAxisLabelColor: '#111827',
        xAxisTitleColor: '#111827',
        xAxisTickColor: '#6b7280',
        xAxisLineColor: '#6b7280',
        yAxisLabelColor: '#111827',
        yAxisTitleColor: '#111827',
        yAxisTickColor: '#6b7280',
        yAxisLineColor: '#6b7280',
        plotColorPalette: PALETTE.join(', '),
      },
    },
  };
  const block = [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta horizontal',
    '    title "BenchBench score (Z) by rank; yours in orange"',
    `    x-axis [${unique.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "Z (bars start at 0)" ${v(lo)} --> ${v(hi)}`,
    `    bar [${grey.map(v).join(', ')}]`,
    `    bar [${orange.map(v).join(', ')}]`,
    `    bar [${cover.map(v).join(', ')}]`,
    `    line [${cover.map(() => '0').join(', ')}]`,
    '```',
  ].join('\n');
  return { block, shown: picked.length, leftOut: rows.length - picked.length };
}
