/**
 * The smallest set of scenarios that ranks the models like the aggregate (`benchbench subset`,
 * METHOD.md "Subset"), by greedy forward selection.
 *
 * Contract: start from the empty set; at each step try every remaining candidate (in id order)
 * and add the one whose set has the highest tau-b with the target (subset-tau.ts), counting only
 * sets that rank at least `minModels` models both ways; ties go to the smaller id. While no
 * candidate's set ranks `minModels` models, the step adds the one whose set ranks the most
 * (ties: smaller id), and its tau is reported as null. Selection stops at the first set with
 * tau >= T (`reached`), or when no candidate is left (`exhausted`) or none fits the budget
 * (`cost`).
 *
 * Cost: candidates of one `group` (one results file) share its cost, paid once. With `maxCost`,
 * a candidate is tried only when the set's cost with it is at most maxCost (within a relative
 * 1e-9, for rounding); a candidate of
 * unknown cost (null) is then never tried. A step's `cost` is the set's cumulative cost, null
 * as soon as a chosen group's cost is unknown.
 *
 * When no set reaches T, `subset` is the shortest prefix of the steps with the highest tau
 * (empty when no step had one), `tau` its tau and `reached` false. The interval is
 * `setTauInterval` of `subset`. NaN or T outside [-1, 1]: RangeError.
 */
import { setTau, setTauInterval } from './subset-tau.js';

/** The tau a subset must reach unless told otherwise (the CLI's and the page's default). */
export const DEFAULT_SUBSET_TAU = 0.9;

export interface SubsetCandidate {
  readonly id: string;
  /** Scores over the target's models, higher is better; NaN = missing. */
  readonly row: Float64Array;
  /** Candidates of one group share one cost, paid once. */
  readonly group: string;
  /** The group's cost; null = unknown. */
  readonly cost: number | null;
}

export interface SubsetRequest {
  /** The configured aggregate over the same models; NaN = not in it. */
  readonly target: Float64Array;
  readonly candidates: readonly SubsetCandidate[];
  readonly minAgreement: number;
  /** At least 2. */
  readonly minModels: number;
  readonly maxCost?: number;
  /** Bootstrap resamples and seed of the final interval. */
  readonly samples: number;
  readonly seed: number;
  /** Hears of each step (done, at most this many steps). */
  readonly onStep?: (done: number, total: number) => void;
  /** Called before each candidate is tried; may throw to stop the work (a time budget). */
  readonly checkpoint?: (step: number, candidate: string) => void;
}

export interface SubsetStep {
  readonly scenario: string;
  /** Null while the set ranks fewer than minModels models, or tau is undefined. */
  readonly tau: number | null;
  readonly nModels: number;
  readonly cost: number | null;
}

export type SubsetStop = 'reached' | 'exhausted' | 'cost';

export interface SubsetResult {
  readonly steps: readonly SubsetStep[];
  readonly subset: readonly string[];
  readonly tau: number | null;
  readonly interval: readonly [number, number] | null;
  readonly reached: boolean;
  readonly stop: SubsetStop;
}

interface Trial {
  readonly candidate: SubsetCandidate;
  readonly tau: number | null;
  readonly nModels: number;
}

/** Whether trial a is better than b (b tried earlier, so with a larger id on ties b wins). */
function better(a: Trial, b: Trial | null): boolean {
  if (!b) return true;
  if ((a.tau === null) !== (b.tau === null)) return a.tau !== null;
  if (a.tau !== null && b.tau !== null) return a.tau > b.tau;
  return a.nModels > b.nModels;
}

export function greedySubset(request: SubsetRequest): SubsetResult {
  const { target, minAgreement: t, minModels, maxCost } = request;
  if (!(t >= -1 && t <= 1)) throw new RangeError(`the minimum agreement ${t} is not in [-1, 1]`);
  const remaining = [...request.candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: Float64Array[] = [];
  const paid = new Set<string>();
  const steps: SubsetStep[] = [];
  let cost: number | null = 0;
  let spent = 0;
  let stop: SubsetStop = 'exhausted';
  const total = remaining.length;

  while (remaining.length) {
    request.onStep?.(steps.length, total);
    let best: Trial | null = null;
    for (const candidate of remaining) {
      request.checkpoint?.(steps.length + 1, candidate.id);
      const extra = paid.has(candidate.group) ? 0 : candidate.cost;
      if (maxCost !== undefined && (extra === null || overBudget(spent + extra, maxCost))) continue;
      const r = setTau(target, [...rows, candidate.row]);
      const trial = {
        candidate,
        tau: r.nModels >= minModels && !Number.isNaN(r.tau) ? r.tau : null,
        nModels: r.nModels,
      };
      if (better(trial, best)) best = trial;
    }
    if (!best) {
      stop = 'cost';
      break;
    }
    const c = best.candidate;
    remaining.splice(remaining.indexOf(c), 1);
    rows.push(c.row);
    if (!paid.has(c.group)) {
      paid.add(c.group);
      spent += c.cost ?? 0;
      cost = cost === null || c.cost === null ? null : cost + c.cost;
    }
    steps.push({ scenario: c.id, tau: best.tau, nModels: best.nModels, cost });
    if (best.tau !== null && best.tau >= t) {
      stop = 'reached';
      break;
    }
  }
  request.onStep?.(total, total);

  const reached = stop === 'reached';
  const end = reached ? steps.length : bestPrefix(steps);
  const subset = steps.slice(0, end).map((s) => s.scenario);
  const chosenRows = rows.slice(0, end);
  return {
    steps,
    subset,
    tau: end ? steps[end - 1]!.tau : null,
    interval: end ? setTauInterval(target, chosenRows, request.samples, request.seed) : null,
    reached,
    stop,
  };
}

/** Over the budget beyond rounding: 0.1 + 0.2 fits a budget of 0.3. */
const overBudget = (cost: number, budget: number): boolean =>
  cost > budget + 1e-9 * Math.max(1, Math.abs(budget));

/** Length of the shortest prefix with the highest tau; 0 when no step has one. */
function bestPrefix(steps: readonly SubsetStep[]): number {
  let end = 0;
  let bestTau = -Infinity;
  steps.forEach((s, i) => {
    if (s.tau !== null && s.tau > bestTau) {
      bestTau = s.tau;
      end = i + 1;
    }
  });
  return end;
}
