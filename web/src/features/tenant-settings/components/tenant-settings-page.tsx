import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { CheckboxGroup, SelectField, TextField } from '../../../components/field';
import { ErrorNotice, StatusRegion } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { countryName, LANGUAGES, languageName, type Language } from '../../../lib/domain';
import { apiErrorCode } from '../../../lib/graphql-client';
import { FORM_LEVEL, problemsFromUserErrors } from '../../../lib/user-errors';
import { TenantSettingsQuery, UpdateTenantSettingsMutation, tenantSettingsSchema, type TenantSettings } from '../api/tenant-settings';

export function TenantSettingsPage() {
  const intl = useIntl();
  const [query, refetch] = useQuery({ query: TenantSettingsQuery, variables: {}, requestPolicy: 'network-only' });
  const tenant = query.data?.tenant;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Lives outside the form: saving bumps the version, which starts the form afresh.
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'settings.title' })} />
      <StatusRegion>{saved ? <p>{intl.formatMessage({ id: 'settings.saved' })}</p> : null}</StatusRegion>
      {query.error ? <ApiErrorNotice error={query.error} onRetry={reload} /> : null}
      {query.fetching && !tenant ? (
        <p className="loading">
          <FormattedMessage id="common.loading" />
        </p>
      ) : null}
      {/* A new version (after a reload) starts the form afresh from what is stored. */}
      {tenant ? <SettingsForm key={tenant.version} tenant={tenant} onReload={reload} onSaved={setSaved} /> : null}
    </>
  );
}

interface SettingsFormProps {
  tenant: TenantSettings;
  onReload: () => void;
  onSaved: (saved: boolean) => void;
}

function SettingsForm({ tenant, onReload, onSaved }: SettingsFormProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [version, setVersion] = useState(tenant.version);
  const [values, setValues] = useState({ name: tenant.name, defaultLanguage: tenant.defaultLanguage, languages: tenant.languages });
  const [result, update] = useMutation(UpdateTenantSettingsMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    onSaved(false);
    const input = check(tenantSettingsSchema, values);
    if (!input) return;
    const answer = await update({ input: { ...input, version } });
    const payload = answer.data?.updateTenantSettings;
    if (payload?.userErrors.length) {
      report(problemsFromUserErrors(payload.userErrors));
    } else if (payload?.tenant) {
      setVersion(payload.tenant.version);
      onSaved(true);
    }
  }

  const stale = apiErrorCode(result.error) === 'CONFLICT' || Object.values(problems).some((p) => p.code === 'STALE');
  const languageOptions = LANGUAGES.map((code) => ({ value: code, label: languageName(code, intl.locale) }));

  return (
    <>
      {stale ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id="settings.stale" />
          </p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            <FormattedMessage id="common.reload" />
          </button>
        </ErrorNotice>
      ) : result.error ? (
        <ApiErrorNotice error={result.error} />
      ) : problems[FORM_LEVEL] ? (
        <ErrorNotice>
          <p>{problemText('', problems[FORM_LEVEL])}</p>
        </ErrorNotice>
      ) : null}
      <form ref={form} className="card form" onSubmit={submit} noValidate aria-busy={result.fetching}>
        <dl className="details details-inline">
          <div>
            <dt>
              <FormattedMessage id="settings.slug" />
            </dt>
            <dd>
              <code>{tenant.slug}</code>
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="requestAccount.kind" />
            </dt>
            <dd>{intl.formatMessage({ id: `tenantKind.${tenant.kind}` })}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="requestAccount.country" />
            </dt>
            <dd>{countryName(tenant.country, intl.locale)}</dd>
          </div>
        </dl>
        <TextField
          label={<FormattedMessage id="settings.name" />}
          name="name"
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          error={problemText('name', problems.name)}
        />
        <CheckboxGroup
          label={<FormattedMessage id="settings.languages" />}
          hint={<FormattedMessage id="settings.languages.hint" />}
          name="languages"
          options={languageOptions}
          value={values.languages}
          onChange={(languages) => setValues({ ...values, languages })}
          error={problemText('languages', problems.languages)}
        />
        <SelectField
          label={<FormattedMessage id="settings.defaultLanguage" />}
          hint={<FormattedMessage id="settings.defaultLanguage.hint" />}
          name="defaultLanguage"
          value={values.defaultLanguage}
          onChange={(e) => setValues({ ...values, defaultLanguage: e.target.value as Language })}
          error={problemText('defaultLanguage', problems.defaultLanguage)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, intl.locale)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={result.fetching}>
            <FormattedMessage id={result.fetching ? 'common.saving' : 'settings.save'} />
          </button>
        </div>
      </form>
    </>
  );
}
