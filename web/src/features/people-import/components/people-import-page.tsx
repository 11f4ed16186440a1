import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageHeading } from '../../../components/page-heading';
import type { PersonRole } from '../../../lib/programme-domain';
import { href } from '../../../lib/router';
import { isUnfinished, PeopleImportJobQuery, type ImportJob } from '../api/people-import';
import { ImportRun } from './import-run';
import { ImportSetup } from './import-setup';
import { forgetStoredJob, storedJobId } from './use-import-run';
import './people-import.css';

interface PeopleImportPageProps {
  role: PersonRole;
  programmeId: string | null;
}

/** Coordinators and tenant admins: newcomers or buddies from a CSV file, checked first, then imported all or nothing. */
export function PeopleImportPage({ role, programmeId }: PeopleImportPageProps) {
  const intl = useIntl();
  const [job, setJob] = useState<ImportJob | null>(null);
  // What the form starts with: the address's choice, then the last import's (to import a corrected file).
  const [choice, setChoice] = useState({ role, programmeId, attempt: 0 });
  const listRole = job?.role ?? choice.role;

  return (
    <div className="people-import">
      <PageHeading title={intl.formatMessage({ id: 'peopleImport.title' })} />
      <p className="lead">
        <FormattedMessage id="peopleImport.intro" />
      </p>
      {job ? (
        <ImportRun
          key={job.id}
          start={job}
          onAgain={() => {
            setChoice((previous) => ({ role: job.role, programmeId: job.programme?.id ?? null, attempt: previous.attempt + 1 }));
            setJob(null);
          }}
        />
      ) : (
        <>
          <UnfinishedImport onContinue={setJob} />
          <ImportSetup key={choice.attempt} initialRole={choice.role} initialProgrammeId={choice.programmeId} onStarted={setJob} />
        </>
      )}
      <p>
        <a href={href(listRole === 'BUDDY' ? '/buddies' : '/newcomers')}>
          <FormattedMessage id={listRole === 'BUDDY' ? 'register.backToBuddies' : 'register.backToNewcomers'} />
        </a>
      </p>
    </div>
  );
}

/** An import this tab started and left unfinished (half written, or half undone): it needs continuing. */
function UnfinishedImport({ onContinue }: { onContinue: (job: ImportJob) => void }) {
  const [id] = useState(storedJobId);
  const [{ data }] = useQuery({ query: PeopleImportJobQuery, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const job = data?.peopleImport ?? null;
  const unfinished = job !== null && isUnfinished(job.status);
  useEffect(() => {
    if (data && !unfinished) forgetStoredJob();
  }, [data, unfinished]);
  if (!unfinished) return null;
  return (
    <div className="notice notice-warning">
      <p>
        <FormattedMessage id="peopleImport.resume" values={{ programme: job.programme?.name ?? '' }} />
      </p>
      <button type="button" className="button button-primary" onClick={() => onContinue(job)}>
        <FormattedMessage id="peopleImport.continue" />
      </button>
    </div>
  );
}
