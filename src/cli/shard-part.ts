/**
 * The partial result file of a sharded run (`--shard I/N --out FILE`) and how parts are merged
 * back into the unsharded `--json` output (`benchbench merge`). Format: docs/scale.md.
 *
 * A part holds the command's whole `--json` output except its pair entries (`output`, the same
 * in every part: it is linear work every shard repeats), the array those entries belong to
 * (`at`), and this shard's entries with their pair numbers (`entries`, shard.ts). Merging checks
 * that the parts come from the same command, input (content hash), method and options, and are
 * shards 1..N of one N, each once; then appends every entry to `output[at]` by pair number.
 * Entries are appended after the array's own rows, which is where the unsharded command puts them.
 */
import type { Shard } from '../core/shard.js';
import { CliError } from './output.js';

export const PART_FORMAT = 'benchbench-shard-part';
export const PART_VERSION = 1;

export interface ShardPart {
  readonly format: typeof PART_FORMAT;
  readonly version: typeof PART_VERSION;
  readonly command: string;
  /** `sha256:...` of the input: the catalog's files (content-hash.ts) or the table file's bytes. */
  readonly input: string;
  /** The method as used (every key), and the other options that shape the result. */
  readonly method: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly shard: Shard;
  /** Pairs of the whole run. */
  readonly pairs: number;
  readonly at: string;
  readonly output: Readonly<Record<string, unknown>>;
  readonly entries: readonly { readonly k: number; readonly value: unknown }[];
}

/** Parses one part file's text, refusing anything that is not a part, with the file named. */
export function parsePart(file: string, text: string): ShardPart {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(
      `${file} is not JSON (${(e as Error).message}); give the files written by --shard I/N --out FILE`,
      1,
    );
  }
  const p = value as Partial<ShardPart> | null;
  const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(p) || p!.format !== PART_FORMAT) {
    throw new CliError(
      `${file} is not a partial result (no "format": "${PART_FORMAT}"); give the files written by --shard I/N --out FILE`,
      1,
    );
  }
  if (p!.version !== PART_VERSION) {
    throw new CliError(
      `${file} is a partial result of format version ${String(p!.version)}; this benchbench reads version ${PART_VERSION}`,
      1,
    );
  }
  const wellFormed =
    typeof p!.command === 'string' &&
    typeof p!.input === 'string' &&
    isObject(p!.method) &&
    isObject(p!.options) &&
    isObject(p!.shard) &&
    Number.isInteger(p!.shard!.index) &&
    Number.isInteger(p!.shard!.count) &&
    p!.shard!.index >= 1 &&
    p!.shard!.index <= p!.shard!.count &&
    Number.isInteger(p!.pairs) &&
    typeof p!.at === 'string' &&
    isObject(p!.output) &&
    Array.isArray((p!.output as Record<string, unknown>)[p!.at!]) &&
    Array.isArray(p!.entries) &&
    p!.entries!.every(
      (e) => isObject(e) && Number.isInteger(e.k) && e.k >= 0 && e.k < p!.pairs! && 'value' in e,
    );
  if (!wellFormed)
    throw new CliError(
      `${file} is a damaged partial result (a field is missing or has the wrong type); write it again`,
      1,
    );
  return p as ShardPart;
}

/** The unsharded output, from every part of one run; refuses mismatched or missing parts. */
export function mergeParts(parts: readonly { file: string; part: ShardPart }[]): unknown {
  if (parts.length === 0) throw new CliError('give the partial result files to merge', 2);
  const first = parts[0]!;
  const same = (
    key: 'command' | 'input' | 'method' | 'options' | 'pairs' | 'at' | 'output',
    what: string,
  ) => {
    const want = JSON.stringify(first.part[key]);
    const other = parts.find((p) => JSON.stringify(p.part[key]) !== want);
    if (other) {
      throw new CliError(
        `${other.file} and ${first.file} are parts of different runs: their ${what} differ; ` +
          'merge only the parts of one run (same input, method and options)',
        1,
      );
    }
  };
  same('command', 'commands');
  same('input', 'input content hashes');
  same('method', 'methods');
  same('options', 'options');
  same('pairs', 'pair counts');
  same('at', 'layouts');
  same('output', 'unsharded results');
  const count = first.part.shard.count;
  const seen = new Map<number, string>();
  for (const { file, part } of parts) {
    if (part.shard.count !== count) {
      throw new CliError(
        `${file} is shard ${part.shard.index}/${part.shard.count}, but ${first.file} is one of ${count}; merge the parts of one --shard I/N run`,
        1,
      );
    }
    const twice = seen.get(part.shard.index);
    if (twice) throw new CliError(`${twice} and ${file} are both shard ${part.shard.index}/${count}`, 1);
    seen.set(part.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new CliError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing; merge all ${count} parts`,
      1,
    );
  const entries = parts.flatMap((p) => p.part.entries).sort((a, b) => a.k - b.k);
  const output = first.part.output as Record<string, unknown>;
  return {
    ...output,
    [first.part.at]: [...(output[first.part.at] as unknown[]), ...entries.map((e) => e.value)],
  };
}
