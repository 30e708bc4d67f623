/** One sentence naming the method, for footers: `Kendall τ-b, 10-model random samples × 100, seed 0`. */
import type { Method } from '../core/types.js';
import { REPEATED_SAMPLINGS } from '../model/method.js';
import { CORRELATION_NAME } from './format.js';

export function methodLine(m: Method): string {
  const models =
    m.modelsPerSample === 0 ? 'all shared models' : `${m.modelsPerSample}-model ${m.sampling} samples`;
  const runs = m.modelsPerSample === 0 || !REPEATED_SAMPLINGS.includes(m.sampling) ? '' : ` × ${m.samples}`;
  return `${CORRELATION_NAME[m.correlation]}, ${models}${runs}, seed ${m.seed}, at least ${m.minCommonModels} shared models`;
}
