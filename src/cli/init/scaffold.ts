/**
 * The files of a new leaderboard repository (`benchbench init`): a starter catalog, this
 * repository's three workflows pinned to the published action, a README with the leaderboard
 * badge, CONTRIBUTING.md and a pull-request template. Deterministic: the same options give the
 * same files.
 */
import { parseDocument } from 'yaml';
import { simulatedCatalog, simulateCommand } from '../../simulate/simulated-catalog.js';
import { simulate, type SimulateOptions } from '../../simulate/simulate.js';
import { usesLine, type ActionReference } from './release.js';
import { contributingText, pullRequestTemplate, readmeText } from './texts.js';
import { WORKFLOWS } from './workflows.generated.js';

export const TEMPLATES = ['simulated', 'space'] as const;
export type Template = (typeof TEMPLATES)[number];

export interface ScaffoldOptions {
  readonly template: Template;
  /** `owner/name` of the new repository: the Pages address of the badge and the page. */
  readonly repository: string;
  readonly action: ActionReference;
}

export const CATALOG_DIR = 'catalog';

/** The starter catalog: 8 simulated benchmarks over 24 models (docs/simulation.md). */
export const STARTER: Partial<SimulateOptions> = { seed: 0, models: 24, benchmarks: 8 };

/**
 * The method of the BenchBench leaderboard Space (issue 8): Kendall, 8 models per sample,
 * 10 experiments, at least 2 scenarios per model.
 */
const SPACE_METHOD = {
  correlation: 'kendall',
  models_per_sample: 8,
  sampling: 'random',
  samples: 10,
  seed: 0,
};

/** Path relative to the new repository -> text. */
export function scaffold(o: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>();
  for (const [rel, text] of starterCatalog(o.template)) files.set(`${CATALOG_DIR}/${rel}`, text);
  for (const [name, text] of WORKFLOWS) files.set(`.github/workflows/${name}`, pinned(text, o.action));
  files.set('.github/pull_request_template.md', pullRequestTemplate());
  files.set('README.md', readmeText(o));
  files.set('CONTRIBUTING.md', contributingText(o));
  return files;
}

/** A workflow of this repository with `uses: ./` (the action itself) pinned to the release. */
export function pinned(workflow: string, action: ActionReference): string {
  return workflow.replace(/^(\s*(?:-\s+)?uses:\s+)\.\/\s*$/gm, `$1${usesLine(action)}`);
}

function starterCatalog(template: Template): Map<string, string> {
  const sim = simulate(STARTER);
  const files = simulatedCatalog(sim, { command: simulateCommand(sim.options, CATALOG_DIR) });
  if (template === 'space') {
    const doc = parseDocument(files.get('benchbench.yaml')!);
    const method = doc.toJS().method as object;
    doc.setIn(['aggregate', 'min_scenarios_per_model'], 2);
    const key = doc.createNode('method');
    key.commentBefore =
      " The BenchBench leaderboard Space's method: Kendall tau-b, 8 models per sample, 10 experiments.";
    doc.delete('method');
    doc.set(key, doc.createNode({ ...method, ...SPACE_METHOD }));
    files.set('benchbench.yaml', doc.toString());
  }
  return files;
}
