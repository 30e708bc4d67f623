/**
 * The engine worker (bundled on its own, then carried as a string inside the page script and
 * started from a Blob URL, so it also runs from file://). It runs the same src/core as the
 * CLI: the score matrix is decoded from scores.parquet (engine-scores.ts) as the CLI builds it
 * (core/score-matrix.ts) and scored by computeLeaderboard; a reader's own file is parsed and
 * scored by pipeline/score-upload.ts (the catalog's own parser); a benchmark's alternatives and
 * the lite subset are answered by efficient-answers.ts.
 */
import { computeLeaderboard } from '../../../core/leaderboard.js';
import type { ScoreMatrix } from '../../../core/types.js';
import { scoreUpload } from '../../../pipeline/score-upload.js';
import { answerAlternatives, answerSubset } from './efficient-answers.js';
import type { FromWorker, ScoreRequest, ToWorker } from './engine-protocol.js';
import { matrixFromParquet } from './engine-scores.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
let matrix: ScoreMatrix | null = null;

const failed = (id: number, error: unknown): void =>
  scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });

scope.onmessage = (e) => {
  const message = e.data;
  if (message.type === 'load') {
    matrix = message.matrix;
    return;
  }
  const { id } = message;
  if (message.type === 'decode') {
    matrixFromParquet(message.parquet, message.shape, message.catalogHash).then(
      // The values move to the page (no copy): this worker is ended once it has sent them.
      (decoded) => scope.postMessage({ type: 'decoded', id, matrix: decoded }, [decoded.values.buffer]),
      (error: unknown) => failed(id, error),
    );
    return;
  }
  try {
    if (!matrix) throw new Error('the scores are not loaded');
    if (message.type === 'upload') {
      scope.postMessage({ type: 'upload-result', id, upload: scoreUpload({ ...message.input, matrix }) });
      return;
    }
    if (message.type === 'alternatives') {
      scope.postMessage({
        type: 'alternatives-result',
        id,
        alternatives: answerAlternatives(matrix, message),
      });
      return;
    }
    if (message.type === 'subset') {
      const subset = answerSubset(matrix, message, (done, total) =>
        scope.postMessage({ type: 'progress', id, done, total }),
      );
      scope.postMessage({ type: 'subset-result', id, subset });
      return;
    }
    scope.postMessage({ type: 'result', id, leaderboard: leaderboardOf(message, matrix) });
  } catch (error) {
    failed(id, error);
  }
};

function leaderboardOf(message: ScoreRequest, scores: ScoreMatrix): ReturnType<typeof computeLeaderboard> {
  const { id } = message;
  const total = new Set(message.boards.flatMap((b) => b.scenarios)).size;
  let done = 0;
  let last = 0;
  return computeLeaderboard({
    matrix: scores,
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
}
