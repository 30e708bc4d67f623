/**
 * A results file parsed on another thread (sources/parse-pool.ts), so that two cores read a large
 * catalog: what that thread sends back, and the parse made of it here.
 *
 * The parse is parseResultsCsv's, run on the same bytes with the same limits; only its spelling
 * numbers differ, as the other thread numbers spellings on its own (model-spellings.ts). It sends
 * the spellings new to it with each file, in the order it numbered them, and the receiver renumbers
 * them into its own: which thread read a file changes no result. Places of cells are needed only for
 * issues found later (a name held twice, an invisible character): they are found by parsing the
 * file again here, on first use.
 */
import type { Issue } from '../model/issue.js';
import { decodeText } from './decode-text.js';
import { grown } from './grown.js';
import { ModelSpellings } from './model-spellings.js';
import { parseResultsCsv, type ParsedResults, type ParsedScenario } from './parse-csv.js';
import type { Limits } from './types.js';

/** A results file decoded and parsed: the issues of decoding it, and the parse when it is text. */
export interface FileParse {
  readonly readIssues: readonly Issue[];
  readonly parsed?: ParsedResults;
}

/** Decodes and parses a results file, its names numbered in `spellings`. */
export function parseResultsFile(
  path: string,
  bytes: Uint8Array,
  limits: Limits,
  spellings: ModelSpellings,
): FileParse {
  const { text, units, issues } = decodeText(path, bytes);
  if (text === undefined) return { readIssues: issues };
  return { readIssues: issues, parsed: parseResultsCsv(path, text, limits, spellings, units) };
}

/** What the other thread sends for one file: plain data and typed arrays (moved, not copied). */
export interface SentParse {
  readonly readIssues: readonly Issue[];
  /** The spellings the sender numbered while parsing this file, in order. */
  readonly newSpellings: readonly string[];
  readonly parsed?: {
    readonly format?: 'wide' | 'long';
    /** In the sender's numbering. */
    readonly modelSpellings: Int32Array;
    readonly modelLines: Int32Array;
    readonly scenarios: readonly SentScenario[];
    readonly issues: readonly Issue[];
  };
}

interface SentScenario {
  readonly id: string;
  readonly line: number;
  readonly column: number;
  readonly modelIndex: Int32Array;
  readonly values: Float64Array;
  /** The line of each score's row: sent for a long file only (a wide file's is its model's). */
  readonly rowLines?: Int32Array;
}

/** The sending side: parses files one after the other, numbering spellings across them. */
export class ParseSender {
  private readonly spellings = new ModelSpellings();
  private sent = 0;

  /** The parse of one file to send, and the buffers to move with it. */
  parse(path: string, bytes: Uint8Array, limits: Limits): { sent: SentParse; transfer: ArrayBuffer[] } {
    const { readIssues, parsed } = parseResultsFile(path, bytes, limits, this.spellings);
    const { written } = this.spellings;
    const newSpellings = written.slice(this.sent);
    this.sent = written.length;
    if (!parsed) return { sent: { readIssues, newSpellings }, transfer: [] };
    const scenarios = parsed.scenarios.map((s): SentScenario => ({
      id: s.id,
      line: s.line,
      column: s.column,
      modelIndex: s.modelIndex,
      values: s.values,
      ...(parsed.format === 'long' && { rowLines: Int32Array.from(s.values, (_, k) => s.rowLine(k)) }),
    }));
    const sent: SentParse = {
      readIssues,
      newSpellings,
      parsed: {
        ...(parsed.format && { format: parsed.format }),
        modelSpellings: parsed.modelSpellings,
        modelLines: parsed.modelLines,
        scenarios,
        issues: parsed.issues,
      },
    };
    const arrays = [parsed.modelSpellings, parsed.modelLines, ...scenarios.flatMap(arraysOf)];
    return { sent, transfer: [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))] };
  }
}

const arraysOf = (s: SentScenario): (Int32Array | Float64Array)[] =>
  s.rowLines ? [s.modelIndex, s.values, s.rowLines] : [s.modelIndex, s.values];

/**
 * The receiving side, for one sender: renumbers what it sends into `spellings` (the catalog's).
 * Parses must be received in the order they were sent.
 */
export class ParseReceiver {
  /** Sender's spelling number -> ours. */
  private ours = new Int32Array(256);
  private count = 0;

  constructor(private readonly spellings: ModelSpellings) {}

  /** The parse of a file sent for `path`, `bytes` and `limits`, as parseResultsFile gives it. */
  receive(path: string, bytes: Uint8Array, limits: Limits, sent: SentParse): FileParse {
    for (const spelling of sent.newSpellings) {
      if (this.count === this.ours.length) this.ours = grown(this.ours, 2 * this.count);
      this.ours[this.count++] = this.spellings.numberOf(spelling);
    }
    const { parsed } = sent;
    if (!parsed) return { readIssues: sent.readIssues };
    const modelSpellings = new Int32Array(parsed.modelSpellings.length);
    for (let i = 0; i < modelSpellings.length; i++) modelSpellings[i] = this.ours[parsed.modelSpellings[i]!]!;
    // The places of cells: from a parse of the file here, made only if a place is asked for.
    let again: ParsedResults | undefined;
    const reparsed = (): ParsedResults =>
      (again ??= parseResultsFile(path, bytes, limits, new ModelSpellings()).parsed!);
    const { written } = this.spellings;
    let modelNames: string[] | undefined;
    return {
      readIssues: sent.readIssues,
      parsed: {
        ...(parsed.format && { format: parsed.format }),
        get modelNames(): readonly string[] {
          return (modelNames ??= Array.from(modelSpellings, (n) => written[n]!));
        },
        modelSpellings,
        get models() {
          return reparsed().models;
        },
        modelLines: parsed.modelLines,
        scenarios: parsed.scenarios.map((s, j) => receivedScenario(s, () => reparsed().scenarios[j]!)),
        issues: parsed.issues,
      },
    };
  }
}

function receivedScenario(s: SentScenario, here: () => ParsedScenario): ParsedScenario {
  const { rowLines } = s;
  return {
    id: s.id,
    line: s.line,
    column: s.column,
    modelIndex: s.modelIndex,
    values: s.values,
    place: (k) => here().place(k),
    rowLine: (k) => (rowLines ? rowLines[k]! : here().rowLine(k)),
    get cells() {
      return here().cells;
    },
  };
}
