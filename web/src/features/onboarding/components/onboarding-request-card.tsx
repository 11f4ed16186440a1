import { useId, useRef, useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { TextAreaField, TextField } from '../../../components/field';
import { ErrorNotice, StatusRegion } from '../../../components/notice';
import { useProblemText } from '../../../components/use-problem-text';
import { countryName, languageList } from '../../../lib/domain';
import { apiErrorCode } from '../../../lib/graphql-client';
import { FORM_LEVEL, problemsFromUserErrors, type FieldProblems } from '../../../lib/user-errors';
import {
  ApproveOnboardingRequestMutation,
  RejectOnboardingRequestMutation,
  type OnboardingRequest,
} from '../api/onboarding-requests';

interface OnboardingRequestCardProps {
  request: OnboardingRequest;
  /** Someone else decided this request meanwhile: reload the list. */
  onStale: () => void;
}

type Outcome = { kind: 'approved'; tenantName: string; slug: string } | { kind: 'rejected' };

export function OnboardingRequestCard({ request: initial, onStale }: OnboardingRequestCardProps) {
  const intl = useIntl();
  const headingId = useId();
  const [request, setRequest] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  return (
    <article className="card request-card" aria-labelledby={headingId}>
      <header className="request-card-header">
        <h3 id={headingId}>{request.organisationName}</h3>
        <span className={`badge badge-${request.status.toLowerCase()}`}>
          {intl.formatMessage({ id: `onboarding.status.${request.status}` })}
        </span>
      </header>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="requestAccount.kind" />
          </dt>
          <dd>{intl.formatMessage({ id: `tenantKind.${request.kind}` })}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="requestAccount.country" />
          </dt>
          <dd>{countryName(request.country, intl.locale)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="onboarding.languages" />
          </dt>
          <dd>{languageList(request.languages, intl.locale)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="onboarding.contact" />
          </dt>
          <dd>
            {request.contactName} · <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="onboarding.requestedAt" />
          </dt>
          <dd>
            <FormattedDate value={request.createdAt} dateStyle="medium" timeStyle="short" />
          </dd>
        </div>
        {request.decidedAt ? (
          <div>
            <dt>
              <FormattedMessage id="onboarding.decidedAt" />
            </dt>
            <dd>
              <FormattedDate value={request.decidedAt} dateStyle="medium" timeStyle="short" />
            </dd>
          </div>
        ) : null}
        {request.tenant ? (
          <div>
            <dt>
              <FormattedMessage id="onboarding.tenant" />
            </dt>
            <dd>
              {request.tenant.name} (<code>{request.tenant.slug}</code>)
            </dd>
          </div>
        ) : null}
        {request.rejectionReason ? (
          <div>
            <dt>
              <FormattedMessage id="onboarding.rejectionReason" />
            </dt>
            <dd>{request.rejectionReason}</dd>
          </div>
        ) : null}
      </dl>
      <StatusRegion>
        {outcome?.kind === 'approved' ? (
          <p>
            <FormattedMessage
              id="onboarding.approved"
              values={{ tenant: <strong>{outcome.tenantName}</strong>, slug: outcome.slug, email: request.contactEmail }}
            />
          </p>
        ) : null}
        {outcome?.kind === 'rejected' ? (
          <p>
            <FormattedMessage id="onboarding.rejected" values={{ email: request.contactEmail }} />
          </p>
        ) : null}
      </StatusRegion>
      {request.status === 'PENDING' && !outcome ? (
        <Decision
          request={request}
          onStale={onStale}
          onDecided={(next, decided) => {
            setRequest(next);
            setOutcome(decided);
          }}
        />
      ) : null}
    </article>
  );
}

function Decision({
  request,
  onStale,
  onDecided,
}: {
  request: OnboardingRequest;
  onStale: () => void;
  onDecided: (request: OnboardingRequest, outcome: Outcome) => void;
}) {
  const problemText = useProblemText();
  const [slug, setSlug] = useState('');
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [approval, approve] = useMutation(ApproveOnboardingRequestMutation);
  const [rejection, reject] = useMutation(RejectOnboardingRequestMutation);
  const reasonForm = useRef<HTMLFormElement>(null);
  const rejectToggle = useRef<HTMLButtonElement>(null);
  const busy = approval.fetching || rejection.fetching;
  const error = approval.error ?? rejection.error;

  async function submitApproval(event: FormEvent) {
    event.preventDefault();
    setProblems({});
    const trimmed = slug.trim();
    const answer = await approve({
      input: { requestId: request.id, version: request.version, ...(trimmed ? { slug: trimmed } : {}) },
    });
    const payload = answer.data?.approveOnboardingRequest;
    if (payload?.userErrors.length) setProblems(problemsFromUserErrors(payload.userErrors));
    else if (payload?.request && payload.tenant)
      onDecided(payload.request, { kind: 'approved', tenantName: payload.tenant.name, slug: payload.tenant.slug });
  }

  async function submitRejection(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setProblems({ reason: { code: 'REQUIRED' } });
      reasonForm.current?.querySelector('textarea')?.focus();
      return;
    }
    setProblems({});
    const answer = await reject({ input: { requestId: request.id, reason: reason.trim(), version: request.version } });
    const payload = answer.data?.rejectOnboardingRequest;
    if (payload?.userErrors.length) setProblems(problemsFromUserErrors(payload.userErrors));
    else if (payload?.request) onDecided(payload.request, { kind: 'rejected' });
  }

  const stale = apiErrorCode(error) === 'CONFLICT' || Object.values(problems).some((p) => p.code === 'STALE');
  const formLevel = problems[FORM_LEVEL] ?? problems.requestId ?? problems.version;

  return (
    <div className="decision">
      {stale ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id="onboarding.stale" />
          </p>
          <button type="button" className="button button-secondary" onClick={onStale}>
            <FormattedMessage id="common.reload" />
          </button>
        </ErrorNotice>
      ) : error ? (
        <ApiErrorNotice error={error} />
      ) : formLevel ? (
        <ErrorNotice>
          <p>{problemText('', formLevel)}</p>
        </ErrorNotice>
      ) : null}
      <form className="inline-form" onSubmit={submitApproval} noValidate>
        <TextField
          label={<FormattedMessage id="onboarding.slug" />}
          optional={<FormattedMessage id="common.optional" />}
          hint={<FormattedMessage id="onboarding.slug.hint" />}
          name="slug"
          value={slug}
          autoCapitalize="none"
          spellCheck={false}
          onChange={(e) => setSlug(e.target.value)}
          error={problemText('slug', problems.slug)}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          <FormattedMessage id="onboarding.approve" />
          <span className="visually-hidden">: {request.organisationName}</span>
        </button>
      </form>
      {rejecting ? (
        <form ref={reasonForm} className="inline-form reject-form" onSubmit={submitRejection} noValidate>
          <TextAreaField
            label={<FormattedMessage id="onboarding.reason" />}
            hint={<FormattedMessage id="onboarding.reason.hint" />}
            name="reason"
            rows={3}
            // The form opened on request: put the keyboard where the typing happens.
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={problemText('reason', problems.reason)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-danger" disabled={busy}>
              <FormattedMessage id="onboarding.reject" />
              <span className="visually-hidden">: {request.organisationName}</span>
            </button>
            <button
              type="button"
              className="button button-link"
              onClick={() => {
                setRejecting(false);
                setProblems({});
                requestAnimationFrame(() => rejectToggle.current?.focus());
              }}
            >
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </form>
      ) : (
        <button ref={rejectToggle} type="button" className="button button-secondary" onClick={() => setRejecting(true)}>
          <FormattedMessage id="onboarding.rejectOpen" />
          <span className="visually-hidden">: {request.organisationName}</span>
        </button>
      )}
    </div>
  );
}
