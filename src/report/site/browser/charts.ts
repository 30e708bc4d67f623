/**
 * The page's charts as plain SVG generated from data, on d3-scale scales (./scales.ts): the Z
 * bar chart with interval whiskers, the scatter of a benchmark against the aggregate, and the
 * agreement heatmap. Every chart has role="img" and an aria-label; every mark has a <title>;
 * axes and ticks are aria-hidden decoration.
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { fixed, signed } from '../../format.js';
import { h, px, s, title } from './dom.js';
import { attachHeatmapCursor } from './heatmap-cursor.js';
import { agreementColour, linearScale, ticksOf, zTicksOf } from './scales.js';

const BAR_HEIGHT = 16;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 420;
/** About one Z tick per 60 px of plot. */
const Z_TICKS = 7;
const SCATTER_TICKS = 5;

/** Truncates a label for the chart (the full name stays in the <title>). */
const short = (text: string, max = 34): string => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** One bar per scored row, in the given order: Z from 0, and the Z interval as a whisker. */
export function zBarChart(
  rows: readonly RowDocument[],
  label: string,
  width = LABEL_WIDTH + PLOT_WIDTH + 16,
): SVGSVGElement {
  const scored = rows.filter((r) => r.z !== null);
  const top = 24;
  const height = top + scored.length * BAR_HEIGHT + 8;
  // Narrow pages give the labels 40% of the width (and shorter names), the plot the rest.
  const labelWidth = Math.min(LABEL_WIDTH, Math.round(width * 0.4));
  const plotWidth = width - labelWidth - 16;
  const maxChars = Math.max(12, Math.floor(labelWidth / 6.8));
  // The axis spans at least [−1, 1], every Z and every interval end.
  const ends = scored.flatMap((r) => [r.z!, ...(r.z_interval ?? [])]);
  const x = linearScale(ends, labelWidth, labelWidth + plotWidth, Z_TICKS, [-1, 1]);
  const svg = s('svg', {
    class: 'chart bar-chart',
    role: 'img',
    'aria-label': `${label}: Z score of ${scored.length} benchmarks with their 90% intervals`,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
  });
  const axis = s('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const t of zTicksOf(x, Z_TICKS)) {
    axis.append(
      s('line', {
        x1: px(t.at),
        x2: px(t.at),
        y1: top - 4,
        y2: height - 8,
        class: t.value === 0 ? 'zero' : 'grid',
      }),
      s('text', { x: px(t.at), y: top - 8, 'text-anchor': 'middle' }, t.text),
    );
  }
  svg.append(axis);
  scored.forEach((r, i) => {
    const y = top + i * BAR_HEIGHT;
    const z = r.z!;
    const g = s('g', { class: 'mark', 'data-scenario': r.scenario });
    g.append(
      title(
        `${r.name}: Z ${signed(z)}` +
          (r.z_interval ? `, 90% interval ${signed(r.z_interval[0])} to ${signed(r.z_interval[1])}` : '') +
          `, rank ${r.rank ?? '–'}`,
      ),
      s(
        'text',
        { x: labelWidth - 6, y: y + BAR_HEIGHT - 4, 'text-anchor': 'end', class: 'label' },
        short(r.name, maxChars),
      ),
      s('rect', {
        class: z >= 0 ? 'bar pos' : 'bar neg',
        x: px(Math.min(x(0), x(z))),
        y: y + 2,
        width: px(Math.max(1, Math.abs(x(z) - x(0)))),
        height: BAR_HEIGHT - 4,
      }),
    );
    if (r.z_interval) {
      const [a, b] = r.z_interval;
      const cy = y + BAR_HEIGHT / 2;
      g.append(
        s('path', {
          class: 'whisker',
          d: `M${px(x(a))} ${cy - 4}v8M${px(x(a))} ${cy}H${px(x(b))}M${px(x(b))} ${cy - 4}v8`,
        }),
      );
    }
    svg.append(g);
  });
  return svg;
}

export interface ScatterPoint {
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** One dot per model: its aggregate score (x) against its score on the benchmark (y). */
export function scatter(points: readonly ScatterPoint[], name: string): SVGSVGElement {
  const w = 360;
  const hgt = 260;
  const m = { l: 64, r: 12, t: 12, b: 40 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  // The aggregate is a mean win rate: its axis always shows [0, 1].
  const x = linearScale(xs, m.l, w - m.r, SCATTER_TICKS, [0, 1]);
  const y = linearScale(ys, hgt - m.b, m.t, SCATTER_TICKS);
  const svg = s('svg', {
    class: 'chart scatter',
    role: 'img',
    'aria-label': `Scatter of ${points.length} models: aggregate score against their score on ${name}`,
    viewBox: `0 0 ${w} ${hgt}`,
    width: w,
    height: hgt,
  });
  svg.append(
    s('line', { class: 'axis-line', x1: m.l, x2: w - m.r, y1: hgt - m.b, y2: hgt - m.b }),
    s('line', { class: 'axis-line', x1: m.l, x2: m.l, y1: m.t, y2: hgt - m.b }),
    s(
      'text',
      { class: 'axis-title', x: (m.l + w - m.r) / 2, y: hgt - 8, 'text-anchor': 'middle' },
      'aggregate (mean win rate)',
    ),
    s(
      'text',
      {
        class: 'axis-title',
        x: 14,
        y: (m.t + hgt - m.b) / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 14 ${(m.t + hgt - m.b) / 2})`,
      },
      short(name, 30),
    ),
  );
  const ticks = svg.appendChild(s('g', { class: 'ticks', 'aria-hidden': 'true' }));
  for (const t of ticksOf(x, SCATTER_TICKS)) {
    ticks.append(
      s('line', { class: 'axis-line', x1: px(t.at), x2: px(t.at), y1: hgt - m.b, y2: hgt - m.b + 4 }),
      s('text', { x: px(t.at), y: hgt - m.b + 16, 'text-anchor': 'middle' }, t.text),
    );
  }
  for (const t of ticksOf(y, SCATTER_TICKS)) {
    ticks.append(
      s('line', { class: 'axis-line', x1: m.l - 4, x2: m.l, y1: px(t.at), y2: px(t.at) }),
      s('text', { x: m.l - 6, y: px(t.at + 4), 'text-anchor': 'end' }, t.text),
    );
  }
  for (const p of points) {
    svg.append(
      s(
        'circle',
        { class: 'dot', cx: px(x(p.x)), cy: px(y(p.y)), r: 4 },
        title(`${p.label}: aggregate ${fixed(p.x)}, score ${fixed(p.y, 4)}`),
      ),
    );
  }
  return svg;
}

/** Scenario × scenario agreement, cells in the given (clustered) order, with its cursor's readout. */
export function heatmap(
  ids: readonly string[],
  names: readonly string[],
  agreement: readonly (number | null)[],
): { svg: SVGSVGElement; readout: HTMLElement } {
  const n = ids.length;
  // Up to 100 benchmarks (the default heatmap size) the rows carry their names; the cursor
  // (heatmap-cursor.ts) names any cell's pair.
  const cell = n > 100 ? 6 : 12;
  // Row labels fit only in 12-pixel rows; smaller maps rely on the cursor and each cell's <title>.
  const left = cell >= 10 ? 200 : 0;
  const top = 4;
  const width = left + n * cell + 4;
  const height = top + n * cell + 4;
  const svg = s('svg', {
    class: 'chart heatmap',
    role: 'img',
    'aria-label': `Agreement between ${n} benchmarks, clustered so that similar benchmarks sit together; use the arrow keys to read each pair`,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
  });
  for (let i = 0; i < n; i++) {
    const row = s('g', { class: 'heat-row', 'data-scenario': ids[i]! });
    if (left) {
      row.append(
        s(
          'text',
          { x: left - 4, y: top + i * cell + cell - 2, 'text-anchor': 'end', class: 'label' },
          short(names[i]!, 30),
        ),
      );
    }
    for (let j = 0; j < n; j++) {
      const a = agreement[i * n + j] ?? null;
      row.append(
        s(
          'rect',
          {
            class: 'cell',
            x: left + j * cell,
            y: top + i * cell,
            width: cell,
            height: cell,
            fill: agreementColour(a),
          },
          title(
            `${names[i]} × ${names[j]}: ${a === null ? 'no agreement (too few shared models)' : fixed(a)}`,
          ),
        ),
      );
    }
    svg.append(row);
  }
  return { svg, readout: attachHeatmapCursor(svg, { left, top, cell, width }, names, agreement) };
}

/** The colour legend of the heatmap, as a small labelled strip. */
export function heatmapLegend(): HTMLElement {
  const steps = [-1, -0.5, 0, 0.5, 1];
  return h(
    'p',
    { class: 'legend' },
    'Agreement: ',
    ...steps.flatMap((v) => [
      h('span', { class: 'swatch', style: `background:${agreementColour(v)}` }),
      ` ${signed(v, 1)} `,
    ]),
    h('span', { class: 'swatch', style: `background:${agreementColour(null)}` }),
    ' none',
  );
}
