// Cold starts: each sample is a fresh `node` process that imports a bundle and answers one event.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const childScript = path.join(import.meta.dirname, 'cold-start-child.mjs');
const CHILD_TIMEOUT_MS = 30_000;

export interface ColdStartSample {
  /** Node's start-up until the measuring script runs (the same for every bundle). */
  bootMs: number;
  /** Importing the bundle: Lambda's init phase. */
  importMs: number;
  /** The first invocation, including everything done lazily on it. */
  firstRequestMs: number;
  /** importMs + firstRequestMs. */
  coldMs: number;
  /** From spawn() in the parent to the first response in the child. */
  spawnToResponseMs: number;
  statusCode: number | undefined;
  body: string | undefined;
}

/** One cold start of `bundle` answering the event stored in `eventFile`. */
export function coldStart(bundle: string, eventFile: string, env: Record<string, string>): Promise<ColdStartSample> {
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.timeOrigin + performance.now();
    const child = spawn(process.execPath, [childScript, bundle, eventFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code ?? signal}`);
        const report = JSON.parse(line) as Omit<ColdStartSample, 'coldMs' | 'spawnToResponseMs'> & { respondedAtEpochMs: number };
        resolve({
          bootMs: report.bootMs,
          importMs: report.importMs,
          firstRequestMs: report.firstRequestMs,
          coldMs: report.importMs + report.firstRequestMs,
          spawnToResponseMs: report.respondedAtEpochMs - spawnedAt,
          statusCode: report.statusCode,
          body: report.body,
        });
      } catch (error) {
        reject(new Error(`Cold-start child for ${bundle} failed (${(error as Error).message}).\nstdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-2000)}`));
      }
    });
  });
}
