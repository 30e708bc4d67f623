import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadCatalogFolder
} from "./chunk-I2SOMBBY.js";
import {
  decodeText,
  parseResultsCsv,
  require_mod,
  unmatchedModels
} from "./chunk-BDPTSPK4.js";
import "./chunk-YXQQTIPG.js";
import "./chunk-R75JC2LW.js";
import "./chunk-E462UKO2.js";
import {
  catalogOption,
  plural,
  verboseOption
} from "./chunk-4OHGSMT4.js";
import "./chunk-UEC6N6PC.js";
import {
  CliError,
  Command,
  __toESM,
  makeIssue,
  printJson,
  reportIssues,
  sortIssues
} from "./chunk-UH3OXTXY.js";

// src/cli/commands/validate.ts
import path from "node:path";

// src/pipeline/fix-suggestions.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var foldName = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
function catalogSpellings(catalog, except) {
  const counts = /* @__PURE__ */ new Map();
  for (const b of catalog.benchmarks) {
    if (b.id === except) continue;
    for (const [written, id] of b.modelNames) {
      const c = counts.get(id) ?? /* @__PURE__ */ new Map();
      c.set(written, (c.get(written) ?? 0) + 1);
      counts.set(id, c);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [id, c] of counts) {
    out.set(
      id,
      [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s)
    );
  }
  return out;
}
function confidentMatch(name, candidates, spellings) {
  const a = foldName(name);
  if (a === "") return null;
  const scored = candidates.map((id) => {
    const forms = [id, ...spellings.get(id) ?? []].map(foldName);
    return { id, d: Math.min(...forms.map((f) => (0, import_fastest_levenshtein.distance)(a, f))) };
  });
  const equal = scored.filter((s) => s.d === 0);
  if (equal.length === 1) return equal[0].id;
  if (equal.length > 1 || scored.length === 0) return null;
  const [best, ...rest] = [...scored].sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : 1));
  const limit = Math.max(1, Math.floor([...a].length / 8));
  if (best.d > limit) return null;
  return rest.every((r) => r.d >= best.d + 2) ? best.id : null;
}

// src/pipeline/unmatched-notes.ts
var q = (s) => JSON.stringify(s);
function unmatchedNotes(catalog, files, only) {
  const out = [];
  for (const b of catalog.benchmarks) {
    if (only && only.size > 0 && !only.has(b.file)) continue;
    const unmatched = unmatchedModels(catalog, b.id);
    if (unmatched.length === 0) continue;
    const bytes = files.get(b.file);
    const text = bytes ? decodeText(b.file, bytes).text ?? "" : "";
    const places = new Map(
      parseResultsCsv(b.file, text, catalog.config.limits).models.map((m) => [m.text, m])
    );
    const spellings = catalogSpellings(catalog, b.id);
    for (const u of unmatched) {
      const id = confidentMatch(u.name, u.suggestions, spellings);
      const spelling = id === null ? void 0 : spellings.get(id)?.[0] ?? id;
      const hint = id !== null && spelling !== void 0 ? `A confident match: rename it to ${q(spelling)} (model \`${id}\`), or add ${q(u.name)} to its aliases in models.yaml.` : u.suggestions.length > 0 ? `Closest catalog models: ${u.suggestions.map((s) => `\`${s}\``).join(", ")}; if it is one of them, add ${q(u.name)} to its aliases in models.yaml.` : "No close catalog model: a model new to the catalog, or a spelling to add as an alias in models.yaml.";
      const at = places.get(u.name);
      out.push(
        makeIssue({
          code: "unmatched-model",
          file: b.file,
          ...at && { line: at.line, column: at.column },
          message: `Model ${q(u.name)} matches no model of another benchmark.`,
          hint
        })
      );
    }
  }
  return out;
}

// src/cli/commands/validate.ts
function validateCommand() {
  return new Command("validate").summary("check a catalog, or some of its files").description(
    "Reads the catalog (benchbench.yaml, models.yaml, benchmarks/*.csv and their .yaml metadata) and reports every problem with its file, line, column and a hint; a model that no other benchmark has is a note, with the confident rename or the closest catalog models as its hint. With FILES, only their issues are shown (paths relative to the catalog or to the current folder). Exit code 1 when there is an error."
  ).argument("[files...]", "only report the issues of these files").addOption(catalogOption()).option("--json", 'print {"valid", "issues": [...]} as JSON').addOption(verboseOption()).action(async (files, flags) => {
    const loaded = await loadCatalogFolder(flags.catalog);
    const { catalog } = loaded;
    const root = path.resolve(flags.catalog);
    const wanted = new Set(
      files.map((f) => {
        const abs = path.resolve(f);
        const rel = abs.startsWith(root + path.sep) ? path.relative(root, abs) : f;
        return rel.split(path.sep).join("/");
      })
    );
    for (const f of wanted) {
      const known = catalog.benchmarks.some((b) => b.file === f || b.metadataFile === f) || loaded.issues.some((i) => i.file === f);
      if (!known && !["benchbench.yaml", "models.yaml"].includes(f)) {
        throw new CliError(
          `${f} is not a file of the catalog ${flags.catalog} (expected e.g. benchmarks/<name>.csv)`,
          1
        );
      }
    }
    const issues = [...loaded.issues, ...unmatchedNotes(catalog, loaded.files, wanted)];
    const shown = sortIssues(wanted.size ? issues.filter((i) => wanted.has(i.file)) : issues);
    const valid = !shown.some((i) => i.severity === "error");
    if (flags.json) printJson({ valid, issues: shown });
    else {
      reportIssues(shown, flags.verbose);
      const counts = ["error", "warning"].map(
        (s) => plural(shown.filter((i) => i.severity === s).length, s)
      );
      process.stderr.write(
        `${valid ? "valid" : "invalid"}: ${plural(catalog.benchmarks.length, "benchmark")} checked${wanted.size ? ` (${plural(wanted.size, "file")} shown)` : ""}; ${counts.join(", ")}
`
      );
    }
    if (!valid) process.exitCode = 1;
  });
}
export {
  validateCommand
};
