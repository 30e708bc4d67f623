/**
 * Issues as workflow annotations on the lines of the changed files. GitHub shows at most 10
 * annotations of each severity per step (and 50 per job), so at most `PER_SEVERITY` of each are
 * emitted, errors first in file order, and one log line says how many more the job summary lists.
 */
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { flattenControls } from '../report/escape.js';

export const PER_SEVERITY = 10;

export interface AnnotationProperties {
  readonly title: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
  info(message: string): void;
}

/** Emits the annotations; returns how many were left out. */
export function annotate(issues: readonly Issue[], catalogDir: string, out: Annotator): number {
  let left = 0;
  for (const severity of ['error', 'warning', 'note'] as const) {
    const all = issues.filter((i) => i.severity === severity);
    for (const i of all.slice(0, PER_SEVERITY)) {
      const properties: AnnotationProperties = {
        title: `benchbench: ${i.code}`,
        // Issues name catalog-relative paths; an absolute one (a catalog folder that cannot be read) stays as it is.
        file: catalogDir === '.' || path.isAbsolute(i.file) ? i.file : `${catalogDir}/${i.file}`,
        ...(i.line !== undefined && { startLine: i.line }),
        ...(i.line !== undefined && i.column !== undefined && { startColumn: i.column }),
      };
      // Untrusted names in the text: one line each, visible, cut (escape.ts).
      const message = i.hint
        ? `${flattenControls(i.message)}\nHint: ${flattenControls(i.hint)}`
        : flattenControls(i.message);
      if (severity === 'error') out.error(message, properties);
      else if (severity === 'warning') out.warning(message, properties);
      else out.notice(message, properties);
    }
    left += Math.max(0, all.length - PER_SEVERITY);
  }
  if (left > 0)
    out.info(
      `${left} more issues are not annotated (GitHub shows 10 per kind); the job summary lists them all.`,
    );
  return left;
}
