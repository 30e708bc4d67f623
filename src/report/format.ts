/** Number formatting shared by every renderer: fixed digits, explicit signs, real minus signs. */
import type { Correlation } from '../core/types.js';
import type { Interval } from '../core/leaderboard.js';

const MINUS = '\u2212';

/** `+0.48`, `−1.45`, `–` for a missing value. */
export function signed(v: number | null, digits = 2): string {
  if (v === null || !Number.isFinite(v)) return '–';
  const fixed = Math.abs(v).toFixed(digits);
  if (Number(fixed) === 0) return (0).toFixed(digits);
  return (v < 0 ? MINUS : '+') + fixed;
}

export function fixed(v: number | null, digits = 3): string {
  if (v === null || !Number.isFinite(v)) return '–';
  const s = v.toFixed(digits);
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

export function range(
  iv: Interval | null,
  digits = 2,
  format: (v: number, d: number) => string = fixedNum,
): string {
  return iv ? `${format(iv[0], digits)} – ${format(iv[1], digits)}` : '–';
}

const fixedNum = (v: number, d: number): string => fixed(v, d);

export const rankRange = (iv: Interval | null): string =>
  iv
    ? Math.round(iv[0]) === Math.round(iv[1])
      ? String(Math.round(iv[0]))
      : `${Math.round(iv[0])} – ${Math.round(iv[1])}`
    : '–';

export const CORRELATION_SYMBOL: Record<Correlation, string> = { kendall: 'τ', pearson: 'r', spearman: 'ρ' };

export const CORRELATION_NAME: Record<Correlation, string> = {
  kendall: 'Kendall τ-b',
  pearson: 'Pearson r',
  spearman: 'Spearman ρ',
};

export function pValue(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '–';
  return p < 1e-3 ? p.toExponential(1).replace('-', MINUS) : p.toFixed(3);
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}
