/**
 * The page's scales, drawn by d3-scale (linear scales, `nice()` domains, `ticks()` and
 * `tickFormat()` from d3-format) so no chart does its own pixel or tick arithmetic.
 *
 * Contract: a domain is the extent of the finite values given (plus any `include`d value);
 * NaN and ±Infinity are ignored. A flat domain (one distinct value) is widened by 5% of the
 * value (or by 1 around 0) so the mark sits mid-axis with readable ticks; no finite value at
 * all gives the domain [0, 1]. Tick labels use d3-format, with U+2212 for the minus sign.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A d3 linear scale over numbers, mapping to pixel positions. */
export type Scale = ScaleLinear<number, number>;

/** A labelled tick of an axis: its value, its pixel position and its text. */
export interface Tick {
  readonly value: number;
  readonly at: number;
  readonly text: string;
}

function extent(values: readonly number[], include: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...values, ...include]) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** A linear scale from the (niced) extent of `values` and `include` onto [r0, r1]. */
export function linearScale(
  values: readonly number[],
  r0: number,
  r1: number,
  ticks: number,
  include: readonly number[] = [],
): Scale {
  return scaleLinear().domain(extent(values, include)).range([r0, r1]).nice(ticks);
}

/** About `count` round ticks of `scale`, labelled by d3's tick format for their step. */
export function ticksOf(scale: Scale, count: number, specifier = ',~f'): Tick[] {
  const format = scale.tickFormat(count, specifier);
  return scale.ticks(count).map((value) => ({ value, at: scale(value), text: format(value) }));
}

/** Ticks of a Z axis: signed (+1, −1), and a plain 0 at the baseline. */
export function zTicksOf(scale: Scale, count: number): Tick[] {
  return ticksOf(scale, count, '+~f').map((t) => (t.value === 0 ? { ...t, text: '0' } : t));
}

const MISSING = '#d0d4d9';

/**
 * Agreement in [−1, 1] to a colour: orange for disagreement, white at 0, blue for agreement
 * (linear in RGB, clamped outside [−1, 1]); grey when the agreement is missing (null or NaN).
 */
const agreementScale = scaleLinear<string>()
  .domain([-1, 0, 1])
  .range(['rgb(179, 88, 6)', 'rgb(255, 255, 255)', 'rgb(8, 69, 148)'])
  .clamp(true)
  .unknown(MISSING);

export const agreementColour = (a: number | null): string => agreementScale(a ?? NaN);
