// The API contract third parties rely on: HTTP status codes for bad requests, query limits that
// answer 4xx, CSRF prevention, the published schema file, and logs without personal data.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, printSchema } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { createGraphqlHandler } from '../../graphql/src/handler';
import { createApolloServer } from '../../graphql/src/server';
import { logger } from '../../services/shared/log';
import { signIn } from '../support/auth';
import { gql } from '../support/graphql';

const stack = inject('stack');
const root = path.join(import.meta.dirname, '../..');

describe('HTTP answers', () => {
  it('a syntax error is a 400 with GRAPHQL_PARSE_FAILED', async () => {
    const result = await gql(stack, '{ viewer { ');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is a 400 with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await gql(stack, '{ viewer { password } }');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('too deep a query is refused with a 4xx', async () => {
    const deep = '{ viewer { memberships { tenant { members { edges { node { tenant { members { edges { node { id } } } } } } } } } } }';
    const result = await gql(stack, deep);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].message).toMatch(/depth/i);
  });

  it('too many aliases are refused with a 4xx', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const result = await gql(stack, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].message).toMatch(/alias/i);
  });

  it('an oversized query (token limit) is refused with a 4xx, not a 500', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const result = await gql(stack, `{ ${fields} }`);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0].message).toMatch(/token/i);
  });

  it('a GET without a CSRF preflight header is refused', async () => {
    const url = `${stack.GraphqlUrl}?query=${encodeURIComponent('{ viewer { id } }')}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('batched requests are refused', async () => {
    const response = await fetch(stack.GraphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('production mode', () => {
  it('turns introspection and stack traces off', async () => {
    const server = createApolloServer({ production: true });
    await server.start();
    try {
      const result = await server.executeOperation({ query: '{ __schema { types { name } } }' }, { contextValue: { log: logger } as never });
      expect(result.body.kind === 'single' && result.body.singleResult.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await server.stop();
    }
  });

  it('local (non-production) mode allows introspection for developers', async () => {
    const result = await gql<any>(stack, '{ __schema { queryType { name } } }');
    expect(result.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('the published schema', () => {
  it('graphql/schema.graphql and the embedded type definitions match graphql/schema/*.graphql (run npm run codegen)', async () => {
    const dir = path.join(root, 'graphql/schema');
    const sdl = readdirSync(dir).filter((name) => name.endsWith('.graphql')).sort().map((name) => readFileSync(path.join(dir, name), 'utf8')).join('\n');
    const published = readFileSync(path.join(root, 'graphql/schema.graphql'), 'utf8');
    expect(published).toContain(printSchema(buildASTSchema(parse(sdl))));
    const { typeDefs } = await import('../../graphql/src/generated/type-defs');
    expect(typeDefs).toBe(sdl);
  });
});

describe('logs', () => {
  it('carry request and tenant ids on every line and no personal data', async () => {
    const admin = stack.DemoUsers.find((user) => user.tenant === 'hamont-achel' && user.role === 'tenant-admin')!;
    const handler = createGraphqlHandler({
      region: stack.Region,
      tableName: stack.TableName,
      dynamoDbEndpoint: stack.DynamoDbEndpoint,
      userPoolId: stack.UserPoolId,
      userPoolClientId: stack.UserPoolClientId,
      cognitoEndpoint: stack.CognitoEndpoint,
      mail: { kind: 'outbox', outboxDir: stack.OutboxDir },
      production: false,
    });
    const { accessToken } = await signIn(stack, admin.email, admin.password);
    const invitee = `log-check-${randomUUID().slice(0, 6)}@example.org`;
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    logger.setLogLevel('INFO');
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const event = (query: string, variables = {}) => ({
        version: '2.0',
        routeKey: '$default',
        rawPath: '/graphql',
        rawQueryString: '',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ query, variables }),
        isBase64Encoded: false,
        requestContext: { http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' }, requestId: randomUUID() },
      });
      const context = { awsRequestId: randomUUID(), functionName: 'test', getRemainingTimeInMillis: () => 10_000 };
      const invited = await handler(
        event('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { membership { email } userErrors { code } } }', { input: { email: invitee, role: 'BUDDY' } }) as never,
        context as never,
      );
      expect(JSON.stringify(invited)).toContain(invitee);
      await handler(event('{ viewer { email } }') as never, { ...context, awsRequestId: randomUUID() } as never);
    } finally {
      process.stdout.write = write;
      logger.setLogLevel('ERROR');
    }
    const records = lines.flatMap((chunk) => chunk.split('\n')).filter(Boolean).map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const record of records) {
      expect(record.requestId).toEqual(expect.any(String));
      expect(record.tenantId).toEqual(expect.any(String));
    }
    const text = lines.join('');
    expect(text).not.toContain(invitee);
    expect(text).not.toContain(admin.email);
    expect(text).not.toContain(accessToken.slice(0, 20));
  });
});
