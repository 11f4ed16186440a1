// One whole-pool run measurement in a fresh process (run by matching-run.ts), as the matching worker
// Lambda does a run: createServices, then `executeRun` on runs created with a launcher that does
// nothing. Alternates with the reference — the run's pool read alone (the same two listAll queries in
// parallel) — after one discarded read that opens the connection. Prints one JSON line.
//
//   node --import tsx test/bench/matching-run-child.ts '{"config":{…},"tenantId":…,"userId":…,"programmeId":…,"runs":2}'
import { createServices } from '../../services/app';
import type { MatchingRun } from '../../services/matching/match.repository';
import type { AppConfig } from '../../services/shared/config';
import { grantTenantScope } from '../../services/shared/scope';

export interface MatchingRunChildArgs {
  config: AppConfig;
  tenantId: string;
  userId: string;
  programmeId: string;
  runs: number;
}

export interface MatchingRunChildReport {
  /** executeRun, start to end, and the finished run item. */
  runs: { ms: number; run: MatchingRun }[];
  /** The pool read alone: one before the first run and one after each. */
  poolReads: { ms: number; newcomers: number; buddies: number }[];
  /** Process RSS after the discarded read. */
  baselineRss: number;
  /** The process's maximum RSS after the pool reads only, and at the end (the runs included). */
  maxRssPoolReadOnly: number;
  maxRss: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as MatchingRunChildArgs;
const services = createServices(args.config, { runLauncher: async () => {} });
const scope = grantTenantScope(args.tenantId, args.userId, 'COORDINATOR');
const maxRss = () => process.resourceUsage().maxRSS * 1024;

/** What the run reads before it scores (matching.service.ts pool()), and nothing else. */
async function readPool(): Promise<MatchingRunChildReport['poolReads'][number]> {
  const started = performance.now();
  const [newcomers, buddies] = await Promise.all([
    services.repositories.people.listAll(scope, 'NEWCOMER', args.programmeId, ['WAITING']),
    services.repositories.people.listAll(scope, 'BUDDY', args.programmeId, ['AVAILABLE', 'MATCHED']),
  ]);
  return { ms: performance.now() - started, newcomers: newcomers.length, buddies: buddies.length };
}

await readPool();
const baselineRss = process.memoryUsage.rss();
const poolReads = [await readPool()];
const maxRssPoolReadOnly = maxRss();
const runs: MatchingRunChildReport['runs'] = [];
for (let i = 0; i < args.runs; i++) {
  const started = await services.matching.startRun(scope, { programmeId: args.programmeId }, async () => {});
  const t0 = performance.now();
  await services.matching.executeRun(scope, started.id);
  const ms = performance.now() - t0;
  runs.push({ ms, run: await services.matching.run(scope, started.id) });
  poolReads.push(await readPool());
}

const report: MatchingRunChildReport = { runs, poolReads, baselineRss, maxRssPoolReadOnly, maxRss: maxRss() };
process.stdout.write(`${JSON.stringify(report)}\n`);
// The SDK's keep-alive sockets would hold the process open.
process.exit(0);
