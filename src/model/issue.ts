/** A problem found in the input, as data: where it is, what is wrong, how to fix it. */
export type Severity = 'error' | 'warning' | 'note';

export interface Issue {
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `duplicate-model`. */
  readonly code: string;
  /** Path relative to the catalog root (or as given on the command line). */
  readonly file: string;
  /** 1-based; absent when the issue concerns the whole file. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
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
      out.push({
        severity: 'error',
        code: 'limit-issues',
        file,
        message: `${n - max} more issues in this file are not shown; at most ${max} are reported per file (MAX_ISSUES_PER_FILE).`,
        hint: 'Fix the issues shown first: they often cause the rest.',
      });
    }
  }
  return sortIssues(out);
}

/** Appends every item of `items` to `out` without spreading them into a call (no stack limit). */
export function pushAll<T>(out: T[], items: Iterable<T>): void {
  for (const item of items) out.push(item);
}
