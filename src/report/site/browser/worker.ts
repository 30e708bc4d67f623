/**
 * The engine worker (bundled on its own, then carried as a string inside the page script and
 * started from a Blob URL, so it also runs from file://). The page starts one: it decodes
 * scores.parquet (engine-scores.ts) into the same ScoreMatrix the CLI builds
 * (core/score-matrix.ts), keeps it (the page holds no copy) and answers every question over it
 * with the same src/core as the CLI: leaderboards by computeLeaderboard, a reader's own file by
 * pipeline/score-upload.ts (the catalog's own parser), alternatives and the lite subset by
 * efficient-answers.ts, a scenario's scores for the scatter plot.
 *
 * Messages are answered one at a time, in order. An engine call cannot be interrupted, so a
 * question waits for the one before it; but one waiting behind a newer question of its kind
 * (NEWEST_ONLY) is skipped, so after a burst of changes only the last is computed.
 */
import { computeLeaderboard } from '../../../core/leaderboard.js';
import type { ScoreMatrix } from '../../../core/types.js';
import { scoreUpload } from '../../../pipeline/score-upload.js';
import { answerAlternatives, answerSubset } from './efficient-answers.js';
import {
  NEWEST_ONLY,
  type Answers,
  type FromWorker,
  type ScoreRequest,
  type ToWorker,
} from './engine-protocol.js';
import { matrixFromParquet, scenarioScores } from './engine-scores.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
let matrix: ScoreMatrix | null = null;
const waiting: ToWorker[] = [];
let running = false;

type Progress = (done: number, total: number) => void;

scope.onmessage = (e) => {
  waiting.push(e.data);
  if (!running) void drain();
};

async function drain(): Promise<void> {
  running = true;
  while (waiting.length) {
    const message = waiting.shift()!;
    if (NEWEST_ONLY.has(message.type) && waiting.some((m) => m.type === message.type)) continue;
    const { id } = message;
    const progress: Progress = (done, total) => scope.postMessage({ type: 'progress', id, done, total });
    try {
      scope.postMessage({ type: 'answer', id, answer: await answer(message, progress) });
    } catch (error) {
      scope.postMessage({
        type: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    // Let messages sent meanwhile arrive, so that a superseded question is seen as such.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  running = false;
}

async function answer(message: ToWorker, progress: Progress): Promise<Answers[keyof Answers]> {
  if (message.type === 'load') {
    matrix = null;
    matrix = await matrixFromParquet(message.parquet, message.shape, message.catalogHash);
    return null;
  }
  if (!matrix) throw new Error('the scores are not loaded');
  switch (message.type) {
    case 'score':
      return leaderboardOf(message, matrix, progress);
    case 'upload':
      return scoreUpload({ ...message.input, matrix });
    case 'scenario-scores':
      return scenarioScores(matrix, message.scenario);
    case 'alternatives':
      return answerAlternatives(matrix, message);
    case 'subset':
      return answerSubset(matrix, message, progress);
  }
}

function leaderboardOf(message: ScoreRequest, scores: ScoreMatrix, progress: Progress) {
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
        progress(done, total);
      }
    },
  });
}
