import { describe, expect, it } from 'vitest';
import {
  benchbenchModelName,
  benchbenchScenarioId,
  benchbenchScenarioName,
  safeScenarioId,
} from '../../src/benchbench/benchbench-names.js';

describe('benchbenchModelName', () => {
  it('trims, lowercases and turns spaces and hyphens into underscores', () => {
    expect(benchbenchModelName('  Acme Chat 7B  ')).toBe('acme_chat_7b');
    expect(benchbenchModelName('Acme  Chat   7B')).toBe('acme_chat_7b');
    expect(benchbenchModelName('Acme-Chat-7B')).toBe('acme_chat_7b');
  });

  it('drops parentheses and turns dots into underscores', () => {
    expect(benchbenchModelName('Zeta 2.5 (Preview)')).toBe('zeta_2_5_preview');
  });

  it('keeps only what follows the last slash', () => {
    expect(benchbenchModelName('some-org/Zeta-2.5-Chat')).toBe('zeta_2_5_chat');
    expect(benchbenchModelName('a/b/c-d')).toBe('c_d');
  });

  it('cuts a date written with a slash down to its last part, as BenchBench does', () => {
    expect(benchbenchModelName('Zeta Large (03/14)')).toBe('14');
  });

  it('spells out beta and command-r+', () => {
    expect(benchbenchModelName('Zeta-β')).toBe('zeta_beta');
    expect(benchbenchModelName('Command R+')).toBe('command_r_plus');
  });

  it('drops the -hf suffix, even inside a word', () => {
    expect(benchbenchModelName('org/Zeta-13b-hf')).toBe('zeta_13b');
    expect(benchbenchModelName('Zeta-hfx')).toBe('zetax');
  });

  it('expands dbrx-inst even when it is already expanded', () => {
    expect(benchbenchModelName('Acme DBRX Inst')).toBe('acme_dbrx_instruct');
    expect(benchbenchModelName('Acme DBRX Instruct')).toBe('acme_dbrx_instructruct');
  });

  it('prefixes every ul2 with flan-, even flan-ul2 itself', () => {
    expect(benchbenchModelName('UL2 Small')).toBe('flan-ul2_small');
    expect(benchbenchModelName('Flan-UL2')).toBe('flan_flan-ul2');
  });

  it('joins llama_3 and removes meta_ after the split', () => {
    expect(benchbenchModelName('Meta-Llama-3-70B-Chat')).toBe('llama3_70b_chat');
    expect(benchbenchModelName('meta/Llama-3-8B')).toBe('llama3_8b');
    expect(benchbenchModelName('Metaphor-Meta-7B')).toBe('metaphor_7b');
  });

  it('splits the versions v01, v02 and v03 but no other', () => {
    expect(benchbenchModelName('Zeta-v01')).toBe('zeta_v0_1');
    expect(benchbenchModelName('Zeta-v02-v03')).toBe('zeta_v0_2_v0_3');
    expect(benchbenchModelName('Zeta-v04')).toBe('zeta_v04');
  });

  it('applies the rules in BenchBench order: hyphens become underscores before llama_3 is joined', () => {
    expect(benchbenchModelName('Llama 3 Tiny')).toBe('llama3_tiny');
  });

  it('is not idempotent in general, as BenchBench is not', () => {
    const once = benchbenchModelName('Acme DBRX Inst');
    expect(benchbenchModelName(once)).toBe(once);
    expect(benchbenchModelName(benchbenchModelName('UL2'))).toBe('flan_flan-ul2');
  });
});

describe('benchbenchScenarioId', () => {
  it('trims, lowercases and turns spaces and hyphens into underscores', () => {
    expect(benchbenchScenarioId('  Quiz Bowl-Hard ')).toBe('quiz_bowl_hard');
  });

  it('drops parentheses but keeps other punctuation', () => {
    expect(benchbenchScenarioId('Quiz (Hard)')).toBe('quiz_hard');
    expect(benchbenchScenarioId('Quiz@5 / Hard')).toBe('quiz@5_/_hard');
  });

  it('rewrites the spellings BenchBench knows', () => {
    expect(benchbenchScenarioId('GSM 8K')).toBe('gsm8k');
    expect(benchbenchScenarioId('Open Book QA')).toBe('open_qa');
    expect(benchbenchScenarioId('Closed Book QA')).toBe('closed_qa');
    expect(benchbenchScenarioId('AGI Eval')).toBe('agieval');
    expect(benchbenchScenarioId('AlpacaEval2 WR')).toBe('alpacav2');
    expect(benchbenchScenarioId('AlpacaV2, Len Adj')).toBe('alpacaeval2_lc');
    expect(benchbenchScenarioId('HSwag')).toBe('hellaswag');
    expect(benchbenchScenarioId('OBQA')).toBe('openbookqa');
  });

  it('brings winog and winogrande to winogrande', () => {
    expect(benchbenchScenarioId('Winog')).toBe('winogrande');
    expect(benchbenchScenarioId('WinoGrande')).toBe('winogrande');
  });

  it('leaves dots alone, unlike model names', () => {
    expect(benchbenchScenarioId('quiz.1')).toBe('quiz.1');
  });
});

describe('benchbenchScenarioName', () => {
  const pretty = { quiz_hard: 'Quiz (Hard)' };

  it('is the display name of the normalised id', () => {
    expect(benchbenchScenarioName('Quiz Hard', pretty)).toBe('Quiz (Hard)');
    expect(benchbenchScenarioName('quiz-hard', pretty)).toBe('Quiz (Hard)');
  });

  it('is the normalised id when no display name is known', () => {
    expect(benchbenchScenarioName('Quiz Easy', pretty)).toBe('quiz_easy');
  });

  it('ignores names inherited from Object.prototype', () => {
    expect(benchbenchScenarioName('toString', pretty)).toBe('tostring');
    expect(benchbenchScenarioName('constructor', pretty)).toBe('constructor');
  });
});

describe('safeScenarioId', () => {
  it('leaves ids made of lowercase letters, digits and underscores unchanged', () => {
    expect(safeScenarioId('quiz_hard_2')).toBe('quiz_hard_2');
    expect(safeScenarioId('a__b')).toBe('a__b');
  });

  it('turns each run of other characters, with the underscores around it, into one underscore', () => {
    expect(safeScenarioId('quiz@5_/_hard')).toBe('quiz_5_hard');
    expect(safeScenarioId('risk_&_harm')).toBe('risk_harm');
    expect(safeScenarioId('quiz.1')).toBe('quiz_1');
  });

  it('trims underscores at the ends and never returns an empty id', () => {
    expect(safeScenarioId('(quiz)!')).toBe('quiz');
    expect(safeScenarioId('@@')).toBe('scenario');
  });
});
