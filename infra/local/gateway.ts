// The local stand-in for API Gateway + CloudFront: one node:http server on 127.0.0.1 that runs the
// GraphQL Lambda handler in-process and serves the web app, its config, health and the mail outbox.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppConfig } from '../../services/shared/config';
import { localDynamoDbClient } from './aws-clients';
import { LOOPBACK } from './processes';

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface GatewayOptions {
  /** 0 picks a free port. */
  port: number;
  config: AppConfig;
  handler: LambdaHandler;
  /** The built web app (index.html and assets); may not exist (yet). */
  webDistDir: string;
}

export interface Gateway {
  /** Root URL without a trailing slash, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
}

type ComponentState = 'up' | 'down';

// Lambda's own request payload limit; API Gateway would refuse bigger bodies too.
const MAX_BODY_BYTES = 6 * 1024 * 1024;
const LAMBDA_TIMEOUT_MS = 30_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** API Gateway passes these bodies to Lambda as text; anything else arrives base64-encoded. */
const isTextual = (contentType: string | undefined) =>
  !contentType || /^(text\/|application\/(json|graphql|x-www-form-urlencoded|xml|javascript)|[^;]*\+json)/i.test(contentType);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': contentType, 'x-content-type-options': 'nosniff', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, CONTENT_TYPES['.json'], JSON.stringify(value), { 'cache-control': 'no-store' });

function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main>
${body}
</main></body>
</html>
`;
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

interface HttpRequest {
  method: string;
  url: URL;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  sourceIp: string;
  protocol: string;
}

/** An HTTP request as API Gateway HTTP API (payload format 2.0) hands it to Lambda. */
function lambdaEvent(request: HttpRequest, requestId: string): APIGatewayProxyEventV2 {
  const { cookie, ...headers } = request.headers;
  const query: Record<string, string> = {};
  for (const [name, value] of request.url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const textual = isTextual(headers['content-type']);
  const host = headers.host ?? LOOPBACK;
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: request.url.pathname,
    rawQueryString: request.url.search.slice(1),
    cookies: cookie?.split(/;\s*/).filter(Boolean),
    headers,
    queryStringParameters: request.url.search ? query : undefined,
    body: request.body.length ? request.body.toString(textual ? 'utf8' : 'base64') : undefined,
    isBase64Encoded: request.body.length > 0 && !textual,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0],
      http: {
        method: request.method,
        path: request.url.pathname,
        protocol: request.protocol,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

function httpRequest(req: IncomingMessage, url: URL, body: Buffer): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return {
    method: req.method ?? 'GET',
    url,
    headers,
    body,
    sourceIp: req.socket.remoteAddress ?? LOOPBACK,
    protocol: `HTTP/${req.httpVersion}`,
  };
}

function lambdaContext(requestId: string): Context {
  const deadline = Date.now() + LAMBDA_TIMEOUT_MS;
  const functionName = 'tandem-graphql-local';
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    // Deprecated callback-style completion: our handler is async and never calls these.
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Lambda result → HTTP response, as API Gateway does it (a result without statusCode is a 200 JSON body). */
function writeLambdaResult(res: ServerResponse, result: APIGatewayProxyResultV2) {
  if (typeof result === 'string' || !('statusCode' in result)) {
    send(res, 200, 'application/json', typeof result === 'string' ? result : JSON.stringify(result));
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  headers['content-type'] ??= 'application/json';
  res.writeHead(result.statusCode ?? 200, headers);
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, handler } = options;
  const webDistDir = path.resolve(options.webDistDir);
  const outboxDir = config.mail.kind === 'outbox' ? config.mail.outboxDir : null;
  const dynamoDb = config.dynamoDbEndpoint ? localDynamoDbClient(config.dynamoDbEndpoint, config.region) : null;
  let baseUrl = '';

  async function invokeLambda(req: IncomingMessage, res: ServerResponse, url: URL) {
    const body = await readBody(req);
    if (!body) {
      sendJson(res, 413, { message: 'Request Entity Too Large' });
      return;
    }
    const requestId = randomUUID();
    try {
      writeLambdaResult(res, await handler(lambdaEvent(httpRequest(req, url, body), requestId), lambdaContext(requestId)));
    } catch (error) {
      // What API Gateway answers when the function throws; the details stay in our log.
      console.error(`[gateway] GraphQL handler failed (request ${requestId}):`, error);
      sendJson(res, 500, { message: 'Internal Server Error' });
    }
  }

  // Health: each probe is cheap and bounded so that /health answers within about a second.
  const probes: Record<'dynamodb' | 'cognito' | 'graphql' | 'web', () => Promise<boolean>> = {
    dynamodb: async () => {
      if (!dynamoDb) return false;
      await dynamoDb.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1000) });
      return true;
    },
    cognito: async () =>
      !!config.cognitoEndpoint && (await fetch(`${config.cognitoEndpoint}/health`, { signal: AbortSignal.timeout(1000) })).ok,
    // The handler answers a trivial query without crashing (auth errors still count as up).
    graphql: async () => {
      const requestId = randomUUID();
      const request: HttpRequest = {
        method: 'POST',
        url: new URL('/graphql', baseUrl),
        headers: { 'content-type': 'application/json', host: new URL(baseUrl).host },
        body: Buffer.from(JSON.stringify({ query: '{ __typename }' })),
        sourceIp: LOOPBACK,
        protocol: 'HTTP/1.1',
      };
      const result = await handler(lambdaEvent(request, requestId), lambdaContext(requestId));
      return typeof result === 'string' || !('statusCode' in result) || (result.statusCode ?? 200) < 500;
    },
    web: async () => existsSync(path.join(webDistDir, 'index.html')),
  };

  async function health(res: ServerResponse) {
    const names = Object.keys(probes) as (keyof typeof probes)[];
    const states = await Promise.all(names.map((name) => probes[name]().catch(() => false)));
    const components = Object.fromEntries(names.map((name, i) => [name, (states[i] ? 'up' : 'down') as ComponentState]));
    const ok = states.every(Boolean);
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', components });
  }

  function webConfig(req: IncomingMessage, res: ServerResponse) {
    // Answer with the host name the browser used (localhost or 127.0.0.1), so the app stays same-origin.
    const host = req.headers.host && /^(localhost|127\.0\.0\.1|\[::1\]):\d+$/.test(req.headers.host) ? `http://${req.headers.host}` : baseUrl;
    sendJson(res, 200, {
      graphqlUrl: `${host}/graphql`,
      region: config.region,
      userPoolId: config.userPoolId,
      userPoolClientId: config.userPoolClientId,
      cognitoEndpoint: config.cognitoEndpoint,
    });
  }

  async function outboxIndex(res: ServerResponse) {
    const names = outboxDir ? (await readdir(outboxDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')) : [];
    const mails = await Promise.all(
      names.map(async (name) => {
        const file = path.join(outboxDir ?? '', name);
        const [info, text] = await Promise.all([stat(file), readFile(file, 'utf8')]);
        // Show recipient and subject when the mail has them; the JSON itself is one click away.
        let mail: Record<string, unknown> = {};
        try {
          mail = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // not JSON (yet): list it anyway
        }
        const field = (key: string) => (typeof mail[key] === 'string' ? (mail[key] as string) : '');
        const sentAt = new Date(field('sentAt'));
        return {
          name,
          time: Number.isNaN(sentAt.getTime()) ? info.mtime : sentAt,
          to: field('to'),
          kind: field('kind'),
          subject: field('subject'),
        };
      }),
    );
    mails.sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name));
    const rows = mails
      .map(
        (mail) =>
          `<tr><td><time datetime="${mail.time.toISOString()}">${mail.time.toISOString().replace('T', ' ').slice(0, 19)} UTC</time></td>` +
          `<td>${escapeHtml(mail.to)}</td><td>${escapeHtml(mail.kind)}</td><td>${escapeHtml(mail.subject)}</td>` +
          `<td><a href="/outbox/${encodeURIComponent(mail.name)}">${escapeHtml(mail.name)}</a></td></tr>`,
      )
      .join('\n');
    const body = mails.length
      ? `<table>
<caption>${mails.length} message${mails.length === 1 ? '' : 's'}, newest first</caption>
<thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">File</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
      : '<p>No mail has been sent yet.</p>';
    send(
      res,
      200,
      CONTENT_TYPES['.html'],
      htmlPage('Outbox – Tandem local', `<h1>Outbox</h1>\n<p>Mail that the local stack would have sent (invitations, notifications).</p>\n${body}`),
      { 'cache-control': 'no-store' },
    );
  }

  async function outboxMail(res: ServerResponse, rawName: string) {
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      name = '';
    }
    // A plain file name only: no separators, no dot-dot, nothing outside the outbox.
    if (!outboxDir || !/^[A-Za-z0-9][A-Za-z0-9._@+-]*\.json$/.test(name) || name.includes('..')) {
      sendJson(res, 404, { message: 'Not Found' });
      return;
    }
    const text = await readFile(path.join(outboxDir, name), 'utf8').catch(() => null);
    if (text === null) sendJson(res, 404, { message: 'Not Found' });
    else send(res, 200, CONTENT_TYPES['.json'], text, { 'cache-control': 'no-store' });
  }

  async function staticFile(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { allow: 'GET, HEAD' });
      return;
    }
    const index = path.join(webDistDir, 'index.html');
    if (!existsSync(index)) {
      send(
        res,
        503,
        CONTENT_TYPES['.html'],
        htmlPage('Web app not built – Tandem local', '<h1>The web app is not built</h1>\n<p>Restart <code>npm start</code> once <code>web/vite.config.ts</code> exists, or run <code>npm run build:web</code>.</p>\n<p>The API answers at <a href="/graphql">/graphql</a>; see <a href="/health">/health</a> and <a href="/outbox">/outbox</a>.</p>'),
      );
      return;
    }
    let file: string | null = null;
    try {
      const candidate = path.resolve(webDistDir, `.${decodeURIComponent(url.pathname)}`);
      if (candidate.startsWith(webDistDir + path.sep) && (await stat(candidate)).isFile()) file = candidate;
    } catch {
      // missing or malformed: fall through
    }
    if (!file) {
      // A missing asset is a 404; any other path is a client-side route of the single-page app.
      if (path.extname(url.pathname)) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
        return;
      }
      file = index;
    }
    // Vite puts content-hashed files in assets/: safe to cache forever; index.html never.
    const immutable = file.startsWith(path.join(webDistDir, 'assets') + path.sep);
    send(res, 200, CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file), {
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }

  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/')) {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad Request');
      return;
    }
    const url = new URL(baseUrl + req.url);
    const route = (): Promise<void> | void => {
      if (url.pathname === '/graphql') return invokeLambda(req, res, url);
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (url.pathname === '/health') return health(res);
        if (url.pathname === '/config.json') return webConfig(req, res);
        if (url.pathname === '/outbox' || url.pathname === '/outbox/') return outboxIndex(res);
        if (url.pathname.startsWith('/outbox/')) return outboxMail(res, url.pathname.slice('/outbox/'.length));
      }
      return staticFile(req, res, url);
    };
    Promise.resolve()
      .then(route)
      .catch((error: unknown) => {
        console.error(`[gateway] ${req.method} ${url.pathname} failed:`, error);
        if (!res.headersSent) sendJson(res, 500, { message: 'Internal Server Error' });
        else res.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${options.port} (gateway) is already in use. Stop the process that uses it, or choose another port with PORT=<port>.`) : error),
    );
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  baseUrl = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      dynamoDb?.destroy();
    },
  };
}
