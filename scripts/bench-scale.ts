/**
 * Scale workload (run by scripts/bench.mjs in its own process): 2,000 simulated benchmarks x
 * 5,000 models, the leaderboard with 100 samples of 10 models per benchmark, then the same
 * catalog with one benchmark added and the diff of the two, through the engine (bench.mjs (c)
 * runs the same workload from catalog files in git). Prints one JSON line of timings.
 */
import { diffBoards } from '../src/core/leaderboard-diff.js';
import { computeLeaderboard } from '../src/core/leaderboard.js';
import { buildScoreMatrix, type ScenarioColumn } from '../src/core/score-matrix.js';
import { simulate } from '../src/simulate/simulate.js';
import { DEFAULT_METHOD } from '../src/core/types.js';

const benchmarks = Number(process.argv[2] ?? 2000);
const models = Number(process.argv[3] ?? 5000);
const ms = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

let t = process.hrtime.bigint();
const sim = simulate({ seed: 1, benchmarks: benchmarks + 1, models, scenariosPerBenchmark: 1 });
const simulateMs = ms(t);

// The base catalog lacks the last benchmark; the head has it.
const all = sim.benchmarks;
const added = all[all.length - 1]!;
const m = sim.matrix;
const n = m.models.length;
const columnsOf = (bs: typeof all): ScenarioColumn[] =>
  bs.flatMap((b) =>
    b.scenarios.map((s) => {
      const r = m.scenarios.indexOf(s.id);
      const scores = new Map<string, number>();
      for (let j = 0; j < n; j++) {
        const v = m.values[r * n + j]!;
        if (v === v) scores.set(m.models[j]!, v);
      }
      return { id: s.id, direction: b.direction, scores };
    }),
  );
const aggregate = {
  scenarios: all
    .filter((b) => b.category === 'holistic')
    .slice(0, 6)
    .map((b) => b.scenarios[0]!.id),
  minScenariosPerModel: 2,
};
const method = { ...DEFAULT_METHOD, modelsPerSample: 10, samples: 100 };
const board = (cols: ScenarioColumn[]) => [{ id: 'main', title: 'main', scenarios: cols.map((c) => c.id) }];

// The engine's input, built outside the timing (bench (c) reads the same catalog from git).
const baseColumns = columnsOf(all.slice(0, -1));
const headColumns = [...baseColumns, ...columnsOf([added])];
t = process.hrtime.bigint();
const base = computeLeaderboard({
  matrix: buildScoreMatrix(baseColumns),
  aggregate,
  method,
  boards: board(baseColumns),
});
const head = computeLeaderboard({
  matrix: buildScoreMatrix(headColumns),
  aggregate,
  method,
  boards: board(headColumns),
});
const diff = diffBoards(base.boards[0]!, head.boards[0]!);
const result: Record<string, unknown> = {
  workload: `${benchmarks} benchmarks x ${models} models, engine (matrix, leaderboard x2, diff)`,
  simulate_ms: Math.round(simulateMs),
  leaderboard_and_diff_ms: Math.round(ms(t)),
  scored: head.boards[0]!.rows.filter((r) => r.z !== null).length,
  added: diff.added,
  moved: diff.moved.length,
};
result.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(result) + '\n');
