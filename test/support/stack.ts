// The test run's own local stack: in-memory DynamoDB, fresh cognito-local state, temporary outbox,
// free ports. Started once per `vitest run` by global-setup.ts; tests read it with inject('stack').
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../infra/local/processes';
import { startLocalStack, type LocalOutputs } from '../../infra/local/stack';

export interface StackOutputs extends LocalOutputs {
  /** Gateway root URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  BaseUrl: string;
  /** Where the stack writes mail as JSON files. */
  OutboxDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackOutputs;
  }
}

export interface TestStack {
  outputs: StackOutputs;
  /** Stops everything and deletes the temporary folders. */
  stop(): Promise<void>;
}

export async function startTestStack(log: (message: string) => void = () => undefined): Promise<TestStack> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tandem-test-stack-'));
  const outboxDir = path.join(dir, 'outbox');
  try {
    const stack = await startLocalStack({
      ports: { gateway: await freePort(), dynamoDb: await freePort(), cognito: await freePort() },
      dynamoDbStorage: 'memory',
      cognitoDir: path.join(dir, 'cognito'),
      outboxDir,
      logDir: path.join(dir, 'logs'),
      webOutDir: path.join(dir, 'web'),
      log,
    });
    return {
      outputs: { ...stack.outputs, BaseUrl: stack.baseUrl, OutboxDir: outboxDir },
      async stop() {
        await stack.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    // The error carries the failing emulator's log tail; the folder is of no further use.
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
