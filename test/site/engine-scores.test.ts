/**
 * The worker's decoding of scores.parquet (browser/engine-scores.ts), run in Node: the score
 * matrix the CLI builds, exactly, from the site's own file; another catalog's file, a name the
 * page does not know and bytes that are not Parquet are refused with a clear message.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteWithData } from '../../src/pipeline/build-site.js';
import { matrixFromParquet } from '../../src/report/site/browser/engine-scores.js';
import { readPageData } from './browser.js';
import { simulatedScores } from './simulated-catalog-scores.js';

const scores = simulatedScores({ seed: 5, benchmarks: 18, models: 45 });
const { files } = buildSiteWithData(scores);
const page = readPageData(files.get('index.html') as string);
const bytes = (): ArrayBuffer => {
  const b = files.get('scores.parquet') as Uint8Array;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('the worker decoding scores.parquet', () => {
  it('gives exactly the score matrix the CLI builds, lower-is-better scenarios flipped as it flips them', async () => {
    expect(page.shape.lower_is_better.length).toBeGreaterThan(0);
    const matrix = await matrixFromParquet(bytes(), page.shape, page.catalog.hash);
    expect(matrix.models).toEqual(scores.matrix.models);
    expect(matrix.scenarios).toEqual(scores.matrix.scenarios);
    expect([...matrix.values]).toEqual([...scores.matrix.values]);
  });

  it('refuses the file of another catalog, naming both hashes', async () => {
    await expect(matrixFromParquet(bytes(), page.shape, 'sha256:other')).rejects.toThrow(
      `this scores.parquet is not the page's: its catalog is ${page.catalog.hash}, the page's is sha256:other`,
    );
  });

  it('names a model or a scenario the page does not know', async () => {
    const [gone, ...models] = page.shape.models;
    await expect(matrixFromParquet(bytes(), { ...page.shape, models }, page.catalog.hash)).rejects.toThrow(
      `scores.parquet names model ${gone}, which the page does not know`,
    );
    const scenarios = page.shape.scenarios.slice(1);
    await expect(matrixFromParquet(bytes(), { ...page.shape, scenarios }, page.catalog.hash)).rejects.toThrow(
      `scores.parquet names scenario ${page.shape.scenarios[0]}, which the page does not know`,
    );
  });

  it('says that bytes which are not Parquet are not a Parquet file', async () => {
    await expect(
      matrixFromParquet(new TextEncoder().encode('model,score\n').buffer, page.shape, page.catalog.hash),
    ).rejects.toThrow(/^this is not a Parquet file/);
  });
});
