// One matching measurement in a fresh process (run by matching.ts): generates the seeded region
// instance, warms the solver up on a small one, then times `runs` solves and samples the process's RSS
// from a worker thread while they run. Prints one JSON line.
//
//   node --expose-gc --import tsx test/bench/matching-child.ts '{"solver":"tandem","newcomers":8000,"runs":3}'
import { Worker } from 'node:worker_threads';
import { regionInstance } from '../../services/matching/instance-generator';
import { expandToCostMatrix, solveWithMunkres } from '../../services/matching/munkres-reference';
import { solveMatching, type MatchingInstance, type MatchingResult } from '../../services/matching/solver';

export interface MatchingChildArgs {
  solver: 'tandem' | 'munkres';
  newcomers: number;
  seed: number;
  runs: number;
  scoreDecimals?: number;
}

export interface MatchingChildReport {
  solver: MatchingChildArgs['solver'];
  newcomers: number;
  buddies: number;
  slots: number;
  edges: number;
  degree: { mean: number; min: number; max: number };
  /** Instance (objects as the CLI would have them) → result, each run. */
  solveMs: number[];
  total: number;
  pairs: number;
  /** RSS after generating the instance and a GC, before the first solve. */
  baselineRss: number;
  /** Highest RSS sampled (every ~2 ms) while the solves ran. */
  peakRss: number;
  /** The process's maximum RSS over its whole life (generation included). */
  maxRss: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as MatchingChildArgs;
const solve: (instance: MatchingInstance) => MatchingResult =
  args.solver === 'munkres' ? (instance) => solveWithMunkres(instance, expandToCostMatrix(instance)) : (instance) => solveMatching(instance);

// Warm-up: compile the solver's hot paths on a small instance first, as a long-running service would have.
solve(regionInstance({ newcomers: 300, seed: 1 }));

const { degree, ...instance } = regionInstance({ newcomers: args.newcomers, seed: args.seed, scoreDecimals: args.scoreDecimals });
(globalThis as { gc?: () => void }).gc?.();

// The sampler: a worker thread keeps the highest RSS seen in shared memory.
const shared = new SharedArrayBuffer(16);
const peak = new Float64Array(shared, 0, 1);
const control = new Int32Array(shared, 8, 1);
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const peak = new Float64Array(workerData, 0, 1);
   const control = new Int32Array(workerData, 8, 1);
   while (Atomics.load(control, 0) === 0) {
     const rss = process.memoryUsage.rss();
     if (rss > peak[0]) peak[0] = rss;
     Atomics.wait(control, 0, 0, 2);
   }`,
  { eval: true, workerData: shared },
);
await new Promise((resolve) => sampler.once('online', resolve));
await new Promise((resolve) => setTimeout(resolve, 20));
const baselineRss = process.memoryUsage.rss();
peak[0] = baselineRss;

const solveMs: number[] = [];
let result: MatchingResult | undefined;
for (let run = 0; run < args.runs; run++) {
  const started = performance.now();
  result = solve(instance);
  solveMs.push(performance.now() - started);
}
await new Promise((resolve) => setTimeout(resolve, 10));
Atomics.store(control, 0, 1);
Atomics.notify(control, 0);
await sampler.terminate();

const report: MatchingChildReport = {
  solver: args.solver,
  newcomers: instance.newcomers.length,
  buddies: instance.buddies.length,
  slots: instance.buddies.reduce((sum, buddy) => sum + buddy.capacity, 0),
  edges: instance.edges.length,
  degree,
  solveMs,
  total: result!.total,
  pairs: result!.pairs.length,
  baselineRss,
  peakRss: Math.max(peak[0], process.memoryUsage.rss()),
  maxRss: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
