import { describe, expect, it } from 'vitest';
import { DEFAULT_SATURATION, saturation } from '../../src/core/saturation.js';

/** 12 models on 0..100: 100, 99 and 98 lie within 2 (2% of the range) of the best; 97.9 does not. */
const CROWDED = [100, 99, 98, 97.9, 90, 80, 70, 60, 50, 40, 30, 0];

describe('saturation', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_SATURATION).toEqual({
      nearBest: 0.02,
      saturatedShare: 0.25,
      topModels: 10,
      minTopSpread: 0.05,
      minModels: 10,
    });
  });

  it('counts the models within 2% of the range from the best, inclusive, and flags a quarter of them', () => {
    // 3 of 12 = 25% near the best: saturated. The 10th best is 40: the top 10 span 60 of 100.
    expect(saturation(CROWDED, 'higher')).toEqual({
      models: 12,
      nearBest: 3,
      nearBestShare: 0.25,
      topModels: 10,
      topSpread: 0.6,
      saturated: true,
    });
  });

  it('measures from the lowest score when lower is better', () => {
    const mirrored = CROWDED.map((v) => 100 - v);
    expect(saturation(mirrored, 'lower')).toEqual(saturation(CROWDED, 'higher'));
    // Read the wrong way round, the best is the single model at 100 - 0 = 100.
    expect(saturation(mirrored, 'higher')).toMatchObject({ nearBest: 1, saturated: false });
  });

  it('does not flag evenly spread scores', () => {
    // 0, 10, ..., 110: the band is 2.2 wide, so only the best is in it (1 of 12); the 10th best is
    // 20, so the top 10 span 90 of 110.
    const even = Array.from({ length: 12 }, (_, i) => 10 * i);
    expect(saturation(even, 'higher')).toEqual({
      models: 12,
      nearBest: 1,
      nearBestShare: 1 / 12,
      topModels: 10,
      topSpread: 90 / 110,
      saturated: false,
    });
  });

  it('flags a top 10 packed into less than 5% of the range even when few models are near the best', () => {
    // 50 models: the top 10 step down by 0.4 from 100 to 96.4, 40 more at 0, 2, ..., 78.
    // Near the best (within 2): 100, 99.6, 99.2, 98.8, 98.4, 98 = 6 of 50 = 12%, below 25%.
    // The top 10 span 100 - 96.4 = 3.6 of 100 = 3.6%, below 5%.
    const top = [100, 99.6, 99.2, 98.8, 98.4, 98, 97.6, 97.2, 96.8, 96.4];
    const rest = Array.from({ length: 40 }, (_, i) => 2 * i);
    const s = saturation([...rest, ...top], 'higher');
    expect(s).toMatchObject({ models: 50, nearBest: 6, nearBestShare: 0.12, topModels: 10, saturated: true });
    expect(s.topSpread).toBeCloseTo(0.036, 12);
  });

  it('gives ties at the top their places: ten models tied for best span nothing', () => {
    const s = saturation([...Array(10).fill(5), 4, 3, 2, 1, 0], 'higher');
    expect(s).toMatchObject({ nearBest: 10, nearBestShare: 10 / 15, topSpread: 0, saturated: true });
  });

  it('calls constant scores saturated: nothing tells the models apart', () => {
    expect(saturation(Array(12).fill(0.7), 'higher')).toEqual({
      models: 12,
      nearBest: 12,
      nearBestShare: 1,
      topModels: 10,
      topSpread: 0,
      saturated: true,
    });
  });

  it('ignores missing scores', () => {
    expect(saturation([NaN, ...CROWDED, NaN, Infinity], 'higher')).toEqual(saturation(CROWDED, 'higher'));
  });

  it('gives the measures but no verdict below min_models', () => {
    // 4 models: the best alone would be 25%.
    expect(saturation([10, 5, 2, 0], 'higher')).toEqual({
      models: 4,
      nearBest: 1,
      nearBestShare: 0.25,
      topModels: 4,
      topSpread: 1,
      saturated: null,
    });
    expect(saturation([10, 5, 2, 0], 'higher', { ...DEFAULT_SATURATION, minModels: 4 }).saturated).toBe(true);
  });

  it('has nothing to say about no scores', () => {
    expect(saturation([NaN], 'higher')).toEqual({
      models: 0,
      nearBest: 0,
      nearBestShare: null,
      topModels: 0,
      topSpread: null,
      saturated: null,
    });
  });

  it('follows configured thresholds', () => {
    const strict = { ...DEFAULT_SATURATION, saturatedShare: 0.3 };
    expect(saturation(CROWDED, 'higher', strict).saturated).toBe(false);
    const wide = { ...DEFAULT_SATURATION, saturatedShare: 0.3, nearBest: 0.1 };
    // Within 10 of 100: 100, 99, 98, 97.9, 90 = 5 of 12.
    expect(saturation(CROWDED, 'higher', wide)).toMatchObject({ nearBest: 5, saturated: true });
    const three = { ...DEFAULT_SATURATION, saturatedShare: 0.3, topModels: 3, minTopSpread: 0.021 };
    // The 3rd best is 98: the top 3 span 2% of the range, below 2.1%.
    expect(saturation(CROWDED, 'higher', three)).toMatchObject({
      topModels: 3,
      topSpread: 0.02,
      saturated: true,
    });
  });

  it('keeps its shares when the range overflows a double', () => {
    const huge = [1.5e308, ...Array.from({ length: 10 }, (_, i) => -1e307 * i), -1.5e308];
    const s = saturation(huge, 'higher');
    expect(s.nearBest).toBe(1);
    expect(s.topSpread).toBeGreaterThan(0);
    expect(s.topSpread).toBeLessThan(1);
  });

  it('does not depend on the order of the scores', () => {
    expect(saturation([...CROWDED].reverse(), 'higher')).toEqual(saturation(CROWDED, 'higher'));
  });
});
