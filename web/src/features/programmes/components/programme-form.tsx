import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { LANGUAGES, languageName } from '../../../lib/domain';
import { SENSITIVE_CATEGORIES } from '../../../lib/programme-domain';
import { FORM_LEVEL, problemsFromUserErrors, type UserError } from '../../../lib/user-errors';
import {
  PROGRAMME_KINDS,
  programmeSchema,
  TRAJECTORY_HOURS,
  type ProgrammeFormValues,
  type ProgrammeInput,
  type ProgrammeKind,
} from '../api/programmes';

interface ProgrammeFormProps {
  initial: ProgrammeFormValues;
  /** Kind is chosen once, when the programme is created. */
  kindEditable: boolean;
  submitLabel: ReactNode;
  busy: boolean;
  /** Sends the input; resolves with the API's userErrors (none: it was saved). */
  onSubmit: (input: ProgrammeInput & { kind: ProgrammeKind }) => Promise<readonly UserError[]>;
}

export function ProgrammeForm({ initial, kindEditable, submitLabel, busy, onSubmit }: ProgrammeFormProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [values, setValues] = useState<ProgrammeFormValues>(initial);
  const update = <K extends keyof ProgrammeFormValues>(key: K, value: ProgrammeFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const trajectory = values.kind === 'PARTICIPATION_TRAJECTORY';

  function changeKind(kind: ProgrammeKind) {
    // The trajectory's 40 hours come pre-filled, and go again with it if nobody changed them.
    setValues((v) => {
      if (kind === 'PARTICIPATION_TRAJECTORY' && v.hourTarget.trim() === '') return { ...v, kind, hourTarget: String(TRAJECTORY_HOURS) };
      if (v.kind === 'PARTICIPATION_TRAJECTORY' && v.hourTarget === String(TRAJECTORY_HOURS)) return { ...v, kind, hourTarget: '' };
      return { ...v, kind };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(programmeSchema, values);
    if (!checked) return;
    const userErrors = await onSubmit({ ...checked, hourTarget: checked.hourTarget === '' ? null : Number(checked.hourTarget) });
    if (userErrors.length) report(problemsFromUserErrors(userErrors));
  }

  const known = ['name', 'kind', 'description', 'languages', 'hourTarget', 'sensitiveCategories', 'publicSignupOpen'];
  const other = Object.entries(problems).filter(([field]) => !known.includes(field));

  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-busy={busy}>
      {other.length ? (
        <ErrorNotice>
          {other.map(([field, problem]) => (
            <p key={field || FORM_LEVEL}>{problemText(field, problem)}</p>
          ))}
        </ErrorNotice>
      ) : null}
      <TextField
        label={<FormattedMessage id="programmes.name" />}
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={(e) => update('name', e.target.value)}
        error={problemText('name', problems.name)}
      />
      {kindEditable ? (
        <SelectField
          label={<FormattedMessage id="programmes.kind" />}
          name="kind"
          value={values.kind}
          onChange={(e) => changeKind(e.target.value as ProgrammeKind)}
          error={problemText('kind', problems.kind)}
        >
          {PROGRAMME_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {intl.formatMessage({ id: `programmeKind.${kind}` })}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField
        label={<FormattedMessage id="programmes.description" />}
        optional={intl.formatMessage({ id: 'common.optional' })}
        name="description"
        rows={3}
        value={values.description}
        onChange={(e) => update('description', e.target.value)}
        error={problemText('description', problems.description)}
      />
      <CheckboxGroup
        label={<FormattedMessage id="programmes.languages" />}
        hint={<FormattedMessage id="programmes.languages.hint" />}
        name="languages"
        options={LANGUAGES.map((code) => ({ value: code, label: languageName(code, intl.locale) }))}
        value={values.languages}
        onChange={(languages) => update('languages', languages)}
        error={problemText('languages', problems.languages)}
      />
      <TextField
        label={<FormattedMessage id="programmes.hourTarget" />}
        hint={<FormattedMessage id={trajectory ? 'programmes.hourTarget.trajectoryHint' : 'programmes.hourTarget.hint'} values={{ hours: TRAJECTORY_HOURS }} />}
        optional={trajectory ? undefined : intl.formatMessage({ id: 'common.optional' })}
        name="hourTarget"
        inputMode="numeric"
        className="field-postcode"
        value={values.hourTarget}
        onChange={(e) => update('hourTarget', e.target.value)}
        error={problemText('hourTarget', problems.hourTarget)}
      />
      <CheckboxGroup
        label={<FormattedMessage id="programmes.sensitive" />}
        hint={<FormattedMessage id="programmes.sensitive.hint" />}
        name="sensitiveCategories"
        options={SENSITIVE_CATEGORIES.map((category) => ({ value: category, label: intl.formatMessage({ id: `sensitiveCategory.${category}` }) }))}
        value={values.sensitiveCategories}
        onChange={(sensitiveCategories) => update('sensitiveCategories', sensitiveCategories)}
        error={problemText('sensitiveCategories', problems.sensitiveCategories)}
      />
      {values.sensitiveCategories.length ? (
        <div className="notice notice-warning">
          <p>
            <FormattedMessage id="programmes.sensitive.warning" />
          </p>
        </div>
      ) : null}
      <div className={`field ${problems.publicSignupOpen ? 'field-invalid' : ''}`}>
        <div className="checkbox">
          <input
            type="checkbox"
            id="programme-public-signup"
            checked={values.publicSignupOpen}
            aria-describedby="programme-public-signup-hint"
            onChange={(e) => update('publicSignupOpen', e.target.checked)}
          />
          <label htmlFor="programme-public-signup" className="checkbox-label-strong">
            <FormattedMessage id="programmes.publicSignup" />
          </label>
        </div>
        <p id="programme-public-signup-hint" className="field-hint checkbox-hint">
          <FormattedMessage id="programmes.publicSignup.hint" />
        </p>
        {problems.publicSignupOpen ? <p className="field-error">{problemText('publicSignupOpen', problems.publicSignupOpen)}</p> : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? <FormattedMessage id="common.saving" /> : submitLabel}
        </button>
      </div>
    </form>
  );
}
