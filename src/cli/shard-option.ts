/** `--shard I/N` (shard.ts), and the file a sharded run writes (shard-part.ts). */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../core/shard.js';
import { jsonText } from './output.js';
import type { ShardPart } from './shard-part.js';

export const shardOption = (): Option =>
  new Option(
    '--shard <I/N>',
    'compute share I of N of the pairs and write a partial result (see merge)',
  ).argParser((v: string): Shard => {
    const shard = parseShard(v);
    if (!shard) throw new InvalidArgumentError(`expected I/N with 1 <= I <= N (e.g. 2/8), not "${v}".`);
    return shard;
  });

/** The content hash of a table file's bytes, in the catalog hash's notation. */
export const fileHash = (file: string): string =>
  `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;

export const writePart = (file: string, part: ShardPart): void => writeFileSync(file, jsonText(part));
