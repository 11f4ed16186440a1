import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { IntakeFormView } from '../../../components/intake-form/intake-form';
import { PageHeading } from '../../../components/page-heading';
import { asLanguage, languageName } from '../../../lib/domain';
import { ApplyAsBuddyMutation, PublicSignupPageQuery } from '../api/public-signup';

/**
 * A programme's public sign-up page: a volunteer applies as a buddy without an account. It is
 * often the first screen of Tandem someone sees, so it says plainly who asks and what happens next.
 */
export function PublicSignupPage({ tenantSlug, programmeId }: { tenantSlug: string; programmeId: string }) {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: PublicSignupPageQuery, variables: { tenantSlug, programmeId } });
  const [result, apply] = useMutation(ApplyAsBuddyMutation);
  const [received, setReceived] = useState(false);
  const page = query.data?.publicSignupPage;

  if (received && page) {
    return (
      <div className="narrow">
        <PageHeading title={intl.formatMessage({ id: 'publicSignup.thanks.title' })} />
        <div className="card confirmation" role="status">
          <p>
            <FormattedMessage id="publicSignup.thanks.text" values={{ programme: <strong>{page.programmeName}</strong>, tenant: page.tenantName }} />
          </p>
          <p>
            <FormattedMessage id="publicSignup.thanks.next" />
          </p>
        </div>
      </div>
    );
  }

  if (query.error) {
    return (
      <div className="narrow">
        <PageHeading title={intl.formatMessage({ id: 'publicSignup.title' })} />
        <ApiErrorNotice error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (!page) {
    return (
      <div className="narrow">
        <PageHeading title={intl.formatMessage({ id: query.fetching ? 'publicSignup.title' : 'publicSignup.closed.title' })} />
        {query.fetching ? (
          <p className="loading" role="status">
            <FormattedMessage id="common.loading" />
          </p>
        ) : (
          <p>
            <FormattedMessage id="publicSignup.closed.text" />
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="narrow">
      <p className="eyebrow">{page.tenantName}</p>
      <PageHeading title={intl.formatMessage({ id: 'publicSignup.heading' }, { programme: page.programmeName })} />
      <div className="lead">
        {page.programmeDescription ? <p className="preserve-lines">{page.programmeDescription}</p> : null}
        <p>
          <FormattedMessage id="publicSignup.intro" values={{ tenant: page.tenantName }} />
        </p>
        {page.languages.length ? (
          <p>
            <FormattedMessage
              id="publicSignup.languages"
              values={{ languages: intl.formatList(page.languages.map((language) => languageName(language, intl.locale))) }}
            />
          </p>
        ) : null}
      </div>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      <div className="card">
        <IntakeFormView
          form={page.form}
          // The public page never asks for sensitive data: that is for an intake interview.
          sensitiveCategories={[]}
          ownData
          busy={result.fetching}
          submitLabel={<FormattedMessage id="publicSignup.submit" />}
          onSubmit={async ({ profile, consents }) => {
            // The language the volunteer read the form in is the one Tandem writes to them in.
            const preferredLanguage = profile.preferredLanguage ?? asLanguage(intl.locale) ?? undefined;
            const answer = await apply({ input: { tenantSlug, programmeId, profile: { ...profile, ...(preferredLanguage ? { preferredLanguage } : {}) }, consents } });
            const payload = answer.data?.applyAsBuddy;
            if (payload?.received && payload.userErrors.length === 0) {
              setReceived(true);
              window.scrollTo({ top: 0 });
            }
            return payload?.userErrors ?? [];
          }}
        />
      </div>
    </div>
  );
}
