import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { IntakeFormView } from '../../../components/intake-form/intake-form';
import type { IntakeValues } from '../../../components/intake-form/intake-form-values';
import { PageHeading } from '../../../components/page-heading';
import { LinkGoneMessage, PublicMessage, PublicPage, PublicPageError, PublicPageLoading } from '../../../components/public-page';
import { asLanguage } from '../../../lib/domain';
import { useInvitationLanguage } from '../../../lib/use-invitation-language';
import { IntakeInvitationQuery, isLinkProblem, SubmitIntakeMutation, type IntakeInvitation } from '../api/intake-invitation';

/**
 * A newcomer's own intake, through the personal link a coordinator sent them: no account, in
 * their own language. Newcomers are often in their first weeks here, so the page stays short and
 * plain: a greeting, the programme's newcomer form, a thank-you.
 */
export function IntakeInvitationPage({ tenantSlug, token }: { tenantSlug: string; token: string }) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: IntakeInvitationQuery, variables: { tenantSlug, token }, requestPolicy: 'network-only' });
  const [result, submitIntake] = useMutation(SubmitIntakeMutation);
  // What happened to the form on this page: still open, received, or the link stopped working meanwhile.
  const [outcome, setOutcome] = useState<'open' | 'received' | 'gone'>('open');
  const invitation = query.data?.intakeInvitation;
  const languageSettled = useInvitationLanguage(query.data ? (invitation?.preferredLanguage ?? null) : undefined);

  // Known from the registration: the first name and, when the form asks it, the preferred language.
  const initial = useMemo<Partial<IntakeValues>>(() => {
    if (!invitation) return {};
    const languageField = invitation.form.fields.find((field) => field.key === 'preferredLanguage');
    const preferred = invitation.preferredLanguage;
    const offered = preferred && languageField?.options.some((option) => option.value === preferred);
    return { firstName: invitation.firstName, ...(offered ? { preferredLanguage: preferred } : {}) };
  }, [invitation]);

  let content;
  if (query.error) {
    content = (
      <PublicPageError title={intl.formatMessage({ id: 'intakeInvitation.title' })} error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  } else if (!query.data || !languageSettled) {
    content = <PublicPageLoading />;
  } else if (!invitation || outcome === 'gone') {
    content = (
      <LinkGoneMessage
        title={intl.formatMessage({ id: 'intakeInvitation.gone.title' })}
        text={<FormattedMessage id="intakeInvitation.gone.text" />}
        ask={<FormattedMessage id="intakeInvitation.gone.ask" />}
      />
    );
  } else if (outcome === 'received') {
    content = <Thanks invitation={invitation} />;
  } else {
    content = (
      <>
        <p className="eyebrow">{invitation.tenantName}</p>
        <PageHeading key="form" title={intl.formatMessage({ id: 'intakeInvitation.hello' }, { name: invitation.firstName })} />
        <p className="lead intake-welcome">
          <FormattedMessage
            id="intakeInvitation.welcome"
            values={{ programme: <strong>{invitation.programmeName}</strong>, tenant: invitation.tenantName }}
          />
        </p>
        <div className="intake-intro">
          <p>
            <FormattedMessage id="intakeInvitation.intro" />
          </p>
          <p>
            <FormattedMessage id="intakeInvitation.validUntil" values={{ date: <FormattedDate value={invitation.expiresAt} dateStyle="long" /> }} />
          </p>
        </div>
        {result.error ? <ApiErrorNotice error={result.error} /> : null}
        <div className="card">
          <IntakeFormView
            form={invitation.form}
            sensitiveCategories={invitation.sensitiveCategories}
            ownData
            initial={initial}
            busy={result.fetching}
            submitLabel={<FormattedMessage id="intakeInvitation.submit" />}
            onSubmit={async ({ profile, consents }) => {
              // The language the newcomer read the form in is the one to write to them in, if they chose none.
              const preferredLanguage = profile.preferredLanguage ?? invitation.preferredLanguage ?? asLanguage(intl.locale) ?? undefined;
              const answer = await submitIntake({
                input: { tenantSlug, token, profile: { ...profile, ...(preferredLanguage ? { preferredLanguage } : {}) }, consents },
              });
              const payload = answer.data?.submitIntake;
              const userErrors = payload?.userErrors ?? [];
              const next = payload?.received && userErrors.length === 0 ? 'received' : isLinkProblem(userErrors) ? 'gone' : null;
              if (!next) return userErrors;
              setOutcome(next);
              window.scrollTo({ top: 0 });
              return [];
            }}
          />
        </div>
      </>
    );
  }

  return <PublicPage>{content}</PublicPage>;
}

function Thanks({ invitation }: { invitation: IntakeInvitation }) {
  const intl = useIntl();
  return (
    <PublicMessage title={intl.formatMessage({ id: 'intakeInvitation.thanks.title' }, { name: invitation.firstName })} confirmation>
      <p>
        <FormattedMessage id="intakeInvitation.thanks.text" values={{ programme: <strong>{invitation.programmeName}</strong> }} />
      </p>
      <p>
        <FormattedMessage id="intakeInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
      </p>
      <p className="muted">
        <FormattedMessage id="intakeInvitation.thanks.close" />
      </p>
    </PublicMessage>
  );
}
