import { describe, expect, it } from 'vitest';
import { ModelSpellings } from '../../src/catalog/model-spellings.js';
import type { ParsedResults } from '../../src/catalog/parse-csv.js';
import { ParseReceiver, ParseSender, parseResultsFile } from '../../src/catalog/parsed-elsewhere.js';
import { DEFAULT_LIMITS } from '../../src/catalog/types.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Results files that take every path of the parser: plain rows, problems, quotes, long, not text. */
const FILES: [string, Uint8Array][] = [
  ['benchmarks/wide.csv', utf8('model,a,b\nm1,1,2\nm2,,3\n m3 ,x,4\nm1,5,6\nm4,7\n')],
  ['benchmarks/long.csv', utf8('model,scenario,score\nm1,a,1\nm2,a,2\nm1,b,3\nm1,a,4\nm5,,1\n')],
  ['benchmarks/quoted.csv', utf8('"model",c\n"m,1",1\nm2,"2"\n')],
  ['benchmarks/hidden.csv', utf8('model,d\nm\u200b1,1\nm2,2\n')],
  ['benchmarks/not-text.csv', new Uint8Array([0x6d, 0x2c, 0x61, 0x0a, 0xff, 0x2c, 0x31, 0x0a])],
  ['benchmarks/header-only.csv', utf8('model,e\n')],
];

/** What a reader of a parse sees, places included. */
function seen(p: ParsedResults | undefined) {
  if (!p) return undefined;
  return {
    format: p.format,
    modelNames: p.modelNames,
    models: p.models,
    modelLines: [...p.modelLines],
    issues: p.issues,
    scenarios: p.scenarios.map((s) => ({
      id: s.id,
      line: s.line,
      column: s.column,
      modelIndex: [...s.modelIndex],
      values: [...s.values],
      places: Array.from(s.values, (_, k) => s.place(k)),
      rowLines: Array.from(s.values, (_, k) => s.rowLine(k)),
      cells: s.cells,
    })),
  };
}

/** Every file sent as a worker would send it: cloned, its buffers moved. */
function sentAndReceived(receiving: ModelSpellings) {
  const sender = new ParseSender();
  const receiver = new ParseReceiver(receiving);
  return FILES.map(([path, bytes]) => {
    const { sent, transfer } = sender.parse(path, bytes, DEFAULT_LIMITS);
    return receiver.receive(path, bytes, DEFAULT_LIMITS, structuredClone(sent, { transfer }));
  });
}

describe('a results file parsed on another thread', () => {
  it('is received as the parse made here, places, issues and names as written included', () => {
    const here = new ModelSpellings();
    const direct = FILES.map(([path, bytes]) => parseResultsFile(path, bytes, DEFAULT_LIMITS, here));
    const received = sentAndReceived(new ModelSpellings());
    expect(received.map((r) => r.readIssues)).toEqual(direct.map((d) => d.readIssues));
    expect(received.map((r) => seen(r.parsed))).toEqual(direct.map((d) => seen(d.parsed)));
    // The file that is not UTF-8 has an issue and no parse, on both sides.
    expect(received[4]!.parsed).toBeUndefined();
    expect(received[4]!.readIssues).toContainEqual(expect.objectContaining({ code: 'invalid-utf8' }));
  });

  it("numbers the names in the receiver's spellings, whatever they held before", () => {
    const receiving = new ModelSpellings();
    for (const name of ['zz', 'm2', 'm,1']) receiving.numberOf(name);
    const received = sentAndReceived(receiving);
    for (const { parsed } of received) {
      if (!parsed) continue;
      expect(Array.from(parsed.modelSpellings, (n) => receiving.written[n])).toEqual(parsed.modelNames);
    }
    // Each spelling is numbered once, for all files: the three given, then those new to it.
    expect(receiving.written.slice(0, 3)).toEqual(['zz', 'm2', 'm,1']);
    expect(new Set(receiving.written).size).toBe(receiving.written.length);
    expect(receiving.written).toEqual(expect.arrayContaining(['m1', 'm3', 'm4', 'm5', 'm\u200b1']));
  });

  it('moves its typed arrays instead of copying them', () => {
    const { sent, transfer } = new ParseSender().parse(FILES[0]![0], FILES[0]![1], DEFAULT_LIMITS);
    const scenario = sent.parsed!.scenarios[0]!;
    expect(transfer).toContain(scenario.values.buffer);
    expect(transfer).toContain(sent.parsed!.modelLines.buffer);
    structuredClone(sent, { transfer });
    expect(scenario.values.length).toBe(0);
  });
});
