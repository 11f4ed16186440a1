// DynamoDB Local (AWS's own emulator, Java): fetched once from the npm registry, verified, cached
// in .local/emulator, and started through a launcher that binds it to 127.0.0.1 only.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { localDynamoDbClient } from './aws-clients';
import { localDir } from './paths';
import { isAlive, LOOPBACK, spawnService, waitUntilReady, type ChildService } from './processes';

const run = promisify(execFile);

const PACKAGE = 'amplify-dynamodb-simulator@2.9.30';
const TARBALL_SHA256 = '3503ffac19f183407909fecdacf4db51ab1fdad1da7b2f177016670b2d80e4b9';
// The emulator folder's `sha256` file holds the checksum of the AWS release archive the package was
// built from (DynamoDB Local 1.25.1), not of the jar; so we pin that value and the jar's own hash,
// measured from the verified tarball.
const RELEASE_SHA256 = '55b425a9a42cfc728436eaf0e4ae64d688b64d177c99c4f4c4d7e3dbb3ac6c09';
const JAR_SHA256 = '454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7';

const LAUNCHER_SOURCE = path.join(import.meta.dirname, 'java', 'LoopbackDynamoDbLocal.java');
const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';
const INSTALL_JAVA = 'install Java with `sudo apt-get install -y openjdk-17-jdk-headless`';

export interface DynamoDbLocalInstall {
  emulatorDir: string;
  launcherDir: string;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function requireTool(tool: 'java' | 'javac'): Promise<void> {
  try {
    await run(tool, ['-version']);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      `DynamoDB Local needs \`${tool}\` (a JDK 17 or newer)${missing ? ', which is not installed' : ' and it failed to run'}: ${INSTALL_JAVA}`,
    );
  }
}

/** Downloads and verifies the emulator into `emulatorDir`; the final rename keeps it all-or-nothing. */
async function downloadEmulator(emulatorDir: string): Promise<void> {
  const staging = `${emulatorDir}.download-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const { stdout } = await run('npm', ['pack', PACKAGE, '--silent', '--pack-destination', staging], { cwd: staging });
    const tarball = path.join(staging, stdout.trim().split('\n').pop() ?? '');
    const actual = sha256(await readFile(tarball));
    if (actual !== TARBALL_SHA256) {
      throw new Error(`Refusing ${PACKAGE}: its tarball's sha256 is ${actual}, expected ${TARBALL_SHA256}`);
    }
    await run('tar', ['-xzf', tarball, '-C', staging, 'package/emulator']);
    await verifyEmulator(path.join(staging, 'package', 'emulator'));
    await renameUnlessPresent(path.join(staging, 'package', 'emulator'), emulatorDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Moves a finished download or build into place; another process may have been quicker. */
async function renameUnlessPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    await rm(from, { recursive: true, force: true });
  }
}

/** Removes `<name>.<step>-<pid>` folders left by interrupted runs (not those of live processes). */
async function removeLeftovers(dir: string): Promise<void> {
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(/\.(?:download|build)-(\d+)$/.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) await rm(path.join(dir, entry), { recursive: true, force: true }).catch(() => undefined);
  }
}

async function verifyEmulator(emulatorDir: string): Promise<void> {
  const release = (await readFile(path.join(emulatorDir, 'sha256'), 'utf8')).trim();
  const jar = sha256(await readFile(path.join(emulatorDir, 'DynamoDBLocal.jar')));
  if (release !== RELEASE_SHA256 || jar !== JAR_SHA256) {
    throw new Error(
      `DynamoDB Local in ${emulatorDir} does not match the pinned release (release ${release}, jar ${jar}). ` +
        `Delete that folder and start again to fetch it anew.`,
    );
  }
}

/** Compiles the loopback launcher against the jar, again only when its source changed. */
async function ensureLauncher(emulatorDir: string): Promise<string> {
  const launcherDir = path.join(emulatorDir, 'launcher');
  const stampFile = path.join(launcherDir, 'source.sha256');
  const stamp = sha256(await readFile(LAUNCHER_SOURCE));
  if (existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === stamp) return launcherDir;

  await requireTool('javac');
  const staging = `${launcherDir}.build-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  // javac follows the jar manifest's Class-Path to find Jetty in DynamoDBLocal_lib.
  await run('javac', ['-cp', path.join(emulatorDir, 'DynamoDBLocal.jar'), '-d', staging, LAUNCHER_SOURCE]);
  await writeFile(path.join(staging, 'source.sha256'), stamp);
  await rm(launcherDir, { recursive: true, force: true });
  await renameUnlessPresent(staging, launcherDir);
  return launcherDir;
}

/** Makes DynamoDB Local available (download, checks, launcher) and returns where it lives. */
export async function ensureDynamoDbLocal(cacheDir = localDir): Promise<DynamoDbLocalInstall> {
  await requireTool('java');
  const emulatorDir = path.join(cacheDir, 'emulator');
  await mkdir(cacheDir, { recursive: true });
  if (!existsSync(path.join(emulatorDir, 'DynamoDBLocal.jar'))) {
    await rm(emulatorDir, { recursive: true, force: true });
    await downloadEmulator(emulatorDir);
  }
  await verifyEmulator(emulatorDir);
  await removeLeftovers(cacheDir);
  await removeLeftovers(emulatorDir);
  return { emulatorDir, launcherDir: await ensureLauncher(emulatorDir) };
}

export interface DynamoDbLocalOptions {
  port: number;
  /** Persistent data folder, or 'memory' for a throw-away database (tests). */
  storage: { dbPath: string } | 'memory';
  logFile: string;
  region: string;
}

export interface RunningDynamoDbLocal {
  endpoint: string;
  service: ChildService;
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<RunningDynamoDbLocal> {
  const { emulatorDir, launcherDir } = await ensureDynamoDbLocal();
  const storageArgs = options.storage === 'memory' ? ['-inMemory'] : ['-dbPath', options.storage.dbPath];
  if (options.storage !== 'memory') await mkdir(options.storage.dbPath, { recursive: true });
  const service = spawnService(
    'DynamoDB Local',
    'java',
    [
      `-Djava.library.path=${path.join(emulatorDir, 'DynamoDBLocal_lib')}`,
      // Start-up matters more than peak throughput here.
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-cp',
      [launcherDir, path.join(emulatorDir, 'DynamoDBLocal.jar')].join(path.delimiter),
      LAUNCHER_CLASS,
      '-port',
      String(options.port),
      // 1.25.1 parses this flag but never reads it; DDB_LOCAL_TELEMETRY=0 below is what turns
      // telemetry (calls to AWS from the emulator) off.
      '-disableTelemetry',
      // One database whatever the credentials and region of the caller.
      '-sharedDb',
      ...storageArgs,
    ],
    {
      // It writes a metadata file into its working directory when telemetry is on: keep it out of
      // the shared emulator folder anyway.
      cwd: path.dirname(options.logFile),
      env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
      logFile: options.logFile,
    },
  );
  const endpoint = `http://${LOOPBACK}:${options.port}`;
  const client = localDynamoDbClient(endpoint, options.region);
  try {
    await waitUntilReady(
      service,
      async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2000) });
        return true;
      },
      30_000,
    );
  } catch (error) {
    await service.stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, service };
}
