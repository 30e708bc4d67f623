/**
 * The page's charts as plain SVG generated from data (linear scales only): the Z bar chart with
 * interval whiskers, the scatter of a benchmark against the aggregate, and the agreement heatmap.
 * Every chart has role="img" and an aria-label; every mark has a <title>.
 */
import type { RowDocument } from '../../leaderboard-document.js';
import { fixed, signed } from '../../format.js';
import { h, linear, px, s, title } from './dom.js';

const BAR_HEIGHT = 16;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 420;

/** Truncates a label for the chart (the full name stays in the <title>). */
const short = (text: string, max = 34): string => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** One bar per scored row, in the given order: Z from 0, and the Z interval as a whisker. */
export function zBarChart(rows: readonly RowDocument[], label: string): SVGSVGElement {
  const scored = rows.filter((r) => r.z !== null);
  const lo = Math.min(-1, ...scored.map((r) => r.z_interval?.[0] ?? r.z!));
  const hi = Math.max(1, ...scored.map((r) => r.z_interval?.[1] ?? r.z!));
  const top = 24;
  const height = top + scored.length * BAR_HEIGHT + 8;
  const width = LABEL_WIDTH + PLOT_WIDTH + 16;
  const x = linear(lo, hi, LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
  const svg = s('svg', {
    class: 'chart bar-chart',
    role: 'img',
    'aria-label': `${label}: Z score of ${scored.length} benchmarks with their 90% intervals`,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
  });
  const axis = s('g', { class: 'axis', 'aria-hidden': 'true' });
  for (let t = Math.ceil(lo); t <= Math.floor(hi); t++) {
    axis.append(
      s('line', { x1: px(x(t)), x2: px(x(t)), y1: top - 4, y2: height - 8, class: t === 0 ? 'zero' : 'grid' }),
      s('text', { x: px(x(t)), y: top - 8, 'text-anchor': 'middle' }, t > 0 ? `+${t}` : t < 0 ? `−${-t}` : '0'),
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
      s('text', { x: LABEL_WIDTH - 6, y: y + BAR_HEIGHT - 4, 'text-anchor': 'end', class: 'label' }, short(r.name)),
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
  const x = linear(Math.min(...xs, 0), Math.max(...xs, 1), m.l, w - m.r);
  const y = linear(Math.min(...ys), Math.max(...ys), hgt - m.b, m.t);
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
    s('text', { class: 'axis-title', x: (m.l + w - m.r) / 2, y: hgt - 8, 'text-anchor': 'middle' }, 'aggregate (mean win rate)'),
    s(
      'text',
      { class: 'axis-title', x: 14, y: (m.t + hgt - m.b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${(m.t + hgt - m.b) / 2})` },
      short(name, 30),
    ),
  );
  const [x0, x1] = [Math.min(...xs, 0), Math.max(...xs, 1)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const ticks = svg.appendChild(s('g', { class: 'ticks', 'aria-hidden': 'true' }));
  for (const t of [0, 0.5, 1]) {
    const vx = x0 + (x1 - x0) * t;
    const vy = y0 + (y1 - y0) * t;
    ticks.append(
      s('text', { x: px(x(vx)), y: hgt - m.b + 14, 'text-anchor': 'middle' }, fixed(vx, 2)),
      s('text', { x: m.l - 4, y: px(y(vy) + 4), 'text-anchor': 'end' }, Number(vy.toPrecision(3)).toString()),
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

/** A colour for an agreement in [−1, 1]: blue for agreement, orange for disagreement, grey when missing. */
export function agreementColour(a: number | null): string {
  if (a === null) return '#d0d4d9';
  const t = Math.max(-1, Math.min(1, a));
  const mix = (c: readonly number[]): string => {
    const f = Math.abs(t);
    const rgb = c.map((v) => Math.round(255 + (v - 255) * f));
    return `rgb(${rgb.join(',')})`;
  };
  return t >= 0 ? mix([8, 69, 148]) : mix([179, 88, 6]);
}

/** Scenario × scenario agreement, cells in the given (clustered) order. */
export function heatmap(
  ids: readonly string[],
  names: readonly string[],
  agreement: readonly (number | null)[],
): SVGSVGElement {
  const n = ids.length;
  const cell = n > 60 ? 6 : 12;
  const label = 200;
  const size = label + n * cell + 4;
  const svg = s('svg', {
    class: 'chart heatmap',
    role: 'img',
    'aria-label': `Agreement between ${n} benchmarks, clustered so that similar benchmarks sit together`,
    viewBox: `0 0 ${size} ${size}`,
    width: size,
    height: size,
  });
  for (let i = 0; i < n; i++) {
    const row = s('g', { class: 'heat-row', 'data-scenario': ids[i]! });
    if (cell >= 10) {
      row.append(s('text', { x: label - 4, y: label + i * cell + cell - 2, 'text-anchor': 'end', class: 'label' }, short(names[i]!, 30)));
    }
    for (let j = 0; j < n; j++) {
      const a = agreement[i * n + j] ?? null;
      row.append(
        s(
          'rect',
          { class: 'cell', x: label + j * cell, y: label + i * cell, width: cell, height: cell, fill: agreementColour(a) },
          title(`${names[i]} × ${names[j]}: ${a === null ? 'no agreement (too few shared models)' : fixed(a)}`),
        ),
      );
    }
    svg.append(row);
  }
  return svg;
}

/** The colour legend of the heatmap, as a small labelled strip. */
export function heatmapLegend(): HTMLElement {
  const steps = [-1, -0.5, 0, 0.5, 1];
  return h(
    'p',
    { class: 'legend' },
    'Agreement: ',
    ...steps.flatMap((v) => [h('span', { class: 'swatch', style: `background:${agreementColour(v)}` }), ` ${signed(v, 1)} `]),
    h('span', { class: 'swatch', style: `background:${agreementColour(null)}` }),
    ' none',
  );
}
