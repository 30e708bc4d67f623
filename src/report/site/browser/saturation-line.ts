/**
 * A benchmark's saturation as one line of text, as the detail dialog shows it for a catalog
 * benchmark and the upload for a scored file: `saturated: ` first when it is, then the facts
 * (trust-lines.ts, the same words as the CLI and LEADERBOARD.md).
 */
import type { SaturationThresholds } from '../../../core/saturation.js';
import { saturationFacts, SATURATED } from '../../trust-lines.js';

export interface SaturationFacts {
  readonly models: number;
  readonly nearBestShare: number | null;
  readonly topModels: number;
  readonly topSpread: number | null;
  /** Null when there are no scores to tell. */
  readonly saturated: boolean | null;
}

export const saturationLine = (s: SaturationFacts, t: SaturationThresholds): string =>
  (s.saturated ? `${SATURATED}: ` : '') + saturationFacts(s, t);
