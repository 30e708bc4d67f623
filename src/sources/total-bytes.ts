/**
 * The cap on a catalog's files in all (`limits.max_total_bytes`), kept the same way by the
 * folder and the git reader: files are counted in path order (code-unit order of the
 * '/'-separated relative path); the first file that would pass the cap, and every file after
 * it, is not read, and the catalog gets one issue naming the cap, the first file left out, how
 * many were left out, and the setting that raises it. So the files read never depend on the
 * order a folder or a tree lists them in.
 */
import { makeIssue, type Issue } from '../model/issue.js';
import type { Limits } from '../catalog/types.js';

/** The limits a reader applies before parsing anything: one file, and all files together. */
export type ReadLimits = Pick<Limits, 'maxFileBytes' | 'maxTotalBytes'>;

export class TotalBytes {
  private total = 0;
  private first: string | undefined;
  private leftOut = 0;

  constructor(private readonly cap: number) {}

  /** Whether a file of `size` bytes, next in path order, is read. */
  admit(file: string, size: number): boolean {
    if (this.first === undefined && this.total + size <= this.cap) {
      this.total += size;
      return true;
    }
    this.first ??= file;
    this.leftOut++;
    return false;
  }

  /** The one issue, once a file was left out. */
  issue(): Issue | undefined {
    if (this.first === undefined) return undefined;
    const others = this.leftOut - 1;
    return makeIssue({
      code: 'limit-total-bytes',
      severity: 'error',
      file: this.first,
      message:
        `The catalog's files add up to more than ${this.cap} bytes; the limit maxTotalBytes is ${this.cap}. This file` +
        (others > 0 ? ` and the ${others} after it in path order are` : ' is') +
        ' not read.',
    });
  }
}

export const byPath = <T extends { readonly path: string }>(a: T, b: T): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
