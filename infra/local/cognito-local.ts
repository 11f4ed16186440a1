// cognito-local (a Cognito user-pool emulator, Node) as a child process bound to 127.0.0.1. It keeps
// its state in <dataDir>/.cognito and needs no configuration file.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LOOPBACK, spawnService, waitUntilReady, type ChildService } from './processes';

const require = createRequire(import.meta.url);

/** The package's own start script, found through its package.json `bin`. */
function cognitoLocalBin(): string {
  const manifestPath = require.resolve('cognito-local/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['cognito-local'];
  return path.join(path.dirname(manifestPath), bin);
}

export interface RunningCognitoLocal {
  endpoint: string;
  service: ChildService;
}

export async function startCognitoLocal(options: { port: number; dataDir: string; logFile: string }): Promise<RunningCognitoLocal> {
  await mkdir(options.dataDir, { recursive: true });
  const service = spawnService(
    'cognito-local',
    process.execPath,
    ['--require', path.join(import.meta.dirname, 'exit-with-parent.cjs'), cognitoLocalBin()],
    {
      cwd: options.dataDir,
      // HOST and PORT also make the token issuer http://127.0.0.1:<port>/<poolId>.
      env: { ...process.env, HOST: LOOPBACK, PORT: String(options.port) },
      logFile: options.logFile,
    },
  );
  const endpoint = `http://${LOOPBACK}:${options.port}`;
  try {
    await waitUntilReady(
      service,
      async () => (await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(2000) })).ok,
      30_000,
    );
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { endpoint, service };
}
