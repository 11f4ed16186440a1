// Onboarding requests (platform data, not tenant data):
//   ONBOARDING#<id> / REQUEST     the request (gsi1: ONBOARDING#<status> / <createdAt>#<id>)
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { Language } from '../shared/validation';
import type { TenantKind } from './tenant.repository';

export type OnboardingStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface OnboardingRequest {
  id: string;
  organisationName: string;
  kind: TenantKind;
  country: string;
  languages: Language[];
  contactName: string;
  contactEmail: string;
  status: OnboardingStatus;
  rejectionReason: string | null;
  tenantId: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  version: number;
}

const requestKey = (id: string) => ({ pk: `ONBOARDING#${id}`, sk: 'REQUEST' });
const statusIndex = (request: Pick<OnboardingRequest, 'status' | 'createdAt' | 'id'>) => ({
  gsi1pk: `ONBOARDING#${request.status}`,
  gsi1sk: `${request.createdAt}#${request.id}`,
});

function toRequest(item: Record<string, unknown>): OnboardingRequest {
  return {
    id: item.id as string,
    organisationName: item.organisationName as string,
    kind: item.kind as TenantKind,
    country: item.country as string,
    languages: item.languages as Language[],
    contactName: item.contactName as string,
    contactEmail: item.contactEmail as string,
    status: item.status as OnboardingStatus,
    rejectionReason: (item.rejectionReason as string | null) ?? null,
    tenantId: (item.tenantId as string | null) ?? null,
    createdAt: item.createdAt as string,
    decidedAt: (item.decidedAt as string | null) ?? null,
    decidedBy: (item.decidedBy as string | null) ?? null,
    version: item.version as number,
  };
}

export function createOnboardingRepository(table: Table) {
  return {
    async create(request: OnboardingRequest): Promise<void> {
      await table.doc.send(
        new PutCommand({
          TableName: table.name,
          Item: { ...requestKey(request.id), type: 'OnboardingRequest', ...request, ...statusIndex(request) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async get(id: string): Promise<OnboardingRequest | null> {
      const result = await table.doc.send(new GetCommand({ TableName: table.name, Key: requestKey(id), ConsistentRead: true }));
      return result.Item ? toRequest(result.Item) : null;
    },

    /** Requests with a status, oldest first. */
    listByStatus(status: OnboardingStatus, first?: number | null, after?: string | null): Promise<Page<OnboardingRequest>> {
      const gsi1pk = `ONBOARDING#${status}`;
      return queryPage(
        table,
        {
          partition: { gsi1pk },
          keyAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
          params: {
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :p',
            ExpressionAttributeValues: { ':p': gsi1pk },
          },
          first,
          after,
        },
        toRequest,
      );
    },

    /** Records the decision; succeeds only while the request is PENDING at `version`. */
    decideItem(decided: OnboardingRequest, expectedVersion: number): TransactItem {
      return {
        Put: {
          TableName: table.name,
          Item: { ...requestKey(decided.id), type: 'OnboardingRequest', ...decided, ...statusIndex(decided) },
          ConditionExpression: '#status = :pending AND #version = :expected',
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: { ':pending': 'PENDING', ':expected': expectedVersion },
        },
      };
    },
  };
}

export type OnboardingRepository = ReturnType<typeof createOnboardingRepository>;
