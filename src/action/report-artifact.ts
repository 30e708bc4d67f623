/**
 * The report artifact: `report.json` (the PrReport) and `comment.md` (its rendered comment, for
 * people browsing the artifact). The check writes both; the comment mode reads only the JSON,
 * as untrusted bytes: a regular file (never a link), at most MAX_REPORT_BYTES, valid UTF-8 JSON
 * that passes the strict schema. The Markdown in the artifact is never posted.
 */
import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_REPORT_BYTES, validatePrReport, type PrReport } from '../model/pr-report-schema.js';

export const REPORT_JSON = 'report.json';
export const REPORT_MARKDOWN = 'comment.md';

export class ArtifactError extends Error {}

export async function writeReportArtifact(dir: string, report: PrReport, markdown: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, REPORT_JSON);
  await writeFile(file, JSON.stringify(report, null, 1) + '\n');
  await writeFile(path.join(dir, REPORT_MARKDOWN), markdown);
  return file;
}

export async function readReportArtifact(dir: string): Promise<PrReport> {
  const file = path.join(dir, REPORT_JSON);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArtifactError(
      code === 'ELOOP'
        ? `${file} is a symbolic link; the report must be a regular file.`
        : `Cannot open the report ${file} (${code ?? (error as Error).message}); was the artifact downloaded?`,
    );
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ArtifactError(`${file} is not a regular file.`);
    if (info.size > MAX_REPORT_BYTES) {
      throw new ArtifactError(
        `${file} has ${info.size} bytes; a report may have at most ${MAX_REPORT_BYTES}.`,
      );
    }
    // Read at most one byte past the cap, whatever the file grew to since stat.
    const buffer = Buffer.alloc(MAX_REPORT_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_REPORT_BYTES)
      throw new ArtifactError(`${file} is larger than ${MAX_REPORT_BYTES} bytes.`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } catch {
      throw new ArtifactError(`${file} is not valid UTF-8.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ArtifactError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    return validatePrReport(data);
  } finally {
    await handle.close();
  }
}
