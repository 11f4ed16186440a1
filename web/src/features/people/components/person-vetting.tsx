import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import * as z from 'zod/mini';
import { TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { FORM_LEVEL, problemsFromUserErrors } from '../../../lib/user-errors';
import { dateInputToDateTime, dateTimeToDateInput, RecordVettingMutation, type Person, type RecordVettingInput } from '../api/people';
import { personOutcome, type PersonNotice } from './person-outcome';

interface SectionProps {
  person: Person;
  onChanged: (person: Person) => void;
  onNotice: (notice: PersonNotice | null) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'INVALID'));

const vettingSchema = z
  .object({ interviewedAt: optionalDate, goodConductCheckedAt: optionalDate, goodConductValidUntil: optionalDate })
  .check(
    z.refine((v) => !v.goodConductValidUntil || !v.goodConductCheckedAt || v.goodConductValidUntil >= v.goodConductCheckedAt, {
      path: ['goodConductValidUntil'],
      error: 'BEFORE_CHECK',
    }),
  );

const trainingSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.maxLength(200, 'TOO_LONG')),
  completedAt: z.string().check(z.minLength(1, 'REQUIRED'), z.regex(DATE, 'INVALID')),
  validUntil: optionalDate,
});

/** A buddy's screening: the interview, the certificate of good conduct, and trainings done. */
export function PersonVettingSection({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const vetting = person.vetting;
  const expired = vetting?.goodConductValidUntil ? new Date(vetting.goodConductValidUntil) < new Date() : false;
  // An erased person is only looked at: nothing about them is recorded any more.
  const readOnly = Boolean(person.erasedAt);
  return (
    <section className="card" aria-labelledby="person-vetting">
      <h2 id="person-vetting">
        <FormattedMessage id="vetting.title" />
      </h2>
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="vetting.interviewedAt" />
          </dt>
          <dd>{vetting?.interviewedAt ? <FormattedDate value={vetting.interviewedAt} dateStyle="medium" timeZone="UTC" /> : <FormattedMessage id="vetting.notYet" />}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="vetting.goodConductCheckedAt" />
          </dt>
          <dd>
            {vetting?.goodConductCheckedAt ? <FormattedDate value={vetting.goodConductCheckedAt} dateStyle="medium" timeZone="UTC" /> : <FormattedMessage id="vetting.notYet" />}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="vetting.goodConductValidUntil" />
          </dt>
          <dd data-testid="vetting-valid-until">
            {vetting?.goodConductValidUntil ? <FormattedDate value={vetting.goodConductValidUntil} dateStyle="medium" timeZone="UTC" /> : <span className="muted">—</span>}
            {expired ? (
              <span className="badge badge-rejected">
                {' '}
                <FormattedMessage id="vetting.expired" />
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {readOnly ? null : <VettingForm person={person} onChanged={onChanged} onNotice={onNotice} />}

      <h3 id="person-trainings">
        <FormattedMessage id="trainings.title" />
      </h3>
      {person.trainings.length ? (
        <div className="table-wrap">
          <table className="table table-stack" aria-labelledby="person-trainings">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="trainings.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="trainings.completedAt" />
                </th>
                <th scope="col">
                  <FormattedMessage id="trainings.validUntil" />
                </th>
              </tr>
            </thead>
            <tbody>
              {person.trainings.map((training, index) => (
                <tr key={`${training.name}-${index}`}>
                  <th scope="row">{training.name}</th>
                  <td data-label={intl.formatMessage({ id: 'trainings.completedAt' })}>
                    <FormattedDate value={training.completedAt} dateStyle="medium" timeZone="UTC" />
                  </td>
                  <td data-label={intl.formatMessage({ id: 'trainings.validUntil' })}>
                    {training.validUntil ? <FormattedDate value={training.validUntil} dateStyle="medium" timeZone="UTC" /> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">
          <FormattedMessage id="trainings.none" />
        </p>
      )}
      {readOnly ? null : <TrainingForm person={person} onChanged={onChanged} onNotice={onNotice} />}
    </section>
  );
}

/** Sends recordVetting and reports the outcome; returns the field problems for the form. */
function useRecordVetting({ onChanged, onNotice }: Omit<SectionProps, 'person'>) {
  const intl = useIntl();
  const [result, record] = useMutation(RecordVettingMutation);
  const send = async (input: RecordVettingInput, success: string) => {
    onNotice(null);
    const answer = await record({ input });
    const outcome = personOutcome(answer.error, answer.data?.recordVetting);
    if (outcome.kind === 'saved') {
      onChanged(outcome.person);
      onNotice({ tone: 'success', text: success });
    } else if (outcome.kind === 'stale') onNotice({ tone: 'error', text: intl.formatMessage({ id: 'person.stale' }), stale: true });
    else if (outcome.kind === 'failed') onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    return outcome.kind === 'invalid' ? problemsFromUserErrors(outcome.userErrors) : null;
  };
  return { busy: result.fetching, send };
}

function VettingForm({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const { busy, send } = useRecordVetting({ onChanged, onNotice });
  const [values, setValues] = useState({
    interviewedAt: dateTimeToDateInput(person.vetting?.interviewedAt),
    goodConductCheckedAt: dateTimeToDateInput(person.vetting?.goodConductCheckedAt),
    goodConductValidUntil: dateTimeToDateInput(person.vetting?.goodConductValidUntil),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(vettingSchema, values);
    if (!checked) return;
    const input: RecordVettingInput = { personId: person.id, version: person.version };
    for (const key of ['interviewedAt', 'goodConductCheckedAt', 'goodConductValidUntil'] as const) {
      if (checked[key]) input[key] = dateInputToDateTime(checked[key]);
    }
    const fieldProblems = await send(input, intl.formatMessage({ id: 'vetting.saved' }));
    if (fieldProblems) report(fieldProblems);
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="vetting-form-title">
      <h3 id="vetting-form-title" className="form-section-title">
        <FormattedMessage id="vetting.record" />
      </h3>
      {problems[FORM_LEVEL] ? (
        <ErrorNotice>
          <p>{problemText('', problems[FORM_LEVEL])}</p>
        </ErrorNotice>
      ) : null}
      <div className="form-row">
        {(['interviewedAt', 'goodConductCheckedAt', 'goodConductValidUntil'] as const).map((key) => (
          <TextField
            key={key}
            label={<FormattedMessage id={`vetting.${key}`} />}
            type="date"
            name={key}
            value={values[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            error={problemText(key, problems[key])}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          <FormattedMessage id={busy ? 'common.saving' : 'vetting.save'} />
        </button>
      </div>
    </form>
  );
}

function TrainingForm({ person, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const { busy, send } = useRecordVetting({ onChanged, onNotice });
  const [values, setValues] = useState({ name: '', completedAt: '', validUntil: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(trainingSchema, values);
    if (!checked) return;
    const training = {
      name: checked.name,
      completedAt: dateInputToDateTime(checked.completedAt),
      ...(checked.validUntil ? { validUntil: dateInputToDateTime(checked.validUntil) } : {}),
    };
    const fieldProblems = await send({ personId: person.id, version: person.version, training }, intl.formatMessage({ id: 'trainings.added' }, { name: checked.name }));
    if (fieldProblems) {
      // ["input", "training", "name"] belongs to this form's "name".
      const byField = Object.fromEntries(Object.entries(fieldProblems).map(([key, problem]) => [key === 'training' ? 'name' : key, problem]));
      report(byField);
    }
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="training-form-title">
      <h3 id="training-form-title" className="form-section-title">
        <FormattedMessage id="trainings.add" />
      </h3>
      <div className="form-row">
        <TextField
          label={<FormattedMessage id="trainings.name" />}
          name="trainingName"
          value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          error={problemText('name', problems.name)}
        />
        <TextField
          label={<FormattedMessage id="trainings.completedAt" />}
          type="date"
          name="completedAt"
          value={values.completedAt}
          onChange={(e) => setValues((v) => ({ ...v, completedAt: e.target.value }))}
          error={problemText('completedAt', problems.completedAt)}
        />
        <TextField
          label={<FormattedMessage id="trainings.validUntil" />}
          optional={intl.formatMessage({ id: 'common.optional' })}
          type="date"
          name="validUntil"
          value={values.validUntil}
          onChange={(e) => setValues((v) => ({ ...v, validUntil: e.target.value }))}
          error={problemText('validUntil', problems.validUntil)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          <FormattedMessage id={busy ? 'common.saving' : 'trainings.submit'} />
        </button>
      </div>
    </form>
  );
}
