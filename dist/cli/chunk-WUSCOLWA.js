import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/format.ts
var MINUS = "−";
function signed(v, digits = 2) {
  if (v === null || !Number.isFinite(v)) return "–";
  const fixed2 = Math.abs(v).toFixed(digits);
  if (Number(fixed2) === 0) return 0 .toFixed(digits);
  return (v < 0 ? MINUS : "+") + fixed2;
}
function fixed(v, digits = 3) {
  if (v === null || !Number.isFinite(v)) return "–";
  const s = v.toFixed(digits);
  return s.startsWith("-") ? MINUS + s.slice(1) : s;
}
function range(iv, digits = 2, format = fixedNum) {
  return iv ? `${format(iv[0], digits)} – ${format(iv[1], digits)}` : "–";
}
var fixedNum = (v, d) => fixed(v, d);
var rankRange = (iv) => iv ? Math.round(iv[0]) === Math.round(iv[1]) ? String(Math.round(iv[0])) : `${Math.round(iv[0])} – ${Math.round(iv[1])}` : "–";
var CORRELATION_SYMBOL = { kendall: "τ", pearson: "r", spearman: "ρ" };
var CORRELATION_NAME = {
  kendall: "Kendall τ-b",
  pearson: "Pearson r",
  spearman: "Spearman ρ"
};
function pValue(p) {
  if (p === null || !Number.isFinite(p)) return "–";
  return p < 1e-3 ? p.toExponential(1).replace("-", MINUS) : p.toFixed(3);
}
function seconds(ms) {
  return ms < 1e4 ? `${(ms / 1e3).toFixed(2)} s` : `${(ms / 1e3).toFixed(1)} s`;
}

export {
  signed,
  fixed,
  range,
  rankRange,
  CORRELATION_SYMBOL,
  CORRELATION_NAME,
  pValue,
  seconds
};
