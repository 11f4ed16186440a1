// In-process latency of the `viewer` query through the warm GraphQL handler, against the DynamoDB
// calls that the same request makes, done directly with the SDK. Import this module only after
// LOG_LEVEL is set: it loads the services' logger.
import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { createGraphqlHandler } from '../../graphql/src/handler';
import { createServices } from '../../services/app';
import { createDocumentClient } from '../../services/data/dynamo';
import type { AppConfig } from '../../services/shared/config';
import { graphqlEvent, lambdaContext } from './event';

export const viewerQuery =
  '{ viewer { id email isPlatformOperator memberships { id role tenant { id slug name } } currentTenant { id name } } }';

export interface LatencyResult {
  graphqlMs: number[];
  rawMs: number[];
  /** DynamoDB operations of one request, in call order. */
  graphqlCalls: string[];
  rawCalls: string[];
  viewer: { email: string; memberships: number; currentTenant: string | null };
}

/** The claims part of a JWT, unverified (the handler verifies; the raw path only needs `sub`). */
function subjectOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub?: string };
  if (!payload.sub) throw new Error('Access token has no sub');
  return payload.sub;
}

/**
 * What the viewer request needs from DynamoDB, as identity.identify and the viewer resolvers do it:
 * the user's partition (one consistent Query: users.load), then at once the membership items
 * (consistent GetItem each: memberships.get) and the tenants (one BatchGet: tenants.getMany via the
 * DataLoader, shared by currentTenant and memberships.tenant).
 */
async function rawViewer(doc: DynamoDBDocumentClient, tableName: string, userId: string): Promise<number> {
  const partition = await doc.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `USER#${userId}` },
      ConsistentRead: true,
    }),
  );
  const tenantIds = (partition.Items ?? []).filter((item) => String(item.sk).startsWith('MEMBERSHIP#')).map((item) => item.tenantId as string);
  const [memberships] = await Promise.all([
    Promise.all(
      tenantIds.map((tenantId) =>
        doc.send(new GetCommand({ TableName: tableName, Key: { pk: `TENANT#${tenantId}`, sk: `MEMBER#${userId}` }, ConsistentRead: true })),
      ),
    ),
    doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: [...new Set(tenantIds)].map((id) => ({ pk: `TENANT#${id}`, sk: 'TENANT' })) } } })),
  ]);
  return memberships.filter((result) => result.Item).length;
}

/** Records the DynamoDB operations sent through `doc` while `work` runs. */
async function recordCalls(doc: DynamoDBDocumentClient, work: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const name = 'tandemBenchCallRecorder';
  doc.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await work();
  } finally {
    doc.middlewareStack.remove(name);
  }
  return calls;
}

export async function measureViewerLatency(options: {
  config: AppConfig;
  token: string;
  warmup: number;
  samples: number;
}): Promise<LatencyResult> {
  const { config, token } = options;
  const services = createServices(config);
  const handler = createGraphqlHandler(config, services);
  const userId = subjectOf(token);
  const doc = createDocumentClient(config);

  let requestNo = 0;
  const viewerRequest = async () => {
    const requestId = `bench-${++requestNo}`;
    const event = graphqlEvent(viewerQuery, token, requestId);
    const context = lambdaContext(requestId);
    const started = performance.now();
    const result = await handler(event, context);
    const ms = performance.now() - started;
    if (typeof result === 'string' || result.statusCode !== 200 || result.body?.includes('"errors"')) {
      throw new Error(`viewer request failed: ${typeof result === 'string' ? result : `${result.statusCode} ${result.body}`}`);
    }
    return { ms, body: result.body ?? '' };
  };
  const rawRequest = async () => {
    const started = performance.now();
    const found = await rawViewer(doc, config.tableName, userId);
    const ms = performance.now() - started;
    if (found < 1) throw new Error('The raw path found no membership: is the demo user a tenant member?');
    return ms;
  };

  try {
    // Check the answer and that both paths make the same DynamoDB calls.
    let body = '';
    const graphqlCalls = await recordCalls(services.table.doc, async () => ({ body } = await viewerRequest()));
    const rawCalls = await recordCalls(doc, rawRequest);
    const data = (JSON.parse(body) as { data: { viewer: { email: string; memberships: unknown[]; currentTenant: { name: string } | null } } }).data;

    // Warm both (JIT of this process and of DynamoDB Local's JVM), alternating like the real run.
    for (let i = 0; i < options.warmup; i++) {
      await viewerRequest();
      await rawRequest();
    }
    const graphqlMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      // Alternate which goes first so that neither always follows the other.
      if (i % 2) {
        rawMs.push(await rawRequest());
        graphqlMs.push((await viewerRequest()).ms);
      } else {
        graphqlMs.push((await viewerRequest()).ms);
        rawMs.push(await rawRequest());
      }
    }
    return {
      graphqlMs,
      rawMs,
      graphqlCalls,
      rawCalls,
      viewer: { email: data.viewer.email, memberships: data.viewer.memberships.length, currentTenant: data.viewer.currentTenant?.name ?? null },
    };
  } finally {
    doc.destroy();
    services.table.doc.destroy();
  }
}
