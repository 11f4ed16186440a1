import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import * as z from 'zod/mini';
import { SelectField, TextField } from '../../../components/field';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { problemsFromUserErrors } from '../../../lib/user-errors';
import { RecordConsentMutation, type ConsentMethod, type Person } from '../api/people';
import { personOutcome, type PersonNotice } from './person-outcome';

interface SectionProps {
  person: Person;
  onChanged: (person: Person) => void;
  onNotice: (notice: PersonNotice | null) => void;
}

// The purposes Tandem's default forms ask for; a programme may use others.
const KNOWN_PURPOSES = ['processing', 'share-with-trajectory-counsellor', 'good-conduct-check', 'photos'];
// Consents given in a form (self-service) are recorded by the form itself, not here.
const RECORDABLE_METHODS: ConsentMethod[] = ['ASSISTED', 'PAPER'];

const consentSchema = z.object({
  purpose: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.maxLength(100, 'TOO_LONG')),
  granted: z.enum(['yes', 'no']),
  textVersion: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.maxLength(40, 'TOO_LONG')),
  method: z.enum(['ASSISTED', 'PAPER']),
});

export function PersonConsentsSection({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const purposeName = (purpose: string) =>
    KNOWN_PURPOSES.includes(purpose) ? intl.formatMessage({ id: `consentPurpose.${purpose as 'processing'}` }) : purpose;
  return (
    <section className="card" aria-labelledby="person-consents">
      <h2 id="person-consents">
        <FormattedMessage id="consents.title" />
      </h2>
      {person.consents.length ? (
        <div className="table-wrap">
          <table className="table table-stack" aria-labelledby="person-consents">
            <thead>
              <tr>
                {(['consents.purpose', 'consents.answer', 'consents.textVersion', 'consents.method', 'consents.at'] as const).map((id) => (
                  <th key={id} scope="col">
                    <FormattedMessage id={id} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {person.consents.map((consent, index) => (
                <tr key={`${consent.purpose}-${consent.at}-${index}`}>
                  <th scope="row">{purposeName(consent.purpose)}</th>
                  <td data-label={intl.formatMessage({ id: 'consents.answer' })}>
                    <span className={`badge ${consent.granted ? 'badge-approved' : 'badge-rejected'}`}>
                      <FormattedMessage id={consent.granted ? 'consents.granted' : 'consents.refused'} />
                    </span>
                  </td>
                  <td data-label={intl.formatMessage({ id: 'consents.textVersion' })}>{consent.textVersion}</td>
                  <td data-label={intl.formatMessage({ id: 'consents.method' })}>{intl.formatMessage({ id: `consentMethod.${consent.method}` })}</td>
                  <td data-label={intl.formatMessage({ id: 'consents.at' })}>
                    <FormattedDate value={consent.at} dateStyle="medium" timeStyle="short" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">
          <FormattedMessage id="consents.none" />
        </p>
      )}
      {/* An erased person is only looked at: no consent is recorded any more. */}
      {person.erasedAt ? null : <ConsentForm key={person.consents.length} person={person} onChanged={onChanged} onNotice={onNotice} purposeName={purposeName} />}
    </section>
  );
}

function ConsentForm({ person, onChanged, onNotice, purposeName }: SectionProps & { purposeName: (purpose: string) => string }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [result, record] = useMutation(RecordConsentMutation);
  const [values, setValues] = useState({ purpose: 'processing', granted: 'yes', textVersion: '', method: 'ASSISTED' });
  const update = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(consentSchema, values);
    if (!checked) return;
    onNotice(null);
    const answer = await record({
      input: {
        personId: person.id,
        method: checked.method,
        consent: { purpose: checked.purpose, granted: checked.granted === 'yes', textVersion: checked.textVersion },
      },
    });
    const outcome = personOutcome(answer.error, answer.data?.recordConsent);
    if (outcome.kind === 'saved') {
      onChanged(outcome.person);
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'consents.recorded' }) });
    } else if (outcome.kind === 'invalid') {
      // ["input", "consent", "textVersion"] belongs to this form's textVersion.
      report(problemsFromUserErrors(outcome.userErrors.map((e) => ({ ...e, field: e.field.filter((part) => part !== 'input' && part !== 'consent') }))));
    } else if (outcome.kind === 'stale') onNotice({ tone: 'error', text: intl.formatMessage({ id: 'person.stale' }), stale: true });
    else onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="consent-form-title">
      <h3 id="consent-form-title" className="form-section-title">
        <FormattedMessage id="consents.record" />
      </h3>
      <div className="form-row">
        <SelectField
          label={<FormattedMessage id="consents.purpose" />}
          name="purpose"
          value={values.purpose}
          onChange={(e) => update('purpose', e.target.value)}
          error={problemText('purpose', problems.purpose)}
        >
          {KNOWN_PURPOSES.map((purpose) => (
            <option key={purpose} value={purpose}>
              {purposeName(purpose)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={<FormattedMessage id="consents.answer" />}
          name="granted"
          value={values.granted}
          onChange={(e) => update('granted', e.target.value)}
        >
          <option value="yes">{intl.formatMessage({ id: 'consents.granted' })}</option>
          <option value="no">{intl.formatMessage({ id: 'consents.refused' })}</option>
        </SelectField>
        <TextField
          label={<FormattedMessage id="consents.textVersion" />}
          hint={<FormattedMessage id="consents.textVersion.hint" />}
          name="textVersion"
          value={values.textVersion}
          onChange={(e) => update('textVersion', e.target.value)}
          error={problemText('textVersion', problems.textVersion)}
        />
        <SelectField
          label={<FormattedMessage id="consents.method" />}
          name="method"
          value={values.method}
          onChange={(e) => update('method', e.target.value)}
          error={problemText('method', problems.method)}
        >
          {RECORDABLE_METHODS.map((method) => (
            <option key={method} value={method}>
              {intl.formatMessage({ id: `consentMethod.${method}` })}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={result.fetching}>
          <FormattedMessage id={result.fetching ? 'common.saving' : 'consents.submit'} />
        </button>
      </div>
    </form>
  );
}
