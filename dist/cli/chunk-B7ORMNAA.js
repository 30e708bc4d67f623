import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  SATURATED,
  checkRowLine,
  codeSpan,
  escapeCommentHtml,
  escapeMarkdownInline,
  methodLine,
  saturationFacts,
  trustLegend,
  trustMarks,
  trustOf
} from "./chunk-2IWO7M66.js";
import {
  VERSION
} from "./chunk-CI7HPVOO.js";
import {
  CORRELATION_SYMBOL,
  fixed,
  range,
  rankRange,
  seconds,
  signed
} from "./chunk-WUSCOLWA.js";
import {
  agreement,
  catalogMatrixCells,
  scenarioLabel,
  scoreCatalog
} from "./chunk-YAV7MX6X.js";
import {
  CONFIG_FILE,
  FileMemo,
  SuggestionBudget,
  _enum,
  _gte,
  _lte,
  _maxLength,
  _regex,
  array,
  boolean,
  configuredLimits,
  countBelow,
  int,
  literal,
  loadCatalog,
  nullable,
  number2 as number,
  optional,
  pipe,
  refine,
  strictObject,
  string,
  transform,
  tuple,
  union,
  unknown,
  unmatchedModels
} from "./chunk-BDPTSPK4.js";
import {
  METHOD_KEYS,
  METHOD_KEY_NAMES,
  methodFields,
  methodValue
} from "./chunk-E462UKO2.js";
import {
  plural
} from "./chunk-4OHGSMT4.js";
import {
  Deadline
} from "./chunk-UEC6N6PC.js";
import {
  ISSUE_CODES,
  formatIssue,
  hasErrors,
  makeIssue,
  sortIssues
} from "./chunk-UH3OXTXY.js";

// src/core/agreement-reuse.ts
var AgreementReuse = class {
  /** Scenario id -> the last agreement computed for it. */
  remembered = /* @__PURE__ */ new Map();
  /** How many agreements were taken over rather than computed (for tests and progress). */
  reused = 0;
  /** `agreement(request)`, or the remembered result when it is certain to be the same. */
  agreement(request) {
    const [scenario, referenceId] = request.ids;
    const { source, models, y, method } = request;
    const before = this.remembered.get(scenario);
    const rankedByReference = request.ranking === void 0 || request.ranking === y;
    if (before && source && rankedByReference && before.referenceId === referenceId && sameMethod(before.method, method) && sameSource(before.source, source) && this.sameReference(before.reference, { models, row: y })) {
      this.reused++;
      return before.result;
    }
    const result = agreement(request);
    if (rankedByReference && source) {
      this.remembered.set(scenario, { source, reference: { models, row: y }, referenceId, method, result });
    }
    return result;
  }
  /** The last pair of references compared, and whether they were equal (every scenario shares one). */
  lastReferences;
  sameReference(a, b) {
    const last = this.lastReferences;
    if (last?.[0].row === a.row && last[1].row === b.row && last[0].models === a.models && last[1].models === b.models)
      return last[2];
    const same = sameById(a, b);
    this.lastReferences = [a, b, same];
    return same;
  }
};
function sameSource(a, b) {
  if (a === b) return true;
  if ((a.direction ?? "higher") !== (b.direction ?? "higher") || a.scores.size !== b.scores.size)
    return false;
  if (a.scores === b.scores) return true;
  const bs = b.scores.entries();
  for (const [m, v2] of a.scores) {
    const next = bs.next();
    if (next.done || next.value[0] !== m || !Object.is(next.value[1], v2)) return false;
  }
  return true;
}
function sameById(a, b) {
  if (a.models === b.models) return sameValues(a.row, b.row);
  let j = 0;
  for (let i = 0; i < a.models.length; i++) {
    if (Number.isNaN(a.row[i])) continue;
    while (j < b.models.length && Number.isNaN(b.row[j])) j++;
    if (j === b.models.length || a.models[i] !== b.models[j] || !Object.is(a.row[i], b.row[j])) return false;
    j++;
  }
  while (j < b.models.length && Number.isNaN(b.row[j])) j++;
  return j === b.models.length;
}
function sameValues(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
function sameMethod(a, b) {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// src/core/leaderboard-diff.ts
var EPS = 1e-9;
var differs = (a, b) => a === null || b === null ? a !== b : Math.abs(a - b) > EPS;
function diffBoards(before, after) {
  const old = new Map((before?.rows ?? []).map((r) => [r.scenario, r]));
  const now = new Map(after.rows.map((r) => [r.scenario, r]));
  const changes = [];
  for (const a of after.rows) {
    const b = old.get(a.scenario) ?? null;
    const status = !b ? "added" : differs(b.z, a.z) || differs(b.agreement, a.agreement) || b.rank !== a.rank || b.nCommon !== a.nCommon ? "changed" : "unchanged";
    changes.push({
      scenario: a.scenario,
      status,
      before: b,
      after: a,
      rankDelta: b?.rank != null && a.rank !== null ? b.rank - a.rank : null,
      zDelta: b?.z != null && a.z !== null ? a.z - b.z : null
    });
  }
  for (const b of before?.rows ?? []) {
    if (!now.has(b.scenario)) {
      changes.push({
        scenario: b.scenario,
        status: "removed",
        before: b,
        after: null,
        rankDelta: null,
        zDelta: null
      });
    }
  }
  return {
    id: after.id,
    changes,
    added: changes.filter((c) => c.status === "added").map((c) => c.scenario),
    removed: changes.filter((c) => c.status === "removed").map((c) => c.scenario),
    moved: changes.filter((c) => c.rankDelta !== null && c.rankDelta !== 0).map((c) => c.scenario)
  };
}

// src/model/pr-report-schema.ts
var PR_REPORT_SCHEMA = "benchbench-pr-report";
var PR_REPORT_VERSION = 3;
var MAX_REPORT_BYTES = 16 * 1024 * 1024;
var MAX_STRING = 2e3;
var MAX_ROWS = 2e4;
var MAX_MODELS = 2e5;
var MAX_ISSUES = 1e5;
var REPORT_CAUSES = [
  "inserted",
  "removed",
  "own scores",
  "aggregate changed",
  "names changed"
];
var must = (what) => (issue2) => issue2.input === void 0 ? "is missing" : `must be ${what}`;
var str = (max = MAX_STRING) => {
  const error = must(`a string of at most ${max} characters`);
  return string({ error }).check(_maxLength(max, { error }));
};
var num = number({ error: must("a finite number") });
var count = int({ error: must("a non-negative integer") }).check(_gte(0, { error: must("a non-negative integer") }));
var bool = boolean({ error: must("true or false") });
var pattern = (re, what) => string({ error: must(what) }).check(_regex(re, { error: must(what) }));
var sha = pattern(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "a commit SHA");
var oneOf = (...allowed) => union(
  allowed.map((a) => literal(a)),
  {
    error: must(`one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`)
  }
);
var arr = (item, max) => {
  const error = must(`an array of at most ${max} items`);
  return array(item, { error }).check(_maxLength(max, { error }));
};
var interval = tuple([num, num], { error: must("[low, high]") });
var range2 = (what, min, max = Number.MAX_VALUE) => number({ error: must(what) }).check(_gte(min, { error: must(what) }), _lte(max, { error: must(what) }));
var fraction = range2("from 0 to 1", 0, 1);
var nonNegative = range2("a number of at least 0", 0);
var rankValue = range2("a rank (at least 1)", 1);
var nullable2 = nullable;
var obj = (shape) => strictObject(shape, { error: must("an object") });
var issueFields = obj({
  severity: oneOf("error", "warning", "note"),
  code: _enum(Object.keys(ISSUE_CODES), {
    error: must("an issue code of the registry")
  }),
  file: str(),
  line: optional(count),
  column: optional(count),
  message: str(),
  hint: optional(str())
}).check(
  refine((i) => ISSUE_CODES[i.code].severities.includes(i.severity), {
    error: "has a severity its code never has"
  })
);
var issue = pipe(
  issueFields,
  transform((i) => makeIssue(i))
);
var row = obj({
  scenario: str(),
  name: str(),
  benchmark: str(),
  z: nullable2(num),
  zInterval: nullable2(interval),
  agreement: nullable2(num),
  agreementInterval: nullable2(interval),
  nCommon: count,
  models: count,
  rank: nullable2(count),
  rankInterval: nullable2(interval),
  inAggregate: bool,
  skipped: nullable2(str()),
  warnings: arr(str(), 20)
});
var change = obj({
  scenario: str(),
  name: str(),
  status: oneOf("added", "removed", "changed"),
  cause: oneOf(...REPORT_CAUSES),
  zBefore: nullable2(num),
  zAfter: nullable2(num),
  agreementBefore: nullable2(num),
  agreementAfter: nullable2(num),
  rankBefore: nullable2(count),
  rankAfter: nullable2(count),
  agreementChanged: bool,
  orderChanged: bool,
  listed: bool
});
var placement = obj({
  id: str(200),
  title: str(),
  scored: count,
  rows: arr(
    obj({
      scenario: str(),
      z: nullable2(num),
      zInterval: nullable2(interval),
      rank: nullable2(count),
      rankInterval: nullable2(interval)
    }),
    MAX_ROWS
  )
});
var saturation = obj({
  models: count,
  nearBest: count,
  nearBestShare: nullable2(fraction),
  topModels: count,
  topSpread: nullable2(fraction),
  saturated: nullable2(bool)
});
var flaggedRow = obj({
  model: str(),
  name: str(),
  file: str(),
  line: nullable2(count),
  rank: rankValue,
  aggregateRank: rankValue,
  gap: nonNegative
});
var trust = obj({
  scenario: str(),
  saturation,
  plausibility: obj({
    shared: count,
    checked: bool,
    medianGap: nullable2(nonNegative),
    mad: nullable2(nonNegative),
    threshold: nullable2(nonNegative),
    flagged: arr(flaggedRow, MAX_MODELS)
  })
});
var unmatched = obj({ name: str(), suggestions: arr(str(), 5) });
var benchmark = obj({
  id: str(),
  file: str(),
  name: str(),
  status: oneOf("added", "changed", "removed"),
  scenarios: arr(str(), MAX_ROWS),
  models: count,
  unmatched: arr(unmatched, MAX_MODELS),
  trust: arr(trust, MAX_ROWS)
});
var contentHash = pattern(/^sha256:[0-9a-f]{64}$/, "sha256:<64 hex digits>");
var thresholds = obj({
  saturation: obj({
    nearBest: fraction,
    saturatedShare: fraction,
    topModels: count,
    minTopSpread: fraction,
    minModels: count
  }),
  plausibility: obj({ madMultiplier: nonNegative, minGapShare: fraction, minModels: count })
});
var methodSchema = obj(
  Object.fromEntries(
    METHOD_KEY_NAMES.map((key) => [
      METHOD_KEYS[key].field,
      unknown().check(refine((v2) => methodValue(key, v2).ok, { error: must(METHOD_KEYS[key].rule) }))
    ])
  )
);
var report = obj({
  schema: oneOf(PR_REPORT_SCHEMA),
  version: oneOf(PR_REPORT_VERSION),
  generator: str(200),
  repository: pattern(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/repo"),
  pullRequest: nullable2(
    int({ error: must("a PR number") }).check(_gte(1, { error: must("a PR number") }))
  ),
  base: obj({ sha }),
  head: obj({ sha }),
  catalogDir: str(),
  catalogHash: obj({ base: contentHash, head: contentHash }),
  reproduce: str(),
  method: methodSchema,
  trust: thresholds,
  aggregate: obj({ scenarios: arr(str(), MAX_ROWS), models: count, warnings: arr(str(), 20) }),
  board: obj({ id: str(200), title: str(), ranked: count }),
  boards: arr(placement, 200),
  valid: bool,
  issues: arr(issue, MAX_ISSUES),
  changedFiles: arr(str(), MAX_ROWS),
  benchmarks: arr(benchmark, MAX_ROWS),
  touched: arr(
    obj({
      scenario: str(),
      status: oneOf("added", "changed", "removed")
    }),
    MAX_ROWS
  ),
  headline: nullable2(str()),
  rows: arr(row, MAX_ROWS),
  changes: arr(change, MAX_ROWS),
  elapsedMs: nonNegative
});

// src/pipeline/pr-headline.ts
function touchedScenarios(benchmarks) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const b of benchmarks) {
    for (const scenario of b.scenarios) {
      if (seen.has(scenario)) continue;
      seen.add(scenario);
      out.push({ scenario, status: b.status });
    }
  }
  return out;
}
function headlineScenario(touched2, rows) {
  const onBoard = new Set(rows.map((r) => r.scenario));
  return touched2.find((t) => t.status !== "removed" && onBoard.has(t.scenario))?.scenario ?? null;
}

// src/core/change-causes.ts
var AGREEMENT_ROUNDING = 5e-4;
var agreementMoved = (c) => {
  const a = c.before?.agreement ?? null;
  const b = c.after?.agreement ?? null;
  return a === null || b === null ? a !== b : Math.abs(a - b) >= AGREEMENT_ROUNDING;
};
function orderAmong(ids, rank) {
  const ranks = ids.map(rank);
  const known = Float64Array.from(ranks.filter((r) => r !== null)).sort();
  return new Map(ids.map((id, i) => [id, ranks[i] === null ? null : 1 + countBelow(known, ranks[i])]));
}
function explainChanges(diff, facts) {
  const common = diff.changes.filter((c) => c.before && c.after);
  const ids = common.map((c) => c.scenario);
  const byId = new Map(common.map((c) => [c.scenario, c]));
  const before = orderAmong(ids, (id) => byId.get(id).before.rank);
  const after = orderAmong(ids, (id) => byId.get(id).after.rank);
  const direct = (c) => {
    if (c.status === "added") return "inserted";
    if (c.status === "removed") return "removed";
    if (facts.ownScores.has(c.scenario)) return "own scores";
    if (facts.namesChanged.has(c.scenario)) return "names changed";
    if (facts.aggregateChanged && agreementMoved(c)) return "aggregate changed";
    return null;
  };
  const reasons = new Set(diff.changes.filter(agreementMoved).map(direct));
  const mechanical = diff.added.length > 0 ? "inserted" : diff.removed.length > 0 ? "removed" : ["aggregate changed", "names changed", "own scores"].find((r) => reasons.has(r)) ?? "own scores";
  return diff.changes.map((c) => {
    const isCommon = c.before !== null && c.after !== null;
    const agreementChanged = isCommon && agreementMoved(c);
    const orderChanged = isCommon && before.get(c.scenario) !== after.get(c.scenario);
    return {
      change: c,
      cause: direct(c) ?? mechanical,
      agreementChanged,
      orderChanged,
      listed: agreementChanged || orderChanged
    };
  });
}

// src/pipeline/report-changes.ts
var EPS2 = 1e-9;
function changeFacts(before, after, benchmarks, changedFiles) {
  const ownScores = new Set(benchmarks.flatMap((b2) => b2.scenarios));
  const namesChanged = /* @__PURE__ */ new Set();
  const outside = [...changedFiles].some((f) => !f.startsWith("benchmarks/"));
  if (outside) {
    for (const [id, { scenario }] of after.info) {
      const old = before.info.get(id)?.scenario;
      if (!old || ownScores.has(id)) continue;
      if (!sameScores(old.scores, scenario.scores)) namesChanged.add(id);
    }
  }
  const a = before.leaderboard.aggregate.scores;
  const b = after.leaderboard.aggregate.scores;
  const aggregateChanged = a.length !== b.length || a.some(([m, v2], i) => b[i][0] !== m || Math.abs(b[i][1] - v2) > EPS2);
  return { ownScores, namesChanged, aggregateChanged };
}
function sameScores(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, v2] of a) if (b.get(k) !== v2 && !(Number.isNaN(v2) && Number.isNaN(b.get(k)))) return false;
  return true;
}
function reportChanges(diff, facts, name2) {
  return explainChanges(diff, facts).flatMap((e) => {
    const c = e.change;
    if (c.status === "unchanged" && !e.listed) return [];
    return [
      {
        scenario: c.scenario,
        name: name2(c.scenario),
        status: c.status === "unchanged" ? "changed" : c.status,
        cause: e.cause,
        zBefore: c.before?.z ?? null,
        zAfter: c.after?.z ?? null,
        agreementBefore: c.before?.agreement ?? null,
        agreementAfter: c.after?.agreement ?? null,
        rankBefore: c.before?.rank ?? null,
        rankAfter: c.after?.rank ?? null,
        agreementChanged: e.agreementChanged,
        orderChanged: e.orderChanged,
        listed: e.listed
      }
    ];
  });
}
function boardPlacements(after, touched2) {
  const wanted = new Set(touched2);
  return after.leaderboard.boards.map((board) => ({
    id: board.id,
    title: board.title,
    scored: board.rows.filter((r) => r.rank !== null).length,
    rows: board.rows.filter((r) => wanted.has(r.scenario)).map((r) => ({
      scenario: r.scenario,
      z: r.z,
      zInterval: r.zInterval,
      rank: r.rank,
      rankInterval: r.rankInterval
    }))
  }));
}

// src/pipeline/pr-report.ts
function buildPrReport(input) {
  return buildPrAnalysis(input).report;
}
function buildPrAnalysis(input) {
  const changed = new Set(input.changedFiles);
  const sides = loadSides(input, changed);
  const { deadline, base, head } = sides;
  const hear = input.onProgress;
  const reuse = new AgreementReuse();
  const storage = new Float64Array(Math.max(catalogMatrixCells(base), catalogMatrixCells(head)));
  const before = scoreCatalog(
    base,
    deadline,
    hear && ((d, t) => hear("base", d, t)),
    reuse,
    storage
  );
  const after = scoreCatalog(head, deadline, hear && ((d, t) => hear("head", d, t)), reuse, storage);
  const boardAfter = after.leaderboard.boards[0];
  if (!boardAfter) throw new Error("The catalog configures no leaderboard.");
  const boardBefore = before.leaderboard.boards.find((b) => b.id === boardAfter.id) ?? null;
  const diff = diffBoards(boardBefore, boardAfter);
  const name2 = (s) => after.info.get(s)?.scenario.name ?? before.info.get(s)?.scenario.name ?? s;
  const benchmarks = changedBenchmarks(base, head, changed, trustOf(after), deadline);
  const changes = reportChanges(diff, changeFacts(before, after, benchmarks, changed), name2);
  const touched2 = touchedScenarios(benchmarks);
  const rows = boardAfter.rows.map((r) => reportRow(r, after));
  const issues = sortIssues(reportIssues(input, sides, changed));
  const report2 = {
    ...reportHeader(input, sides),
    method: methodFields(head.config.method),
    trust: {
      saturation: { ...head.config.trust.saturation },
      plausibility: { ...head.config.trust.plausibility }
    },
    aggregate: {
      scenarios: [...after.leaderboard.aggregate.scenarios],
      models: after.leaderboard.aggregate.scores.length,
      warnings: [...after.leaderboard.aggregate.warnings]
    },
    board: { id: boardAfter.id, title: boardAfter.title, ranked: rows.filter((r) => r.rank !== null).length },
    boards: boardPlacements(
      after,
      touched2.map((t) => t.scenario)
    ),
    valid: !hasErrors(issues),
    issues,
    changedFiles: [...changed].sort(),
    benchmarks,
    touched: touched2,
    headline: headlineScenario(touched2, rows),
    rows,
    changes,
    elapsedMs: 0
  };
  return { report: report2, head };
}
function loadSides(input, changed) {
  const memo = input.memo ?? new FileMemo();
  const baseLimits = configuredLimits(input.base.files.get(CONFIG_FILE));
  const deadline = new Deadline(baseLimits.maxSeconds, input.clock, input.startedAt);
  const preset = input.preset ? { preset: input.preset } : {};
  const base = loadCatalog(input.base.files, { memo, deadline, ...preset });
  const hasBaseConfig = input.base.files.has(CONFIG_FILE);
  const headLoaded = loadCatalog(input.head.files, {
    memo,
    deadline,
    ...preset,
    ...hasBaseConfig ? { limits: base.config.limits, modelNames: base.config.modelNames } : {},
    established: new Set([...input.head.files.keys()].filter((p) => !changed.has(p)))
  });
  const head = hasBaseConfig ? { ...headLoaded, config: base.config } : headLoaded;
  return { deadline, base, headLoaded, head, hasBaseConfig };
}
function reportIssues(input, sides, changed) {
  const baseKeys = new Set(sides.base.issues.map(formatIssue));
  const issues = [
    ...input.head.issues,
    ...sides.headLoaded.issues.filter(
      (i) => changed.has(i.file) || i.severity !== "note" && !baseKeys.has(formatIssue(i))
    )
  ];
  if (sides.hasBaseConfig && changed.has(CONFIG_FILE)) {
    issues.push(
      makeIssue({
        code: "config-from-base",
        file: CONFIG_FILE,
        message: "Scores here use the base branch's benchbench.yaml; this change to it takes effect after merging."
      })
    );
  }
  return issues;
}
function reportHeader(input, sides) {
  return {
    schema: PR_REPORT_SCHEMA,
    version: PR_REPORT_VERSION,
    generator: `benchbench-action ${VERSION}`,
    repository: input.repository,
    pullRequest: input.pullRequest,
    base: { sha: input.base.sha },
    head: { sha: input.head.sha },
    catalogDir: input.catalogDir,
    catalogHash: { base: sides.base.contentHash, head: sides.headLoaded.contentHash },
    reproduce: input.reproduce ?? `benchbench diff --base ${input.base.sha.slice(0, 12)} --head ${input.head.sha.slice(0, 12)}` + (input.catalogDir === "catalog" ? "" : ` --catalog ${input.catalogDir}`) + (input.preset ? ` --preset ${input.preset}` : "")
  };
}
function reportRow(r, s) {
  return {
    scenario: r.scenario,
    ...scenarioLabel(s, r.scenario),
    z: r.z,
    zInterval: r.zInterval,
    agreement: r.agreement,
    agreementInterval: r.agreementInterval,
    nCommon: r.nCommon,
    models: r.models,
    rank: r.rank,
    rankInterval: r.rankInterval,
    inAggregate: r.inAggregate,
    skipped: r.skipped,
    warnings: [...r.warnings]
  };
}
function changedBenchmarks(base, head, changed, trust2, deadline) {
  const budget = new SuggestionBudget();
  const touches = (b) => changed.has(b.file) || b.metadataFile !== void 0 && changed.has(b.metadataFile) || changed.has(b.file.replace(/\.csv$/, ".yaml"));
  const baseIds = new Set(base.benchmarks.map((b) => b.id));
  const headIds = new Set(head.benchmarks.map((b) => b.id));
  const out = [];
  for (const b of head.benchmarks) {
    if (!touches(b)) continue;
    deadline.check(b.file);
    out.push({
      id: b.id,
      file: b.file,
      name: b.metadata.name,
      status: baseIds.has(b.id) ? "changed" : "added",
      scenarios: b.scenarios.map((s) => s.id),
      models: b.modelNames.size,
      unmatched: unmatchedModels(head, b.id, budget),
      trust: b.scenarios.flatMap((s) => {
        const t = trust2(s.id);
        return t ? [reportTrust(t)] : [];
      })
    });
  }
  for (const b of base.benchmarks) {
    if (headIds.has(b.id) || !touches(b)) continue;
    out.push({
      id: b.id,
      file: b.file,
      name: b.metadata.name,
      status: "removed",
      scenarios: b.scenarios.map((s) => s.id),
      models: b.modelNames.size,
      unmatched: [],
      trust: []
    });
  }
  return out;
}
function reportTrust({ scenario, saturation: saturation2, plausibility }) {
  return {
    scenario,
    saturation: { ...saturation2 },
    plausibility: { ...plausibility, flagged: plausibility.flagged.map((f) => ({ ...f })) }
  };
}

// src/report/comment-chart.ts
var MAX_CHART_ROWS = 25;
var MAX_CHART_LABEL = 36;
var BACKGROUND = "#ffffff";
var PALETTE = ["#9ca3af", "#d97706", BACKGROUND, "#111827"];
function chartLabel(name2) {
  const clean2 = name2.replace(/[^\p{L}\p{N} ._+()-]/gu, " ").replace(/\s+/g, " ").trim();
  const cut2 = [...clean2];
  return (cut2.length > MAX_CHART_LABEL ? cut2.slice(0, MAX_CHART_LABEL - 1).join("") + "…" : clean2) || "?";
}
function chartRows(n, highlighted, max = MAX_CHART_ROWS) {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const keep = /* @__PURE__ */ new Set();
  const add = (i) => {
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
var v = (z) => (Math.round(z * 1e3) / 1e3).toString();
function commentChart(rows, highlight) {
  const marked = rows.flatMap((r, i) => highlight.has(r.scenario) ? [i] : []);
  const picked = chartRows(rows.length, marked);
  const labels = [];
  const grey = [];
  const orange = [];
  const cover = [];
  const zs = rows.map((x) => x.z);
  const lo = Math.floor(Math.min(...zs, 0) * 2) / 2 - 0.5;
  const hi = Math.ceil(Math.max(...zs, 0) * 2) / 2 + 0.5;
  const push = (label, z, mine) => {
    labels.push(label);
    grey.push(mine ? Math.min(z, 0) : Math.max(z, 0));
    orange.push(mine ? Math.max(z, 0) : Math.min(z, 0));
    cover.push(Math.min(z, 0));
  };
  const gap = (from, to) => {
    if (to > from) push(`(${to - from} more: ranks ${rows[from].rank}-${rows[to - 1].rank})`, 0, false);
  };
  let next = 0;
  for (const i of picked) {
    gap(next, i);
    const row2 = rows[i];
    push(`${row2.rank}. ${chartLabel(row2.name)}`, row2.z, highlight.has(row2.scenario));
    next = i + 1;
  }
  gap(next, rows.length);
  const seen = /* @__PURE__ */ new Map();
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
        titleColor: "#111827",
        xAxisLabelColor: "#111827",
        xAxisTitleColor: "#111827",
        xAxisTickColor: "#6b7280",
        xAxisLineColor: "#6b7280",
        yAxisLabelColor: "#111827",
        yAxisTitleColor: "#111827",
        yAxisTickColor: "#6b7280",
        yAxisLineColor: "#6b7280",
        plotColorPalette: PALETTE.join(", ")
      }
    }
  };
  const block = [
    "```mermaid",
    `%%{init: ${JSON.stringify(init)}}%%`,
    "xychart-beta horizontal",
    '    title "BenchBench score (Z) by rank; yours in orange"',
    `    x-axis [${unique.map((l) => `"${l}"`).join(", ")}]`,
    `    y-axis "Z (bars start at 0)" ${v(lo)} --> ${v(hi)}`,
    `    bar [${grey.map(v).join(", ")}]`,
    `    bar [${orange.map(v).join(", ")}]`,
    `    bar [${cover.map(v).join(", ")}]`,
    `    line [${cover.map(() => "0").join(", ")}]`,
    "```"
  ].join("\n");
  return { block, shown: picked.length, leftOut: rows.length - picked.length };
}

// src/report/comment-trust.ts
function trustOf2(r, scenario) {
  for (const b of r.benchmarks) {
    const t = b.trust.find((x) => x.scenario === scenario);
    if (t) return t;
  }
  return void 0;
}
function trustFlags(t) {
  return t ? trustMarks(t.saturation.saturated, t.plausibility.flagged.length).map((m) => `⚠ ${m}`) : [];
}
function trustNotes(r, t, label, name2, max) {
  if (!t) return [];
  const out = [];
  if (t.saturation.saturated) {
    out.push(
      `⚠ ${label} looks saturated (${saturationFacts(t.saturation, r.trust.saturation)}): it barely tells the best models apart.`
    );
  }
  const p = t.plausibility;
  if (p.flagged.length > 0) {
    out.push(
      `⚠ ${label}: ${p.flagged.length === 1 ? "one row ranks" : `${p.flagged.length} rows rank`} far from the aggregate; check ${p.flagged.length === 1 ? "it" : "them"} before merging:`
    );
    for (const f of p.flagged.slice(0, max))
      out.push(`- ${checkRowLine(f, p.shared, { place: codeSpan, name: name2 })}`);
    if (p.flagged.length > max) out.push(`- … and ${p.flagged.length - max} more in the job summary`);
  }
  return out;
}

// src/report/rank-diff.ts
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function names(list) {
  const shown = list.length > 4 ? [...list.slice(0, 3), `${list.length - 3} more`] : list;
  return shown.length <= 1 ? shown[0] ?? "" : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
function places(moves) {
  const lo = Math.min(...moves);
  const hi = Math.max(...moves);
  if (lo === hi) return `${lo === 1 ? "one place" : `${lo} places`} each`;
  return `${lo} to ${hi} places`;
}
function rankDiff(r, name2) {
  const added = r.changes.filter((c) => c.status === "added");
  const removed = r.changes.filter((c) => c.status === "removed");
  const rows = r.changes.filter((c) => c.status === "changed" && c.listed);
  const shifted = r.changes.filter(
    (c) => c.status === "changed" && !c.listed && c.rankBefore !== null && c.rankAfter !== null && c.rankBefore !== c.rankAfter
  );
  const down = shifted.filter((c) => c.rankAfter > c.rankBefore).map((c) => c.rankAfter - c.rankBefore);
  const up = shifted.filter((c) => c.rankAfter < c.rankBefore).map((c) => c.rankBefore - c.rankAfter);
  const parts = [];
  if (down.length > 0) {
    const why = added.length > 0 ? ` below ${names(added.map((c) => name2(c.name)))}` : "";
    parts.push(
      `the ${plural2(down.length, "benchmark")}${why} ${down.length === 1 ? "moves" : "move"} down ${places(down)}`
    );
  }
  if (up.length > 0) {
    const why = removed.length > 0 ? ` that were below ${names(removed.map((c) => name2(c.name)))}` : "";
    parts.push(
      `the ${plural2(up.length, "benchmark")}${why} ${up.length === 1 ? "moves" : "move"} up ${places(up)}`
    );
  }
  const shift = parts.length > 0 ? capitalise(parts.join(", and ")) : null;
  const rest = rows.length === 0 ? shift ? "no other benchmark changes order or agreement" : "No other benchmark changes rank, order or agreement" : `${plural2(rows.length, "benchmark")} ${rows.length === 1 ? "changes" : "change"} agreement or order for a reason of ${rows.length === 1 ? "its" : "their"} own`;
  const sentence = shift ? `${shift}; ${rest}.` : `${capitalise(rest)}.`;
  return { shift, rows, sentence };
}
var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var CAUSE_TEXT = {
  inserted: "order changed",
  removed: "order changed",
  "own scores": "its results changed",
  "aggregate changed": "the aggregate changed",
  "names changed": "its model names match differently (models.yaml)"
};
function causeText(c) {
  if (c.agreementChanged) return CAUSE_TEXT[c.cause];
  return c.cause === "own scores" || c.cause === "inserted" || c.cause === "removed" ? "a changed benchmark moved past it" : `${CAUSE_TEXT[c.cause]}; its agreement did not, another benchmark moved past it`;
}

// src/report/pr-comment.ts
var COMMENT_MARKER = "<!-- benchbench-action:comment -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_LIMIT = 1e6;
var md = escapeMarkdownInline;
var MAX_NAME_CHARS = 100;
var MAX_MESSAGE_CHARS = 500;
function cut(s, max = MAX_NAME_CHARS) {
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : s;
}
var name = (s) => md(cut(s));
var short = (sha2) => sha2.slice(0, 7);
function renderPrComment(report2, options) {
  const max = options.maxLength ?? (options.target === "comment" ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const size = options.measure ?? ((text) => text.length);
  const full = render(report2, options, Infinity);
  if (size(full) <= max) return full;
  let lo = 0;
  let hi = longestList(report2);
  if (size(render(report2, options, lo)) > max) return tooLarge(report2, options);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(render(report2, options, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return render(report2, options, lo);
}
function tooLarge(r, o) {
  const where = o.fullReportUrl ? `[the job summary](${o.fullReportUrl})` : "the job summary and the report artifact";
  return [
    ...o.target === "comment" ? [COMMENT_MARKER] : [],
    title(r),
    "",
    `This report is too long for a comment (${plural3(r.benchmarks.length, "changed benchmark")}, ${plural3(r.issues.length, "issue")}): see ${where}.`,
    "",
    footer(r)
  ].join("\n");
}
function longestList(r) {
  let most = Math.max(r.issues.length, r.rows.length, r.changes.length, r.benchmarks.length);
  for (const b of r.benchmarks) most = Math.max(most, b.unmatched.length);
  return most;
}
function touched(r) {
  const rows = new Map(r.rows.map((x) => [x.scenario, x]));
  const changes = new Map(r.changes.map((c) => [c.scenario, c]));
  return r.touched.map(({ scenario: s }) => ({
    scenario: s,
    row: rows.get(s) ?? null,
    change: changes.get(s) ?? null
  }));
}
function render(r, o, budget) {
  const out = [];
  const where = o.target === "comment" ? o.fullReportUrl ? `[the job summary](${o.fullReportUrl})` : "the job summary" : "the report artifact";
  const page = {
    out,
    budget,
    cutNote: (left, what) => {
      if (left > 0) out.push("", `_… and ${left} more ${what}: see ${where}._`);
    }
  };
  if (o.target === "comment") out.push(COMMENT_MARKER);
  out.push(title(r), "");
  for (const w of r.aggregate.warnings) out.push(`> ⚠️ **Warning:** ${md(cut(w, MAX_MESSAGE_CHARS))}`, "");
  issuesSection(r, page);
  const scored = touched(r);
  if (scored.length > 0) scoredSection(r, page, scored);
  else if (r.valid) out.push("This pull request changes no results file of the catalog.", "");
  rankDiffSection(r, page, scored.length > 0);
  unmatchedSection(r, page);
  chartSection(r, page, scored);
  out.push(footer(r));
  return out.join("\n") + "\n";
}
function issuesSection(r, { out, budget, cutNote }) {
  if (r.issues.length === 0) return;
  const errors = r.issues.filter((i) => i.severity === "error").length;
  out.push(
    errors > 0 ? `**Fix ${plural3(errors, "error")} before merging** (${issueCounts(r.issues)}):` : `**Notes on the changed files** (${issueCounts(r.issues)}):`,
    ""
  );
  for (const i of r.issues.slice(0, budget)) out.push(`- ${issueLine(i)}`);
  cutNote(r.issues.length - budget, "issues");
  out.push("");
}
function scoredSection(r, { out, budget, cutNote }, scored) {
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  out.push(
    `| Benchmark | Score (Z) | Agreement with the aggregate (${sym}) | Rank on ${name(r.board.title)} | Models shared with the aggregate |`
  );
  out.push("|---|---:|---:|---:|---:|");
  for (const t of scored.slice(0, budget))
    out.push(touchedRow(t, sym, r.board.ranked, trustFlags(trustOf2(r, t.scenario))));
  cutNote(scored.length - budget, "scenarios");
  const notes = scored.slice(0, budget).flatMap((t) => scenarioNotes(r, t, budget));
  for (const [i, n] of notes.entries()) {
    if (!(i > 0 && n.startsWith("- ") && notes[i - 1].startsWith("- "))) out.push("");
    out.push(n);
  }
  out.push("");
}
function scenarioNotes(r, t, budget) {
  const row2 = t.row;
  return [
    ...boardsLine(r, t.scenario, row2?.name ?? t.change?.name ?? t.scenario),
    ...row2?.inAggregate ? [
      `ⓘ ${name(row2.name)} is one of the aggregate's scenarios: it is scored against an aggregate it helps form, which flatters its agreement.`
    ] : [],
    ...row2?.skipped ? [`Not scored: ${name(row2.name)} (${md(cut(row2.skipped, MAX_MESSAGE_CHARS))}).`] : [],
    ...(row2?.warnings ?? []).map((w) => `⚠ ${name(row2.name)}: ${md(cut(w, MAX_MESSAGE_CHARS))}`),
    ...trustNotes(r, trustOf2(r, t.scenario), name(row2?.name ?? t.scenario), name, budget)
  ];
}
function rankDiffSection(r, { out, budget, cutNote }, anyScored) {
  const diff = rankDiff(r, (s) => name(s));
  if (!anyScored && diff.shift === null && diff.rows.length === 0) return;
  out.push(`**Rank diff on ${name(r.board.title)}:** ${diff.sentence}`, "");
  if (diff.rows.length === 0) return;
  const fold = diff.rows.length > 10;
  if (fold) out.push(`<details><summary>${diff.rows.length} benchmarks change for a reason</summary>`, "");
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  out.push(
    `| Benchmark | Why | Agreement (${sym}) before → after | Z before → after | Rank before → after |`,
    "|---|---|---:|---:|---:|"
  );
  for (const c of diff.rows.slice(0, budget)) out.push(changeRow(c));
  cutNote(diff.rows.length - budget, "rank changes");
  out.push("");
  if (fold) out.push("</details>", "");
}
function unmatchedSection(r, { out, budget, cutNote }) {
  const withUnmatched = r.benchmarks.filter((b) => b.unmatched.length > 0);
  for (const b of withUnmatched.slice(0, budget)) {
    out.push(`<details><summary>${unmatchedSummary(b)}</summary>`, "");
    for (const u of b.unmatched.slice(0, budget)) {
      const hint = u.suggestions.length > 0 ? ` — closest: ${u.suggestions.map((x) => codeSpan(cut(x))).join(", ")}` : " — no close match";
      out.push(`- ${codeSpan(cut(u.name))}${hint}`);
    }
    cutNote(b.unmatched.length - budget, "unmatched models");
    out.push(
      "",
      "Add the missing spellings as `aliases` in `models.yaml`, or rename the rows to catalog names.",
      "",
      "</details>",
      ""
    );
  }
  cutNote(withUnmatched.length - budget, "benchmarks with unmatched models");
}
function chartSection(r, { out }, scored) {
  const bars = r.rows.filter((x) => x.z !== null);
  if (bars.length < 2) return;
  const c = commentChart(bars, new Set(scored.map((t) => t.scenario)));
  const of = c.leftOut > 0 ? `${c.shown} of ${bars.length} benchmarks: yours, its neighbours by rank, the top and the bottom; ${c.leftOut} left out` : `all ${bars.length} benchmarks`;
  out.push(
    `<details><summary>Chart: score (Z) on ${escapeCommentHtml(cut(r.board.title))}, ${of}</summary>`,
    ""
  );
  out.push(c.block, "", "</details>", "");
}
function title(r) {
  const errors = r.issues.filter((i) => i.severity === "error").length;
  if (!r.valid) return `### BenchBench: ❌ ${plural3(errors, "error")} in the changed files`;
  const row2 = r.rows.find((x) => x.scenario === r.headline);
  if (!row2) {
    const removed = r.benchmarks.filter((b) => b.status === "removed").length;
    return removed > 0 ? `### BenchBench: ${plural3(removed, "benchmark")} removed` : "### BenchBench: no benchmark results changed";
  }
  if (row2.z === null || row2.rank === null) return `### BenchBench: ${codeSpan(cut(row2.name))} has no score`;
  return `### BenchBench: ${codeSpan(cut(row2.name))} scores Z = ${signed(row2.z)}, rank ${row2.rank} of ${r.board.ranked}`;
}
function touchedRow(t, sym, of, flags) {
  const status = t.change?.status === "added" ? " (new)" : t.change?.status === "removed" ? " (removed)" : t.change ? " (changed)" : " (unchanged)";
  const sub = (s) => `<br><sub>${s}</sub>`;
  if (!t.row) {
    const n = name(t.change?.name ?? t.scenario);
    return `| ${n}${status} | ${signed(t.change?.zBefore ?? null)} → –${sub("before → after")} | – | ${t.change?.rankBefore ?? "–"} → – | – |`;
  }
  const x = t.row;
  const z = `**${signed(x.z)}**${x.zInterval ? sub(`90% interval ${range(x.zInterval, 2, (v2, d) => signed(v2, d))}`) : ""}${x.inAggregate ? sub("aggregate member ⓘ") : ""}${flags.map(sub).join("")}`;
  const agreement2 = x.agreement === null ? "–" : `${sym} = ${fixed(x.agreement)}${x.agreementInterval ? sub(`90% interval ${range(x.agreementInterval)}`) : ""}`;
  const rank = x.rank === null ? "–" : `${x.rank} of ${of}${x.rankInterval ? sub(`90% range ${rankRange(x.rankInterval)}`) : ""}`;
  return `| **${name(x.name)}**${status} | ${z} | ${agreement2} | ${rank} | ${x.nCommon} of its ${x.models} models |`;
}
function boardsLine(r, scenario, label) {
  if (r.boards.length < 2) return [];
  const places2 = r.boards.map((b) => {
    const p = b.rows.find((x) => x.scenario === scenario);
    const t = `**${name(b.title)}**`;
    if (!p) return `not on ${t}`;
    if (p.rank === null) return `unscored on ${t}`;
    const iv = p.rankInterval ? ` (90% range ${rankRange(p.rankInterval)})` : "";
    return `rank ${p.rank} of ${b.scored} on ${t}${iv}`;
  });
  return [`${name(label)} on every board: ${places2.join(" · ")}.`];
}
function changeRow(c) {
  const d = c.rankBefore !== null && c.rankAfter !== null ? c.rankBefore - c.rankAfter : 0;
  const arrow = d > 0 ? ` (↑${d})` : d < 0 ? ` (↓${-d})` : "";
  return `| ${name(c.name)} | ${causeText(c)} | ${fixed(c.agreementBefore)} → ${fixed(c.agreementAfter)} | ${signed(c.zBefore)} → ${signed(c.zAfter)} | ${c.rankBefore ?? "–"} → ${c.rankAfter ?? "–"}${arrow} |`;
}
function unmatchedSummary(b) {
  const n = b.unmatched.length;
  return `${n} of the ${b.models} models in ${escapeCommentHtml(cut(b.file, MAX_MESSAGE_CHARS))} match no catalog model`;
}
function issueLine(i) {
  const icon = i.severity === "error" ? "❌" : i.severity === "warning" ? "⚠️" : "ℹ️";
  const place = [i.file, i.line, i.line !== void 0 ? i.column : void 0].filter((p) => p !== void 0).join(":");
  const hint = i.hint ? ` Hint: ${md(cut(i.hint, MAX_MESSAGE_CHARS))}` : "";
  return `${icon} ${codeSpan(cut(place, MAX_MESSAGE_CHARS))} ${md(cut(i.message, MAX_MESSAGE_CHARS))} (${md(cut(i.code))}).${hint}`;
}
function issueCounts(issues) {
  const n = (s) => issues.filter((i) => i.severity === s).length;
  return [plural3(n("error"), "error"), plural3(n("warning"), "warning"), plural3(n("note"), "note")].join(", ");
}
var plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var hash = (h) => h.replace(/^sha256:/, "").slice(0, 12);
function footer(r) {
  const sym = CORRELATION_SYMBOL[r.method.correlation];
  const pr = r.pullRequest !== null ? `PR #​${r.pullRequest}, ` : "";
  return `<sub>${md(methodLine(r.method))} (${sym}); aggregate of ${plural3(r.aggregate.scenarios.length, "scenario")} over ${r.aggregate.models} models; board ${name(r.board.title)}. ${pr}base ${short(r.base.sha)} → head ${short(r.head.sha)} (catalog ${hash(r.catalogHash.base)} → ${hash(r.catalogHash.head)}). ${md(r.generator)}, computed in ${seconds(r.elapsedMs)}. Reproduce: ${codeSpan(cut(r.reproduce, MAX_MESSAGE_CHARS))}.</sub>`;
}

// src/cli/report-text.ts
var DEFAULT_UNMATCHED_LIMIT = 50;
var clean = (s) => s.replace(/[\x00-\x1f\x7f]/g, " ");
var hash2 = (h) => h.replace(/^sha256:/, "").slice(0, 12);
function reportText(report2, options = {}) {
  const limit = options.limit ?? DEFAULT_UNMATCHED_LIMIT;
  const sym = CORRELATION_SYMBOL[report2.method.correlation];
  const scored = report2.board.ranked;
  const out = report2.aggregate.warnings.map((w) => `warning: ${clean(w)}`);
  if (out.length) out.push("");
  let marked = false;
  for (const b of report2.benchmarks) {
    out.push(`${clean(b.name)} (${b.file}, ${b.status}, ${plural(b.models, "model")})`);
    for (const s of b.scenarios) {
      const row2 = report2.rows.find((r) => r.scenario === s);
      out.push(row2 ? "  " + rowLine(row2, sym, scored) : `  ${clean(s)}: not on the leaderboard`);
      if (report2.boards.length > 1) out.push(`    on every board: ${boardPlaces(report2, s).join("; ")}`);
      const t = b.trust.find((x) => x.scenario === s);
      const lines = t ? trustLines(t, report2) : [];
      out.push(...lines);
      marked ||= lines.length > 0;
    }
    if (b.unmatched.length) {
      out.push(
        `  ${b.unmatched.length} of ${plural(b.models, "model")} ${b.unmatched.length === 1 ? "matches" : "match"} no other benchmark's model:`
      );
      const shown = limit ? b.unmatched.slice(0, limit) : b.unmatched;
      for (const u of shown) {
        out.push(
          `    ${clean(u.name)}${u.suggestions.length ? `  (closest: ${u.suggestions.map(clean).join(", ")})` : ""}`
        );
      }
      if (b.unmatched.length > shown.length)
        out.push(`    ... and ${b.unmatched.length - shown.length} more (--limit 0 or --json lists all)`);
    }
  }
  if (report2.benchmarks.length > 0 || report2.changes.length > 0) {
    const diff = rankDiff(report2, clean);
    out.push("", `Rank diff on ${clean(report2.board.title)}: ${diff.sentence}`);
    for (const c of diff.rows) {
      out.push(
        `  ${clean(c.name)} (${causeText(c)}): ${sym} ${fixed(c.agreementBefore)} -> ${fixed(c.agreementAfter)}, Z ${signed(c.zBefore)} -> ${signed(c.zAfter)}, rank ${c.rankBefore ?? "–"} -> ${c.rankAfter ?? "–"}`
      );
    }
  }
  if (marked) out.push("", `trust: ${trustLegend(report2.trust)}`);
  const problems = report2.issues.filter((i) => options.verbose || i.severity !== "note");
  if (problems.length) out.push("", ...problems.map(formatIssue));
  out.push(
    "",
    `${report2.valid ? "valid" : "INVALID"}; catalog ${hash2(report2.catalogHash.base)} -> ${hash2(report2.catalogHash.head)}; reproduce: ${report2.reproduce}`
  );
  return out.join("\n") + "\n";
}
function boardPlaces(report2, scenario) {
  return report2.boards.map((b) => {
    const p = b.rows.find((x) => x.scenario === scenario);
    if (!p) return `not on ${clean(b.title)}`;
    if (p.rank === null) return `unscored on ${clean(b.title)}`;
    return `rank ${p.rank} of ${b.scored} [90% range ${rankRange(p.rankInterval)}] on ${clean(b.title)}`;
  });
}
function rowLine(r, sym, scored) {
  if (r.rank === null) return `${clean(r.name)}: not scored (${r.skipped ?? "no agreement"})`;
  return `${clean(r.name)}: Z ${signed(r.z)} [90% interval ${range(r.zInterval, 2, (v2, d) => signed(v2, d))}], rank ${r.rank} of ${scored} [90% range ${rankRange(r.rankInterval)}], agreement ${sym} = ${fixed(r.agreement)} [90% interval ${range(r.agreementInterval)}], ${r.nCommon} of ${plural(r.models, "model")} shared with the aggregate` + (r.inAggregate ? " (aggregate member: scored against an aggregate it helps form)" : "") + (r.warnings.length ? `
    warning: ${r.warnings.join("; ")}` : "");
}
function trustLines(t, report2) {
  const out = [];
  if (t.saturation.saturated)
    out.push(`    ${SATURATED}: ${saturationFacts(t.saturation, report2.trust.saturation)}`);
  for (const f of t.plausibility.flagged.slice(0, 50)) {
    out.push(`    check this row: ${clean(checkRowLine(f, t.plausibility.shared))}`);
  }
  if (t.plausibility.flagged.length > 50) {
    out.push(`    ... and ${t.plausibility.flagged.length - 50} more rows to check (--json lists all)`);
  }
  return out;
}

export {
  buildPrReport,
  renderPrComment,
  DEFAULT_UNMATCHED_LIMIT,
  reportText
};
