import { Command } from 'commander';
import { didYouMean } from '../../catalog/did-you-mean.js';
import type { Benchmark } from '../../catalog/types.js';
import {
  alternatives,
  DEFAULT_MIN_AGREEMENT,
  type Alternative,
  type Resources,
} from '../../core/alternatives.js';
import { similarScenarios } from '../../core/similar.js';
import { ACCESS_LEVELS, type Cost } from '../../core/types.js';
import { aggregateRow, type CatalogScores } from '../../pipeline/score-catalog.js';
import { fixed, range } from '../../report/format.js';
import { DEFAULT_CATALOG } from '../load.js';
import { addCatalogMethodOptions, minAgreementOption } from '../method-options.js';
import { CliError, printJson } from '../output.js';
import { scoredCatalog, type CatalogCommandFlags } from '../catalog-command.js';
import { resolveBenchmark } from './similar.js';

interface Flags extends CatalogCommandFlags {
  where?: string[];
}

/** The metadata `--where` can test, read from a scenario's results file. */
const WHERE: Record<string, (b: Benchmark) => string | undefined> = {
  access: (b) => b.metadata.access,
  category: (b) => b.metadata.category,
  license: (b) => b.metadata.license,
  benchmark: (b) => b.id,
};

export function alternativesCommand(): Command {
  const cmd = new Command('alternatives')
    .summary('the benchmarks that rank models like one benchmark, with their access and cost')
    .description(
      'Efficient alternatives to a benchmark: the scenarios whose agreement with it (the mean correlation over ' +
        "samples of the models they share, as `similar` computes it, with benchbench.yaml's method) is at least " +
        '--min-agreement, most agreeing first, each with its 90% interval, shared models, access and cost (from its ' +
        "results file's metadata) and that cost relative to the benchmark's (in the same unit). --where keeps only " +
        'scenarios whose metadata match: KEY is access, category, license or benchmark (the results file id); ' +
        'several values of one key match any of them, different keys must all match.',
    )
    .argument('<benchmark>', 'a scenario id, or the file stem of a results file with one scenario')
    .option('--catalog <dir>', 'the catalog folder', DEFAULT_CATALOG)
    .addOption(
      minAgreementOption(DEFAULT_MIN_AGREEMENT, 'keep scenarios agreeing at least this much (-1 to 1)'),
    )
    .option(
      '--where <key=value>',
      'keep scenarios whose metadata KEY is VALUE, e.g. access=open (repeatable)',
      collect,
      [],
    )
    .option('--json', 'machine-readable output')
    .option('--verbose', 'also print notes');
  addCatalogMethodOptions(cmd);
  return cmd.action(async (benchmark: string, flags: Flags) => {
    const where = parseWhere(flags.where ?? []);
    const { scores, method, failed } = await scoredCatalog(flags);
    const scenario = oneScenario(benchmark, scores);
    const own = resourcesOf(scores, scenario);
    const found = alternatives(
      similarScenarios(scores.matrix, method, scenario, aggregateRow(scores)),
      flags.minAgreement,
      own,
      (s) => resourcesOf(scores, s),
      (s) => matches(where, scores.info.get(s)?.benchmark),
    );
    if (flags.json) {
      printJson({
        benchmark: scenario,
        alternatives: found.map((a) => ({
          scenario: a.scenario,
          agreement: a.agreement,
          interval: a.interval,
          n_common: a.nCommon,
          access: a.access,
          cost: a.cost,
        })),
      });
    } else {
      process.stdout.write(text(scores, scenario, own, found, flags, method.correlation).join('\n') + '\n');
    }
    if (failed) process.exitCode = 1;
  });
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `access=open` -> access: {open}; a bad filter is a command-line error (exit 1). */
function parseWhere(filters: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = eq < 0 ? f.trim() : f.slice(0, eq).trim();
    const value = eq < 0 ? '' : f.slice(eq + 1).trim();
    if (!Object.hasOwn(WHERE, key)) {
      const guess = didYouMean(key, Object.keys(WHERE));
      throw new CliError(
        `--where "${f}": "${key}" is not one of ${Object.keys(WHERE).join(', ')}` +
          (guess ? `; did you mean "${guess}"?` : ''),
        1,
      );
    }
    if (eq < 0 || value === '') throw new CliError(`--where "${f}" has no value; write ${key}=VALUE`, 1);
    if (key === 'access' && !(ACCESS_LEVELS as readonly string[]).includes(value))
      throw new CliError(`--where access=${value}: access is one of ${ACCESS_LEVELS.join(', ')}`, 1);
    (out.get(key) ?? out.set(key, new Set()).get(key)!).add(value);
  }
  return out;
}

function matches(where: ReadonlyMap<string, ReadonlySet<string>>, b: Benchmark | undefined): boolean {
  for (const [key, values] of where) {
    const v = b && WHERE[key]!(b);
    if (v === undefined || !values.has(v)) return false;
  }
  return true;
}

function oneScenario(benchmark: string, scores: CatalogScores): string {
  const ids = resolveBenchmark(benchmark, scores);
  if (ids.length === 1) return ids[0]!;
  throw new CliError(
    `the results file "${benchmark}" has ${ids.length} scenarios (${ids.join(', ')}); name one of them`,
    1,
  );
}

function resourcesOf(scores: CatalogScores, scenario: string): Resources {
  const m = scores.info.get(scenario)?.benchmark.metadata;
  return { ...(m?.access ? { access: m.access } : {}), ...(m?.cost ? { cost: m.cost } : {}) };
}

const costText = (c: Cost | undefined | null): string => (c ? `${c.value} ${c.unit}` : 'unknown');

function text(
  scores: CatalogScores,
  scenario: string,
  own: Resources,
  found: readonly Alternative[],
  flags: Flags,
  correlation: string,
): string[] {
  const name = (s: string): string => scores.info.get(s)?.scenario.name ?? s;
  const filter = flags.where?.length ? `, where ${flags.where.join(' and ')}` : '';
  const lines = [
    `Alternatives to ${name(scenario)} (${scenario}): agreement at least ${flags.minAgreement} (${correlation})${filter}`,
    `  its access: ${own.access ?? 'unknown'}; its cost: ${costText(own.cost)}`,
  ];
  if (!found.length)
    lines.push('  none: no other scenario agrees this much (`benchbench similar` lists the closest)');
  found.forEach((a, i) => {
    const relative = a.cost?.relative === null || !a.cost ? '' : ` (${fixed(a.cost.relative, 2)} × its cost)`;
    lines.push(
      `${String(i + 1).padStart(4)}  ${name(a.scenario)} (${a.scenario}): ${fixed(a.agreement)} [${range(a.interval)}]  ` +
        `${a.nCommon} shared models  access ${a.access ?? 'unknown'}  cost ${costText(a.cost)}${relative}`,
    );
  });
  return lines;
}
