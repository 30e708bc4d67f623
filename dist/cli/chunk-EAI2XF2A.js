import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkRowLine,
  codeSpan,
  escapeMarkdownInline,
  methodLine,
  trustLegend,
  trustMarks,
  trustOf
} from "./chunk-UFSFVSIK.js";
import {
  VERSION
} from "./chunk-CI7HPVOO.js";
import {
  CORRELATION_SYMBOL,
  fixed,
  range,
  signed
} from "./chunk-WUSCOLWA.js";
import {
  isSkipped,
  scenarioLabel
} from "./chunk-OUMOTTCZ.js";
import {
  plausibility,
  saturation
} from "./chunk-RPJ664QX.js";
import {
  methodJson
} from "./chunk-E462UKO2.js";

// src/model/leaderboard-version.ts
var LEADERBOARD_SCHEMA = "benchbench-leaderboard";
var LEADERBOARD_SCHEMA_VERSION = 2;
var LEADERBOARD_SCHEMA_FILE = "leaderboard.schema.json";

// src/report/leaderboard-document.ts
function resultRow(r, label, trust) {
  return {
    scenario: r.scenario,
    ...label,
    rank: r.rank,
    rank_interval: r.rankInterval,
    z: r.z,
    z_interval: r.zInterval,
    agreement: r.agreement,
    agreement_interval: r.agreementInterval,
    p_value: r.pValue,
    n_common: r.nCommon,
    models: r.models,
    models_per_sample: r.modelsPerSample,
    experiments: r.experiments,
    in_aggregate: r.inAggregate,
    skipped: r.skipped,
    warnings: r.warnings,
    ...trust
  };
}

// src/pipeline/leaderboard-document.ts
var noTrust = () => ({
  scenario: "",
  saturation: saturation([], "higher"),
  plausibility: { ...plausibility([], [], []), flagged: [] }
});
function trustDocument(trust) {
  const t = trust ?? noTrust();
  const { saturation: sat, plausibility: p } = t;
  return {
    saturation: {
      models: sat.models,
      near_best: sat.nearBest,
      near_best_share: sat.nearBestShare,
      top_models: sat.topModels,
      top_spread: sat.topSpread,
      saturated: sat.saturated
    },
    plausibility: {
      shared: p.shared,
      checked: p.checked,
      median_gap: p.medianGap,
      mad: p.mad,
      threshold: p.threshold,
      flagged_count: p.flagged.length,
      flagged: p.flagged.map((f) => ({
        model: f.model,
        name: f.name,
        file: f.file,
        line: f.line,
        rank: f.rank,
        aggregate_rank: f.aggregateRank,
        gap: f.gap
      }))
    }
  };
}
function rowDocument(r, s, trust = trustOf(s)) {
  const info = s.info.get(r.scenario);
  return resultRow(
    r,
    {
      ...scenarioLabel(s, r.scenario),
      category: info?.benchmark.metadata.category ?? null,
      direction: info?.scenario.direction ?? "higher"
    },
    trustDocument(trust(r.scenario))
  );
}
function memoTrust(f) {
  const seen = /* @__PURE__ */ new Map();
  return (id) => {
    if (!seen.has(id)) seen.set(id, f(id));
    return seen.get(id);
  };
}
function leaderboardDocument(s, pairs = [], pairScenarios = [...new Set(pairs.flatMap((p) => [p.a, p.b]))]) {
  const { catalog, leaderboard: lb, matrix } = s;
  const m = lb.method;
  const trust = memoTrust(trustOf(s));
  return {
    schema: LEADERBOARD_SCHEMA,
    version: LEADERBOARD_SCHEMA_VERSION,
    generator: `benchbench-action ${VERSION}`,
    catalog: {
      hash: catalog.contentHash,
      benchmarks: catalog.benchmarks.length,
      scenarios: matrix.scenarios.length,
      models: matrix.models.length
    },
    method: methodJson(m),
    trust: thresholdsDocument(catalog.config.trust),
    aggregate: {
      scenarios: lb.aggregate.scenarios,
      missing: lb.aggregate.missing,
      min_scenarios_per_model: lb.aggregate.minScenariosPerModel,
      warnings: lb.aggregate.warnings,
      scores: Object.fromEntries(lb.aggregate.scores)
    },
    boards: lb.boards.map((b) => ({
      id: b.id,
      title: b.title,
      rows: b.rows.map((r) => rowDocument(r, s, trust))
    })),
    benchmarks: benchmarkDocuments(catalog.benchmarks),
    model_names: Object.fromEntries(
      matrix.models.map((id) => [id, catalog.registry.models.get(id) ?? id])
    ),
    pair_scenarios: [...pairScenarios].sort(),
    pairs: pairs.map(pairDocument)
  };
}
function thresholdsDocument({ saturation: st, plausibility: pt }) {
  return {
    saturation: {
      near_best: st.nearBest,
      saturated_share: st.saturatedShare,
      top_models: st.topModels,
      min_top_spread: st.minTopSpread,
      min_models: st.minModels
    },
    plausibility: {
      mad_multiplier: pt.madMultiplier,
      min_gap_share: pt.minGapShare,
      min_models: pt.minModels
    }
  };
}
function benchmarkDocuments(benchmarks) {
  return [...benchmarks].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((b) => ({
    id: b.id,
    file: b.file,
    name: b.metadata.name,
    category: b.metadata.category ?? null,
    url: b.metadata.url ?? null,
    snapshot: b.metadata.snapshot ?? null,
    license: b.metadata.license ?? null,
    description: b.metadata.description ?? null,
    simulated: b.metadata.simulated ?? false,
    access: b.metadata.access ?? null,
    cost: b.metadata.cost ? { value: b.metadata.cost.value, unit: b.metadata.cost.unit } : null,
    items: b.metadata.items ?? null,
    scenarios: b.scenarios.map((sc) => sc.id)
  }));
}
function pairDocument(p) {
  return isSkipped(p.result) ? { a: p.a, b: p.b, agreement: null, interval: null, n_common: p.result.nCommon } : {
    a: p.a,
    b: p.b,
    agreement: Number.isFinite(p.result.correlation) ? p.result.correlation : null,
    interval: p.result.interval,
    n_common: p.result.nCommon
  };
}

// src/report/marks.ts
var AGGREGATE_MARK = {
  symbol: "ᵃ",
  text: "ᵃ",
  meaning: "one of the aggregate’s scenarios: it is scored against an aggregate it helps form, so its agreement is biased upward"
};
var WARNING_MARK = {
  symbol: "⚠",
  text: "!",
  meaning: "a warning about this score, such as too few models shared with the aggregate"
};
function marksOf(r) {
  return [...r.in_aggregate ? [AGGREGATE_MARK] : [], ...r.warnings.length ? [WARNING_MARK] : []];
}
function marksUsed(rows) {
  const used = new Set(rows.flatMap(marksOf));
  return [AGGREGATE_MARK, WARNING_MARK].filter((m) => used.has(m));
}

// src/report/leaderboard-markdown.ts
function documentThresholds(doc) {
  const { saturation: s, plausibility: p } = doc.trust;
  return {
    saturation: {
      nearBest: s.near_best,
      saturatedShare: s.saturated_share,
      topModels: s.top_models,
      minTopSpread: s.min_top_spread,
      minModels: s.min_models
    },
    plausibility: { madMultiplier: p.mad_multiplier, minGapShare: p.min_gap_share, minModels: p.min_models }
  };
}
var marks = (r) => trustMarks(r.saturation.saturated, r.plausibility.flagged_count);
function flaggedScenarios(doc) {
  const seen = /* @__PURE__ */ new Set();
  return doc.boards.flatMap((b) => b.rows).filter((r) => r.plausibility.flagged.length > 0 && !seen.has(r.scenario) && seen.add(r.scenario));
}
var flaggedLine = (r, f, escape) => checkRowLine({ ...f, aggregateRank: f.aggregate_rank }, r.plausibility.shared, escape);
var MARKDOWN = { place: codeSpan, name: escapeMarkdownInline };
var LISTED_ROWS = 10;
function leaderboardMarkdown(doc, method) {
  const sym = CORRELATION_SYMBOL[method.correlation];
  const out = ["# BenchBench leaderboard", ""];
  out.push(
    `Each benchmark is scored by how well its ranking of models agrees with the aggregate (mean win rate over ${doc.aggregate.scenarios.length} scenarios: ${doc.aggregate.scenarios.map((s) => codeSpan(s)).join(", ")}). Z is that agreement relative to the other benchmarks'; the interval is the 5th to 95th percentile over samples.`,
    "",
    `Trust: ${trustLegend(documentThresholds(doc))}`,
    ""
  );
  for (const w of doc.aggregate.warnings) out.push(`> ⚠️ **Warning:** ${escapeMarkdownInline(w)}`, "");
  for (const board of doc.boards) {
    out.push(`## ${escapeMarkdownInline(board.title)}`, "");
    out.push(
      `| Rank | Benchmark | Score (Z) | Z 90% interval | Agreement (${sym}) | Agreement 90% interval | Models shared | Category | Trust |`
    );
    out.push("|---:|---|---:|---:|---:|---:|---:|---|---|");
    for (const r of board.rows) out.push(row(r));
    const legend = marksUsed(board.rows);
    if (legend.length) out.push("", legend.map((m) => `${m.symbol} ${m.meaning}.`).join("<br>"));
    const warned = board.rows.filter((r) => r.warnings.length);
    if (warned.length)
      out.push(
        "",
        `Warnings: ${warned.map((r) => `${escapeMarkdownInline(r.name)}: ${r.warnings.map((w) => escapeMarkdownInline(w)).join("; ")}`).join(". ")}.`
      );
    const unscored = board.rows.filter((r) => r.skipped);
    if (unscored.length) {
      out.push(
        "",
        `Not scored: ${unscored.map((r) => `${escapeMarkdownInline(r.name)} (${escapeMarkdownInline(r.skipped)})`).join("; ")}.`
      );
    }
    out.push("");
  }
  const flagged = flaggedScenarios(doc);
  if (flagged.length) {
    out.push("## Rows to check", "");
    for (const r of flagged) {
      out.push(`**${escapeMarkdownInline(r.name)}** (${codeSpan(r.scenario)}):`, "");
      for (const f of r.plausibility.flagged.slice(0, LISTED_ROWS))
        out.push(`- ${flaggedLine(r, f, MARKDOWN)}`);
      const more = r.plausibility.flagged.length - LISTED_ROWS;
      if (more > 0) out.push(`- ... and ${more} more (largest gaps first; leaderboard.json lists every one)`);
      out.push("");
    }
  }
  out.push(
    `<sub>${methodLine(method)}; aggregate of ${doc.aggregate.scenarios.length} scenarios over ${Object.keys(doc.aggregate.scores).length} models. Catalog ${doc.catalog.hash.slice(0, 19)}, ${doc.generator}.</sub>`,
    ""
  );
  return out.join("\n");
}
function row(r) {
  const name = escapeMarkdownInline(r.name) + marksOf(r).map((m) => ` ${m.symbol}`).join("");
  return `| ${r.rank ?? "–"} | ${name} | ${signed(r.z)} | ${range(r.z_interval, 2, (v, d) => signed(v, d))} | ${fixed(r.agreement)} | ${range(r.agreement_interval)} | ${r.n_common} of ${r.models} | ${escapeMarkdownInline(r.category ?? "")} | ${marks(r).join(", ")} |`;
}
var WARNING_TEXT = WARNING_MARK.text;
function leaderboardText(doc) {
  const out = doc.aggregate.warnings.map((w) => `warning: ${w}`);
  if (out.length) out.push("");
  for (const board of doc.boards) {
    out.push(`${board.title}`);
    const rows = [["rank", "benchmark", "Z", "Z 90%", "agreement", "shared", "category", "trust"]];
    for (const r of board.rows) {
      rows.push([
        String(r.rank ?? "–"),
        clean(r.name) + marksOf(r).map((m) => ` ${m.text}`).join(""),
        signed(r.z),
        range(r.z_interval, 2, (v, d) => signed(v, d)),
        fixed(r.agreement),
        `${r.n_common}/${r.models}`,
        r.category ?? "",
        marks(r).join(", ")
      ]);
    }
    const widths = rows[0].map((_, c) => rows.reduce((w, r) => Math.max(w, [...r[c]].length), 0));
    for (const r of rows)
      out.push(
        r.map((cell, c) => c === 1 || c >= 6 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd()
      );
    for (const m of marksUsed(board.rows)) out.push(`${m.text} ${m.meaning}.`);
    for (const r of board.rows.filter((x) => x.warnings.length))
      out.push(`${WARNING_TEXT} ${clean(r.name)}: ${r.warnings.join("; ")}`);
    out.push("");
  }
  const flagged = flaggedScenarios(doc);
  if (flagged.length) {
    out.push("Rows to check:");
    for (const r of flagged) {
      out.push(`  ${clean(r.name)}`);
      for (const f of r.plausibility.flagged.slice(0, LISTED_ROWS))
        out.push(`    ${clean(flaggedLine(r, f))}`);
      const more = r.plausibility.flagged.length - LISTED_ROWS;
      if (more > 0) out.push(`    ... and ${more} more (--json lists every one)`);
    }
    out.push("");
  }
  out.push(`trust: ${trustLegend(documentThresholds(doc))}`, "");
  return out.join("\n");
}
var clean = (s) => s.replace(/[\x00-\x1f\x7f]/g, " ");

export {
  LEADERBOARD_SCHEMA,
  LEADERBOARD_SCHEMA_VERSION,
  LEADERBOARD_SCHEMA_FILE,
  leaderboardDocument,
  leaderboardMarkdown,
  leaderboardText
};
