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
  const place = [i.file, i.line, i.line !== undefined ? i.column : undefined].filter((p) => p !== undefined).join(':');
  const head = `${place}: ${i.severity} [${i.code}] ${i.message}`;
  return i.hint ? `${head}\n  hint: ${i.hint}` : head;
}
