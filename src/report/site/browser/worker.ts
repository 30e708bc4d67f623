/**
 * The engine worker (bundled on its own, then carried as a string inside the page script and
 * started from a Blob URL, so it also runs from file://). It runs the same src/core as the
 * CLI: the matrix is built by buildScoreMatrix and scored by computeLeaderboard; a reader's
 * own file is parsed and scored by pipeline/score-upload.ts (the catalog's own parser).
 */
import { computeLeaderboard } from '../../../core/leaderboard.js';
import { buildScoreMatrix } from '../../../core/score-matrix.js';
import type { ScoreMatrix } from '../../../core/types.js';
import { scoreUpload } from '../../../pipeline/score-upload.js';
import type { FromWorker, ToWorker } from './engine-protocol.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
let matrix: ScoreMatrix | null = null;

scope.onmessage = (e) => {
  const message = e.data;
  if (message.type === 'load') {
    matrix = buildScoreMatrix(
      Object.entries(message.scores).map(([id, scores]) => ({ id, scores: new Map(Object.entries(scores)) })),
    );
    return;
  }
  const { id } = message;
  try {
    if (!matrix) throw new Error('the scores are not loaded');
    if (message.type === 'upload') {
      scope.postMessage({ type: 'upload-result', id, upload: scoreUpload({ ...message.input, matrix }) });
      return;
    }
    const total = new Set(message.boards.flatMap((b) => b.scenarios)).size;
    let done = 0;
    let last = 0;
    const leaderboard = computeLeaderboard({
      matrix,
      aggregate: message.aggregate,
      method: message.method,
      boards: message.boards,
      checkpoint: () => {
        done++;
        // About a hundred progress messages for a whole board, however large.
        if (done - last >= Math.max(1, total / 100)) {
          last = done;
          scope.postMessage({ type: 'progress', id, done, total });
        }
      },
    });
    scope.postMessage({ type: 'result', id, leaderboard });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
