// The whole local stack in one call, shared by `npm start` (persistent, fixed ports) and the test
// harness (in-memory, free ports, temporary folders): DynamoDB Local → cognito-local → table and
// user pool → web build → demo data → gateway.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createGraphqlHandler } from '../../graphql/src/handler';
import type { AppConfig } from '../../services/shared/config';
import { tableShape } from '../shapes/table';
import { useLocalAwsEnvironment } from './aws-clients';
import { startCognitoLocal } from './cognito-local';
import { startDynamoDbLocal } from './dynamodb-local';
import { startGateway } from './gateway';
import { assertPortFree, type ChildService } from './processes';
import { ensureTable, ensureUserPool } from './provision';
import { repoRoot } from './paths';
import { seedDemo, type DemoUser } from './seed';
import { buildWebApp } from './web-build';

export const LOCAL_REGION = 'eu-west-1';

/** The keys of .local/outputs.json (same names as the CDK stack outputs where both exist). */
export interface LocalOutputs {
  GraphqlUrl: string;
  UserPoolId: string;
  UserPoolClientId: string;
  CognitoEndpoint: string;
  Region: string;
  TableName: string;
  DynamoDbEndpoint: string;
  DemoUsers: DemoUser[];
  WebUrl: string;
  OutboxUrl: string;
}

export interface LocalStackOptions {
  ports: { gateway: number; dynamoDb: number; cognito: number };
  /** Persistent DynamoDB data folder, or 'memory' (tests). */
  dynamoDbStorage: { dbPath: string } | 'memory';
  /** cognito-local's working directory; its state goes to <dir>/.cognito. */
  cognitoDir: string;
  outboxDir: string;
  /** One log file per emulator goes here. */
  logDir: string;
  /** Build the web app into this folder instead of the Vite config's own (tests). */
  webOutDir?: string;
  log: (message: string) => void;
}

export interface LocalStack {
  config: AppConfig;
  outputs: LocalOutputs;
  /** Gateway root URL, e.g. http://127.0.0.1:4000 */
  baseUrl: string;
  /** Stops the gateway and every child process; safe to call twice. */
  stop(): Promise<void>;
  /** Settles with the emulator that exits on its own (crash, killed) before stop() was called. */
  unexpectedExit: Promise<ChildService>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { ports, log } = options;
  useLocalAwsEnvironment(LOCAL_REGION);
  const children: ChildService[] = [];
  let closeGateway: (() => Promise<void>) | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await closeGateway?.();
      await Promise.all(children.map((child) => child.stop()));
    })());

  const started = Date.now();
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await work();
    log(`${label} (${Date.now() - t0} ms)`);
    return result;
  };

  try {
    // Fail fast and clearly on a busy port, before anything is spawned.
    await assertPortFree(ports.gateway, 'gateway', 'PORT');
    await assertPortFree(ports.dynamoDb, 'DynamoDB Local', 'DYNAMODB_PORT');
    await assertPortFree(ports.cognito, 'cognito-local', 'COGNITO_PORT');
    await Promise.all([options.logDir, options.outboxDir].map((dir) => mkdir(dir, { recursive: true })));

    // Java's start-up is the slow part: start both emulators at once, and keep whichever started
    // in `children` even when the other fails, so that stop() ends it.
    const [dynamoDbStart, cognitoStart] = await Promise.allSettled([
      step('DynamoDB Local is up', () =>
        startDynamoDbLocal({
          port: ports.dynamoDb,
          storage: options.dynamoDbStorage,
          logFile: path.join(options.logDir, 'dynamodb.log'),
          region: LOCAL_REGION,
        }),
      ),
      step('cognito-local is up', () =>
        startCognitoLocal({ port: ports.cognito, dataDir: options.cognitoDir, logFile: path.join(options.logDir, 'cognito.log') }),
      ),
    ]);
    for (const result of [dynamoDbStart, cognitoStart]) if (result.status === 'fulfilled') children.push(result.value.service);
    if (dynamoDbStart.status === 'rejected') throw dynamoDbStart.reason;
    if (cognitoStart.status === 'rejected') throw cognitoStart.reason;
    const dynamoDb = dynamoDbStart.value;
    const cognito = cognitoStart.value;

    const tableName = tableShape.localTableName;
    const [table, pool] = await step('table and user pool are ready', () =>
      Promise.all([
        ensureTable({ endpoint: dynamoDb.endpoint, region: LOCAL_REGION, tableName }),
        ensureUserPool({ endpoint: cognito.endpoint, region: LOCAL_REGION }),
      ]),
    );
    log(`  table ${tableName}: ${table.created ? 'created' : 'found'}; user pool ${pool.userPoolId}: ${pool.created ? 'created' : 'found'}`);

    const config: AppConfig = {
      region: LOCAL_REGION,
      tableName,
      dynamoDbEndpoint: dynamoDb.endpoint,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      cognitoEndpoint: cognito.endpoint,
      mail: { kind: 'outbox', outboxDir: options.outboxDir },
      appUrl: `http://127.0.0.1:${ports.gateway}`,
      production: false,
    };

    const web = await buildWebApp({ outDir: options.webOutDir });
    if (web.built) log(`web app built (${web.ms} ms)`);
    else log(`WARNING: web app not built: ${web.reason}`);
    const webDistDir = web.built ? web.outDir : (options.webOutDir ?? path.join(repoRoot, 'web', 'dist'));

    const demoUsers = await step('demo data is seeded', () => seedDemo(config));

    const gateway = await startGateway({ port: ports.gateway, config, handler: createGraphqlHandler(config), webDistDir });
    closeGateway = gateway.close;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const unexpectedExit = new Promise<ChildService>((resolve) => {
      for (const child of children) void child.exited.then(() => stopping || resolve(child));
    });

    return {
      config,
      baseUrl: gateway.url,
      stop,
      unexpectedExit,
      outputs: {
        GraphqlUrl: `${gateway.url}/graphql`,
        UserPoolId: config.userPoolId,
        UserPoolClientId: config.userPoolClientId,
        CognitoEndpoint: cognito.endpoint,
        Region: LOCAL_REGION,
        TableName: tableName,
        DynamoDbEndpoint: dynamoDb.endpoint,
        DemoUsers: demoUsers,
        WebUrl: `${gateway.url}/`,
        OutboxUrl: `${gateway.url}/outbox`,
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
