/** How commands print: JSON to stdout for scripts, issues to stderr, exit codes. */
import { InvalidArgumentError } from 'commander';
import { formatIssue, hasErrors, sortIssues, type Issue } from '../model/issue.js';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The JSON every command prints with --json (and `merge` writes). */
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

export const printJson = (value: unknown): void => {
  process.stdout.write(jsonText(value));
};

/**
 * Text output for terminals and scripts: every minus sign is ASCII `-` (the renderers write
 * U+2212 for people reading Markdown; `grep`, `sort -g` and spreadsheets want `-`).
 */
export const printText = (text: string): void => {
  process.stdout.write(asciiMinus(text));
};

export const asciiMinus = (text: string): string => text.replace(/\u2212/g, '-');

/** Prints issues (errors and warnings always, notes with --verbose) and returns whether any is an error. */
export function reportIssues(issues: readonly Issue[], verbose = false): boolean {
  for (const issue of sortIssues(issues)) {
    if (issue.severity === 'note' && !verbose) continue;
    process.stderr.write(formatIssue(issue) + '\n');
  }
  const notes = issues.filter((i) => i.severity === 'note').length;
  if (notes && !verbose)
    process.stderr.write(`(${notes} note${notes === 1 ? '' : 's'} hidden; --verbose shows them)\n`);
  return hasErrors(issues);
}

/** Parses a whole number option; commander prints the message and exits with 1. */
export function wholeNumber(name: string, min = 0): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be a whole number of at least ${min}, got "${value}"`);
    return n;
  };
}

/** Parses a comma-separated option (`a, b,,c` -> a, b, c). */
export const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
