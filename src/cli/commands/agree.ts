import { Command } from 'commander';
import { tableOrCatalog } from '../table-or-catalog.js';
import { agreeWithReference } from '../../core/agree.js';
import { isSkipped } from '../../core/agreement.js';
import type { PairResult } from '../../core/pairwise.js';
import { fixed, pValue, range, signed } from '../../report/format.js';
import { addMethodOptions, methodFromFlags, methodOver, type MethodFlags } from '../method-options.js';
import { AGGREGATE_ID } from '../../core/leaderboard.js';
import { catalogMatrix, scenarioIndex } from '../../pipeline/score-catalog.js';
import type { Method, ScoreMatrix } from '../../core/types.js';
import { catalogOption, plural, verboseOption } from '../common-options.js';
import { loadCatalogFolder } from '../load.js';
import { CliError, commaList as list, printJson, printText, reportIssues, wholeNumber } from '../output.js';
import { presetAggregate, selectScenarios, withAggregate } from '../table-aggregate.js';
import { progress } from '../progress.js';
import { readTableFile } from '../read-input.js';
import { pairNumber, type Shard } from '../../core/shard.js';
import { fileHash, shardOption, writePart } from '../shard-option.js';
import { PART_FORMAT, PART_VERSION } from '../shard-part.js';

interface Flags extends MethodFlags {
  reference: string;
  aggregate?: string[];
  minScenarios?: number;
  scenarios?: string[];
  allPairs?: boolean;
  json?: boolean;
  verbose?: boolean;
  catalog: string;
  shard?: Shard;
  out?: string;
}

export function agreeCommand(): Command {
  const cmd = new Command('agree')
    .summary('agreement of every scenario of a table with a reference scenario')
    .description(
      'Benchmark agreement testing on any wide (model,<scenario>...) or long (model,scenario,score[,...]) CSV table, ' +
        'or on a catalog folder: every scenario is correlated with the reference over samples of the models they ' +
        'share, then given a Z score and rank among the scenarios. In a table, model names are matched exactly as ' +
        "written; in a catalog, as the catalog matches them, --reference aggregate uses the catalog's aggregate " +
        "unless --aggregate is given, and the method is benchbench.yaml's except for the method options given. " +
        'Without TABLE, the --catalog folder is read. --all-pairs lists every pair in the text output too.',
    )
    .argument(
      '[table]',
      'CSV file, wide or long (extra columns of a long table are ignored), or a catalog folder (default: --catalog)',
    )
    .requiredOption(
      '--reference <scenario>',
      'the scenario every other one is compared with (e.g. aggregate)',
    )
    .option(
      '--aggregate <list>',
      'first add a scenario "aggregate": the mean win rate over these comma-separated scenarios',
      list,
    )
    .option(
      '--min-scenarios <n>',
      'with --aggregate: keep models with scores in at least n of them',
      wholeNumber('--min-scenarios', 1),
    )
    .option(
      '--scenarios <list>',
      'only these comma-separated scenarios (plus the reference and the aggregate)',
      list,
    )
    .option('--all-pairs', 'also report the agreement of every pair of scenarios')
    .option('--json', 'machine-readable output')
    .addOption(catalogOption())
    .addOption(shardOption())
    .option('--out <file>', 'with --shard: where to write the partial result')
    .addOption(verboseOption());
  addMethodOptions(cmd);
  return cmd.action(runAgree);
}

async function runAgree(given: string | undefined, flags: Flags, command: Command): Promise<void> {
  const { path: table, isCatalog } = tableOrCatalog(given, flags.catalog, command);
  const input = isCatalog ? await catalogInput(table, flags, command) : tableInput(table, flags, command);
  const matrix = selectScenarios(
    withAggregate(input.matrix, table, input.aggregate, input.minScenarios),
    flags.scenarios,
    flags.reference,
  );
  if (!matrix.scenarios.includes(flags.reference)) {
    throw new CliError(
      `--reference "${flags.reference}" is not a scenario of ${table} (it has ${matrix.scenarios.length}: ${matrix.scenarios.slice(0, 8).join(', ')}${matrix.scenarios.length > 8 ? ', ...' : ''})`,
      1,
    );
  }
  if (flags.shard && !(flags.allPairs && flags.out)) {
    throw new CliError('--shard I/N needs --all-pairs and --out FILE (the partial result; docs/scale.md)');
  }
  const bar = progress('pairs');
  const result = agreeWithReference(matrix, flags.reference, input.method, {
    allPairs: flags.allPairs ?? false,
    onProgress: bar.update,
    ...(flags.shard && { shard: flags.shard }),
  });
  bar.done();
  const rows = resultRows(result, flags.reference);
  if (flags.shard) writeShard(flags, flags.shard, input, matrix.scenarios, rows);
  else if (flags.json)
    printJson({ agreements: [...rows.reference, ...rows.pairs.map((p) => p.row)], scores: rows.scores });
  else printText(agreeText(result, flags, input.method));
}

type AgreeResult = ReturnType<typeof agreeWithReference>;
/** What agree reads: a matrix, its hash (for a shard's part), the aggregate to add, the method. */
interface AgreeInput {
  readonly matrix: ScoreMatrix;
  readonly hash: string;
  readonly aggregate: readonly string[] | undefined;
  readonly minScenarios: number | undefined;
  readonly method: Method;
}

/** What `--json` and a shard's part file hold: each scenario's agreement, each pair's, the scores. */
function resultRows(result: AgreeResult, reference: string) {
  const referenceRows = result.scores
    .filter((r) => r.skipped === null || r.agreement !== null)
    .map((r) => ({
      scenario: r.scenario,
      reference,
      correlation: r.agreement,
      p_value: r.pValue,
      n_common: r.nCommon,
      samples: r.experiments,
    }));
  const pairRows = result.pairs.flatMap((p) =>
    isSkipped(p.result) || p.a === reference || p.b === reference
      ? []
      : [
          {
            pair: p,
            row: {
              scenario: p.a,
              reference: p.b,
              correlation: nullable(p.result.correlation),
              p_value: nullable(p.result.pValue),
              n_common: p.result.nCommon,
              samples: p.result.experiments,
            },
          },
        ],
  );
  const scores = result.scores
    .filter((r) => r.z !== null)
    .map((r) => ({
      scenario: r.scenario,
      z: r.z,
      correlation: r.agreement,
      p_value: r.pValue,
      n_common: r.nCommon,
      rank: r.rank,
    }));
  return { reference: referenceRows, pairs: pairRows, scores };
}

/** This shard's share of the pairs, as a part file for `benchbench merge` (docs/scale.md). */
function writeShard(
  flags: Flags,
  shard: Shard,
  input: AgreeInput,
  scenarios: readonly string[],
  rows: ReturnType<typeof resultRows>,
): void {
  const ids = [...scenarios].sort();
  const position = new Map(ids.map((id, i) => [id, i]));
  writePart(flags.out!, {
    format: PART_FORMAT,
    version: PART_VERSION,
    command: 'agree --all-pairs',
    input: input.hash,
    method: { ...input.method },
    options: {
      reference: flags.reference,
      aggregate: input.aggregate ?? null,
      min_scenarios: input.minScenarios ?? null,
      scenarios: flags.scenarios ?? null,
    },
    shard,
    pairs: (ids.length * (ids.length - 1)) / 2,
    at: 'agreements',
    output: { agreements: rows.reference, scores: rows.scores },
    entries: rows.pairs.map(({ pair, row }) => ({
      k: pairNumber(position.get(pair.a)!, position.get(pair.b)!, ids.length),
      value: row,
    })),
  });
}

function agreeText(result: AgreeResult, flags: Flags, method: Method): string {
  const lines = [`Agreement with ${flags.reference} (${method.correlation}):`];
  for (const r of result.scores) {
    lines.push(
      r.z === null
        ? `   –  ${r.scenario}: not scored (${r.skipped})`
        : `${String(r.rank).padStart(4)}  ${r.scenario}: Z ${signed(r.z)}  agreement ${fixed(r.agreement)} [${range(r.agreementInterval)}]  p ${pValue(r.pValue)}  ${r.nCommon} shared`,
    );
  }
  if (flags.allPairs) lines.push('', ...pairLines(result.pairs, method));
  return lines.join('\n') + '\n';
}

const nullable = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Every pair of scenarios, one line each, in the order computed (by id). */
function pairLines(pairs: readonly PairResult[], method: Method): string[] {
  const lines = [`Agreement of every pair (${plural(pairs.length, 'pair')}, ${method.correlation}):`];
  for (const p of pairs) {
    const r = p.result;
    lines.push(
      isSkipped(r)
        ? `  ${p.a} ~ ${p.b}: not computed (${r.skipped})`
        : `  ${p.a} ~ ${p.b}: ${fixed(nullable(r.correlation))} [${range(r.interval)}]  p ${pValue(nullable(r.pValue))}  ${r.nCommon} shared`,
    );
  }
  return lines;
}

/**
 * A catalog folder as agree's input: its matrix, its method under the flags given and, for
 * --reference aggregate, its aggregate.
 */
async function catalogInput(dir: string, flags: Flags, cmd: Command): Promise<AgreeInput> {
  const { catalog, issues } = await loadCatalogFolder(dir, flags.preset);
  if (reportIssues(issues, flags.verbose)) throw new CliError(`the catalog ${dir} has errors`, 1);
  const { aggregate } = catalog.config;
  const useCatalogAggregate = !flags.aggregate && flags.reference === AGGREGATE_ID;
  return {
    matrix: catalogMatrix(scenarioIndex(catalog)),
    hash: catalog.contentHash,
    aggregate: useCatalogAggregate ? aggregate.scenarios : flags.aggregate,
    minScenarios: useCatalogAggregate
      ? (flags.minScenarios ?? aggregate.minScenariosPerModel)
      : flags.minScenarios,
    method: methodOver(catalog.config.method, flags, cmd),
  };
}

/**
 * A table as agree's input. With --preset and --reference aggregate (and no --aggregate), the
 * preset's aggregate (presets.ts).
 */
function tableInput(table: string, flags: Flags, cmd: Command): AgreeInput {
  const matrix = readTableFile(table, flags.verbose);
  const method = methodFromFlags(flags, cmd);
  const hash = flags.shard ? fileHash(table) : '';
  if (!flags.preset || flags.aggregate || flags.reference !== AGGREGATE_ID)
    return { matrix, hash, aggregate: flags.aggregate, minScenarios: flags.minScenarios, method };
  const { scenarios, minScenarios } = presetAggregate(matrix, table, flags.preset);
  return { matrix, hash, aggregate: scenarios, minScenarios: flags.minScenarios ?? minScenarios, method };
}
