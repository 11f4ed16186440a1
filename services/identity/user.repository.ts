// A user's own partition, read with one consistent query on every request:
//   USER#<userId> / PROFILE                 e-mail and preferred language
//   USER#<userId> / MEMBERSHIP#<tenantId>   mirror of each membership (see membership.repository.ts)
//   USER#<userId> / PLATFORM#OPERATOR        present for platform operators
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../data/dynamo';
import type { TransactItem } from '../data/transactions';
import type { Role } from '../shared/scope';
import type { Language } from '../shared/validation';

export interface UserMembershipRef {
  tenantId: string;
  role: Role;
  status: 'INVITED' | 'ACTIVE';
}

export interface UserRecord {
  userId: string;
  email: string | null;
  preferredLanguage: Language | null;
  isPlatformOperator: boolean;
  memberships: UserMembershipRef[];
}

const userPk = (userId: string) => `USER#${userId}`;

export function createUserRepository(table: Table) {
  return {
    /** Everything the request needs to know about a user, in one strongly consistent query. */
    async load(userId: string): Promise<UserRecord> {
      const record: UserRecord = { userId, email: null, preferredLanguage: null, isPlatformOperator: false, memberships: [] };
      let start: Record<string, unknown> | undefined;
      do {
        const result = await table.doc.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': userPk(userId) },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        for (const item of result.Items ?? []) {
          if (item.sk === 'PROFILE') {
            record.email = item.email as string;
            record.preferredLanguage = (item.preferredLanguage as Language | undefined) ?? null;
          } else if (item.sk === 'PLATFORM#OPERATOR') {
            record.isPlatformOperator = true;
          } else if ((item.sk as string).startsWith('MEMBERSHIP#')) {
            record.memberships.push({ tenantId: item.tenantId as string, role: item.role as Role, status: item.status as UserMembershipRef['status'] });
          }
        }
        start = result.LastEvaluatedKey;
      } while (start);
      return record;
    },

    /** Creates the profile if missing (keeps an existing preferred language). */
    profileItem(userId: string, email: string, preferredLanguage: Language | null): TransactItem {
      return {
        Update: {
          TableName: table.name,
          Key: { pk: userPk(userId), sk: 'PROFILE' },
          UpdateExpression: 'SET #type = :type, userId = :id, email = :email, preferredLanguage = if_not_exists(preferredLanguage, :lang)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'UserProfile', ':id': userId, ':email': email, ':lang': preferredLanguage },
        },
      };
    },

    async setPreferredLanguage(userId: string, language: Language): Promise<void> {
      await table.doc.send(
        new UpdateCommand({
          TableName: table.name,
          Key: { pk: userPk(userId), sk: 'PROFILE' },
          UpdateExpression: 'SET preferredLanguage = :lang',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':lang': language },
        }),
      );
    },

    /** Marks a user as platform operator (seeding and operator tooling only). */
    operatorItem(userId: string): TransactItem {
      return { Put: { TableName: table.name, Item: { pk: userPk(userId), sk: 'PLATFORM#OPERATOR', type: 'PlatformOperator', userId } } };
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
