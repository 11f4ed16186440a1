// Matching data of a tenant, all in the tenant's partition:
//   TENANT#<t> / MATCH#<id>                          a match (gsi1: a programme's matches, gsi2: the newcomer's, gsi3: the buddy's; newest first)
//   TENANT#<t> / MATCH#<id>#HISTORY#<at>#<rand>      a status change of the match
//   TENANT#<t> / MATCHRUN#<id>                       a whole-pool run with its progress (gsi1: a programme's runs, newest first)
//   TENANT#<t> / MATCHRUN#<id>#P#<rank>              a proposal of the run, best first
//   TENANT#<t> / PAIRPIN#<programme>#<newcomer>#<buddy>  a locked or excluded pair
//   TENANT#<t> / MATCHINGPRESET#<programme>         the programme's preset (absent: the default)
//   TENANT#<t> / MATCHLINK#<sha256(token)>           a buddy's or newcomer's answer link (TTL a month after expiry)
import { randomBytes } from 'node:crypto';
import { BatchWriteCommand, GetCommand, type BatchWriteCommandOutput, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryAll as queryAllItems, queryAllByPrefix, queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { PersonRole } from '../people/lifecycle';
import type { TenantScope } from '../shared/scope';
import type { MatchingPreset } from './preset';
import type { CriterionResult } from './scoring';

export const matchStatuses = ['APPROVED', 'ACCEPTED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED', 'DECLINED'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export const openMatchStatuses: MatchStatus[] = ['APPROVED', 'ACCEPTED', 'ACTIVE', 'PAUSED'];
export type MatchAnswer = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export const declineReasons = ['NO_TIME', 'NOT_A_GOOD_FIT', 'TOO_FAR', 'LANGUAGE', 'PERSONAL_CIRCUMSTANCES', 'OTHER'] as const;
export type DeclineReason = (typeof declineReasons)[number];
export const endReasons = ['GOALS_REACHED', 'TRAJECTORY_DONE', 'MOVED', 'MISMATCH', 'NO_CONTACT', 'PERSONAL_CIRCUMSTANCES', 'OTHER'] as const;
export type MatchEndReason = (typeof endReasons)[number];

export interface Match {
  tenantId: string;
  id: string;
  programmeId: string;
  newcomerId: string;
  buddyId: string;
  status: MatchStatus;
  score: number;
  /** The breakdown when it was approved (facts, so it can be explained in any language later). */
  criteria: CriterionResult[];
  newcomerAnswer: MatchAnswer;
  buddyAnswer: MatchAnswer;
  declineReason: DeclineReason | null;
  declinedBy: PersonRole | null;
  endReason: MatchEndReason | null;
  runId: string | null;
  approvedAt: string;
  acceptedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  version: number;
}

export interface MatchStatusChange {
  from: MatchStatus | null;
  to: MatchStatus;
  reason: string | null;
  by: string | null;
  at: string;
}

export type RunStatus = 'RUNNING' | 'DONE' | 'FAILED';
export type RunPhase = 'LOADING' | 'SCORING' | 'SOLVING' | 'SAVING' | 'DONE';

export interface MatchingRun {
  tenantId: string;
  id: string;
  programmeId: string;
  status: RunStatus;
  phase: RunPhase;
  progress: number;
  newcomerCount: number;
  buddyCount: number;
  allowedPairCount: number;
  proposalCount: number;
  totalScore: number;
  unmatchedNewcomerCount: number;
  failureReason: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}

export type ProposalStatus = 'PROPOSED' | 'APPROVED' | 'STALE';

export interface MatchProposal {
  runId: string;
  /** Position in the run, best first; the proposal's id within the run. */
  rank: number;
  newcomerId: string;
  buddyId: string;
  score: number;
  criteria: CriterionResult[];
  locked: boolean;
  status: ProposalStatus;
  matchId: string | null;
}

export type PairPinKind = 'LOCKED' | 'EXCLUDED';

export interface PairPin {
  programmeId: string;
  newcomerId: string;
  buddyId: string;
  kind: PairPinKind;
  reason: string | null;
  by: string | null;
  at: string;
}

export interface StoredPreset {
  preset: MatchingPreset;
  version: number;
  updatedAt: string | null;
}

export interface MatchLink {
  matchId: string;
  side: PersonRole;
  expiresAt: string;
}

const tenantPk = (tenantId: string) => `TENANT#${tenantId}`;
const matchSk = (id: string) => `MATCH#${id}`;
const runSk = (id: string) => `MATCHRUN#${id}`;
const proposalSk = (runId: string, rank: number) => `${runSk(runId)}#P#${String(rank).padStart(6, '0')}`;
const pinSk = (programmeId: string, newcomerId: string, buddyId: string) => `PAIRPIN#${programmeId}#${newcomerId}#${buddyId}`;
const presetSk = (programmeId: string) => `MATCHINGPRESET#${programmeId}`;
export const matchLinkKey = (tenantId: string, tokenHash: string) => ({ pk: tenantPk(tenantId), sk: `MATCHLINK#${tokenHash}` });

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, ...rest } = item;
  return rest as T;
}

export function createMatchRepository(table: Table) {
  const pk = (scope: TenantScope) => tenantPk(scope.tenantId);

  async function get<T>(scope: TenantScope, sk: string): Promise<T | null> {
    const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: { pk: pk(scope), sk }, ConsistentRead: true }));
    return result.Item ? strip<T>(result.Item) : null;
  }

  function indexPage<T>(scope: TenantScope, index: 'gsi1' | 'gsi2' | 'gsi3', partition: string, first: number | null | undefined, after: string | null | undefined, extra: Partial<QueryCommandInput> = {}): Promise<Page<T>> {
    const values = { ':partition': partition, ...(extra.ExpressionAttributeValues ?? {}) };
    return queryPage(
      table,
      {
        partition: { [`${index}pk`]: partition },
        keyAttributes: ['pk', 'sk', `${index}pk`, `${index}sk`],
        params: { ...extra, IndexName: index, KeyConditionExpression: `${index}pk = :partition`, ExpressionAttributeValues: values, ScanIndexForward: false },
        first,
        after,
      },
      (item) => strip<T>(item),
    );
  }

  const queryAll = (scope: TenantScope, prefix: string) => queryAllByPrefix(table, pk(scope), prefix);

  return {
    // --- matches -------------------------------------------------------------------------------

    getMatch: (scope: TenantScope, id: string) => get<Match>(scope, matchSk(id)),

    /** A put of a match: new (must not exist) or the next version (only while `expectedVersion` is current). */
    putMatch(scope: TenantScope, match: Match, expectedVersion?: number): TransactItem {
      const sortKey = `${match.approvedAt}#${match.id}`;
      return {
        Put: {
          TableName: table.name,
          Item: {
            pk: pk(scope),
            sk: matchSk(match.id),
            type: 'Match',
            ...match,
            tenantId: scope.tenantId,
            gsi1pk: `${pk(scope)}#MATCHES#${match.programmeId}`,
            gsi1sk: sortKey,
            gsi2pk: `${pk(scope)}#PERSONMATCHES#${match.newcomerId}`,
            gsi2sk: sortKey,
            gsi3pk: `${pk(scope)}#PERSONMATCHES#${match.buddyId}`,
            gsi3sk: sortKey,
          },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        },
      };
    },

    matchHistoryItem(scope: TenantScope, matchId: string, change: MatchStatusChange): TransactItem {
      return { Put: { TableName: table.name, Item: { pk: pk(scope), sk: `${matchSk(matchId)}#HISTORY#${change.at}#${randomBytes(4).toString('hex')}`, type: 'MatchStatusChange', ...change } } };
    },

    async matchHistory(scope: TenantScope, matchId: string): Promise<MatchStatusChange[]> {
      return (await queryAll(scope, `${matchSk(matchId)}#HISTORY#`)).map(({ from, to, reason, by, at }) => ({ from, to, reason, by, at }) as MatchStatusChange);
    },

    /** A programme's matches, newest first, optionally of some statuses. */
    listMatches(scope: TenantScope, programmeId: string, statuses: MatchStatus[] | null | undefined, first?: number | null, after?: string | null): Promise<Page<Match>> {
      const extra: Partial<QueryCommandInput> = statuses?.length
        ? {
            FilterExpression: `#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: Object.fromEntries(statuses.map((status, i) => [`:s${i}`, status])),
          }
        : {};
      return indexPage<Match>(scope, 'gsi1', `${pk(scope)}#MATCHES#${programmeId}`, first, after, extra);
    },

    /** A person's matches (as newcomer or as buddy), newest first. */
    listPersonMatches(scope: TenantScope, personId: string, role: PersonRole, first?: number | null, after?: string | null): Promise<Page<Match>> {
      return indexPage<Match>(scope, role === 'NEWCOMER' ? 'gsi2' : 'gsi3', `${pk(scope)}#PERSONMATCHES#${personId}`, first, after);
    },

    /** Every match of a person with its history (export). */
    async allPersonMatchItems(scope: TenantScope, personId: string, role: PersonRole): Promise<Record<string, unknown>[]> {
      const index = role === 'NEWCOMER' ? 'gsi2' : 'gsi3';
      const items = await queryAllItems(table, {
        IndexName: index,
        KeyConditionExpression: `${index}pk = :partition`,
        ExpressionAttributeValues: { ':partition': `${pk(scope)}#PERSONMATCHES#${personId}` },
      });
      const histories = await Promise.all(items.map((item) => queryAll(scope, `${matchSk(item.id as string)}#HISTORY#`)));
      return [...items, ...histories.flat()];
    },

    // --- runs and proposals ----------------------------------------------------------------------

    getRun: (scope: TenantScope, id: string) => get<MatchingRun>(scope, runSk(id)),

    putRun(scope: TenantScope, run: MatchingRun): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { pk: pk(scope), sk: runSk(run.id), type: 'MatchingRun', ...run, tenantId: scope.tenantId, gsi1pk: `${pk(scope)}#MATCHRUNS#${run.programmeId}`, gsi1sk: `${run.startedAt}#${run.id}` },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /** Changes a running run (progress, counts, the outcome); ignored once it is no longer RUNNING. */
    async updateRun(scope: TenantScope, id: string, changes: Partial<MatchingRun>): Promise<void> {
      const entries = Object.entries(changes);
      await table.doc
        .send(
          new UpdateCommand({
            TableName: table.name,
            Key: { pk: pk(scope), sk: runSk(id) },
            UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
            ConditionExpression: '#status = :running',
            ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])) },
            ExpressionAttributeValues: { ':running': 'RUNNING', ...Object.fromEntries(entries.map(([, value], i) => [`:v${i}`, value])) },
          }),
        )
        .catch((error: Error) => {
          if (error.name !== 'ConditionalCheckFailedException') throw error;
        });
    },

    listRuns(scope: TenantScope, programmeId: string, first?: number | null, after?: string | null): Promise<Page<MatchingRun>> {
      return indexPage<MatchingRun>(scope, 'gsi1', `${pk(scope)}#MATCHRUNS#${programmeId}`, first, after);
    },

    /** Stores a run's proposals (batches of 25). */
    async putProposals(scope: TenantScope, proposals: MatchProposal[]): Promise<void> {
      for (let i = 0; i < proposals.length; i += 25) {
        let requests: NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string] | undefined = proposals.slice(i, i + 25).map((proposal) => ({
          PutRequest: { Item: { pk: pk(scope), sk: proposalSk(proposal.runId, proposal.rank), type: 'MatchProposal', ...proposal } },
        }));
        while (requests?.length) {
          const result: BatchWriteCommandOutput = await table.doc.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
          requests = result.UnprocessedItems?.[table.name];
        }
      }
    },

    /** A run's proposals, best first. */
    listProposals(scope: TenantScope, runId: string, first?: number | null, after?: string | null): Promise<Page<MatchProposal>> {
      const partition = pk(scope);
      return queryPage(
        table,
        {
          partition: { pk: partition },
          keyAttributes: ['pk', 'sk'],
          params: { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': partition, ':prefix': `${runSk(runId)}#P#` } },
          first,
          after,
        },
        (item) => strip<MatchProposal>(item),
      );
    },

    async allProposals(scope: TenantScope, runId: string): Promise<MatchProposal[]> {
      return (await queryAll(scope, `${runSk(runId)}#P#`)).map((item) => strip<MatchProposal>(item));
    },

    /** Marks a proposal approved (only while PROPOSED), in the approval's transaction. */
    approveProposalItem(scope: TenantScope, runId: string, rank: number, matchId: string): TransactItem {
      return {
        Update: {
          TableName: table.name,
          Key: { pk: pk(scope), sk: proposalSk(runId, rank) },
          UpdateExpression: 'SET #status = :approved, matchId = :match',
          ConditionExpression: '#status = :proposed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':approved': 'APPROVED', ':proposed': 'PROPOSED', ':match': matchId },
        },
      };
    },

    async markProposalStale(scope: TenantScope, runId: string, rank: number): Promise<void> {
      await table.doc
        .send(
          new UpdateCommand({
            TableName: table.name,
            Key: { pk: pk(scope), sk: proposalSk(runId, rank) },
            UpdateExpression: 'SET #status = :stale',
            ConditionExpression: '#status = :proposed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':stale': 'STALE', ':proposed': 'PROPOSED' },
          }),
        )
        .catch((error: Error) => {
          if (error.name !== 'ConditionalCheckFailedException') throw error;
        });
    },

    // --- pins ------------------------------------------------------------------------------------

    putPinItem(scope: TenantScope, pin: PairPin): TransactItem {
      return { Put: { TableName: table.name, Item: { pk: pk(scope), sk: pinSk(pin.programmeId, pin.newcomerId, pin.buddyId), type: 'PairPin', ...pin } } };
    },

    deletePinItem(scope: TenantScope, programmeId: string, newcomerId: string, buddyId: string): TransactItem {
      return { Delete: { TableName: table.name, Key: { pk: pk(scope), sk: pinSk(programmeId, newcomerId, buddyId) } } };
    },

    getPin: (scope: TenantScope, programmeId: string, newcomerId: string, buddyId: string) => get<PairPin>(scope, pinSk(programmeId, newcomerId, buddyId)),

    /** All of a programme's pins (a run and suggestions need them all). */
    async allPins(scope: TenantScope, programmeId: string): Promise<PairPin[]> {
      return (await queryAll(scope, `PAIRPIN#${programmeId}#`)).map((item) => strip<PairPin>(item));
    },

    listPins(scope: TenantScope, programmeId: string, first?: number | null, after?: string | null): Promise<Page<PairPin>> {
      const partition = pk(scope);
      return queryPage(
        table,
        {
          partition: { pk: partition },
          keyAttributes: ['pk', 'sk'],
          params: { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': partition, ':prefix': `PAIRPIN#${programmeId}#` } },
          first,
          after,
        },
        (item) => strip<PairPin>(item),
      );
    },

    // --- presets ---------------------------------------------------------------------------------

    async getPreset(scope: TenantScope, programmeId: string): Promise<StoredPreset | null> {
      const item = await get<{ preset: MatchingPreset; version: number; updatedAt: string }>(scope, presetSk(programmeId));
      return item ? { preset: item.preset, version: item.version, updatedAt: item.updatedAt } : null;
    },

    /** The next version of a programme's preset (version 1 replaces the default: must not exist yet). */
    putPresetItem(scope: TenantScope, programmeId: string, stored: StoredPreset): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { pk: pk(scope), sk: presetSk(programmeId), type: 'MatchingPreset', programmeId, ...stored },
          ...(stored.version === 1
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': stored.version - 1 } }),
        },
      };
    },

    // --- answer links ----------------------------------------------------------------------------

    putLinkItem(scope: TenantScope, tokenHash: string, link: MatchLink, createdBy: string): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { ...matchLinkKey(scope.tenantId, tokenHash), type: 'MatchLink', ...link, createdBy, ttl: Math.floor(Date.parse(link.expiresAt) / 1000) + 30 * 86_400 },
        },
      };
    },

    async getLink(tenantId: string, tokenHash: string): Promise<MatchLink | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: matchLinkKey(tenantId, tokenHash), ConsistentRead: true }));
      return result.Item ? { matchId: result.Item.matchId as string, side: result.Item.side as PersonRole, expiresAt: result.Item.expiresAt as string } : null;
    },
  };
}

export type MatchRepository = ReturnType<typeof createMatchRepository>;
