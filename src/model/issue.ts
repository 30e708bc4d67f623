/**
 * A problem found in the input, as data: where it is, what is wrong, how to fix it.
 *
 * Every code the project emits is registered in `ISSUE_CODES` with its severities (the first is
 * the default; a code listed with several takes the caller's choice, e.g. `duplicate-model` is an
 * error in a catalog and a note in `import-benchbench`) and, where every site gives the same
 * one, its hint. `makeIssue()` is the only way to make an issue: a code outside the table does not
 * type-check, and a severity the table does not list for the code throws (a programming error,
 * caught by the tests). `docs/catalog.md`'s code tables are checked against this table
 * (`test/docs/catalog-doc.test.ts`).
 */
export type Severity = 'error' | 'warning' | 'note';

interface IssueRule {
  readonly severities: readonly [Severity, ...Severity[]];
  /** The hint of every issue of the code, when it is always the same. */
  readonly hint?: string;
}

const error = { severities: ['error'] } as const;
const warning = { severities: ['warning'] } as const;
const note = { severities: ['note'] } as const;

export const ISSUE_CODES = {
  // Reading the folder or the commit (src/sources).
  'not-a-folder': error,
  'unreadable-file': error,
  'too-deep': error,
  'path-escape': error,
  symlink: error,
  submodule: error,
  'not-a-file': error,
  'limit-file-bytes': error,
  'limit-total-bytes': {
    severities: ['error'],
    hint: 'Raise limits.max_total_bytes in benchbench.yaml, or keep the catalog smaller.',
  },
  // Text and YAML.
  utf16: error,
  'invalid-utf8': error,
  'nul-byte': error,
  'yaml-syntax': error,
  'yaml-duplicate-key': error,
  'yaml-tag': error,
  'yaml-alias': error,
  'limit-yaml-chars': error,
  'limit-yaml-depth': error,
  'limit-yaml-keys': error,
  'unknown-key': error,
  'missing-key': error,
  'wrong-type': error,
  'invalid-value': error,
  'duplicate-value': error,
  // Catalog files.
  'missing-config': error,
  'missing-metadata': error,
  'orphan-metadata': warning,
  'unknown-file': note,
  'duplicate-benchmark-id': error,
  /** An error in a catalog; a warning in `import-benchbench` (the copy sharing most models is kept). */
  'duplicate-scenario': { severities: ['error', 'warning'] },
  /** An error in a catalog or an upload; a note in `import-benchbench` (the higher score is kept). */
  'duplicate-model': { severities: ['error', 'note'] },
  'empty-scenario': warning,
  /** An error when the metadata declares the scenario `lower`, a warning otherwise. */
  'unknown-scenario': { severities: ['warning', 'error'] },
  'conflicting-direction': error,
  'unknown-aggregate-scenario': warning,
  'preset-scenario-absent': {
    severities: ['note'],
    hint: 'Nothing to do, unless the catalog should have it: add its results, with `scenarios.<id>.name` set to that display name.',
  },
  'aggregate-too-small': error,
  'unknown-leaderboard-scenario': warning,
  'model-id-not-normalised': warning,
  'alias-conflict': error,
  'empty-model-id': error,
  // Results CSV.
  'empty-file': error,
  'no-rows': error,
  'csv-syntax': error,
  'missing-model-column': error,
  'empty-column-name': error,
  /** An error in a catalog; a warning in `import-benchbench` (read as pandas does). */
  'duplicate-column': { severities: ['error', 'warning'] },
  'column-count': error,
  /** A warning in a catalog; a note in `import-benchbench`. */
  'short-row': { severities: ['warning', 'note'] },
  'empty-model': error,
  'empty-scenario-name': error,
  'non-numeric-score': error,
  'non-finite-score': error,
  'spreadsheet-formula': error,
  'missing-score': note,
  'limit-rows': error,
  'limit-columns': error,
  'limit-time': error,
  'limit-files': error,
  'limit-issues': { severities: ['error'], hint: 'Fix the issues shown first: they often cause the rest.' },
  'invisible-character': error,
  'limit-cell-chars': error,
  // Pull-request report.
  'config-from-base': note,
  'unmatched-model': note,
  // `benchbench import-benchbench`.
  'unsafe-file-name': error,
  'unrecognised-file-name': note,
  'invalid-snapshot': warning,
  'unknown-lower-is-better': warning,
  'unsupported-long-format': error,
  'blank-column-name': error,
  'duplicate-scenario-column': note,
  'missing-model': error,
  'long-row': error,
  'invalid-score': error,
  'scenario-id-collision': warning,
} as const satisfies Record<string, IssueRule>;

type Rules = typeof ISSUE_CODES;
export type IssueCode = keyof Rules;
/** The severities an issue of code `C` may have. */
export type SeverityOf<C extends IssueCode> = Rules[C]['severities'][number];
/** Codes whose hint the table gives; an issue of one takes no hint from its caller. */
export type FixedHintCode = { [C in IssueCode]: Rules[C] extends { hint: string } ? C : never }[IssueCode];
/** Codes whose hint each caller writes. */
export type OpenHintCode = Exclude<IssueCode, FixedHintCode>;

/** Only `makeIssue` (and so the table) gives an issue this mark: an object literal is no `Issue`. */
declare const made: unique symbol;

export interface Issue {
  readonly [made]: true;
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `duplicate-model`: a key of `ISSUE_CODES`. */
  readonly code: IssueCode;
  /** Path relative to the catalog root (or as given on the command line). */
  readonly file: string;
  /** 1-based; absent when the issue concerns the whole file. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
}

export interface IssueInput<C extends IssueCode> {
  readonly code: C;
  /** Only needed for a code with several severities; the table's first by default. */
  readonly severity?: SeverityOf<C>;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** The issue of a registered code: its severity checked, its fixed hint filled in. */
export function makeIssue<C extends FixedHintCode>(input: IssueInput<C>): Issue;
export function makeIssue<C extends OpenHintCode>(input: IssueInput<C> & { readonly hint?: string }): Issue;
export function makeIssue(input: IssueInput<IssueCode> & { readonly hint?: string }): Issue {
  const rule: IssueRule = ISSUE_CODES[input.code];
  const severity = input.severity ?? rule.severities[0];
  if (!rule.severities.includes(severity)) {
    throw new Error(`issue code ${input.code} is never a ${severity} (ISSUE_CODES)`);
  }
  const hint = rule.hint ?? input.hint;
  // Absent places stay absent keys, so that JSON output and equality do not change.
  return {
    severity,
    code: input.code,
    file: input.file,
    ...(input.line !== undefined && { line: input.line }),
    ...(input.column !== undefined && { column: input.column }),
    message: input.message,
    ...(hint !== undefined && { hint }),
  } as Issue;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** Order issues by file, line, column, code so that output never depends on discovery order. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `file:line:column: severity [code] message` with the hint on the next line. */
export function formatIssue(i: Issue): string {
  const place = [i.file, i.line, i.line !== undefined ? i.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
  const head = `${place}: ${i.severity} [${i.code}] ${i.message}`;
  return i.hint ? `${head}\n  hint: ${i.hint}` : head;
}

/** Issues kept per file; the rest are counted in one `limit-issues` issue (docs/limits.md). */
export const MAX_ISSUES_PER_FILE = 200;

/**
 * Sorted issues with at most `max` per file: the first `max` of each file (in sorted order),
 * then one `limit-issues` error saying how many more there were. Issues of a limit
 * (`limit-*`) are kept past `max`. Linear.
 */
export function capIssuesPerFile(sorted: readonly Issue[], max = MAX_ISSUES_PER_FILE): Issue[] {
  const out: Issue[] = [];
  const perFile = new Map<string, number>();
  for (const i of sorted) {
    const n = (perFile.get(i.file) ?? 0) + 1;
    perFile.set(i.file, n);
    // A limit's issue is always kept: it says why the file was not read in full.
    if (n <= max || i.code.startsWith('limit-')) out.push(i);
  }
  for (const [file, n] of perFile) {
    if (n > max) {
      out.push(
        makeIssue({
          code: 'limit-issues',
          file,
          message: `${n - max} more issues in this file are not shown; at most ${max} are reported per file (MAX_ISSUES_PER_FILE).`,
        }),
      );
    }
  }
  return sortIssues(out);
}

/** Appends every item of `items` to `out` without spreading them into a call (no stack limit). */
export function pushAll<T>(out: T[], items: Iterable<T>): void {
  for (const item of items) out.push(item);
}
