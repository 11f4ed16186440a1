// The local stack answers on loopback only, reports its health and serves the web app's config.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const stack = inject('stack');
const webAppExists = existsSync(path.resolve(import.meta.dirname, '../../web/vite.config.ts'));

/** true when a TCP connection to host:port succeeds within a second. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** An address of this machine that is not loopback (IPv4 preferred), if it has one. */
function externalAddress(): string | undefined {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && !info.internal);
  return (addresses.find((info) => info?.family === 'IPv4') ?? addresses[0])?.address;
}

const portOf = (url: string) => Number(new URL(url).port);

describe('local stack', () => {
  it('reports every component up on /health', async () => {
    const response = await fetch(`${stack.BaseUrl}/health`);
    const health = (await response.json()) as { status: string; components: Record<string, string> };
    if (webAppExists) {
      expect(response.status).toBe(200);
      expect(health).toEqual({ status: 'ok', components: { dynamodb: 'up', cognito: 'up', graphql: 'up', web: 'up' } });
    } else {
      // Until web/ has a Vite config there is no web app to build: the rest must still be up.
      expect(response.status).toBe(503);
      expect(health.components).toEqual({ dynamodb: 'up', cognito: 'up', graphql: 'up', web: 'down' });
    }
  });

  it('serves the web app its configuration', async () => {
    const response = await fetch(`${stack.BaseUrl}/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      graphqlUrl: stack.GraphqlUrl,
      region: stack.Region,
      userPoolId: stack.UserPoolId,
      userPoolClientId: stack.UserPoolClientId,
      cognitoEndpoint: stack.CognitoEndpoint,
    });
    expect(stack.UserPoolClientId).toMatch(/\w+/);
  });

  it('shows the outbox as an HTML page', async () => {
    const response = await fetch(stack.OutboxUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1>Outbox<\/h1>/);
  });

  it('refuses outbox paths outside the outbox folder', async () => {
    for (const name of ['..%2Fpackage.json', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 'missing.json']) {
      expect((await fetch(`${stack.OutboxUrl}/${name}`)).status).toBe(404);
    }
  });

  const services = [
    ['DynamoDB Local', () => portOf(stack.DynamoDbEndpoint)],
    ['cognito-local', () => portOf(stack.CognitoEndpoint)],
    ['the gateway', () => portOf(stack.BaseUrl)],
  ] as const;

  for (const [name, port] of services) {
    it(`binds ${name} to 127.0.0.1 only`, async (context) => {
      expect(await reachable('127.0.0.1', port())).toBe(true);
      const address = externalAddress();
      if (!address) context.skip('this machine has no non-loopback address');
      expect(await reachable(address!, port())).toBe(false);
    });
  }
});
