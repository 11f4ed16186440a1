// Creates the table and the user pool in the emulators from the same shapes the CDK uses.
// Idempotent: existing resources are found by name and kept as they are.
import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type ExplicitAuthFlowsType,
  type GroupType,
  type UserPoolClientDescription,
  type UserPoolDescriptionType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  type AttributeDefinition,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { tableShape } from '../shapes/table';
import { userPoolShape } from '../shapes/user-pool';
import { localCognitoClient, localDynamoDbClient } from './aws-clients';

export interface EnsureResult {
  /** false when it already existed. */
  created: boolean;
}

const stringAttribute = (name: string): AttributeDefinition => ({ AttributeName: name, AttributeType: 'S' });

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  { AttributeName: sortKey, KeyType: 'RANGE' as const },
];

const indexDefinition = (index: (typeof tableShape.globalSecondaryIndexes)[number]) => ({
  IndexName: index.indexName,
  KeySchema: keySchema(index.partitionKey, index.sortKey),
  Projection: { ProjectionType: 'ALL' as const },
});

async function describeTable(client: ReturnType<typeof localDynamoDbClient>, tableName: string): Promise<TableDescription | null> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table ?? null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}

async function enableTimeToLive(client: ReturnType<typeof localDynamoDbClient>, tableName: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (current.TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED') return;
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: tableShape.timeToLiveAttribute, Enabled: true } }));
}

/**
 * Creates the single table if it is missing; on an existing table, adds any index the shape gained
 * since (data created by an older checkout keeps working).
 */
export async function ensureTable(options: { endpoint: string; region: string; tableName: string }): Promise<EnsureResult> {
  const client = localDynamoDbClient(options.endpoint, options.region);
  try {
    const existing = await describeTable(client, options.tableName);
    if (!existing) {
      const keys: string[] = [tableShape.partitionKey, tableShape.sortKey];
      for (const index of tableShape.globalSecondaryIndexes) keys.push(index.partitionKey, index.sortKey);
      await client.send(
        new CreateTableCommand({
          TableName: options.tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [...new Set(keys)].map(stringAttribute),
          KeySchema: keySchema(tableShape.partitionKey, tableShape.sortKey),
          GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map(indexDefinition),
        }),
      );
      await enableTimeToLive(client, options.tableName);
      return { created: true };
    }
    await enableTimeToLive(client, options.tableName);
    const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    for (const index of tableShape.globalSecondaryIndexes.filter((index) => !present.has(index.indexName))) {
      await client.send(
        new UpdateTableCommand({
          TableName: options.tableName,
          AttributeDefinitions: [stringAttribute(index.partitionKey), stringAttribute(index.sortKey)],
          GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(index) }],
        }),
      );
    }
    return { created: false };
  } finally {
    client.destroy();
  }
}

export interface UserPoolIds extends EnsureResult {
  userPoolId: string;
  userPoolClientId: string;
}

/** Follows NextToken through a paginated list call. */
async function listAll<T>(page: (nextToken?: string) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const all: T[] = [];
  let next: string | undefined;
  do {
    const result = await page(next);
    all.push(...(result.items ?? []));
    next = result.next;
  } while (next);
  return all;
}

/** Finds or creates the pool (by name), its groups and its app client (by name). */
export async function ensureUserPool(options: { endpoint: string; region: string }): Promise<UserPoolIds> {
  const client = localCognitoClient(options.endpoint, options.region);
  try {
    const pools = await listAll<UserPoolDescriptionType>(async (NextToken) => {
      const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
      return { items: page.UserPools, next: page.NextToken };
    });
    let userPoolId = pools.find((pool) => pool.Name === userPoolShape.localPoolName)?.Id;
    const created = !userPoolId;
    if (!userPoolId) {
      const policy = userPoolShape.passwordPolicy;
      const result = await client.send(
        new CreateUserPoolCommand({
          PoolName: userPoolShape.localPoolName,
          UsernameAttributes: [...userPoolShape.usernameAttributes],
          Policies: {
            PasswordPolicy: {
              MinimumLength: policy.minimumLength,
              RequireLowercase: policy.requireLowercase,
              RequireUppercase: policy.requireUppercase,
              RequireNumbers: policy.requireNumbers,
              RequireSymbols: policy.requireSymbols,
              TemporaryPasswordValidityDays: policy.temporaryPasswordValidityDays,
            },
          },
        }),
      );
      userPoolId = result.UserPool?.Id;
      if (!userPoolId) throw new Error('cognito-local created a user pool without an id');
    }

    const groups = await listAll<GroupType>(async (NextToken) => {
      const page = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId, NextToken }));
      return { items: page.Groups, next: page.NextToken };
    });
    const groupNames = new Set(groups.map((group) => group.GroupName));
    for (const group of userPoolShape.groups.filter((group) => !groupNames.has(group.name))) {
      await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group.name, Description: group.description }));
    }

    const clients = await listAll<UserPoolClientDescription>(async (NextToken) => {
      const page = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }));
      return { items: page.UserPoolClients, next: page.NextToken };
    });
    let userPoolClientId = clients.find((appClient) => appClient.ClientName === userPoolShape.clientName)?.ClientId;
    if (!userPoolClientId) {
      const flows: ExplicitAuthFlowsType[] = ['ALLOW_REFRESH_TOKEN_AUTH'];
      if (userPoolShape.authFlows.userPassword) flows.push('ALLOW_USER_PASSWORD_AUTH');
      if (userPoolShape.authFlows.userSrp) flows.push('ALLOW_USER_SRP_AUTH');
      const validity = userPoolShape.tokenValidity;
      const result = await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: userPoolId,
          ClientName: userPoolShape.clientName,
          // A browser app cannot keep a secret.
          GenerateSecret: false,
          ExplicitAuthFlows: flows,
          AccessTokenValidity: validity.accessMinutes,
          IdTokenValidity: validity.idMinutes,
          RefreshTokenValidity: validity.refreshDays,
          TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
        }),
      );
      userPoolClientId = result.UserPoolClient?.ClientId;
      if (!userPoolClientId) throw new Error('cognito-local created an app client without an id');
    }
    return { userPoolId, userPoolClientId, created };
  } finally {
    client.destroy();
  }
}
