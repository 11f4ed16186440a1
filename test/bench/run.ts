// `npm run bench`: the GraphQL Lambda's bundle size, cold start and in-process latency, then the
// matching solver (matching.ts) and a whole-pool matching run (matching-run.ts), each next to a
// reference measured in the same run (CONTRACTS.md).
// Progress goes to stderr, the table to stdout, the figures to .local/bench/latest.json.
//
//   BENCH_COLD_RUNS (default 7), BENCH_SAMPLES (default 300), BENCH_WARMUP (default 100)
//   BENCH_POOL_NEWCOMERS (default 2000), BENCH_POOL_BUDDIES (default 600): the matching run's pool
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../services/shared/config';
import type { TestStack } from '../support/stack';
import { graphqlBundling } from '../../infra/lib/api-stack';
import { bundleLambda, composition, repoRoot, type BundleReport } from './bundling';
import { coldStart, type ColdStartSample } from './cold-start';
import { graphqlEvent } from './event';
import type { MatchingRunBench } from './matching-run';
import { formatBytes, formatMs, formatRatio, round, summarize, table, type Summary } from './stats';

// Before anything loads the services' logger or the AWS SDK (both read these when imported).
process.env.LOG_LEVEL = 'ERROR';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const COLD_RUNS = positiveInt('BENCH_COLD_RUNS', 7);
const SAMPLES = positiveInt('BENCH_SAMPLES', 300);
const WARMUP = positiveInt('BENCH_WARMUP', 100);
const POOL_NEWCOMERS = positiveInt('BENCH_POOL_NEWCOMERS', 2000);
const POOL_BUDDIES = positiveInt('BENCH_POOL_BUDDIES', 600);
const COLD_QUERY = '{ viewer { id } }';
const outDir = path.join(repoRoot, '.local', 'bench');

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface Figure {
  id: string;
  label: string;
  unit: 'bytes' | 'ms';
  value: number;
  reference: { label: string; value: number };
  ratio: number;
}

function figure(id: string, label: string, unit: Figure['unit'], value: number, referenceLabel: string, referenceValue: number): Figure {
  return { id, label, unit, value, reference: { label: referenceLabel, value: referenceValue }, ratio: value / referenceValue };
}

/** A figure as latest.json lists it. */
const figureJson = (f: Figure) => ({ ...f, label: f.label.trim(), value: round(f.value), reference: { ...f.reference, value: round(f.reference.value) }, ratio: round(f.ratio) });
const showFigure = (f: Figure, value: number) => (f.unit === 'bytes' ? formatBytes(value) : formatMs(value));

/** Figures as a printed table: each value next to its reference and the ratio. */
function figureTable(valueHeader: string, figures: Figure[]): string {
  return table(
    ['figure', valueHeader, 'reference', '', 'ratio'],
    figures.map((f) => [f.label, showFigure(f, f.value), f.reference.label, showFigure(f, f.reference.value), formatRatio(f.ratio)]),
    [0, 2],
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const work = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
  // Also while it is still starting: a signal or a failed bundle must not leave emulators behind.
  let stackStart: Promise<TestStack> | null = null;
  const stopStack = async () => {
    const starting = stackStart;
    stackStart = null;
    // A start that fails cleans up after itself.
    await (await starting?.catch(() => null))?.stop();
  };
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130); // a second Ctrl-C: leave at once
    interrupted = true;
    progress(`${signal}: stopping the stack`);
    void stopStack()
      .finally(() => rm(work, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // Bundles (esbuild runs in its own process) while the emulators start.
    progress('bundling and starting the local stack (DynamoDB Local in memory, cognito-local)…');
    const { startTestStack } = await import('../support/stack');
    stackStart = startTestStack((message) => progress(`  stack: ${message}`));
    const [graphqlBundle, helloBundle, stack] = await Promise.all([
      bundleLambda('graphql/src/lambda.ts', path.join(work, 'graphql')),
      bundleLambda('test/bench/hello-handler.ts', path.join(work, 'hello')),
      stackStart,
    ]);
    const { outputs } = stack;

    const admin = outputs.DemoUsers.find((user) => user.role === 'tenant-admin');
    if (!admin) throw new Error('The test stack seeded no tenant admin');
    const { signIn } = await import('../support/auth');
    const { accessToken } = await signIn(outputs, admin.email, admin.password);

    // The configuration the local stack gives the handler, but production like on Lambda.
    const config: AppConfig = {
      region: outputs.Region,
      tableName: outputs.TableName,
      dynamoDbEndpoint: outputs.DynamoDbEndpoint,
      userPoolId: outputs.UserPoolId,
      userPoolClientId: outputs.UserPoolClientId,
      cognitoEndpoint: outputs.CognitoEndpoint,
      mail: { kind: 'outbox', outboxDir: outputs.OutboxDir },
      production: true,
    };

    // In-process first: it also warms DynamoDB Local's JVM, which in the cloud is always warm.
    progress(`in-process viewer latency: ${WARMUP} warm-up + ${SAMPLES} requests, each path…`);
    const { measureViewerLatency, viewerQuery } = await import('./latency');
    const latency = await measureViewerLatency({ config, token: accessToken, warmup: WARMUP, samples: SAMPLES });
    if (latency.graphqlCalls.join() !== latency.rawCalls.join()) {
      throw new Error(`The raw path does not make the handler's DynamoDB calls: ${latency.graphqlCalls.join(', ')} vs ${latency.rawCalls.join(', ')}`);
    }

    progress(`cold starts: ${COLD_RUNS} fresh node processes per bundle (plus one discarded each)…`);
    const eventFile = path.join(work, 'event.json');
    await writeFile(eventFile, JSON.stringify(graphqlEvent(COLD_QUERY, accessToken, 'cold-start')));
    const outbox = path.join(work, 'outbox');
    await mkdir(outbox);
    // What configFromEnv reads on Lambda, pointed at the emulators; nothing else is inherited.
    const childEnv: Record<string, string> = {
      TABLE_NAME: outputs.TableName,
      USER_POOL_ID: outputs.UserPoolId,
      USER_POOL_CLIENT_ID: outputs.UserPoolClientId,
      DYNAMODB_ENDPOINT: outputs.DynamoDbEndpoint,
      COGNITO_ENDPOINT: outputs.CognitoEndpoint,
      OUTBOX_DIR: outbox,
      AWS_REGION: outputs.Region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NODE_ENV: 'production',
      LOG_LEVEL: 'ERROR',
    };
    const cold = { graphql: [] as ColdStartSample[], hello: [] as ColdStartSample[] };
    // Run 0 of each warms the file cache and cognito-local; the runs alternate so drift hits both.
    for (let run = 0; run <= COLD_RUNS; run++) {
      const hello = await coldStart(helloBundle.file, eventFile, childEnv);
      const graphql = await coldStart(graphqlBundle.file, eventFile, childEnv);
      checkHello(hello);
      checkViewer(graphql);
      if (run > 0) {
        cold.hello.push(hello);
        cold.graphql.push(graphql);
      }
    }
    // The whole-pool run needs the emulators: measured before they stop, reported after the solver.
    const { runMatchingRunBench } = await import('./matching-run');
    const matchingRun = matchingRunReport(await runMatchingRunBench(config, { newcomers: POOL_NEWCOMERS, buddies: POOL_BUDDIES }, progress));
    await stopStack();
    // Whole-pool matching: its own section (test/bench/matching.ts), once the emulators are gone.
    const { runMatchingBench } = await import('./matching');
    const matching = await runMatchingBench(progress);

    const { text, json } = report({
      graphqlBundle,
      helloBundle,
      cold,
      latency,
      viewerQuery,
      load: [loadAtStart, os.loadavg()[0]],
      seconds: (performance.now() - started) / 1000,
    });
    await mkdir(outDir, { recursive: true });
    const figures = [...json.figures, ...matchingRun.figures.map(figureJson)];
    await writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify({ ...json, figures, matching: matching.json, matchingRun: matchingRun.json }, null, 2)}\n`);
    await writeFile(path.join(outDir, 'graphql-meta.json'), JSON.stringify(graphqlBundle.metafile));
    process.stdout.write(`${text}\n${matching.text}\n${matchingRun.text}`);
    if (!matching.ok) throw new Error('matching: a total differs from munkres (MISMATCH above)');
  } finally {
    await stopStack();
    await rm(work, { recursive: true, force: true });
  }
}

function checkHello(sample: ColdStartSample): void {
  if (sample.statusCode !== 200) throw new Error(`hello-world bundle answered ${sample.statusCode}: ${sample.body}`);
}

function checkViewer(sample: ColdStartSample): void {
  const body = JSON.parse(sample.body ?? '{}') as { data?: { viewer?: { id?: string } }; errors?: unknown };
  if (sample.statusCode !== 200 || body.errors || !body.data?.viewer?.id) {
    throw new Error(`GraphQL bundle answered ${sample.statusCode}: ${sample.body}`);
  }
}

function report(input: {
  graphqlBundle: BundleReport;
  helloBundle: BundleReport;
  cold: { graphql: ColdStartSample[]; hello: ColdStartSample[] };
  latency: Awaited<ReturnType<typeof import('./latency').measureViewerLatency>>;
  viewerQuery: string;
  /** 1-minute load average at the start and at the end. */
  load: [number, number];
  seconds: number;
}): { text: string; json: { figures: ReturnType<typeof figureJson>[] } & Record<string, unknown> } {
  const { graphqlBundle, helloBundle, cold, latency } = input;
  const coldOf = (samples: ColdStartSample[]) => ({
    cold: summarize(samples.map((s) => s.coldMs)),
    import: summarize(samples.map((s) => s.importMs)),
    firstRequest: summarize(samples.map((s) => s.firstRequestMs)),
    spawnToResponse: summarize(samples.map((s) => s.spawnToResponseMs)),
    boot: summarize(samples.map((s) => s.bootMs)),
  });
  const coldGraphql = coldOf(cold.graphql);
  const coldHello = coldOf(cold.hello);
  const graphqlLatency = summarize(latency.graphqlMs);
  const rawLatency = summarize(latency.rawMs);
  const hello = 'hello-world bundle';
  const raw = 'raw DynamoDB calls';

  const figures: Figure[] = [
    figure('bundle.raw', 'Bundle size, minified', 'bytes', graphqlBundle.bytes, hello, helloBundle.bytes),
    figure('bundle.gzip', 'Bundle size, gzip', 'bytes', graphqlBundle.gzipBytes, hello, helloBundle.gzipBytes),
    figure('cold.median', 'Cold start (import + 1st request), median', 'ms', coldGraphql.cold.median, hello, coldHello.cold.median),
    figure('cold.min', 'Cold start (import + 1st request), min', 'ms', coldGraphql.cold.min, hello, coldHello.cold.min),
    figure('cold.import.median', '  import of the bundle (init), median', 'ms', coldGraphql.import.median, hello, coldHello.import.median),
    figure('cold.firstRequest.median', '  first request, median', 'ms', coldGraphql.firstRequest.median, hello, coldHello.firstRequest.median),
    figure('cold.spawnToResponse.median', 'Spawn → first response (incl. node boot), median', 'ms', coldGraphql.spawnToResponse.median, hello, coldHello.spawnToResponse.median),
    figure('viewer.median', 'viewer in-process latency, median', 'ms', graphqlLatency.median, raw, rawLatency.median),
    figure('viewer.p95', 'viewer in-process latency, p95', 'ms', graphqlLatency.p95, raw, rawLatency.p95),
  ];
  const out: string[] = [];
  const commit = gitCommit();
  const cpus = os.cpus();
  out.push(
    `Tandem bench — ${new Date().toISOString()}, commit ${commit}, Node ${process.version} ${process.platform}/${process.arch}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}`,
    `Load average (1 min): ${input.load[0].toFixed(1)} at the start, ${input.load[1].toFixed(1)} at the end.`,
    ...(Math.max(...input.load) > cpus.length
      ? [`WARNING: the machine was busy (more runnable processes than its ${cpus.length} CPUs): absolute times are inflated; the ratios hold up better.`]
      : []),
    '',
    'GraphQL Lambda (graphql/src/lambda.ts) vs references measured in this run',
    figureTable('GraphQL API', figures),
    '',
    `viewer overhead of GraphQL + token verification + context: ${formatMs(graphqlLatency.median - rawLatency.median)} at the median, ` +
      `${formatMs(graphqlLatency.p95 - rawLatency.p95)} at p95.`,
    '',
    'How it was measured',
    `- Bundles: esbuild ${graphqlBundling.format}, target ${graphqlBundling.target}, minified, main fields ${graphqlBundling.mainFields.join(',')}, ` +
      'no externals (the AWS SDK is bundled, as in infra/lib/api-stack.ts); gzip level 9.',
    `- Cold start: ${cold.graphql.length} fresh \`node\` processes per bundle, alternating, after one discarded run each. Each imports the bundle and answers`,
    `  POST /graphql ${COLD_QUERY} with a demo tenant admin's access token (JWKS fetch from cognito-local, one DynamoDB Local query).`,
    `  Node's own boot before the import: ${formatMs(coldGraphql.boot.median)} (median). This machine's CPU, not Lambda's (512 MB ≈ 1/3 vCPU): compare the ratio.`,
    `- In-process: createGraphqlHandler(config) warm, ${WARMUP} warm-up then ${latency.graphqlMs.length} requests as ${latency.viewer.email} ` +
      `(${latency.viewer.memberships} membership, current tenant ${latency.viewer.currentTenant}):`,
    `  ${input.viewerQuery}`,
    '  LOG_LEVEL=ERROR here and in the cold starts (on Lambda, INFO adds one log line per request).',
    `  Reference: the same DynamoDB calls with the SDK (${latency.rawCalls.join(' → ')}; the handler makes ${latency.graphqlCalls.join(' → ')}), alternating with the handler.`,
  );

  const parts = composition(graphqlBundle.metafile);
  out.push(
    '',
    `What the GraphQL bundle is made of (bytes in the minified output; metafile: .local/bench/graphql-meta.json, open it in https://esbuild.github.io/analyze/)`,
    table(['largest inputs', 'bytes'], parts.largestInputs.map(({ input, bytes }) => [input, formatBytes(bytes)])),
    '',
    table(['largest packages', 'bytes', 'share'], parts.largestPackages.map(({ name, bytes, share }) => [name, formatBytes(bytes), `${(share * 100).toFixed(1)} %`])),
  );
  if (parts.duplicatedPackages.length) {
    const wasted = parts.duplicatedPackages.reduce((sum, { bytes }) => sum + bytes, 0);
    out.push(
      '',
      `Bundled twice (ESM and CommonJS builds): ${formatBytes(wasted)} of second copies — ` +
        parts.duplicatedPackages.map(({ name, bytes }) => `${name} ${formatBytes(bytes)}`).join(', '),
      ...(parts.duplicateCauses.length ? [`  because ${parts.duplicateCauses.join('; ')}`] : []),
    );
  }
  out.push('', `Done in ${input.seconds.toFixed(0)} s. Figures: .local/bench/latest.json`);
  const json = {
    generatedAt: new Date().toISOString(),
    commit,
    machine: {
      node: process.version,
      platform: `${process.platform}/${process.arch}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? null,
      loadAverage1m: { start: round(input.load[0], 2), end: round(input.load[1], 2) },
    },
    settings: { coldRuns: cold.graphql.length, warmup: WARMUP, samples: latency.graphqlMs.length, coldQuery: COLD_QUERY, viewerQuery: input.viewerQuery, bundling: graphqlBundling },
    figures: figures.map(figureJson),
    bundles: {
      graphql: { bytes: graphqlBundle.bytes, gzipBytes: graphqlBundle.gzipBytes, ...parts },
      hello: { bytes: helloBundle.bytes, gzipBytes: helloBundle.gzipBytes },
    },
    coldStart: { graphql: roundAll(coldGraphql), hello: roundAll(coldHello), samples: { graphql: cold.graphql.map(stripBody), hello: cold.hello.map(stripBody) } },
    viewerLatency: {
      graphql: roundAll(graphqlLatency),
      raw: roundAll(rawLatency),
      calls: { graphql: latency.graphqlCalls, raw: latency.rawCalls },
      samplesMs: { graphql: latency.graphqlMs.map((x) => round(x)), raw: latency.rawMs.map((x) => round(x)) },
    },
    seconds: round(input.seconds, 1),
  };
  return { text: `${out.join('\n')}\n`, json };
}

/** The whole-pool run next to its pool read alone (matching-run.ts), as a section of the output. */
function matchingRunReport(bench: MatchingRunBench): { text: string; figures: Figure[]; json: unknown } {
  const { child } = bench;
  const runMs = summarize(child.runs.map((r) => r.ms));
  const readMs = summarize(child.poolReads.map((r) => r.ms));
  const run = child.runs[child.runs.length - 1].run;
  const figures: Figure[] = [
    figure('matchingRun.median', 'Whole-pool run (executeRun), median', 'ms', runMs.median, 'the pool read alone', readMs.median),
    figure('matchingRun.maxRss', 'Whole-pool run, process max RSS', 'bytes', child.maxRss, 'after the pool reads only', child.maxRssPoolReadOnly),
  ];
  const text = [
    'Matching run: services.matching.executeRun on a stored pool vs reading that pool alone (its I/O floor), same process, same run',
    figureTable('run', figures),
    '',
    `Pool: ${bench.newcomers} waiting newcomers × ${bench.buddies} available buddies (${bench.places} places), seed ${bench.seed}: ` +
      `${run.allowedPairCount} pairs allowed, ${run.proposalCount} proposals, total score ${run.totalScore}, ${run.unmatchedNewcomerCount} newcomers left waiting.`,
    '',
    'How it was measured',
    `- test/bench/matching-run.ts writes the pool into DynamoDB Local in a tenant of its own (${bench.writeSeconds.toFixed(1)} s; BatchWriteCommand of`,
    '  personRepository.putItem items): Flemish postcodes (2000–3999), languages with CEFR levels (buddies nl NATIVE plus en/fr),',
    '  taxonomy interests, week slots, needs and offers, waiting up to a year, vetted buddies with capacities 1–3; default preset.',
    `- A fresh \`node\` process (matching-run-child.ts) starts ${child.runs.length} runs (startRun, a launcher that does nothing) and awaits`,
    '  executeRun on each: read the pool, score every pair, solve, store the proposals, update the run item.',
    `  Runs: ${child.runs.map((r) => formatMs(r.ms)).join(', ')}. Reference: the run's two listAll queries alone, in parallel, before and after`,
    `  each run (${child.poolReads.map((r) => formatMs(r.ms)).join(', ')}), after one discarded read. Max RSS: the whole process (Node, SDK, services);`,
    `  ${formatBytes(child.baselineRss)} after the first read.`,
  ].join('\n');
  const json = {
    newcomers: bench.newcomers,
    buddies: bench.buddies,
    places: bench.places,
    seed: bench.seed,
    writeSeconds: round(bench.writeSeconds, 1),
    run: { medianMs: round(runMs.median), samplesMs: child.runs.map((r) => round(r.ms)) },
    poolRead: { medianMs: round(readMs.median), samplesMs: child.poolReads.map((r) => round(r.ms)) },
    allowedPairCount: run.allowedPairCount,
    proposalCount: run.proposalCount,
    totalScore: run.totalScore,
    unmatchedNewcomerCount: run.unmatchedNewcomerCount,
    baselineRss: child.baselineRss,
    maxRssPoolReadOnly: child.maxRssPoolReadOnly,
    maxRss: child.maxRss,
  };
  return { text: `${text}\n`, figures, json };
}

function stripBody({ body: _body, ...sample }: ColdStartSample) {
  return Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value]));
}

function roundAll<T extends Record<string, Summary> | Summary>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, x: unknown) => (typeof x === 'number' ? round(x) : x))) as T;
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
