import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { CheckboxGroup, SelectField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { countryName, LANGUAGES, languageName, TENANT_KINDS, type Language, type TenantKind } from '../../../lib/domain';
import { href } from '../../../lib/router';
import { FORM_LEVEL, problemsFromUserErrors } from '../../../lib/user-errors';
import { RequestTenantAccountMutation, requestAccountSchema } from '../api/request-tenant-account';

// Countries Tandem's municipalities come from first; any other ISO code can be typed in.
const COMMON_COUNTRIES = ['BE', 'NL', 'LU', 'FR', 'DE', 'IT', 'ES', 'PT', 'AT', 'IE', 'DK', 'SE', 'FI', 'GR', 'PL'];
const OTHER_COUNTRY = 'other';

interface FormValues {
  organisationName: string;
  kind: TenantKind | '';
  countryChoice: string;
  otherCountry: string;
  languages: Language[];
  contactName: string;
  contactEmail: string;
}

const EMPTY: FormValues = {
  organisationName: '',
  kind: 'MUNICIPALITY',
  countryChoice: 'BE',
  otherCountry: '',
  languages: [],
  contactName: '',
  contactEmail: '',
};

export function RequestAccountPage({ signedIn }: { signedIn: boolean }) {
  const [sent, setSent] = useState<{ organisationName: string; contactEmail: string } | null>(null);
  if (sent) return <RequestSent {...sent} signedIn={signedIn} onAnother={() => setSent(null)} />;
  return <RequestAccountForm onSent={setSent} signedIn={signedIn} />;
}

function RequestAccountForm({ onSent, signedIn }: { onSent: (sent: { organisationName: string; contactEmail: string }) => void; signedIn: boolean }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [result, requestAccount] = useMutation(RequestTenantAccountMutation);

  const update = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const countries = COMMON_COUNTRIES.map((code) => ({ code, name: countryName(code, intl.locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, intl.locale),
  );
  const languageOptions = LANGUAGES.map((code) => ({ value: code, label: languageName(code, intl.locale) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { countryChoice, otherCountry, ...rest } = values;
    const input = check(requestAccountSchema, { ...rest, country: countryChoice === OTHER_COUNTRY ? otherCountry : countryChoice });
    if (!input) return;
    const answer = await requestAccount({ input });
    const payload = answer.data?.requestTenantAccount;
    if (payload && payload.userErrors.length > 0) {
      report(problemsFromUserErrors(payload.userErrors));
    } else if (payload?.requestId) {
      onSent({ organisationName: input.organisationName, contactEmail: input.contactEmail });
    }
  }

  const countryProblem = problemText('country', problems.country);
  const knownFields = ['organisationName', 'kind', 'country', 'languages', 'contactName', 'contactEmail'];
  const otherProblems = Object.entries(problems).filter(([field]) => !knownFields.includes(field));

  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'requestAccount.title' })} />
      <p className="lead">
        <FormattedMessage id="requestAccount.intro" />
      </p>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      {otherProblems.length > 0 ? (
        <ErrorNotice>
          {otherProblems.map(([field, problem]) => (
            <p key={field || FORM_LEVEL}>{problemText(field, problem)}</p>
          ))}
        </ErrorNotice>
      ) : null}
      <form ref={form} className="card form" onSubmit={submit} noValidate aria-busy={result.fetching}>
        <h2 className="form-section-title">
          <FormattedMessage id="requestAccount.section.organisation" />
        </h2>
        <TextField
          label={<FormattedMessage id="requestAccount.organisationName" />}
          hint={<FormattedMessage id="requestAccount.organisationName.hint" />}
          name="organisationName"
          autoComplete="organization"
          value={values.organisationName}
          onChange={(e) => update('organisationName', e.target.value)}
          error={problemText('organisationName', problems.organisationName)}
        />
        <SelectField
          label={<FormattedMessage id="requestAccount.kind" />}
          name="kind"
          value={values.kind}
          onChange={(e) => update('kind', e.target.value as TenantKind)}
          error={problemText('kind', problems.kind)}
        >
          {TENANT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {intl.formatMessage({ id: `tenantKind.${kind}` })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={<FormattedMessage id="requestAccount.country" />}
          name="country"
          autoComplete="country"
          value={values.countryChoice}
          onChange={(e) => update('countryChoice', e.target.value)}
          error={values.countryChoice === OTHER_COUNTRY ? undefined : countryProblem}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
          <option value={OTHER_COUNTRY}>{intl.formatMessage({ id: 'requestAccount.country.other' })}</option>
        </SelectField>
        {values.countryChoice === OTHER_COUNTRY ? (
          <TextField
            label={<FormattedMessage id="requestAccount.otherCountry" />}
            hint={<FormattedMessage id="requestAccount.otherCountry.hint" />}
            name="otherCountry"
            className="field-short"
            maxLength={2}
            autoCapitalize="characters"
            value={values.otherCountry}
            onChange={(e) => update('otherCountry', e.target.value)}
            error={countryProblem}
          />
        ) : null}
        <CheckboxGroup
          label={<FormattedMessage id="requestAccount.languages" />}
          hint={<FormattedMessage id="requestAccount.languages.hint" />}
          name="languages"
          options={languageOptions}
          value={values.languages}
          onChange={(languages) => update('languages', languages)}
          error={problemText('languages', problems.languages)}
        />
        <h2 className="form-section-title">
          <FormattedMessage id="requestAccount.section.contact" />
        </h2>
        <TextField
          label={<FormattedMessage id="requestAccount.contactName" />}
          name="contactName"
          autoComplete="name"
          value={values.contactName}
          onChange={(e) => update('contactName', e.target.value)}
          error={problemText('contactName', problems.contactName)}
        />
        <TextField
          label={<FormattedMessage id="requestAccount.contactEmail" />}
          hint={<FormattedMessage id="requestAccount.contactEmail.hint" />}
          type="email"
          name="contactEmail"
          autoComplete="email"
          inputMode="email"
          value={values.contactEmail}
          onChange={(e) => update('contactEmail', e.target.value)}
          error={problemText('contactEmail', problems.contactEmail)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={result.fetching}>
            <FormattedMessage id={result.fetching ? 'common.sending' : 'requestAccount.submit'} />
          </button>
          {signedIn ? null : (
            <a className="button button-link" href={href('/')}>
              <FormattedMessage id="requestAccount.backToSignIn" />
            </a>
          )}
        </div>
      </form>
    </div>
  );
}

function RequestSent({
  organisationName,
  contactEmail,
  signedIn,
  onAnother,
}: {
  organisationName: string;
  contactEmail: string;
  signedIn: boolean;
  onAnother: () => void;
}) {
  const intl = useIntl();
  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'requestSent.title' })} />
      <div className="card confirmation" role="status">
        <p>
          <FormattedMessage id="requestSent.text" values={{ organisation: <strong>{organisationName}</strong> }} />
        </p>
        <p>
          <FormattedMessage id="requestSent.next" values={{ email: <strong>{contactEmail}</strong> }} />
        </p>
      </div>
      <div className="form-actions">
        {signedIn ? null : (
          <a className="button button-primary" href={href('/')}>
            <FormattedMessage id="requestAccount.backToSignIn" />
          </a>
        )}
        <button type="button" className="button button-secondary" onClick={onAnother}>
          <FormattedMessage id="requestSent.another" />
        </button>
      </div>
    </div>
  );
}
