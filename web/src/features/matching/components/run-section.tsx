import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { ErrorNotice } from '../../../components/notice';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useProblemText } from '../../../components/use-problem-text';
import { LatestMatchingRunQuery, MatchingRunQuery, StartMatchingRunMutation, type MatchingRun } from '../api/matching-board';
import type { MatchingRunPhase, PairPinKind } from '../api/matching-domain';
import { ProposalList, type PinOverrides } from './proposal-list';

const POLL_INTERVAL_MS = 1000;
// The phases in the order a run goes through them (DONE is not a step of its own).
const STEPS: readonly MatchingRunPhase[] = ['LOADING', 'SCORING', 'SOLVING', 'SAVING'];

interface RunSectionProps {
  programmeId: string;
  pins: PinOverrides;
  onPinChanged: (pin: { newcomerId: string; buddyId: string; kind: PairPinKind | null }) => void;
  /** Matches were approved: the lists elsewhere on the board are out of date. */
  onMatchesChanged: () => void;
  onNotice: (notice: PageNoticeValue | null) => void;
}

/**
 * One proposal for the whole waiting list: start a run, follow its progress, read its summary and
 * its proposals. The latest run shows when the board opens.
 */
export function RunSection({ programmeId, pins, onPinChanged, onMatchesChanged, onNotice }: RunSectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [latest, refetchLatest] = useQuery({ query: LatestMatchingRunQuery, variables: { programmeId }, requestPolicy: 'network-only' });
  const [started, setStarted] = useState<MatchingRun | null>(null);
  const [result, start] = useMutation(StartMatchingRunMutation);
  const { run, pollError, retryPoll } = usePolledRun(started ?? latest.data?.matchingRuns.edges[0]?.node ?? null);
  const running = run?.status === 'RUNNING' || result.fetching;

  // Said once, when a run of this visit finishes.
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!run || !started || run.id !== started.id || run.status === 'RUNNING' || announced.current === run.id) return;
    announced.current = run.id;
    if (run.status === 'DONE') onNotice({ tone: 'success', text: intl.formatMessage({ id: 'matching.run.done' }, { count: run.proposalCount }) });
    else onNotice({ tone: 'error', text: intl.formatMessage({ id: 'matching.run.failed' }) });
  }, [run, started, intl, onNotice]);

  async function startRun() {
    onNotice(null);
    const answer = await start({ input: { programmeId } });
    const payload = answer.data?.startMatchingRun;
    const problem = payload?.userErrors[0];
    if (payload?.run) setStarted(payload.run);
    else if (problem) onNotice({ tone: 'error', text: problemText('run', problem) ?? problem.message });
    else if (!answer.error) onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
  }

  return (
    <section className="card" aria-labelledby="matching-run">
      <h2 id="matching-run">
        <FormattedMessage id="matching.run.title" />
      </h2>
      <p>
        <FormattedMessage id="matching.run.intro" />
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={running || undefined}
          onClick={() => {
            if (!running) void startRun();
          }}
        >
          <FormattedMessage id={running ? 'matching.run.running' : 'matching.run.start'} />
        </button>
      </div>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      {latest.error ? <ApiErrorNotice error={latest.error} onRetry={() => refetchLatest({ requestPolicy: 'network-only' })} /> : null}
      {pollError ? <ApiErrorNotice error={pollError} onRetry={retryPoll} /> : null}
      {latest.fetching && !run ? (
        <p className="loading">
          <FormattedMessage id="common.loading" />
        </p>
      ) : null}
      {!latest.fetching && !latest.error && !run ? (
        <p className="empty">
          <FormattedMessage id="matching.run.none" />
        </p>
      ) : null}
      {run ? <RunProgress run={run} /> : null}
      {run && run.status !== 'RUNNING' ? <RunSummary run={run} /> : null}
      {run?.status === 'DONE' ? (
        <ProposalList
          key={run.id}
          runId={run.id}
          programmeId={programmeId}
          pins={pins}
          onPinChanged={onPinChanged}
          onApproved={onMatchesChanged}
          onRunAgain={() => void startRun()}
          canRunAgain={!running}
          onNotice={onNotice}
        />
      ) : null}
    </section>
  );
}

/** The run as it is now: asked again every second while it is RUNNING. */
function usePolledRun(initial: MatchingRun | null) {
  const client = useClient();
  const [polled, setPolled] = useState<MatchingRun | null>(null);
  const [pollError, setPollError] = useState<CombinedError>();
  // A newer run (just started) replaces what was polled of an older one.
  const run = polled && initial && polled.id === initial.id ? polled : initial;

  useEffect(() => {
    if (run?.status !== 'RUNNING' || pollError) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void client
        .query(MatchingRunQuery, { id: run.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((answer) => {
          if (cancelled) return;
          const node = answer.data?.node;
          if (node && 'status' in node) setPolled({ ...node });
          else if (answer.error) setPollError(answer.error);
        });
    }, POLL_INTERVAL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [run, pollError, client]);

  return { run, pollError, retryPoll: () => setPollError(undefined) };
}

function RunProgress({ run }: { run: MatchingRun }) {
  const intl = useIntl();
  const id = useId();
  const step = Math.max(0, STEPS.indexOf(run.phase)) + 1;
  const phase = intl.formatMessage({ id: `matchingPhase.${run.phase}` });
  return (
    <div className="run-progress">
      {run.status === 'RUNNING' ? (
        <>
          <label htmlFor={id} className="field-label">
            <FormattedMessage id="matching.run.progress" />
          </label>
          <progress id={id} max={1} value={run.progress} aria-describedby={`${id}-phase`}>
            {intl.formatNumber(run.progress, { style: 'percent' })}
          </progress>
          <p id={`${id}-phase`} className="run-phase">
            <FormattedMessage id="matching.run.step" values={{ step, steps: STEPS.length, phase }} />{' '}
            <span className="muted">
              <FormattedMessage
                id="matching.run.counts"
                values={{ newcomers: run.newcomerCount, buddies: run.buddyCount, pairs: run.allowedPairCount }}
              />
            </span>
          </p>
        </>
      ) : null}
      {/* The phase in words, announced as it changes (not every second's progress); it is on screen above. */}
      <p role="status" className="visually-hidden">
        {run.status === 'RUNNING' ? phase : ''}
      </p>
      {run.status === 'FAILED' ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id="matching.run.failed" />
          </p>
          {run.failureReason ? <p>{run.failureReason}</p> : null}
        </ErrorNotice>
      ) : null}
    </div>
  );
}

function RunSummary({ run }: { run: MatchingRun }) {
  const intl = useIntl();
  const item = (label: string, value: ReactNode, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <>
      <h3>
        <FormattedMessage id="matching.run.summary" />
      </h3>
      <p className="muted">
        <FormattedMessage
          id="matching.run.when"
          values={{
            started: <FormattedDate value={run.startedAt} dateStyle="medium" timeStyle="short" />,
            finished: run.finishedAt ? <FormattedDate value={run.finishedAt} timeStyle="short" /> : '—',
          }}
        />
      </p>
      <dl className="details details-large run-summary">
        {item(intl.formatMessage({ id: 'matching.run.newcomers' }), run.newcomerCount)}
        {item(intl.formatMessage({ id: 'matching.run.buddies' }), run.buddyCount)}
        {item(intl.formatMessage({ id: 'matching.run.allowedPairs' }), run.allowedPairCount)}
        {item(intl.formatMessage({ id: 'matching.run.proposals' }), run.proposalCount, 'run-proposal-count')}
        {item(intl.formatMessage({ id: 'matching.run.unmatched' }), run.unmatchedNewcomerCount)}
        {item(intl.formatMessage({ id: 'matching.run.totalScore' }), <FormattedNumber value={run.totalScore} maximumFractionDigits={0} />)}
      </dl>
    </>
  );
}
