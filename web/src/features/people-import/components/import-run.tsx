import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { ErrorNotice } from '../../../components/notice';
import { href } from '../../../lib/router';
import type { ImportJob } from '../api/people-import';
import { useImportRun } from './use-import-run';

/** Progress is announced in quarters: often enough to know it moves, rarely enough to listen to anything else. */
const ANNOUNCE_STEP = 25;

interface ImportRunProps {
  start: ImportJob;
  /** Back to the form, to import another (or the corrected) file. */
  onAgain: () => void;
}

/** An import job driven to its end, with its progress, and what came of it. */
export function ImportRun({ start, onAgain }: ImportRunProps) {
  const intl = useIntl();
  const { job, problem, resume } = useImportRun(start);
  const progressId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const rollingBack = job.status === 'ROLLING_BACK';
  const finished = job.status === 'DONE' || job.status === 'FAILED';
  const share = job.totalRows > 0 ? job.processed / job.totalRows : 0;
  const percent = intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
  const programme = job.programme?.name ?? '';

  // Said when a quarter is passed and when the import turns to undoing; the end is said by its own notice.
  const step = Math.floor((share * 100) / ANNOUNCE_STEP);
  const [announced, setAnnounced] = useState({ step, rollingBack });
  useEffect(() => {
    if (finished) return;
    if (rollingBack !== announced.rollingBack || (step !== announced.step && step * ANNOUNCE_STEP < 100)) setAnnounced({ step, rollingBack });
  }, [step, rollingBack, finished, announced]);
  const announcement =
    announced.rollingBack && !finished
      ? intl.formatMessage({ id: 'peopleImport.progress.rollingBack' })
      : announced.step > 0 && !finished
        ? intl.formatMessage({ id: 'peopleImport.progress.announce' }, { percent: intl.formatNumber((announced.step * ANNOUNCE_STEP) / 100, { style: 'percent' }) })
        : '';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <section className="card import-run" aria-labelledby={`${progressId}-heading`}>
        <h2 id={`${progressId}-heading`} ref={heading} tabIndex={-1}>
          <FormattedMessage id={job.role === 'BUDDY' ? 'peopleImport.progress.titleBuddies' : 'peopleImport.progress.titleNewcomers'} values={{ programme }} />
        </h2>
        {finished ? null : (
          <p>
            <FormattedMessage id={rollingBack ? 'peopleImport.progress.rollingBack' : 'peopleImport.progress.keepOpen'} />
          </p>
        )}
        <label htmlFor={progressId} className="field-label">
          <FormattedMessage id={rollingBack ? 'peopleImport.progress.undoLabel' : 'peopleImport.progress.label'} />
        </label>
        <progress id={progressId} className="import-progress" max={Math.max(job.totalRows, 1)} value={job.processed}>
          {percent}
        </progress>
        <p className="import-progress-text" data-testid="import-progress-text">
          <FormattedMessage
            id="peopleImport.progress.text"
            values={{ processed: intl.formatNumber(job.processed), total: intl.formatNumber(job.totalRows), percent }}
          />
        </p>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>

      {problem && !finished ? (
        <div>
          {'error' in problem ? <ApiErrorNotice error={problem.error} /> : null}
          <ErrorNotice>
            <p>
              <FormattedMessage id="peopleImport.paused" />
            </p>
            {'userErrors' in problem
              ? problem.userErrors.map((userError) => (
                  <p key={userError.field.join('.')} lang="en">
                    {userError.message}
                  </p>
                ))
              : null}
            <button type="button" className="button button-primary" onClick={resume}>
              <FormattedMessage id="peopleImport.continue" />
            </button>
          </ErrorNotice>
        </div>
      ) : null}

      {job.status === 'DONE' ? <ImportDone job={job} onAgain={onAgain} /> : null}
      {job.status === 'FAILED' ? <ImportFailed job={job} onAgain={onAgain} /> : null}
    </>
  );
}

function ImportDone({ job, onAgain }: { job: ImportJob; onAgain: () => void }) {
  const intl = useIntl();
  // The end of the wait: the keyboard and the screen reader go to what came of it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const programme = job.programme;
  const list = job.role === 'BUDDY' ? '/buddies' : '/newcomers';
  return (
    <section className="card confirmation" aria-labelledby="import-done-heading">
      <h2 id="import-done-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="peopleImport.done.title" />
      </h2>
      <p data-testid="import-done-counts">
        <FormattedMessage
          id="peopleImport.done.text"
          values={{ created: intl.formatNumber(job.created), updated: intl.formatNumber(job.updated), unchanged: intl.formatNumber(job.unchanged) }}
        />
      </p>
      <div className="form-actions">
        {programme ? (
          <a className="button button-primary" href={href(list, { programme: programme.id })}>
            <FormattedMessage id={job.role === 'BUDDY' ? 'peopleImport.done.showBuddies' : 'peopleImport.done.showNewcomers'} values={{ programme: programme.name }} />
          </a>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onAgain}>
          <FormattedMessage id="peopleImport.another" />
        </button>
      </div>
    </section>
  );
}

function ImportFailed({ job, onAgain }: { job: ImportJob; onAgain: () => void }) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice notice-error" aria-labelledby="import-failed-heading">
      <h2 id="import-failed-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="peopleImport.failed.title" />
      </h2>
      <p>
        <FormattedMessage id="peopleImport.failed.text" />
      </p>
      {job.failedRow ? (
        <p>
          <FormattedMessage id="peopleImport.failed.row" values={{ row: intl.formatNumber(job.failedRow) }} />
        </p>
      ) : null}
      {job.failureReason ? (
        // The API explains in English.
        <p className="muted" lang={intl.locale === 'en' ? undefined : 'en'}>
          {job.failureReason}
        </p>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onAgain}>
        <FormattedMessage id="peopleImport.again" />
      </button>
    </section>
  );
}
