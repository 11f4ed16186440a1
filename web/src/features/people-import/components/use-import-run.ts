import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { readStored, writeStored } from '../../../lib/storage';
import type { UserError } from '../../../lib/user-errors';
import { ContinuePeopleImportMutation, isUnfinished, type ImportJob } from '../api/people-import';

// The API imports a file in slices, one continuePeopleImport call each, and nothing drives a job but
// these calls: the page calls on until the job is DONE or FAILED (which includes undoing a failed
// import). A job left unfinished (the tab closed, the connection lost) is remembered in this tab
// so that the page can offer to continue it.

const STORED_JOB = 'tandem.peopleImport.job';
/** Network failures in a row before the page stops and asks. */
const RETRIES = 3;
/** "While another call works on the job it is returned unchanged": wait before asking again. */
const UNCHANGED_WAIT_MS = 1000;

export const storedJobId = () => readStored('session', STORED_JOB);
export const forgetStoredJob = () => writeStored('session', STORED_JOB, null);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unchanged = (a: ImportJob, b: ImportJob) => a.status === b.status && a.processed === b.processed && a.updatedAt === b.updatedAt;

export type RunProblem = { error: CombinedError } | { userErrors: UserError[] };

/** Drives `start` to the end; `resume()` starts again after the page stopped on a problem. */
export function useImportRun(start: ImportJob) {
  const client = useClient();
  const [job, setJob] = useState(start);
  const [problem, setProblem] = useState<RunProblem | null>(null);
  // A new attempt (after a problem) is a new run of the effect.
  const [attempt, setAttempt] = useState(0);
  const jobId = start.id;

  useEffect(() => {
    writeStored('session', STORED_JOB, jobId);
    let stopped = false;
    async function drive() {
      let previous: ImportJob | null = null;
      let failures = 0;
      while (!stopped) {
        const result = await client.mutation(ContinuePeopleImportMutation, { input: { jobId } }).toPromise();
        if (stopped) return;
        const payload = result.data?.continuePeopleImport;
        const next = payload?.job;
        if (!next) {
          if (result.error?.networkError && failures < RETRIES) {
            failures += 1;
            await sleep(UNCHANGED_WAIT_MS * 2 ** failures);
            continue;
          }
          setProblem(result.error ? { error: result.error } : { userErrors: payload?.userErrors ?? [] });
          return;
        }
        failures = 0;
        setJob(next);
        if (!isUnfinished(next.status)) {
          forgetStoredJob();
          return;
        }
        if (previous && unchanged(previous, next)) await sleep(UNCHANGED_WAIT_MS);
        previous = next;
      }
    }
    void drive();
    return () => {
      stopped = true;
    };
  }, [client, jobId, attempt]);

  const running = isUnfinished(job.status) && !problem;
  useEffect(() => {
    if (!running) return;
    // Closing the tab now leaves the import half done until someone continues it.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [running]);

  return {
    job,
    problem,
    resume: () => {
      setProblem(null);
      setAttempt((n) => n + 1);
    },
  };
}
