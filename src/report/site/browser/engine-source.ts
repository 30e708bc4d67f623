/**
 * Where the page gets the bytes of `scores.parquet` when a reader first needs raw scores
 * (recomputing with another method, scoring their own file, a scatter plot). Over HTTP it is
 * fetched beside the page. A page opened from a file (file://) cannot fetch it: then the page
 * says so in a notice that names `benchbench site --serve` and lets the reader choose the file
 * from the site's folder instead, after which whatever was waiting for it runs again. Nothing
 * large is kept here: the bytes move to the engine worker, which decodes and keeps the matrix.
 */
import { SCORES_PARQUET } from '../page-data.js';
import { h } from './dom.js';

export const SERVE_COMMAND = 'benchbench site --serve';

/** Why the scores are not there yet (the notice tells the reader what to do). */
export class ScoresNeeded extends Error {}

export interface ScoresSource {
  /** The notice shown when the page cannot read the scores by itself (hidden until then). */
  readonly notice: HTMLElement;
  bytes(): Promise<ArrayBuffer>;
  /** Runs `again` once the reader has chosen the file (the last one registered wins). */
  retry(again: () => void): void;
}

export function scoresSource(): ScoresSource {
  let chosen: File | null = null;
  let again: (() => void) | null = null;
  const input = h('input', { type: 'file', id: 'scores-file', accept: '.parquet' });
  const notice = h(
    'div',
    { class: 'scores-notice', role: 'alert', hidden: true },
    h(
      'p',
      {},
      'Recomputing, scoring your own file and the scatter plots need every score, which is in ',
      h('code', {}, SCORES_PARQUET),
      ' beside this page; a page opened from a file (file://) cannot read it by itself. Serve the site over HTTP with ',
      h('code', {}, `${SERVE_COMMAND} --out <site folder>`),
      ' and open the address it prints, or choose that folder\u2019s scores.parquet here: ',
    ),
    h('label', { for: 'scores-file' }, `${SCORES_PARQUET} `),
    input,
  );
  input.addEventListener('change', () => {
    chosen = input.files?.[0] ?? null;
    if (!chosen) return;
    notice.hidden = true;
    const run = again;
    again = null;
    run?.();
  });

  async function bytes(): Promise<ArrayBuffer> {
    if (chosen) return chosen.arrayBuffer();
    if (location.protocol === 'file:') {
      notice.hidden = false;
      throw new ScoresNeeded(
        `this needs ${SCORES_PARQUET}, which a page opened from a file cannot read: run ${SERVE_COMMAND}, or choose the file above`,
      );
    }
    const response = await fetch(new URL(SCORES_PARQUET, location.href));
    if (!response.ok) throw new Error(`could not load ${SCORES_PARQUET} (HTTP ${response.status})`);
    return response.arrayBuffer();
  }
  return {
    notice,
    bytes,
    retry(run) {
      again = run;
    },
  };
}
