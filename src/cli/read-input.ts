/** Reading a table file for `agree` and `aggregate`, with issues printed and errors fatal. */
import { readFileSync } from 'node:fs';
import { decodeText } from '../catalog/decode-text.js';
import { readTable } from '../catalog/read-table.js';
import { buildScoreMatrix } from '../core/score-matrix.js';
import type { ScoreMatrix } from '../core/types.js';
import { CliError, reportIssues } from './output.js';

export function readTableFile(file: string, verbose = false): ScoreMatrix {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) {
    reportIssues(decoded.issues, verbose);
    throw new CliError(`${file} is not readable text`, 1);
  }
  const { matrix, issues } = readTable(file, decoded.text);
  if (reportIssues([...decoded.issues, ...issues], verbose)) throw new CliError(`${file} has errors`, 1);
  return sortedMatrix(matrix);
}

/** Models and scenarios in id order, so that results never depend on the order of rows. */
function sortedMatrix(m: ScoreMatrix): ScoreMatrix {
  const n = m.models.length;
  return buildScoreMatrix(
    m.scenarios.map((id, s) => {
      const scores = new Map<string, number>();
      for (let j = 0; j < n; j++)
        if (!Number.isNaN(m.values[s * n + j]!)) scores.set(m.models[j]!, m.values[s * n + j]!);
      return { id, scores };
    }),
  );
}
