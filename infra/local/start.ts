// `npm start`: the whole system on this machine, no AWS account needed. Data survives restarts in
// .local/ (git-ignored); Ctrl-C stops everything.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localDir } from './paths';
import { isAlive } from './processes';
import { startLocalStack, type LocalStack } from './stack';

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number (1–65535), not "${value}"`);
  return port;
}

/** Two stacks on one data folder would share DynamoDB's database file and cognito-local's state. */
async function claimDataDir(lockFile: string): Promise<void> {
  const pid = Number(await readFile(lockFile, 'utf8').catch(() => ''));
  if (pid && pid !== process.pid && isAlive(pid)) {
    throw new Error(`Another local stack (pid ${pid}) is using ${path.dirname(lockFile)}. Stop it first (Ctrl-C in its terminal, or kill ${pid}).`);
  }
  await mkdir(path.dirname(lockFile), { recursive: true });
  await writeFile(lockFile, String(process.pid));
}

function printReady(stack: LocalStack, outputsFile: string, logDir: string) {
  const { outputs } = stack;
  const lines = [
    '',
    'Tandem is running on this machine:',
    `  Web app   ${outputs.WebUrl}`,
    `  GraphQL   ${outputs.GraphqlUrl}`,
    `  Health    ${stack.baseUrl}/health`,
    `  Outbox    ${outputs.OutboxUrl}`,
    `  Cognito   ${outputs.CognitoEndpoint}  (user pool ${outputs.UserPoolId}, app client ${outputs.UserPoolClientId})`,
    `  DynamoDB  ${outputs.DynamoDbEndpoint}  (table ${outputs.TableName})`,
    '',
  ];
  if (outputs.DemoUsers.length) {
    lines.push('Demo logins (local demo data only):');
    for (const user of outputs.DemoUsers) {
      lines.push(`  ${user.email.padEnd(36)} ${user.password.padEnd(20)} ${user.role}${user.tenant ? ` @ ${user.tenant}` : ''}`);
    }
  } else {
    lines.push('No demo logins yet (seedDemo returned none).');
  }
  lines.push('', `Outputs: ${path.relative(process.cwd(), outputsFile)}   Logs: ${path.relative(process.cwd(), logDir)}/`, 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

async function main() {
  const logDir = path.join(localDir, 'logs');
  const outputsFile = path.join(localDir, 'outputs.json');
  const lockFile = path.join(localDir, 'start.pid');

  // Until the stack is up there is nothing to stop by hand: the emulators exit by themselves when
  // we do (they watch their stdin pipe).
  const exitNow = () => process.exit(130);
  process.once('SIGINT', exitNow);
  process.once('SIGTERM', exitNow);

  let stack: LocalStack;
  try {
    await claimDataDir(lockFile);
    stack = await startLocalStack({
      ports: {
        gateway: portFromEnv('PORT', 4000),
        dynamoDb: portFromEnv('DYNAMODB_PORT', 8000),
        cognito: portFromEnv('COGNITO_PORT', 9229),
      },
      dynamoDbStorage: { dbPath: path.join(localDir, 'dynamodb') },
      cognitoDir: path.join(localDir, 'cognito'),
      outboxDir: path.join(localDir, 'outbox'),
      logDir,
      log: (message) => console.log(`[local] ${message}`),
    });
  } catch (error) {
    console.error(`\n[local] The local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[local] stopping…');
    await stack.stop();
    await rm(lockFile, { force: true });
    console.log('[local] stopped');
    process.exit(code);
  };
  process.off('SIGINT', exitNow);
  process.off('SIGTERM', exitNow);
  // Repeated signals are normal (Ctrl-C reaches the whole process group and tsx relays it once
  // more); shutdown is bounded anyway, since children get SIGKILL after a grace period.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
  void stack.unexpectedExit.then((child) => {
    console.error(`\n[local] ${child.name} exited unexpectedly; see ${child.logFile}`);
    void shutdown(1);
  });

  await mkdir(localDir, { recursive: true });
  await writeFile(outputsFile, `${JSON.stringify(stack.outputs, null, 2)}\n`);
  printReady(stack, outputsFile, logDir);
}

await main();
