import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { SelectField } from '../../../components/field';
import { IntakeFormView } from '../../../components/intake-form/intake-form';
import { PageHeading } from '../../../components/page-heading';
import type { PersonRole } from '../../../lib/programme-domain';
import { href, navigate } from '../../../lib/router';
import { IntakeProgrammeQuery, ProgrammeOptionsQuery, RegisterPersonMutation, type IntakeProgramme } from '../api/people';
import { peoplePath } from './people-page';

/** Assisted intake: a coordinator fills in a programme's intake form together with the person. */
export function RegisterPersonPage({ role, programmeId }: { role: PersonRole; programmeId: string | null }) {
  const intl = useIntl();
  const newcomer = role === 'NEWCOMER';
  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: newcomer ? 'register.newcomer.title' : 'register.buddy.title' })} />
      <p className="lead">
        <FormattedMessage id={newcomer ? 'register.newcomer.intro' : 'register.buddy.intro'} />
      </p>
      <ProgrammeChoice role={role} programmeId={programmeId} />
      {programmeId ? <IntakeStep key={programmeId} role={role} programmeId={programmeId} /> : null}
      <p>
        <a href={href(peoplePath(role))}>
          <FormattedMessage id={newcomer ? 'register.backToNewcomers' : 'register.backToBuddies'} />
        </a>
      </p>
    </div>
  );
}

function ProgrammeChoice({ role, programmeId }: { role: PersonRole; programmeId: string | null }) {
  const intl = useIntl();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgrammeOptionsQuery, variables: {}, requestPolicy: 'network-only' });
  const programmes = (data?.programmes.edges ?? []).map((edge) => edge.node).filter((p) => p.status !== 'CLOSED');
  const [choice, setChoice] = useState(programmeId ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice) navigate(`${peoplePath(role)}/register`, { programme: choice });
  }

  if (error) return <ApiErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) {
    return (
      <p className="loading">
        <FormattedMessage id="common.loading" />
      </p>
    );
  }
  if (programmes.length === 0) {
    return (
      <div className="card">
        <p>
          <FormattedMessage id="register.noProgrammes" />
        </p>
        <a href={href('/programmes/new')}>
          <FormattedMessage id="programmes.new" />
        </a>
      </div>
    );
  }
  return (
    <form className="card form inline-form programme-choice" onSubmit={submit}>
      <SelectField label={<FormattedMessage id="register.programme" />} name="programme" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{intl.formatMessage({ id: 'intakeForm.choose' })}</option>
        {programmes.map((programme) => (
          <option key={programme.id} value={programme.id}>
            {programme.status === 'DRAFT' ? intl.formatMessage({ id: 'register.draftProgramme' }, { name: programme.name }) : programme.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-secondary" disabled={!choice || choice === programmeId}>
        <FormattedMessage id="register.showForm" />
      </button>
    </form>
  );
}

const NAME_KEYS = ['firstName', 'lastName'];

function IntakeStep({ role, programmeId }: { role: PersonRole; programmeId: string }) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: IntakeProgrammeQuery, variables: { id: programmeId } });
  const [result, register] = useMutation(RegisterPersonMutation);
  const [intakeDone, setIntakeDone] = useState(true);
  const node = query.data?.node;
  const programme = node && 'newcomerForm' in node ? (node as IntakeProgramme) : null;
  const newcomer = role === 'NEWCOMER';

  if (query.error) return <ApiErrorNotice error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!programme) {
    return query.fetching ? (
      <p className="loading">
        <FormattedMessage id="common.loading" />
      </p>
    ) : (
      <ApiNotFound />
    );
  }
  const form = newcomer ? programme.newcomerForm : programme.buddyForm;
  // Registered before the intake (to send an intake link): only the name is needed yet.
  const beforeIntake = newcomer && !intakeDone;
  return (
    <section className="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">{intl.formatMessage({ id: 'register.formOf' }, { programme: programme.name })}</h2>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      <IntakeFormView
        form={form}
        sensitiveCategories={programme.sensitiveCategories}
        ownData={false}
        requiredOnly={beforeIntake ? NAME_KEYS : undefined}
        busy={result.fetching}
        submitLabel={<FormattedMessage id={newcomer ? 'register.submitNewcomer' : 'register.submitBuddy'} />}
        extra={
          newcomer ? (
            <div className="field">
              <div className="checkbox">
                <input id="intake-done" type="checkbox" checked={intakeDone} aria-describedby="intake-done-hint" onChange={(e) => setIntakeDone(e.target.checked)} />
                <label htmlFor="intake-done" className="checkbox-label-strong">
                  <FormattedMessage id="register.intakeDone" />
                </label>
              </div>
              <p id="intake-done-hint" className="field-hint checkbox-hint">
                <FormattedMessage id="register.intakeDone.hint" />
              </p>
            </div>
          ) : null
        }
        onSubmit={async ({ profile, consents }) => {
          // Before the intake nothing was asked yet: only consents actually given are recorded.
          const recorded = beforeIntake ? consents.filter((consent) => consent.granted) : consents;
          const answer = await register({ input: { role, programmeId, profile, consents: recorded, intakeDone: newcomer && intakeDone } });
          const payload = answer.data?.registerPerson;
          if (payload?.person) navigate('/person', { id: payload.person.id, registered: '1' });
          return payload?.userErrors ?? [];
        }}
      />
    </section>
  );
}

function ApiNotFound() {
  return (
    <p role="alert" className="notice notice-error">
      <FormattedMessage id="apiError.NOT_FOUND" />
    </p>
  );
}
