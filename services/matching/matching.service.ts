// Who fits whom: a programme's matching preset, suggestions for one person, and whole-pool runs that
// propose the optimal assignment of a programme's waiting list (solver.ts), with the coordinator's
// locked and excluded pairs.
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite } from '../data/transactions';
import type { Person, PersonRepository } from '../people/person.repository';
import type { Programme } from '../programmes/programme.repository';
import type { ProgrammeService } from '../programmes/programme.service';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { sortableId } from '../shared/ids';
import { logger } from '../shared/log';
import { requireRole, type TenantScope } from '../shared/scope';
import { lineSchema, parseInput } from '../shared/validation';
import { distanceKm } from './geo/postcodes';
import type { MatchingRun, MatchProposal, MatchRepository, PairPin, PairPinKind } from './match.repository';
import { applyPresetChange, defaultPreset, presetChangeSchema, type MatchingPreset } from './preset';
import { createPairScorer, type PairEvaluation } from './scoring';
import { solveMatching, type MatchingEdge } from './solver';

const idSchema = z.string().check(z.minLength(1), z.maxLength(100));
const presetInputSchema = z.extend(presetChangeSchema, { programmeId: idSchema, version: z.int().check(z.minimum(0)) });
const pinSchema = z.object({
  programmeId: idSchema,
  newcomerId: idSchema,
  buddyId: idSchema,
  kind: z.nullish(z.enum(['LOCKED', 'EXCLUDED'])),
  reason: z.nullish(lineSchema(1, 300)),
});

export interface PresetView {
  preset: MatchingPreset;
  isDefault: boolean;
  version: number;
  updatedAt: string | null;
}

export interface Suggestion extends PairEvaluation {
  newcomer: Person;
  buddy: Person;
}

/** Starts the work of a run somewhere else (in-process locally, an asynchronous Lambda in the cloud). */
export type RunLauncher = (run: { tenantId: string; runId: string; userId: string }) => Promise<void>;

interface Deps {
  table: Table;
  matches: MatchRepository;
  people: PersonRepository;
  programmes: ProgrammeService;
  audit: AuditRepository;
}

/** Longer than the matching worker's Lambda timeout (15 minutes). */
const runTimeLimitMs = 16 * 60_000;
const pairKey = (newcomerId: string, buddyId: string) => `${newcomerId}|${buddyId}`;
/** Buddies who could take one more newcomer now. */
const roomLeft = (buddy: Person) => Math.max(0, (buddy.capacity ?? 0) - (buddy.openMatchCount ?? 0));

export function createMatchingService({ table, matches, people, programmes, audit }: Deps) {
  const staff = (scope: TenantScope) => requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');

  async function presetOf(scope: TenantScope, programmeId: string): Promise<PresetView> {
    const stored = await matches.getPreset(scope, programmeId);
    // Criteria added after a preset was stored start at the default weight.
    return stored
      ? { preset: { ...defaultPreset, ...stored.preset, weights: { ...defaultPreset.weights, ...stored.preset.weights } }, isDefault: false, version: stored.version, updatedAt: stored.updatedAt }
      : { preset: defaultPreset, isDefault: true, version: 0, updatedAt: null };
  }

  async function scorerFor(scope: TenantScope, programme: Programme, pins: PairPin[]) {
    const { preset } = await presetOf(scope, programme.id);
    return createPairScorer(preset, {
      programmeKind: programme.kind,
      practisedLanguage: programme.languages[0]?.toLowerCase() ?? null,
      now: new Date(),
      excludedPairs: new Set(pins.filter((pin) => pin.kind === 'EXCLUDED').map((pin) => pairKey(pin.newcomerId, pin.buddyId))),
      distanceKm,
    });
  }

  /** The pool of a programme: waiting newcomers without a match, buddies with room. */
  async function pool(scope: TenantScope, programmeId: string) {
    const [newcomers, buddies] = await Promise.all([
      people.listAll(scope, 'NEWCOMER', programmeId, ['WAITING']),
      people.listAll(scope, 'BUDDY', programmeId, ['AVAILABLE', 'MATCHED']),
    ]);
    return { newcomers: newcomers.filter((person) => !person.currentMatchId && !person.erasedAt), buddies: buddies.filter((person) => roomLeft(person) > 0 && !person.erasedAt) };
  }

  /** A run still RUNNING after the worker's time limit died with its worker (crash, timeout): it failed. */
  async function settled(scope: TenantScope, run: MatchingRun): Promise<MatchingRun> {
    if (run.status !== 'RUNNING' || Date.now() - Date.parse(run.startedAt) < runTimeLimitMs) return run;
    const failed = { status: 'FAILED' as const, failureReason: 'The run did not finish; please try again.', finishedAt: new Date().toISOString() };
    await matches.updateRun(scope, run.id, failed);
    return { ...run, ...failed };
  }

  async function execute(scope: TenantScope, runId: string): Promise<void> {
    const run = await matches.getRun(scope, runId);
    if (!run || run.status !== 'RUNNING') return;
    const programme = await programmes.get(scope, run.programmeId);
    const pins = await matches.allPins(scope, programme.id);
    const scorer = await scorerFor(scope, programme, pins);
    const { newcomers, buddies } = await pool(scope, programme.id);
    await matches.updateRun(scope, runId, { phase: 'SCORING', progress: 0.1, newcomerCount: newcomers.length, buddyCount: buddies.length });

    // Locked pairs go first, whatever their score, while both are still free.
    const capacity = new Map(buddies.map((buddy) => [buddy.id, roomLeft(buddy)]));
    const newcomerById = new Map(newcomers.map((person) => [person.id, person]));
    const buddyById = new Map(buddies.map((person) => [person.id, person]));
    const locked: [Person, Person][] = [];
    for (const pin of pins) {
      const newcomer = newcomerById.get(pin.newcomerId);
      const buddy = buddyById.get(pin.buddyId);
      if (pin.kind !== 'LOCKED' || !newcomer || !buddy || (capacity.get(buddy.id) ?? 0) < 1) continue;
      locked.push([newcomer, buddy]);
      newcomerById.delete(newcomer.id);
      capacity.set(buddy.id, (capacity.get(buddy.id) ?? 0) - 1);
    }

    const free = [...newcomerById.values()];
    const edges: MatchingEdge[] = [];
    let lastReport = Date.now();
    for (let i = 0; i < free.length; i++) {
      for (const buddy of buddies) {
        if ((capacity.get(buddy.id) ?? 0) < 1) continue;
        const score = scorer.score(free[i], buddy);
        // The solver needs positive scores; an allowed pair with score 0 is still allowed.
        if (score !== null) edges.push([free[i].id, buddy.id, Math.max(score, 0.01)]);
      }
      if (Date.now() - lastReport > 500) {
        lastReport = Date.now();
        await matches.updateRun(scope, runId, { progress: 0.1 + 0.4 * ((i + 1) / free.length), allowedPairCount: edges.length });
      }
    }
    await matches.updateRun(scope, runId, { phase: 'SOLVING', progress: 0.5, allowedPairCount: edges.length });

    let lastSolveReport = 0;
    const progressUpdates: Promise<void>[] = [];
    const result = solveMatching(
      { newcomers: free.map((person) => person.id), buddies: buddies.map((buddy) => ({ id: buddy.id, capacity: capacity.get(buddy.id) ?? 0 })), edges },
      {
        onProgress: (placed, total) => {
          if (Date.now() - lastSolveReport < 500) return;
          lastSolveReport = Date.now();
          progressUpdates.push(matches.updateRun(scope, runId, { progress: 0.5 + 0.3 * (placed / Math.max(1, total)) }));
        },
      },
    );
    await Promise.all(progressUpdates);
    await matches.updateRun(scope, runId, { phase: 'SAVING', progress: 0.8 });

    const pairs: { newcomer: Person; buddy: Person; locked: boolean }[] = [
      ...locked.map(([newcomer, buddy]) => ({ newcomer, buddy, locked: true })),
      ...result.pairs.map(([newcomerId, buddyId]) => ({ newcomer: newcomerById.get(newcomerId)!, buddy: buddyById.get(buddyId)!, locked: false })),
    ];
    const evaluated = pairs
      .map((pair) => ({ ...pair, evaluation: scorer.evaluate(pair.newcomer, pair.buddy) }))
      .sort((a, b) => Number(b.locked) - Number(a.locked) || b.evaluation.score - a.evaluation.score);
    const proposals: MatchProposal[] = evaluated.map((pair, rank) => ({
      runId,
      rank,
      newcomerId: pair.newcomer.id,
      buddyId: pair.buddy.id,
      score: pair.evaluation.score,
      criteria: pair.evaluation.criteria,
      locked: pair.locked,
      status: 'PROPOSED',
      matchId: null,
    }));
    await matches.putProposals(scope, proposals);
    const totalScore = Math.round(proposals.reduce((sum, proposal) => sum + proposal.score, 0) * 10) / 10;
    await matches.updateRun(scope, runId, {
      status: 'DONE',
      phase: 'DONE',
      progress: 1,
      proposalCount: proposals.length,
      totalScore,
      unmatchedNewcomerCount: newcomers.length - proposals.length,
      finishedAt: new Date().toISOString(),
    });
    logger.info('matching run done', { tenantId: scope.tenantId, runId, newcomers: newcomers.length, buddies: buddies.length, pairs: edges.length, proposals: proposals.length });
  }

  return {
    presetOf(scope: TenantScope, programmeId: string): Promise<PresetView> {
      staff(scope);
      return presetOf(scope, programmeId);
    },

    async updatePreset(scope: TenantScope, input: unknown): Promise<PresetView> {
      staff(scope);
      const { programmeId, version, ...change } = parseInput(presetInputSchema, input);
      await programmes.get(scope, programmeId);
      const current = await presetOf(scope, programmeId);
      if (current.version !== version) throw ValidationError.of(['input', 'version'], 'STALE', 'The matching settings were changed meanwhile; reload them and try again.');
      const preset = applyPresetChange(current.preset, change);
      const updatedAt = new Date().toISOString();
      await transactWrite(
        table,
        [
          matches.putPresetItem(scope, programmeId, { preset, version: version + 1, updatedAt }),
          audit.tenantEntry(scope.tenantId, { action: 'matching.preset_updated', actorId: scope.userId, subjectId: programmeId }),
        ],
        () => {
          throw ValidationError.of(['input', 'version'], 'STALE', 'The matching settings were changed meanwhile; reload them and try again.');
        },
      );
      return { preset, isDefault: false, version: version + 1, updatedAt };
    },

    /** The best allowed partners for a person in one of their programmes, best first. */
    async suggestions(scope: TenantScope, personId: string, programmeId: string | null | undefined, first: number): Promise<Suggestion[]> {
      staff(scope);
      if (!Number.isInteger(first) || first < 1 || first > 50) throw ValidationError.of(['first'], 'INVALID', 'first must be between 1 and 50.');
      const person = await people.get(scope, personId);
      if (!person) throw new NotFoundError('This person does not exist.');
      const chosen = programmeId ?? person.programmeIds[0];
      if (!chosen || !person.programmeIds.includes(chosen)) throw ValidationError.of(['programmeId'], 'INVALID', 'This person does not take part in that programme.');
      const programme = await programmes.get(scope, chosen);
      const pins = await matches.allPins(scope, chosen);
      const scorer = await scorerFor(scope, programme, pins);
      const { newcomers, buddies } = await pool(scope, chosen);
      const pairWith = (candidate: Person): [Person, Person] => (person.role === 'NEWCOMER' ? [person, candidate] : [candidate, person]);
      // The cheap score for the whole pool; facts only for the few shown.
      return (person.role === 'NEWCOMER' ? buddies : newcomers)
        .map((candidate) => ({ candidate, score: scorer.score(...pairWith(candidate)) }))
        .filter((scored): scored is { candidate: Person; score: number } => scored.score !== null)
        .sort((a, b) => b.score - a.score)
        .slice(0, first)
        .map(({ candidate }) => {
          const [newcomer, buddy] = pairWith(candidate);
          return { newcomer, buddy, ...scorer.evaluate(newcomer, buddy) };
        });
    },

    /** Creates a run (RUNNING) and has `launch` do the work; the caller polls the run. */
    async startRun(scope: TenantScope, input: unknown, launch: RunLauncher): Promise<MatchingRun> {
      staff(scope);
      const { programmeId } = parseInput(z.object({ programmeId: idSchema }), input);
      const programme = await programmes.get(scope, programmeId);
      if (programme.status !== 'ACTIVE') throw ValidationError.of(['input', 'programmeId'], 'NOT_ALLOWED', 'Only an active programme can propose matches.');
      const run: MatchingRun = {
        tenantId: scope.tenantId,
        id: sortableId(),
        programmeId,
        status: 'RUNNING',
        phase: 'LOADING',
        progress: 0,
        newcomerCount: 0,
        buddyCount: 0,
        allowedPairCount: 0,
        proposalCount: 0,
        totalScore: 0,
        unmatchedNewcomerCount: 0,
        failureReason: null,
        startedBy: scope.userId,
        startedAt: new Date().toISOString(),
        finishedAt: null,
      };
      await transactWrite(table, [matches.putRun(scope, run), audit.tenantEntry(scope.tenantId, { action: 'matching.run_started', actorId: scope.userId, subjectId: run.id })]);
      try {
        await launch({ tenantId: scope.tenantId, runId: run.id, userId: scope.userId });
      } catch (error) {
        logger.error('matching run could not start', { tenantId: scope.tenantId, runId: run.id, error: (error as Error).message });
        const failed = { status: 'FAILED' as const, failureReason: 'The run could not start; please try again.', finishedAt: new Date().toISOString() };
        await matches.updateRun(scope, run.id, failed);
        return { ...run, ...failed };
      }
      return run;
    },

    /** Does a run's work (called by the launcher); a failure is recorded on the run, never thrown. */
    async executeRun(scope: TenantScope, runId: string): Promise<void> {
      try {
        await execute(scope, runId);
      } catch (error) {
        logger.error('matching run failed', { tenantId: scope.tenantId, runId, error: (error as Error).message });
        await matches.updateRun(scope, runId, { status: 'FAILED', failureReason: 'The run stopped because of an error; please try again.', finishedAt: new Date().toISOString() });
      }
    },

    async run(scope: TenantScope, runId: string): Promise<MatchingRun> {
      staff(scope);
      const run = await matches.getRun(scope, runId);
      if (!run) throw new NotFoundError('This matching run does not exist.');
      return settled(scope, run);
    },

    async runs(scope: TenantScope, programmeId: string, first?: number | null, after?: string | null): Promise<Page<MatchingRun>> {
      staff(scope);
      await programmes.get(scope, programmeId);
      const page = await matches.listRuns(scope, programmeId, first, after);
      return { ...page, items: await Promise.all(page.items.map(async (edge) => ({ ...edge, node: await settled(scope, edge.node) }))) };
    },

    proposals(scope: TenantScope, runId: string, first?: number | null, after?: string | null): Promise<Page<MatchProposal>> {
      staff(scope);
      return matches.listProposals(scope, runId, first, after);
    },

    async pins(scope: TenantScope, programmeId: string, first?: number | null, after?: string | null): Promise<Page<PairPin>> {
      staff(scope);
      await programmes.get(scope, programmeId);
      return matches.listPins(scope, programmeId, first, after);
    },

    /** Locks or excludes a pair for the next runs and suggestions; kind null removes the pin. */
    async setPin(scope: TenantScope, input: unknown): Promise<PairPin | null> {
      staff(scope);
      const { programmeId, newcomerId, buddyId, kind, reason } = parseInput(pinSchema, input);
      await programmes.get(scope, programmeId);
      const found = await people.getMany(scope, [newcomerId, buddyId]);
      const newcomer = found.get(newcomerId);
      const buddy = found.get(buddyId);
      if (!newcomer || newcomer.role !== 'NEWCOMER' || !newcomer.programmeIds.includes(programmeId)) throw ValidationError.of(['input', 'newcomerId'], 'INVALID', 'Choose a newcomer of this programme.');
      if (!buddy || buddy.role !== 'BUDDY' || !buddy.programmeIds.includes(programmeId)) throw ValidationError.of(['input', 'buddyId'], 'INVALID', 'Choose a buddy of this programme.');
      if (!kind) {
        await transactWrite(table, [matches.deletePinItem(scope, programmeId, newcomerId, buddyId), audit.tenantEntry(scope.tenantId, { action: 'matching.pin_removed', actorId: scope.userId, subjectId: programmeId })]);
        return null;
      }
      const pin: PairPin = { programmeId, newcomerId, buddyId, kind: kind as PairPinKind, reason: reason ?? null, by: scope.userId, at: new Date().toISOString() };
      await transactWrite(table, [matches.putPinItem(scope, pin), audit.tenantEntry(scope.tenantId, { action: `matching.pair_${kind.toLowerCase()}`, actorId: scope.userId, subjectId: programmeId })]);
      return pin;
    },

    /** One pair's evaluation under the programme's preset and pins (a coordinator approving by hand). */
    async evaluate(scope: TenantScope, programme: Programme, newcomer: Person, buddy: Person): Promise<PairEvaluation> {
      const pin = await matches.getPin(scope, programme.id, newcomer.id, buddy.id);
      return (await scorerFor(scope, programme, pin ? [pin] : [])).evaluate(newcomer, buddy);
    },

    /** Used by the lifecycle: exclude a pair after a decline or a mismatch. */
    exclusionItem(scope: TenantScope, programmeId: string, newcomerId: string, buddyId: string, reason: string) {
      return matches.putPinItem(scope, { programmeId, newcomerId, buddyId, kind: 'EXCLUDED', reason, by: null, at: new Date().toISOString() });
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
