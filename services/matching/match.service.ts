// The life of a match: approved by a coordinator → accepted by the buddy and the newcomer → active
// (first meeting) ↔ paused → completed or ended; declined by either side. A buddy's open matches never
// exceed their capacity and a newcomer has at most one open match: every change re-reads both people
// and writes them with their version as the condition, so of two coordinators racing for the last
// place, one gets CONFLICT.
import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import type { AuditRepository } from '../audit/audit.repository';
import type { Mailer } from '../mail/mailer';
import { mails } from '../mail/messages';
import type { Table } from '../data/dynamo';
import type { Page } from '../data/pagination';
import { transactWrite, type TransactItem } from '../data/transactions';
import type { PersonRole, PersonStatus } from '../people/lifecycle';
import type { Person, PersonRepository } from '../people/person.repository';
import type { Programme } from '../programmes/programme.repository';
import type { ProgrammeService } from '../programmes/programme.service';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { sortableId } from '../shared/ids';
import { grantTenantScope, requireRole, type TenantScope } from '../shared/scope';
import { parseInput, versionSchema } from '../shared/validation';
import type { TenantRepository } from '../tenants/tenant.repository';
import {
  declineReasons,
  endReasons,
  openMatchStatuses,
  type Match,
  type MatchAnswer,
  type MatchProposal,
  type MatchRepository,
  type MatchStatus,
  type MatchStatusChange,
} from './match.repository';
import type { MatchingService } from './matching.service';
import type { CriterionResult } from './scoring';

const idSchema = z.string().check(z.minLength(1), z.maxLength(100));
const noteSchema = z.nullish(z.string().check(z.trim(), z.maxLength(1000)));
const approveSchema = z.object({ programmeId: idSchema, newcomerId: idSchema, buddyId: idSchema });
const answerSchema = z.object({ accept: z.boolean(), reason: z.nullish(z.enum(declineReasons)), note: noteSchema });
const recordAnswerSchema = z.extend(answerSchema, { matchId: idSchema, version: versionSchema, side: z.enum(['NEWCOMER', 'BUDDY']) });
const startSchema = z.object({ matchId: idSchema, version: versionSchema, firstMeetingAt: z.iso.datetime({ offset: true }) });
const pauseSchema = z.object({ matchId: idSchema, version: versionSchema, reason: noteSchema });
const resumeSchema = z.object({ matchId: idSchema, version: versionSchema });
const endSchema = z.object({ matchId: idSchema, version: versionSchema, outcome: z.enum(['COMPLETED', 'ENDED']), reason: z.enum(endReasons), note: noteSchema });
const linkSideSchema = z.object({ matchId: idSchema, side: z.enum(['NEWCOMER', 'BUDDY']), sendByEmail: z.nullish(z.boolean()) });

const linkValidDays = 14;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Where a coordinator may move a match now (answers move APPROVED on to ACCEPTED or DECLINED). */
const nextStatuses: Record<MatchStatus, MatchStatus[]> = {
  APPROVED: ['ACCEPTED', 'DECLINED', 'ENDED'],
  ACCEPTED: ['ACTIVE', 'DECLINED', 'ENDED'],
  ACTIVE: ['PAUSED', 'COMPLETED', 'ENDED'],
  PAUSED: ['ACTIVE', 'COMPLETED', 'ENDED'],
  COMPLETED: [],
  ENDED: [],
  DECLINED: [],
};
export const allowedNextMatchStatuses = (match: Match): MatchStatus[] => nextStatuses[match.status];

export interface MatchInvitation {
  tenantName: string;
  programmeName: string;
  side: PersonRole;
  firstName: string;
  preferredLanguage: Person['preferredLanguage'];
  otherFirstName: string;
  criteria: CriterionResult[];
  answer: MatchAnswer;
  status: MatchStatus;
  expiresAt: string;
}

interface Deps {
  table: Table;
  matches: MatchRepository;
  people: PersonRepository;
  programmes: ProgrammeService;
  matching: MatchingService;
  tenants: TenantRepository;
  audit: AuditRepository;
  mailer: Mailer;
  /** The web app's address, for links in mail. */
  appUrl: string;
}

/** The coordinator who did it; null when the person answered through their link. */
const byOf = (scope: TenantScope) => (scope.role === 'COORDINATOR' || scope.role === 'TENANT_ADMIN' ? scope.userId : null);

/** Thrown inside an attempt when someone else wrote one of the people first: read again and retry. */
class Retry extends Error {}

export function createMatchService({ table, matches, people, programmes, matching, tenants, audit, mailer, appUrl }: Deps) {
  const staff = (scope: TenantScope) => requireRole(scope, 'COORDINATOR', 'TENANT_ADMIN');

  /** Runs `attempt` up to three times while people it read were changed meanwhile. */
  async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof Retry)) throw error;
        if (i === 3) throw new ConflictError('Someone else changed these people at the same moment; please try again.');
      }
    }
  }

  /** The next version of a person, written only if nobody changed them since they were read. */
  function personWrite(scope: TenantScope, before: Person, changes: Partial<Person>, at: string): TransactItem {
    return people.putItem(scope, { ...before, ...changes, version: before.version + 1, updatedAt: at }, before.version);
  }

  function statusHistory(scope: TenantScope, person: Person, to: PersonStatus, reason: string, at: string): TransactItem[] {
    return person.status === to ? [] : [people.historyItem(scope, person.id, { from: person.status, to, reason, by: byOf(scope), at })];
  }

  /** Writes that free the buddy's place and put the newcomer back on the waiting list (or complete them). */
  function release(scope: TenantScope, match: Match, newcomer: Person, buddy: Person, newcomerTo: 'WAITING' | 'COMPLETED', reason: string, at: string): TransactItem[] {
    const open = Math.max(0, (buddy.openMatchCount ?? 1) - 1);
    const buddyStatus: PersonStatus = buddy.status === 'MATCHED' && open === 0 ? 'AVAILABLE' : buddy.status;
    // Only a newcomer still in this match moves (a coordinator may have withdrawn them meanwhile).
    const newcomerStatus: PersonStatus = newcomer.status === 'MATCHED' && newcomer.currentMatchId === match.id ? newcomerTo : newcomer.status;
    return [
      personWrite(scope, newcomer, { status: newcomerStatus, currentMatchId: newcomer.currentMatchId === match.id ? null : (newcomer.currentMatchId ?? null) }, at),
      personWrite(scope, buddy, { status: buddyStatus, openMatchCount: open }, at),
      ...statusHistory(scope, newcomer, newcomerStatus, reason, at),
      ...statusHistory(scope, buddy, buddyStatus, reason, at),
    ];
  }

  async function existingMatch(scope: TenantScope, matchId: string): Promise<Match> {
    const match = await matches.getMatch(scope, matchId);
    if (!match) throw new NotFoundError('This match does not exist.');
    return match;
  }

  async function pairOf(scope: TenantScope, match: Pick<Match, 'newcomerId' | 'buddyId'>): Promise<[Person, Person]> {
    const found = await people.getMany(scope, [match.newcomerId, match.buddyId]);
    const newcomer = found.get(match.newcomerId);
    const buddy = found.get(match.buddyId);
    if (!newcomer || !buddy) throw new NotFoundError('A person of this match does not exist any more.');
    return [newcomer, buddy];
  }

  /**
   * Writes the match's next state with the people's writes. The match must still be at `expectedVersion`
   * (else STALE for the caller); a person changed meanwhile means read again (Retry).
   */
  async function save(scope: TenantScope, before: Match, after: Match, change: Omit<MatchStatusChange, 'from' | 'to' | 'at'>, items: TransactItem[], action: string, at: string): Promise<Match> {
    const next = { ...after, version: before.version + 1 };
    await transactWrite(
      table,
      [
        matches.putMatch(scope, next, before.version),
        ...(before.status !== after.status ? [matches.matchHistoryItem(scope, before.id, { ...change, from: before.status, to: after.status, at })] : []),
        audit.tenantEntry(scope.tenantId, { action, actorId: scope.userId, subjectId: before.id }, at),
        ...items,
      ],
      (index) => {
        if (index === 0) throw new ConflictError('This match was changed meanwhile; reload it and try again.');
        throw new Retry();
      },
    );
    return next;
  }

  /** A decision on an open match; both people are re-read on every attempt. */
  async function decide(scope: TenantScope, matchId: string, version: number | null, decide: (match: Match, newcomer: Person, buddy: Person, at: string) => Promise<Match>): Promise<Match> {
    return withRetry(async () => {
      const match = await existingMatch(scope, matchId);
      if (version !== null && match.version !== version) throw ValidationError.of(['input', 'version'], 'STALE', 'This match was changed meanwhile; reload it and try again.');
      const [newcomer, buddy] = await pairOf(scope, match);
      return decide(match, newcomer, buddy, new Date().toISOString());
    });
  }

  function notAllowed(field: string, message: string): never {
    throw ValidationError.of(['input', field], 'NOT_ALLOWED', message);
  }

  /** An answer of one side, by a coordinator (on the person's behalf) or by the person through their link. */
  async function answer(scope: TenantScope, matchId: string, version: number | null, side: PersonRole, input: z.infer<typeof answerSchema>): Promise<Match> {
    if (!input.accept && !input.reason) throw ValidationError.of(['input', 'reason'], 'REQUIRED', 'Say why the match is declined.');
    return decide(scope, matchId, version, async (match, newcomer, buddy, at) => {
      if (match.status !== 'APPROVED' && match.status !== 'ACCEPTED') notAllowed('accept', 'This match can no longer be accepted or declined.');
      const answerField = side === 'NEWCOMER' ? 'newcomerAnswer' : 'buddyAnswer';
      const who = side === 'NEWCOMER' ? 'newcomer' : 'buddy';
      if (input.accept) {
        const after: Match = { ...match, [answerField]: 'ACCEPTED' };
        const both = after.newcomerAnswer === 'ACCEPTED' && after.buddyAnswer === 'ACCEPTED';
        return save(scope, match, { ...after, status: both ? 'ACCEPTED' : match.status, acceptedAt: both ? at : match.acceptedAt }, { reason: `Accepted by the ${who}`, by: byOf(scope) }, [], 'match.accepted', at);
      }
      const reason = `Declined by the ${who}: ${input.reason!.toLowerCase().replaceAll('_', ' ')}`;
      const after: Match = { ...match, [answerField]: 'DECLINED', status: 'DECLINED', declinedBy: side, declineReason: input.reason!, endedAt: at };
      return save(
        scope,
        match,
        after,
        { reason: input.note ? `${reason} (${input.note})` : reason, by: byOf(scope) },
        [...release(scope, match, newcomer, buddy, 'WAITING', reason, at), matching.exclusionItem(scope, match.programmeId, match.newcomerId, match.buddyId, reason)],
        'match.declined',
        at,
      );
    });
  }

  /**
   * Approves a pair, from a run's proposal (scored then) or by hand in `programme` (scored now, under
   * its rules): the match is made only while the newcomer waits without a match and the buddy has room.
   */
  async function approvePair(scope: TenantScope, programmeId: string, newcomerId: string, buddyId: string, source: { proposal: MatchProposal } | { programme: Programme }): Promise<Match> {
    const fromProposal = 'proposal' in source ? source.proposal : null;
    return withRetry(async () => {
      const [newcomer, buddy] = await pairOf(scope, { newcomerId, buddyId });
      if (newcomer.role !== 'NEWCOMER' || !newcomer.programmeIds.includes(programmeId)) throw ValidationError.of(['input', 'newcomerId'], 'INVALID', 'Choose a newcomer of this programme.');
      if (buddy.role !== 'BUDDY' || !buddy.programmeIds.includes(programmeId)) throw ValidationError.of(['input', 'buddyId'], 'INVALID', 'Choose a buddy of this programme.');
      if (newcomer.currentMatchId || newcomer.status === 'MATCHED') throw new ConflictError(`${newcomer.firstName} was matched meanwhile.`);
      if (newcomer.status !== 'WAITING') notAllowed('newcomerId', 'Only a newcomer on the waiting list can be matched.');
      if (buddy.status !== 'AVAILABLE' && buddy.status !== 'MATCHED') notAllowed('buddyId', 'This buddy is not available for matching.');
      const open = buddy.openMatchCount ?? 0;
      if (open >= (buddy.capacity ?? 0)) throw new ConflictError(`${buddy.firstName} has no room left (${open} of ${buddy.capacity ?? 0} places taken).`);

      let score: number;
      let criteria: CriterionResult[];
      if ('proposal' in source) {
        ({ score, criteria } = source.proposal);
      } else {
        const evaluation = await matching.evaluate(scope, source.programme, newcomer, buddy);
        const blocking = evaluation.blockedBy.filter((constraint) => constraint !== 'CAPACITY');
        if (blocking.length) notAllowed('buddyId', `This pair is ruled out by the programme's matching rules (${blocking.join(', ').toLowerCase().replaceAll('_', ' ')}).`);
        ({ score, criteria } = evaluation);
      }
      const at = new Date().toISOString();
      const match: Match = {
        tenantId: scope.tenantId,
        id: sortableId(),
        programmeId,
        newcomerId,
        buddyId,
        status: 'APPROVED',
        score,
        criteria,
        newcomerAnswer: 'PENDING',
        buddyAnswer: 'PENDING',
        declineReason: null,
        declinedBy: null,
        endReason: null,
        runId: fromProposal?.runId ?? null,
        approvedAt: at,
        acceptedAt: null,
        startedAt: null,
        endedAt: null,
        version: 1,
      };
      const reason = 'Match approved';
      const items: TransactItem[] = [
        personWrite(scope, newcomer, { status: 'MATCHED', currentMatchId: match.id }, at),
        personWrite(scope, buddy, { status: 'MATCHED', openMatchCount: open + 1 }, at),
        matches.putMatch(scope, match),
        matches.matchHistoryItem(scope, match.id, { from: null, to: 'APPROVED', reason: fromProposal ? 'Approved from a proposal' : 'Approved', by: scope.userId, at }),
        ...statusHistory(scope, newcomer, 'MATCHED', reason, at),
        ...statusHistory(scope, buddy, 'MATCHED', reason, at),
        audit.tenantEntry(scope.tenantId, { action: 'match.approved', actorId: scope.userId, subjectId: match.id }, at),
        ...(fromProposal ? [matches.approveProposalItem(scope, fromProposal.runId, fromProposal.rank, match.id)] : []),
      ];
      await transactWrite(table, items, (index) => {
        if (index === items.length - 1 && fromProposal) throw new ConflictError('This proposal was approved already.');
        throw new Retry();
      });
      return match;
    });
  }

  /** The match and side behind a valid link, with a scope that stands in for that person only. */
  async function resolveLink(slug: string, token: string) {
    if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
    const tenantId = await tenants.idBySlug(slug.trim().toLowerCase());
    if (!tenantId) return null;
    const link = await matches.getLink(tenantId, hashOf(token));
    if (!link || link.expiresAt < new Date().toISOString()) return null;
    const scope = grantTenantScope(tenantId, 'match-link', link.side);
    const match = await matches.getMatch(scope, link.matchId);
    return match ? { scope, match, link, tenantId } : null;
  }

  /** The page of the person behind a link, for `match` as it is now. */
  async function invitationOf(found: NonNullable<Awaited<ReturnType<typeof resolveLink>>>, match: Match): Promise<MatchInvitation | null> {
    const { scope, link, tenantId } = found;
    const [[newcomer, buddy], programme, tenant] = await Promise.all([pairOf(scope, match), programmes.find(scope, match.programmeId), tenants.getById(tenantId)]);
    if (!programme || !tenant) return null;
    const [self, other] = link.side === 'NEWCOMER' ? [newcomer, buddy] : [buddy, newcomer];
    return {
      tenantName: tenant.name,
      programmeName: programme.name,
      side: link.side,
      firstName: self.firstName,
      preferredLanguage: self.preferredLanguage,
      otherFirstName: other.firstName,
      criteria: match.criteria,
      answer: link.side === 'NEWCOMER' ? match.newcomerAnswer : match.buddyAnswer,
      status: match.status,
      expiresAt: link.expiresAt,
    };
  }

  return {
    async get(scope: TenantScope, matchId: string): Promise<Match> {
      staff(scope);
      return existingMatch(scope, matchId);
    },

    async list(scope: TenantScope, filter: { programmeId: string; status?: MatchStatus[] | null }, first?: number | null, after?: string | null): Promise<Page<Match>> {
      staff(scope);
      await programmes.get(scope, filter.programmeId);
      return matches.listMatches(scope, filter.programmeId, filter.status, first, after);
    },

    async ofPerson(scope: TenantScope, person: Person, first?: number | null, after?: string | null): Promise<Page<Match>> {
      staff(scope);
      return matches.listPersonMatches(scope, person.id, person.role, first, after);
    },

    async history(scope: TenantScope, matchId: string): Promise<MatchStatusChange[]> {
      staff(scope);
      return matches.matchHistory(scope, matchId);
    },

    async approve(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { programmeId, newcomerId, buddyId } = parseInput(approveSchema, input);
      const programme = await programmes.get(scope, programmeId);
      if (programme.status !== 'ACTIVE') notAllowed('programmeId', 'Only an active programme can make matches.');
      return approvePair(scope, programmeId, newcomerId, buddyId, { programme });
    },

    /**
     * Approves some (ids = ranks) or all PROPOSED proposals of a run, one transaction each; the ones
     * that cannot be approved (capacity reached meanwhile, ...) come back as problems, the rest go on.
     */
    async approveProposals(scope: TenantScope, input: unknown): Promise<{ matches: Match[]; problems: { index: number; proposal: MatchProposal | null; code: 'CONFLICT' | 'INVALID' | 'NOT_ALLOWED'; message: string }[] }> {
      staff(scope);
      const { runId, proposalRanks } = parseInput(z.object({ runId: idSchema, proposalRanks: z.nullish(z.array(z.int()).check(z.maxLength(5000))) }), input);
      const run = await matching.run(scope, runId);
      if (run.status !== 'DONE') notAllowed('runId', 'This run has not finished.');
      const all = await matches.allProposals(scope, runId);
      const byRank = new Map(all.map((proposal) => [proposal.rank, proposal]));
      const chosen = proposalRanks ? proposalRanks.map((rank) => byRank.get(rank) ?? null) : all.filter((proposal) => proposal.status === 'PROPOSED');
      const made: Match[] = [];
      const problems: { index: number; proposal: MatchProposal | null; code: 'CONFLICT' | 'INVALID' | 'NOT_ALLOWED'; message: string }[] = [];
      for (const [index, proposal] of chosen.entries()) {
        if (!proposal) {
          problems.push({ index, proposal, code: 'INVALID', message: 'This proposal is not part of the run.' });
          continue;
        }
        if (proposal.status !== 'PROPOSED') {
          problems.push({ index, proposal, code: 'NOT_ALLOWED', message: 'This proposal was handled already.' });
          continue;
        }
        try {
          made.push(await approvePair(scope, run.programmeId, proposal.newcomerId, proposal.buddyId, { proposal }));
        } catch (error) {
          if (!(error instanceof ConflictError) && !(error instanceof ValidationError)) throw error;
          await matches.markProposalStale(scope, runId, proposal.rank);
          problems.push({ index, proposal, code: error instanceof ConflictError ? 'CONFLICT' : 'NOT_ALLOWED', message: error instanceof ValidationError ? error.issues[0].message : error.message });
        }
      }
      return { matches: made, problems };
    },

    async recordAnswer(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { matchId, version, side, ...rest } = parseInput(recordAnswerSchema, input);
      return answer(scope, matchId, version, side, rest);
    },

    async start(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { matchId, version, firstMeetingAt } = parseInput(startSchema, input);
      if (Date.parse(firstMeetingAt) > Date.now() + 10 * 60_000) throw ValidationError.of(['input', 'firstMeetingAt'], 'INVALID', 'The first meeting cannot be in the future.');
      return decide(scope, matchId, version, async (match, _newcomer, _buddy, at) => {
        if (match.status !== 'ACCEPTED') notAllowed('matchId', 'A match becomes active once both have accepted it.');
        if (Date.parse(firstMeetingAt) < Date.parse(match.approvedAt) - 86_400_000) throw ValidationError.of(['input', 'firstMeetingAt'], 'INVALID', 'The first meeting cannot be before the match was approved.');
        return save(scope, match, { ...match, status: 'ACTIVE', startedAt: new Date(firstMeetingAt).toISOString() }, { reason: 'First meeting', by: scope.userId }, [], 'match.started', at);
      });
    },

    async pause(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { matchId, version, reason } = parseInput(pauseSchema, input);
      return decide(scope, matchId, version, async (match, _n, _b, at) => {
        if (match.status !== 'ACTIVE') notAllowed('matchId', 'Only an active match can be paused.');
        return save(scope, match, { ...match, status: 'PAUSED' }, { reason: reason || null, by: scope.userId }, [], 'match.paused', at);
      });
    },

    async resume(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { matchId, version } = parseInput(resumeSchema, input);
      return decide(scope, matchId, version, async (match, _n, _b, at) => {
        if (match.status !== 'PAUSED') notAllowed('matchId', 'Only a paused match can be resumed.');
        return save(scope, match, { ...match, status: 'ACTIVE' }, { reason: null, by: scope.userId }, [], 'match.resumed', at);
      });
    },

    /** Completes or ends an open match; the buddy's place is freed and the newcomer completes or waits again. */
    async end(scope: TenantScope, input: unknown): Promise<Match> {
      staff(scope);
      const { matchId, version, outcome, reason, note } = parseInput(endSchema, input);
      if (outcome === 'COMPLETED' && !['GOALS_REACHED', 'TRAJECTORY_DONE', 'MOVED', 'OTHER'].includes(reason)) {
        throw ValidationError.of(['input', 'reason'], 'INVALID', 'A completed match ends with its goals reached, the trajectory done, a move or another reason; use outcome ENDED for this one.');
      }
      return decide(scope, matchId, version, async (match, newcomer, buddy, at) => {
        if (!openMatchStatuses.includes(match.status)) notAllowed('matchId', 'This match has ended already.');
        if (outcome === 'COMPLETED' && match.status !== 'ACTIVE' && match.status !== 'PAUSED') notAllowed('outcome', 'Only a match that started can be completed; end it instead.');
        const why = `${outcome === 'COMPLETED' ? 'Completed' : 'Ended'}: ${reason.toLowerCase().replaceAll('_', ' ')}`;
        const items = release(scope, match, newcomer, buddy, outcome === 'COMPLETED' ? 'COMPLETED' : 'WAITING', why, at);
        if (reason === 'MISMATCH') items.push(matching.exclusionItem(scope, match.programmeId, match.newcomerId, match.buddyId, 'Ended as a mismatch'));
        return save(scope, match, { ...match, status: outcome, endReason: reason, endedAt: at }, { reason: note ? `${why} (${note})` : why, by: scope.userId }, items, `match.${outcome.toLowerCase()}`, at);
      });
    },

    /** A personal link for one side to answer in the app, e-mailed on request; earlier links stay valid until they expire. */
    async createAnswerLink(scope: TenantScope, input: unknown): Promise<{ path: string; expiresAt: string; emailedTo: string | null }> {
      staff(scope);
      const { matchId, side, sendByEmail } = parseInput(linkSideSchema, input);
      const match = await existingMatch(scope, matchId);
      if (match.status !== 'APPROVED' && match.status !== 'ACCEPTED') notAllowed('matchId', 'Links are for matches waiting for answers.');
      const [newcomer, buddy] = await pairOf(scope, match);
      const [self, other] = side === 'NEWCOMER' ? [newcomer, buddy] : [buddy, newcomer];
      if (sendByEmail && !self.email) throw ValidationError.of(['input', 'sendByEmail'], 'INVALID', `${self.firstName} has no e-mail address: copy the link and send it another way.`);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + linkValidDays * 86_400_000).toISOString();
      await transactWrite(table, [
        matches.putLinkItem(scope, hashOf(token), { matchId, side, expiresAt }, scope.userId),
        audit.tenantEntry(scope.tenantId, { action: sendByEmail ? 'match.answer_link_emailed' : 'match.answer_link_created', actorId: scope.userId, subjectId: matchId }),
      ]);
      const tenant = await tenants.get(scope);
      const path = `/#/match/${tenant.slug}/${token}`;
      if (sendByEmail && self.email) {
        const programme = await programmes.get(scope, match.programmeId);
        const link = `${appUrl.replace(/\/$/, '')}${path}`;
        await mailer.send(mails.matchProposal(self.email, self.preferredLanguage, { tenantName: tenant.name, programmeName: programme.name, firstName: self.firstName, otherFirstName: other.firstName, side, link, expiresAt }));
      }
      return { path, expiresAt, emailedTo: sendByEmail ? self.email : null };
    },

    /** Public: what the person behind a link sees; null for unknown or expired links. */
    async invitation(slug: string, token: string): Promise<MatchInvitation | null> {
      const found = await resolveLink(slug, token);
      return found ? invitationOf(found, found.match) : null;
    },

    /** Public: the person accepts or declines through their link. */
    async answerByLink(slug: string, token: string, input: unknown): Promise<MatchInvitation> {
      const found = await resolveLink(slug, token);
      if (!found) throw ValidationError.of(['input', 'token'], 'INVALID', 'This link is not valid any more. Ask your coordinator for a new one.');
      const parsed = parseInput(answerSchema, input);
      const answered = await answer(found.scope, found.match.id, null, found.link.side, parsed);
      return (await invitationOf(found, answered))!;
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
