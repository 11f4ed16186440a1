// Memberships: a user's role in a tenant. Each membership is two items written in one transaction:
//   TENANT#<tenantId> / MEMBER#<userId>     the tenant's member list (email, role, status, version)
//   USER#<userId> / MEMBERSHIP#<tenantId>   the user's own list, read (consistently) on every request
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import { queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { Role, TenantScope } from '../shared/scope';

export type MembershipStatus = 'INVITED' | 'ACTIVE';

export interface Membership {
  tenantId: string;
  userId: string;
  email: string;
  role: Role;
  status: MembershipStatus;
  createdAt: string;
  version: number;
}

const memberKey = (tenantId: string, userId: string) => ({ pk: `TENANT#${tenantId}`, sk: `MEMBER#${userId}` });
const mirrorKey = (tenantId: string, userId: string) => ({ pk: `USER#${userId}`, sk: `MEMBERSHIP#${tenantId}` });

function toMembership(item: Record<string, unknown>): Membership {
  return {
    tenantId: item.tenantId as string,
    userId: item.userId as string,
    email: item.email as string,
    role: item.role as Role,
    status: item.status as MembershipStatus,
    createdAt: item.createdAt as string,
    version: item.version as number,
  };
}

export function createMembershipRepository(table: Table) {
  return {
    /** Puts for a new membership (both items); fail if the user is already a member (item 0). */
    createItems(membership: Membership): [TransactItem, TransactItem] {
      const { tenantId, userId, role, status } = membership;
      return [
        {
          Put: {
            TableName: table.name,
            Item: { ...memberKey(tenantId, userId), type: 'Membership', ...membership },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: table.name,
            Item: { ...mirrorKey(tenantId, userId), type: 'UserMembership', tenantId, userId, role, status },
          },
        },
      ];
    },

    /** Role change on both items, only while `version` is current (item 0 carries the check). */
    changeRoleItems(scope: TenantScope, userId: string, role: Role, version: number): [TransactItem, TransactItem] {
      return [
        {
          Update: {
            TableName: table.name,
            Key: memberKey(scope.tenantId, userId),
            UpdateExpression: 'SET #role = :role, #version = #version + :one',
            ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
            ExpressionAttributeNames: { '#role': 'role', '#version': 'version' },
            ExpressionAttributeValues: { ':role': role, ':expected': version, ':one': 1 },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: mirrorKey(scope.tenantId, userId),
            UpdateExpression: 'SET #role = :role',
            ExpressionAttributeNames: { '#role': 'role' },
            ExpressionAttributeValues: { ':role': role },
          },
        },
      ];
    },

    /** Deletes both items; item 0 fails if the membership changed since `version`. */
    removeItems(scope: TenantScope, userId: string, version: number): [TransactItem, TransactItem] {
      return [
        {
          Delete: {
            TableName: table.name,
            Key: memberKey(scope.tenantId, userId),
            ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': version },
          },
        },
        { Delete: { TableName: table.name, Key: mirrorKey(scope.tenantId, userId) } },
      ];
    },

    /** Marks an invited membership active (first signed-in request). */
    activateItems(tenantId: string, userId: string): [TransactItem, TransactItem] {
      return [
        {
          Update: {
            TableName: table.name,
            Key: memberKey(tenantId, userId),
            UpdateExpression: 'SET #status = :active, #version = #version + :one',
            ConditionExpression: '#status = :invited',
            ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: { ':active': 'ACTIVE', ':invited': 'INVITED', ':one': 1 },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: mirrorKey(tenantId, userId),
            UpdateExpression: 'SET #status = :active',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':active': 'ACTIVE' },
          },
        },
      ];
    },

    /** One member of the scope's tenant. */
    async get(scope: TenantScope, userId: string): Promise<Membership | null> {
      const result = await table.doc.send(
        new GetCommand({ TableName: table.name, Key: memberKey(scope.tenantId, userId), ConsistentRead: true }),
      );
      return result.Item ? toMembership(result.Item) : null;
    },

    /** The scope's tenant's members, in user-id order. */
    list(scope: TenantScope, first?: number | null, after?: string | null): Promise<Page<Membership>> {
      const pk = `TENANT#${scope.tenantId}`;
      return queryPage(
        table,
        {
          partition: { pk },
          keyAttributes: ['pk', 'sk'],
          params: {
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
            ExpressionAttributeValues: { ':pk': pk, ':member': 'MEMBER#' },
          },
          first,
          after,
        },
        toMembership,
      );
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
