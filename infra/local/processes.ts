// Child processes and ports of the local stack: every emulator runs as a child that dies with us.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

export interface ChildService {
  name: string;
  process: ChildProcess;
  logFile: string;
  /** Resolves once the process has exited (at once if it already has). */
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL if it is still alive after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns a long-running child with its output appended to `logFile`. stdin stays an open pipe on
 * purpose: the children watch it and exit when it closes, so they die even if we are SIGKILLed.
 */
export function spawnService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string },
): ChildService {
  // The child writes its log itself, so nothing depends on our event loop to drain its output.
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // spawn failures (ENOENT...) emit 'error' and never 'exit'
    child.once('error', () => resolve());
  });
  const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    name,
    process: child,
    logFile: options.logFile,
    exited,
    async stop(graceMs = 5000) {
      if (!running()) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => running() && child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Last lines of a child's log, for error messages. */
export async function logTail(file: string, lines = 20): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Polls `probe` until it resolves true, failing early when the child exits and with its log tail
 * after `timeoutMs`.
 */
export async function waitUntilReady(
  service: ChildService,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  let exited = false;
  void service.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`${service.name} exited during start-up. Log ${service.logFile}:\n${await logTail(service.logFile)}`);
    }
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} did not answer within ${timeoutMs / 1000} s. Log ${service.logFile}:\n${await logTail(service.logFile)}`);
}

/** Whether a process with this id exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Throws a clear error when `port` is taken on the loopback address (or on every interface). */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} (${what}) is already in use. Stop the process that uses it, or choose another port with ${envVar}=<port>.`)
          : error,
      );
    });
    server.listen(port, LOOPBACK, () => server.close(() => resolve()));
  });
}

/** A port that is free right now on the loopback address (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
