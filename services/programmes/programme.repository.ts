// Programmes of a tenant:
//   TENANT#<tenantId> / PROGRAMME#<id>    the programme (few per tenant: listed by key prefix)
import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { TenantScope } from '../shared/scope';
import type { Language } from '../shared/validation';
import type { SensitiveCategory } from './intake-form';

export const programmeKinds = ['SOCIAL_BUDDY', 'PARTICIPATION_TRAJECTORY', 'LANGUAGE_BUDDY', 'JOB_BUDDY', 'YOUTH'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];
export const programmeStatuses = ['DRAFT', 'ACTIVE', 'CLOSED'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

export interface Programme {
  tenantId: string;
  id: string;
  name: string;
  kind: ProgrammeKind;
  description: string;
  languages: Language[];
  status: ProgrammeStatus;
  hourTarget: number | null;
  newcomerFormId: string;
  buddyFormId: string;
  sensitiveCategories: SensitiveCategory[];
  publicSignupOpen: boolean;
  createdAt: string;
  version: number;
}

const programmeKey = (tenantId: string, id: string) => ({ pk: `TENANT#${tenantId}`, sk: `PROGRAMME#${id}` });

function toProgramme(item: Record<string, unknown>): Programme {
  const { pk: _pk, sk: _sk, type: _type, ...programme } = item;
  return programme as unknown as Programme;
}

export function createProgrammeRepository(table: Table) {
  return {
    /** A put of a new programme, or of the next version of one (only while `expectedVersion` is current). */
    putItem(scope: TenantScope, programme: Programme, expectedVersion?: number): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { ...programmeKey(scope.tenantId, programme.id), type: 'Programme', ...programme, tenantId: scope.tenantId },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        },
      };
    },

    async get(scope: TenantScope, id: string): Promise<Programme | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: programmeKey(scope.tenantId, id), ConsistentRead: true }));
      return result.Item ? toProgramme(result.Item) : null;
    },

    /** Programmes in creation order, optionally of one status. */
    list(scope: TenantScope, status: ProgrammeStatus | null, first?: number | null, after?: string | null): Promise<Page<Programme>> {
      const pk = `TENANT#${scope.tenantId}`;
      const params: Omit<QueryCommandInput, 'TableName'> = {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': 'PROGRAMME#', ...(status ? { ':status': status } : {}) },
        ...(status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
      };
      return queryPage(table, { partition: { pk }, keyAttributes: ['pk', 'sk'], params, first, after }, toProgramme);
    },
  };
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;
