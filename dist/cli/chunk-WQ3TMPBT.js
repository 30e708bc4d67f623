import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  agreement,
  isSkipped,
  scenarioRow
} from "./chunk-YAV7MX6X.js";

// src/core/similar.ts
function similarScenarios(matrix, method, scenario, ranking) {
  const s = matrix.scenarios.indexOf(scenario);
  if (s < 0) throw new RangeError(`scenario "${scenario}" is not in the catalog`);
  const x = scenarioRow(matrix, s);
  const pairs = [];
  matrix.scenarios.forEach((other, o) => {
    if (o === s) return;
    const y = scenarioRow(matrix, o);
    const [a, b] = scenario < other ? [scenario, other] : [other, scenario];
    const [xa, yb] = scenario < other ? [x, y] : [y, x];
    const result = agreement({ x: xa, y: yb, ids: [a, b], method, ...ranking ? { ranking } : {} });
    pairs.push({ a, b, result });
  });
  return rankSimilar(scenario, pairs);
}
function rankSimilar(scenario, pairs) {
  const out = [];
  for (const p of pairs) {
    if (p.a !== scenario && p.b !== scenario) continue;
    const other = p.a === scenario ? p.b : p.a;
    if (other === scenario) continue;
    const r = p.result;
    const why = isSkipped(r) ? r.skipped : Number.isFinite(r.correlation) ? null : "every experiment had a constant score vector";
    out.push(
      why !== null || isSkipped(r) ? { scenario: other, agreement: null, interval: null, pValue: null, nCommon: r.nCommon, skipped: why } : {
        scenario: other,
        agreement: r.correlation,
        interval: r.interval,
        pValue: Number.isFinite(r.pValue) ? r.pValue : null,
        nCommon: r.nCommon,
        skipped: null
      }
    );
  }
  return out.sort(
    (u, v) => (v.agreement ?? -Infinity) - (u.agreement ?? -Infinity) || v.nCommon - u.nCommon || (u.scenario < v.scenario ? -1 : u.scenario > v.scenario ? 1 : 0)
  );
}

export {
  similarScenarios,
  rankSimilar
};
