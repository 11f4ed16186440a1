// Matching benchmark (part of `npm run bench`, or alone: `npx tsx test/bench/matching.ts`): the
// whole-pool solver on a Flanders-scale instance — 8,000 newcomers, 2,500 buddies with capacities 1–3,
// hard constraints leaving ~50–200 allowed buddies per newcomer — and, next to it, the `munkres` package
// solving the same instances as a dense matrix on the sizes it can handle in the same run, with a check
// that both totals are equal. Each measurement runs in a fresh `node` process (time, sampled peak RSS).
//
//   BENCH_MATCHING_MUNKRES_SIZES (default 500,1000,2000): newcomers in the instances both solve
//   BENCH_MATCHING_NEWCOMERS (default 8000): the full-scale instance, solved by Tandem's solver only
//   BENCH_MATCHING_SEED (default 2024)
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionInstance } from '../../services/matching/instance-generator';
import type { MatchingChildArgs, MatchingChildReport } from './matching-child';
import { formatBytes, formatMs, formatRatio, round, summarize, table } from './stats';

const here = import.meta.dirname;
const repoRoot = path.resolve(here, '../..');
const CHILD_TIMEOUT_MS = 300_000;
/** Totals are "equal" within this relative tolerance (munkres adds floats in another order). */
const TOTAL_TOLERANCE = 1e-9;
const GOAL_MS = 10_000;
const GOAL_BYTES = 1e9;

type Progress = (message: string) => void;

function listEnv(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 10)) throw new Error(`${name} must be a comma-separated list of integers ≥ 10`);
  return values;
}

function intEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 10) throw new Error(`${name} must be an integer ≥ 10`);
  return value;
}

/** Runs `node <args>` with tsx, optionally feeding a file on stdin; resolves with stdout once it exits 0. */
function runNode(args: string[], options: { stdinFile?: string; env?: Record<string, string> } = {}): Promise<{ stdout: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    if (options.stdinFile) void readFile(options.stdinFile).then((data) => child.stdin.end(data), reject);
    else child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (code === 0) resolve({ stdout, wallMs });
      else reject(new Error(`node ${args.join(' ')} exited ${code ?? signal}\nstderr: ${stderr.slice(-2000)}`));
    });
  });
}

async function measure(args: MatchingChildArgs): Promise<MatchingChildReport> {
  const { stdout } = await runNode(['--expose-gc', path.join(here, 'matching-child.ts'), JSON.stringify(args)]);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as MatchingChildReport;
}

const median = (values: number[]) => summarize(values).median;
const sameTotal = (a: number, b: number) => Math.abs(a - b) <= TOTAL_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

export async function runMatchingBench(progress: Progress): Promise<{ text: string; json: unknown; ok: boolean }> {
  const sizes = listEnv('BENCH_MATCHING_MUNKRES_SIZES', [500, 1000, 2000]);
  const fullSize = intEnv('BENCH_MATCHING_NEWCOMERS', 8000);
  const seed = intEnv('BENCH_MATCHING_SEED', 2024);

  const compared: { tandem: MatchingChildReport; munkres: MatchingChildReport; equal: boolean }[] = [];
  for (const newcomers of sizes) {
    progress(`matching: ${newcomers} newcomers, Tandem solver and munkres (dense matrix)…`);
    const tandem = await measure({ solver: 'tandem', newcomers, seed, runs: 5 });
    const munkres = await measure({ solver: 'munkres', newcomers, seed, runs: newcomers <= 1000 ? 3 : 1 });
    const equal = sameTotal(tandem.total, munkres.total);
    if (!equal) progress(`matching: MISMATCH at ${newcomers} newcomers: Tandem ${tandem.total}, munkres ${munkres.total}`);
    compared.push({ tandem, munkres, equal });
  }

  progress(`matching: ${fullSize} newcomers (Flanders scale), Tandem solver…`);
  const full = await measure({ solver: 'tandem', newcomers: fullSize, seed, runs: 3 });
  progress(`matching: ${fullSize} newcomers, scores rounded to one decimal (many ties), Tandem solver…`);
  const tied = await measure({ solver: 'tandem', newcomers: fullSize, seed, runs: 3, scoreDecimals: 1 });

  // The same instance through the CLI, end to end (node + tsx start, JSON in, validation, JSON out).
  progress('matching: the same instance through `match:solve` (CLI, end to end)…');
  const work = await mkdtemp(path.join(os.tmpdir(), 'tandem-matching-'));
  let cli: { wallMs: number; maxRss: number; total: number; bytes: number };
  try {
    const { degree: _degree, ...instance } = regionInstance({ newcomers: fullSize, seed });
    const instanceFile = path.join(work, 'instance.json');
    const text = JSON.stringify(instance);
    await writeFile(instanceFile, text);
    const rssFile = path.join(work, 'max-rss');
    const { stdout, wallMs } = await runNode(['--import', path.join(here, 'max-rss-on-exit.mjs'), path.join(repoRoot, 'services/matching/match-solve.cli.ts')], {
      stdinFile: instanceFile,
      env: { MAX_RSS_FILE: rssFile },
    });
    const output = JSON.parse(stdout) as { pairs: unknown[]; total: number };
    cli = { wallMs, maxRss: Number(await readFile(rssFile, 'utf8')), total: output.total, bytes: Buffer.byteLength(text) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const cliEqual = cli.total === full.total;
  if (!cliEqual) progress(`matching: MISMATCH: the CLI's total ${cli.total} differs from the solver's ${full.total}`);

  // munkres on the full instance would not finish within the bench: extrapolate with a power law fitted
  // (least squares on log time vs log size) to every compared size.
  const points = compared.map(({ munkres }) => [Math.log(munkres.newcomers), Math.log(median(munkres.solveMs))]);
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const exponent =
    points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const munkresFullMs = points.length >= 2 ? Math.exp(meanY + exponent * (Math.log(fullSize) - meanX)) : NaN;
  const denseMatrixBytes = fullSize * (full.slots + fullSize) * 8;

  const fullMs = median(full.solveMs);
  const fullPeak = full.peakRss;
  const tiedMs = median(tied.solveMs);
  const slowerSomewhere = compared.some(({ tandem, munkres }) => median(tandem.solveMs) > median(munkres.solveMs));
  const mismatches = compared.filter(({ equal }) => !equal).length + (cliEqual ? 0 : 1);
  const ok = mismatches === 0;

  const rows: string[][] = [];
  for (const { tandem, munkres, equal } of compared) {
    const label = `${tandem.newcomers} × ${tandem.buddies} (${tandem.slots} places, ${tandem.edges} pairs allowed)`;
    const t = median(tandem.solveMs);
    const m = median(munkres.solveMs);
    rows.push([`${label}: time`, formatMs(t), formatMs(m), formatRatio(t / m), equal ? 'equal' : 'MISMATCH']);
    rows.push([`  peak RSS (baseline ${formatBytes(tandem.baselineRss)})`, formatBytes(tandem.peakRss), formatBytes(munkres.peakRss), formatRatio(tandem.peakRss / munkres.peakRss), '']);
  }
  rows.push([
    `${full.newcomers} × ${full.buddies} ${full.newcomers === 8000 ? 'Flanders' : 'largest'} (${full.slots} places, ${full.edges} pairs allowed): time`,
    formatMs(fullMs),
    Number.isFinite(munkresFullMs) ? `~${formatMs(munkresFullMs)}` : 'n/a',
    formatRatio(fullMs / munkresFullMs),
    'munkres extrapolated',
  ]);
  rows.push([`  peak RSS (baseline ${formatBytes(full.baselineRss)})`, formatBytes(fullPeak), `> ${formatBytes(denseMatrixBytes)}`, '', 'munkres: its matrix alone']);
  rows.push([
    '  scores rounded to 0.1 (many ties), time; reference: Tandem, exact scores',
    formatMs(tiedMs),
    formatMs(fullMs),
    formatRatio(tiedMs / fullMs),
    '',
  ]);
  rows.push([`  through the CLI, end to end (${formatBytes(cli.bytes)} of JSON in)`, formatMs(cli.wallMs), '', '', cliEqual ? 'same total' : 'MISMATCH']);
  rows.push(['  CLI process max RSS', formatBytes(cli.maxRss), '', '', '']);

  const check = (pass: boolean, what: string) => `${pass ? 'ok  ' : 'FAIL'} ${what}`;
  const text = [
    'Matching: Tandem solver (services/matching/solver.ts) vs the munkres package, same instances, same run',
    table(['figure', 'Tandem', 'munkres', 'ratio', 'totals'], rows, [0, 4]),
    '',
    check(Math.max(fullMs, tiedMs) < GOAL_MS, `Flanders instance in seconds: ${formatMs(fullMs)}, with tied scores ${formatMs(tiedMs)} (goal < ${formatMs(GOAL_MS)}, 2 cores)`),
    check(fullPeak < GOAL_BYTES, `under 1 GB: peak RSS ${formatBytes(fullPeak)} of the whole process (Node, the instance's objects, the solver)`),
    check(!slowerSomewhere, 'never slower than munkres on the same instance'),
    check(mismatches === 0, mismatches ? `MISMATCH: ${mismatches} total(s) differ — the solver is not optimal there!` : 'totals equal to munkres on every compared size (relative tolerance 1e-9)'),
    '',
    'How it was measured',
    `- Instances: services/matching/instance-generator.ts regionInstance, seed ${seed}: towns of very different sizes, newcomers and buddies around`,
    '  them, hard constraints (12–25 km, gender preference for 20 %, a common language), capacities 1–3; smaller sizes shrink the area',
    `  to keep the density. Allowed buddies per newcomer at full scale: mean ${full.degree.mean.toFixed(0)}, min ${full.degree.min}, max ${full.degree.max}.`,
    '- Each figure: a fresh `node` process, a warm-up solve of a 300-newcomer instance, then the median of 5 (Tandem; 3 at full scale) or',
    '  1–3 (munkres) solves from the instance objects to the result (munkres: building its matrix included). Peak RSS: sampled every',
    '  ~2 ms by a worker thread during the solves; the baseline is the process after generating the instance.',
    `- munkres: the rectangular matrix newcomers × (one column per unit of capacity + one "unmatched" column per newcomer),`,
    '  −score for allowed pairs, Infinity for forbidden ones (services/matching/munkres-reference.ts).',
    `  Its full-scale time is extrapolated as n^${exponent.toFixed(2)}, fitted to the sizes above; its dense matrix at full scale is`,
    `  ${fullSize} × ${full.slots + fullSize} doubles.`,
    '- CLI: `node --import tsx services/matching/match-solve.cli.ts` with the instance on stdin, spawn to exit (node and tsx start-up included).',
  ].join('\n');

  const json = {
    seed,
    compared: compared.map(({ tandem, munkres, equal }) => ({
      newcomers: tandem.newcomers,
      buddies: tandem.buddies,
      slots: tandem.slots,
      edges: tandem.edges,
      totalsEqual: equal,
      tandem: { medianMs: round(median(tandem.solveMs)), solveMs: tandem.solveMs.map((x) => round(x)), total: tandem.total, pairs: tandem.pairs, peakRss: tandem.peakRss, baselineRss: tandem.baselineRss },
      munkres: { medianMs: round(median(munkres.solveMs)), solveMs: munkres.solveMs.map((x) => round(x)), total: munkres.total, pairs: munkres.pairs, peakRss: munkres.peakRss, baselineRss: munkres.baselineRss },
    })),
    full: {
      newcomers: full.newcomers,
      buddies: full.buddies,
      slots: full.slots,
      edges: full.edges,
      degree: full.degree,
      medianMs: round(fullMs),
      solveMs: full.solveMs.map((x) => round(x)),
      total: full.total,
      pairs: full.pairs,
      peakRss: fullPeak,
      baselineRss: full.baselineRss,
      munkresExtrapolatedMs: round(munkresFullMs),
      munkresExponent: round(exponent),
      munkresDenseMatrixBytes: denseMatrixBytes,
      tiedScores: { medianMs: round(tiedMs), solveMs: tied.solveMs.map((x) => round(x)), total: tied.total, pairs: tied.pairs, peakRss: tied.peakRss },
    },
    cli: { ...cli, wallMs: round(cli.wallMs), totalEqual: cliEqual },
    checks: { inSeconds: Math.max(fullMs, tiedMs) < GOAL_MS, underOneGb: fullPeak < GOAL_BYTES, neverSlowerThanMunkres: !slowerSomewhere, totalsEqual: ok },
  };
  return { text: `${text}\n`, json, ok };
}

// Run on its own: print the table, write .local/bench/matching.json.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const progress: Progress = (message) => process.stderr.write(`[bench] ${message}\n`);
  const cpus = os.cpus();
  const loadAtStart = os.loadavg()[0];
  runMatchingBench(progress)
    .then(async ({ text, json, ok }) => {
      const load = Math.max(loadAtStart, os.loadavg()[0]);
      process.stdout.write(
        `Tandem matching bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, load average ${load.toFixed(1)}\n` +
          (load > cpus.length ? `WARNING: the machine was busy: absolute times are inflated; the ratios hold up better.\n` : '') +
          '\n',
      );
      const outDir = path.join(repoRoot, '.local', 'bench');
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, 'matching.json'), `${JSON.stringify(json, null, 2)}\n`);
      process.stdout.write(text);
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
