import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { CopyLink } from '../../../components/copy-link';
import { NodeQueryStatus } from '../../../components/node-query-status';
import { PageNotice, type PageNoticeValue } from '../../../components/page-notice';
import { PageHeading } from '../../../components/page-heading';
import { useProblemText } from '../../../components/use-problem-text';
import { appUrl } from '../../../lib/app-url';
import { apiErrorCode } from '../../../lib/graphql-client';
import { fillPath, href } from '../../../lib/router';
import { useLatestVersion } from '../../../lib/use-latest-version';
import {
  NEXT_STATUSES,
  ProgrammeQuery,
  UpdateProgrammeMutation,
  type Programme,
  type ProgrammeStatus,
} from '../api/programmes';
import { ProgrammeForm } from './programme-form';

type Notice = PageNoticeValue;

/** One programme: its status, its public sign-up link and its settings. */
export function ProgrammePage({ id, created }: { id: string; created: boolean }) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: ProgrammeQuery, variables: { id }, requestPolicy: 'network-only' });
  const fetched = query.data?.node && 'kind' in query.data.node ? (query.data.node as Programme) : null;
  const [programme, setLatest] = useLatestVersion(fetched);
  const [notice, setNotice] = useState<Notice | null>(created ? { tone: 'success', text: intl.formatMessage({ id: 'programmes.created' }) } : null);
  const reload = () => {
    setLatest(null);
    setNotice(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <PageHeading title={programme?.name ?? intl.formatMessage({ id: 'programmes.title' })} />
      <p>
        <a href={href('/programmes')}>
          <FormattedMessage id="programmes.backToList" />
        </a>
      </p>
      <PageNotice notice={notice} onReload={reload} />
      <NodeQueryStatus error={query.error} notFound={Boolean(query.data && !fetched)} loading={!programme && query.fetching} onRetry={reload} />
      {programme ? (
        <>
          <StatusSection programme={programme} onChanged={setLatest} onNotice={setNotice} />
          <section className="card" aria-labelledby="programme-matching">
            <h2 id="programme-matching">
              <FormattedMessage id="programmes.matching" />
            </h2>
            <p>
              <FormattedMessage id="programmes.matching.intro" />
            </p>
            <a className="button button-primary" href={href(fillPath('/programmes/:programmeId/matching', { programmeId: programme.id }))}>
              <FormattedMessage id="programmes.matching.open" />
            </a>
          </section>
          <SignupLinkSection programme={programme} />
          <section className="section" aria-labelledby="programme-settings">
            <h2 id="programme-settings">
              <FormattedMessage id="programmes.settings" />
            </h2>
            {/* A new version (saved here, or reloaded) starts the form afresh from what is stored. */}
            <EditProgrammeForm key={programme.version} programme={programme} onSaved={setLatest} onNotice={setNotice} />
          </section>
        </>
      ) : null}
    </>
  );
}

interface SectionProps {
  programme: Programme;
  onChanged: (programme: Programme) => void;
  onNotice: (notice: Notice | null) => void;
}

function useStaleNotice() {
  const intl = useIntl();
  return (error: Parameters<typeof apiErrorCode>[0], code?: string): Notice | null =>
    apiErrorCode(error) === 'CONFLICT' || code === 'STALE' ? { tone: 'error', text: intl.formatMessage({ id: 'programmes.stale' }), stale: true } : null;
}

function StatusSection({ programme, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const staleNotice = useStaleNotice();
  const [result, update] = useMutation(UpdateProgrammeMutation);

  async function changeStatus(status: ProgrammeStatus) {
    onNotice(null);
    const answer = await update({ input: { programmeId: programme.id, version: programme.version, status } });
    const payload = answer.data?.updateProgramme;
    const problem = payload?.userErrors[0];
    const stale = staleNotice(answer.error, problem?.code);
    if (stale) onNotice(stale);
    else if (problem) onNotice({ tone: 'error', text: problemText(problem.field.at(-1) ?? '', problem) ?? problem.message });
    else if (payload?.programme) {
      onChanged(payload.programme);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: `programmes.statusChanged.${payload.programme.status}` }) });
    } else if (answer.error) onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
  }

  return (
    <section className="card" aria-labelledby="programme-status">
      <h2 id="programme-status">
        <FormattedMessage id="programmes.status" />
      </h2>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="programmes.status" />
          </dt>
          <dd>
            <span className={`badge badge-programme-${programme.status.toLowerCase()}`} data-testid="programme-status">
              {intl.formatMessage({ id: `programmeStatus.${programme.status}` })}
            </span>
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="programmes.kind" />
          </dt>
          <dd>{intl.formatMessage({ id: `programmeKind.${programme.kind}` })}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="programmes.hourTarget" />
          </dt>
          <dd data-testid="programme-hour-target">
            {programme.hourTarget === null ? (
              <FormattedMessage id="programmes.noHourTarget" />
            ) : (
              <FormattedMessage id="programmes.hours" values={{ hours: programme.hourTarget }} />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="programmes.createdAt" />
          </dt>
          <dd>
            <FormattedDate value={programme.createdAt} dateStyle="medium" />
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        <FormattedMessage id={`programmes.statusExplained.${programme.status}`} />
      </p>
      <div className="form-actions">
        {NEXT_STATUSES[programme.status].map((next) => (
          <button
            key={next}
            type="button"
            className={next === 'CLOSED' ? 'button button-danger-outline' : 'button button-primary'}
            disabled={result.fetching}
            onClick={() => void changeStatus(next)}
          >
            <FormattedMessage id={`programmes.action.${programme.status}.${next}` as 'programmes.action.DRAFT.ACTIVE'} />
          </button>
        ))}
      </div>
    </section>
  );
}

function SignupLinkSection({ programme }: { programme: Programme }) {
  const open = programme.publicSignupOpen && programme.status === 'ACTIVE';
  const url = appUrl(programme.publicSignupPath);
  return (
    <section className="card" aria-labelledby="programme-signup">
      <h2 id="programme-signup">
        <FormattedMessage id="programmes.signupLink" />
      </h2>
      {open ? (
        <>
          <p>
            <FormattedMessage id="programmes.signupLink.open" />
          </p>
          <CopyLink label={<FormattedMessage id="programmes.signupLink" />} labelHidden url={url}>
            <a className="button button-link" href={url} target="_blank" rel="noreferrer">
              <FormattedMessage id="programmes.signupLink.visit" />
            </a>
          </CopyLink>
        </>
      ) : (
        <p className="muted">
          <FormattedMessage id={programme.publicSignupOpen ? 'programmes.signupLink.notActive' : 'programmes.signupLink.off'} />
        </p>
      )}
    </section>
  );
}

function EditProgrammeForm({ programme, onSaved, onNotice }: { programme: Programme; onSaved: (programme: Programme) => void; onNotice: (notice: Notice | null) => void }) {
  const intl = useIntl();
  const staleNotice = useStaleNotice();
  const [result, update] = useMutation(UpdateProgrammeMutation);
  return (
    <>
      {result.error && apiErrorCode(result.error) !== 'CONFLICT' ? <ApiErrorNotice error={result.error} /> : null}
      <ProgrammeForm
        initial={{
          name: programme.name,
          kind: programme.kind,
          description: programme.description,
          languages: programme.languages,
          hourTarget: programme.hourTarget === null ? '' : String(programme.hourTarget),
          sensitiveCategories: programme.sensitiveCategories,
          publicSignupOpen: programme.publicSignupOpen,
        }}
        kindEditable={false}
        submitLabel={<FormattedMessage id="programmes.save" />}
        busy={result.fetching}
        onSubmit={async ({ kind: _kind, ...input }) => {
          onNotice(null);
          const answer = await update({ input: { ...input, programmeId: programme.id, version: programme.version } });
          const payload = answer.data?.updateProgramme;
          const stale = staleNotice(answer.error, payload?.userErrors.find((e) => e.code === 'STALE')?.code);
          if (stale) {
            onNotice(stale);
            return [];
          }
          if (payload?.programme) {
            onSaved(payload.programme);
            onNotice({ tone: 'success', text: intl.formatMessage({ id: 'programmes.saved' }) });
          }
          return payload?.userErrors ?? [];
        }}
      />
    </>
  );
}
