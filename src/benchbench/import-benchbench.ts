/**
 * Converts BenchBench's CSV catalog (IBM/benchbench `src/bat/assets`) into this project's
 * catalog format (DESIGN.md section 3). Pure: bytes and lists in, file texts and issues out.
 *
 * It reads the files as BenchBench's loader does (see `benchbench-read-file.ts` and
 * `benchbench-names.ts`) and returns, besides the catalog files, the (model, scenario,
 * score, source) rows BenchBench would hold after loading, with raw scores (the flip of
 * lower-is-better sources is left to the direction written in the metadata).
 *
 * - Files are taken in name order (BenchBench takes `os.listdir` order; only ties below
 *   depend on it).
 * - A scenario (display name) present in several files is kept from the file whose copy
 *   shares the most (model, scenario) presences with the whole catalog, first in file order
 *   on a tie, as BenchBench's `Benchmark.clear_repeated_scenarios` does; each dropped copy
 *   is a warning.
 * - Scenario ids are BenchBench's normalised ids made safe (`safeScenarioId`), unique across
 *   the catalog (a numeric suffix and a warning when two collide).
 * - The aggregate lists display names (`scenarios_for_aggregate.txt`, `#` lines are
 *   comments); each name matching no scenario is a warning. The minimum number of
 *   aggregate scenarios per model is max(1, floor(names listed / 3)), counting unmatched
 *   names, as BenchBench's example does. Without a list, every scenario is in the aggregate.
 */
import { readBenchBenchFile, type BenchBenchFile } from './benchbench-read-file.js';
import { safeScenarioId } from './benchbench-names.js';
import { makeIssue, sortIssues, type Issue } from '../model/issue.js';
import { wideCsv, yamlDocument } from '../catalog/write-catalog.js';

export interface BenchBenchInput {
  /** BenchBench's results files by file name (`<source>_<yymmdd>_<category>.csv`). */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Lines of `lower_is_better_benchmarks.txt`: file stems whose scores are better when lower. */
  readonly lowerIsBetter: readonly string[];
  /** `prettified_names.json`: normalised scenario id -> display name. */
  readonly prettifiedNames: Readonly<Record<string, string>>;
  /** Lines of `scenarios_for_aggregate.txt`: display names; `#` lines are comments. */
  readonly aggregateScenarios?: readonly string[];
  /** A first-column name to accept in place of `model` (e.g. `llm_model`). */
  readonly modelColumn?: string;
}

/** One score as BenchBench's loader holds it: normalised model, display name, raw score, file name. */
export interface BenchBenchRow {
  readonly model: string;
  readonly scenario: string;
  readonly score: number;
  readonly source: string;
}

export interface BenchBenchImport {
  /** Catalog-relative path -> file text. */
  readonly files: Map<string, string>;
  readonly issues: Issue[];
  readonly rows: BenchBenchRow[];
}

export const LOWER_IS_BETTER_FILE = 'lower_is_better_benchmarks.txt';
export const AGGREGATE_FILE = 'scenarios_for_aggregate.txt';
const REPOSITORY = 'https://github.com/IBM/benchbench';
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;

/** A kept scenario: one display name, from one file. */
interface KeptScenario {
  readonly id: string;
  readonly name: string;
  readonly file: BenchBenchFile;
}

export function importBenchBench(input: BenchBenchInput): BenchBenchImport {
  const issues: Issue[] = [];
  const read: BenchBenchFile[] = [];
  for (const fileName of [...input.files.keys()].sort()) {
    if (!fileName.endsWith('.csv')) continue;
    if (!SAFE_FILE_NAME.test(fileName)) {
      issues.push(
        makeIssue({
          code: 'unsafe-file-name',
          file: fileName,
          message:
            'the file name is not a plain `<name>.csv` (letters, digits, `.`, `_`, `-`); the file is skipped',
        }),
      );
      continue;
    }
    const result = readBenchBenchFile(fileName, input.files.get(fileName)!, input);
    issues.push(...result.issues);
    if (result.file) read.push(result.file);
  }

  const lowerStems = lowerIsBetterStems(
    input.lowerIsBetter,
    new Set(read.map((f) => stemOf(f.fileName))),
    issues,
  );
  const kept = keepOneCopyPerScenario(read, issues);
  const ids = assignIds(kept, issues);

  const files = new Map<string, string>();
  const rows: BenchBenchRow[] = [];
  for (const file of read) {
    const scenarios = file.columns.filter((c) => kept.get(c.name)?.file === file);
    if (scenarios.length === 0) continue;
    const scoresOf = (name: string) => file.scores.get(name)!;
    const models = file.models.filter((m) => scenarios.some((c) => scoresOf(c.name).has(m)));
    for (const c of scenarios) {
      for (const m of models) {
        const score = scoresOf(c.name).get(m);
        if (score !== undefined) rows.push({ model: m, scenario: c.name, score, source: file.fileName });
      }
    }
    const stem = stemOf(file.fileName);
    const idOf = new Map(scenarios.map((c) => [ids.get(c.name)!, c.name]));
    // Rows keep the file's own spelling of each model: the catalog says `model_names: benchbench`,
    // so the loader normalises them with BenchBench's rules, as it will new files' names.
    const spelled = models.map((m) => file.spellings.get(m) ?? m);
    const modelOf = new Map(spelled.map((label, i) => [label, models[i]!]));
    files.set(
      `benchmarks/${stem}.csv`,
      wideCsv(spelled, [...idOf.keys()], (label, id) => scoresOf(idOf.get(id)!).get(modelOf.get(label)!)),
    );
    files.set(
      `benchmarks/${stem}.yaml`,
      metadataYaml(
        file,
        stem,
        scenarios.map((c) => [ids.get(c.name)!, c.name] as const),
        lowerStems.has(stem),
        issues,
      ),
    );
  }
  files.set('benchbench.yaml', configYaml(input.aggregateScenarios, ids, issues));
  return { files, issues: sortIssues(issues), rows };
}

const stemOf = (fileName: string): string => fileName.slice(0, -'.csv'.length);

/** The stems listed (trimmed, `.csv` dropped); one naming no read file is a warning (BenchBench ignores it silently). */
function lowerIsBetterStems(
  lines: readonly string[],
  stems: ReadonlySet<string>,
  issues: Issue[],
): Set<string> {
  const entries = new Set<string>();
  lines.forEach((raw, i) => {
    const entry = raw.trim().replace(/\.csv$/, '');
    if (entry === '' || entry.startsWith('#')) return;
    if (!stems.has(entry)) {
      issues.push(
        makeIssue({
          code: 'unknown-lower-is-better',
          file: LOWER_IS_BETTER_FILE,
          line: i + 1,
          column: 1,
          message: `"${entry}" names no imported results file, so no file is marked lower-is-better by it`,
          hint: 'list the file name without `.csv`, e.g. `helm_airbench_240916_safety`',
        }),
      );
    }
    entries.add(entry);
  });
  return entries;
}

/** BenchBench's `clear_repeated_scenarios`: display name -> the one file whose copy is kept. */
function keepOneCopyPerScenario(read: readonly BenchBenchFile[], issues: Issue[]): Map<string, KeptScenario> {
  // How many (scenario, file) copies each model has a score in.
  const presence = new Map<string, number>();
  for (const f of read) {
    for (const byModel of f.scores.values())
      for (const m of byModel.keys()) presence.set(m, (presence.get(m) ?? 0) + 1);
  }
  // The row sum of BenchBench's copy-by-copy shared-model matrix.
  const overlap = (f: BenchBenchFile, name: string): number => {
    let sum = 0;
    for (const m of f.scores.get(name)!.keys()) sum += presence.get(m)!;
    return sum;
  };

  const copies = new Map<string, BenchBenchFile[]>();
  for (const f of read) for (const c of f.columns) copies.set(c.name, [...(copies.get(c.name) ?? []), f]);

  const kept = new Map<string, KeptScenario>();
  for (const [name, files] of copies) {
    const counts = files.map((f) => overlap(f, name));
    const best = counts.indexOf(Math.max(...counts));
    const keep = files[best]!;
    kept.set(name, { id: keep.columns.find((c) => c.name === name)!.id, name, file: keep });
    files.forEach((f, i) => {
      if (i === best) return;
      issues.push(
        makeIssue({
          code: 'duplicate-scenario',
          severity: 'warning',
          file: f.fileName,
          line: 1,
          column: f.columns.find((c) => c.name === name)!.column,
          message: `the scenario "${name}" is also in ${keep.fileName}; as BenchBench does, the copy with the most model overlap is kept (${keep.fileName}: ${counts[best]}, this file: ${counts[i]}) and this column is dropped`,
          hint: 'give the scenario a distinct name if both copies should count',
        }),
      );
    });
  }
  return kept;
}

/** Display name -> catalog scenario id, unique across the catalog. */
function assignIds(kept: ReadonlyMap<string, KeptScenario>, issues: Issue[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...kept.values()].sort((a, b) => cmp(a.file.fileName, b.file.fileName));
  for (const s of ordered) {
    const base = safeScenarioId(s.id);
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
    if (id !== base) {
      issues.push(
        makeIssue({
          code: 'scenario-id-collision',
          file: s.file.fileName,
          line: 1,
          column: s.file.columns.find((c) => c.name === s.name)!.column,
          message: `the scenario "${s.name}" would get the id "${base}", already taken; it is imported as "${id}"`,
        }),
      );
    }
    taken.add(id);
    ids.set(s.name, id);
  }
  return ids;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `<source>_<yymmdd>[_<yymmdd>...]_<category>`: the first date is the snapshot. */
const FILE_STEM = /^(.+?)_(\d{6})(?:_\d{6})*_([A-Za-z0-9-]+)$/;

function metadataYaml(
  file: BenchBenchFile,
  stem: string,
  scenarios: readonly (readonly [id: string, name: string])[],
  lowerIsBetter: boolean,
  issues: Issue[],
): string {
  const parts = FILE_STEM.exec(stem);
  if (!parts) {
    issues.push(
      makeIssue({
        code: 'unrecognised-file-name',
        file: file.fileName,
        message:
          'the file name is not `<source>_<yymmdd>_<category>.csv`; no snapshot date or category is recorded',
      }),
    );
  }
  const snapshot = parts ? snapshotDate(parts[2]!) : undefined;
  if (parts && snapshot === undefined) {
    issues.push(
      makeIssue({
        code: 'invalid-snapshot',
        file: file.fileName,
        message: `"${parts[2]}" in the file name is not a valid yymmdd date; no snapshot date is recorded`,
      }),
    );
  }
  const metadata = {
    name: scenarios.length === 1 ? scenarios[0]![1] : (parts?.[1] ?? stem),
    url: REPOSITORY,
    ...(snapshot !== undefined && { snapshot }),
    ...(parts && { category: parts[3]!.toLowerCase() }),
    direction: lowerIsBetter ? 'lower' : 'higher',
    license: 'Apache-2.0',
    description: `Imported from BenchBench's catalog file ${file.fileName} (IBM/benchbench, src/bat/assets/benchmarks); model names normalised as BenchBench does.`,
    scenarios: Object.fromEntries(scenarios.map(([id, name]) => [id, { name }])),
  };
  return yamlDocument(metadata, `Imported from BenchBench (${REPOSITORY}): ${file.fileName}.`);
}

/** `yymmdd` -> `20yy-mm-dd`, undefined when it is no calendar date. */
function snapshotDate(yymmdd: string): string | undefined {
  const [y, m, d] = [yymmdd.slice(0, 2), yymmdd.slice(2, 4), yymmdd.slice(4, 6)];
  const date = new Date(Date.UTC(2000 + Number(y), Number(m) - 1, Number(d)));
  const iso = `20${y}-${m}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function configYaml(
  aggregateLines: readonly string[] | undefined,
  ids: ReadonlyMap<string, string>,
  issues: Issue[],
): string {
  let aggregate: { scenarios: string[]; min_scenarios_per_model?: number };
  if (aggregateLines === undefined) {
    aggregate = { scenarios: [...ids.values()] };
  } else {
    const scenarios: string[] = [];
    let listed = 0;
    aggregateLines.forEach((raw, i) => {
      const name = raw.trim();
      if (name === '' || name.startsWith('#')) return;
      listed += 1;
      const id = ids.get(name);
      if (id === undefined) {
        issues.push(
          makeIssue({
            code: 'unknown-aggregate-scenario',
            file: AGGREGATE_FILE,
            line: i + 1,
            column: 1,
            message: `"${name}" matches no imported scenario; the aggregate is formed without it, as in BenchBench`,
            hint: 'aggregate scenarios are named by display name (prettified_names.json), e.g. "Helm Lite"',
          }),
        );
      } else if (!scenarios.includes(id)) {
        scenarios.push(id);
      }
    });
    aggregate = { scenarios, min_scenarios_per_model: Math.max(1, Math.floor(listed / 3)) };
  }
  const config = {
    aggregate,
    method: {
      correlation: 'kendall',
      models_per_sample: 10,
      sampling: 'random',
      samples: 100,
      seed: 0,
      min_common_models: 5,
    },
    model_names: 'benchbench',
  };
  return yamlDocument(
    config,
    `Imported from BenchBench (${REPOSITORY}) by benchbench-action's importer.\nScenario ids are BenchBench's normalised scenario names. Model names are written as in\nBenchBench's files and matched with BenchBench's own rules (model_names: benchbench).`,
  );
}
