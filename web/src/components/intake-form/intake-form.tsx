import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { languageName } from '../../lib/domain';
import { pickedLanguage, pickText, type SensitiveCategory } from '../../lib/programme-domain';
import { FORM_LEVEL, type UserError } from '../../lib/user-errors';
import { TextAreaField, TextField } from '../field';
import { ErrorNotice } from '../notice';
import { useFormProblems } from '../use-form-problems';
import { useProblemText } from '../use-problem-text';
import { AvailabilityGrid } from './availability-grid';
import { InterestTaxonomyQuery, type FormField, type IntakeForm } from './intake-form.api';
import {
  buildSubmission,
  initialValues,
  intakeProblems,
  visibleFields,
  type FieldValue,
  type IntakeSubmission,
  type IntakeValues,
  type InterestsValue,
  type LanguageRow,
} from './intake-form-values';
import { InterestsInput } from './interests-input';
import { LanguagesInput } from './languages-input';

interface IntakeFormViewProps {
  form: IntakeForm;
  /** Sensitive fields show only for these categories (the programme's own). */
  sensitiveCategories: readonly SensitiveCategory[];
  /** True when people fill in their own data (public sign-up): the browser may autofill it. */
  ownData: boolean;
  submitLabel: ReactNode;
  busy: boolean;
  /** Sends the input; resolves with the API's userErrors (none: it was recorded). */
  onSubmit: (submission: IntakeSubmission) => Promise<readonly UserError[]>;
  /** Shown before the submit button, e.g. "intake done with the person". */
  extra?: ReactNode;
  /** Values known beforehand, by field key (e.g. the first name on a newcomer's intake link). */
  initial?: Readonly<Partial<IntakeValues>>;
  /** Only these fields are required, whatever the form says (a registration before the intake needs only a name). */
  requiredOnly?: readonly string[];
}

// Choices with up to this many options are radio buttons (all visible at once), more a select.
const MAX_RADIOS = 6;

/**
 * An intake form rendered from its definition (IntakeForm.fields), in the UI language with English
 * and then the first text as fallback. Problems, the form's own and the API's, show at their field.
 */
export function IntakeFormView({ form, sensitiveCategories, ownData, submitLabel, busy, onSubmit, extra, initial, requiredOnly }: IntakeFormViewProps) {
  const problemText = useProblemText();
  const { form: formRef, problems, report } = useFormProblems();
  const fields = useMemo(() => visibleFields(form, sensitiveCategories, requiredOnly), [form, sensitiveCategories, requiredOnly]);
  const [values, setValues] = useState<IntakeValues>(() => initialValues(fields, initial));
  const set = (key: string, value: FieldValue) => setValues((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildSubmission(form, fields, values);
    if ('problems' in built) {
      report(built.problems);
      return;
    }
    const userErrors = await onSubmit(built.submission);
    report(userErrors.length ? intakeProblems(userErrors, built.submission, fields) : {});
  }

  const formLevel = problems[FORM_LEVEL];
  return (
    <form ref={formRef} className="form intake-form" onSubmit={submit} noValidate aria-busy={busy}>
      {formLevel ? (
        <ErrorNotice>
          <p>{problemText('', formLevel)}</p>
        </ErrorNotice>
      ) : null}
      <p className="field-hint">
        <FormattedMessage id="intakeForm.requiredNote" />
      </p>
      {fields.map((field) => (
        <IntakeField
          key={field.key}
          field={field}
          value={values[field.key]}
          onChange={(value) => set(field.key, value)}
          error={problemText(field.key, problems[field.key])}
          ownData={ownData}
        />
      ))}
      {extra}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? <FormattedMessage id="common.sending" /> : submitLabel}
        </button>
      </div>
    </form>
  );
}

interface IntakeFieldProps {
  field: FormField;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  error: string | undefined;
  ownData: boolean;
}

// What the browser may autofill, for people filling in their own data.
const AUTOCOMPLETE: Record<string, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  phone: 'tel',
  postcode: 'postal-code',
  birthYear: 'bday-year',
};

function IntakeField({ field, value, onChange, error, ownData }: IntakeFieldProps) {
  const intl = useIntl();
  const labelText = pickText(field.label, intl.locale) || field.key;
  const label = <span lang={pickedLanguage(field.label, intl.locale)}>{labelText}</span>;
  const helpText = pickText(field.help, intl.locale);
  const sensitive = field.sensitiveCategory ? (
    <span className="sensitive-tag">
      <FormattedMessage id="intakeForm.sensitive" />
    </span>
  ) : null;
  const hint =
    helpText || sensitive ? (
      <>
        {helpText ? <span lang={pickedLanguage(field.help, intl.locale)}>{helpText}</span> : null}
        {helpText && sensitive ? ' ' : null}
        {sensitive}
      </>
    ) : undefined;
  const optional = field.required ? undefined : intl.formatMessage({ id: 'common.optional' });
  const text = typeof value === 'string' ? value : '';
  const name = `intake-${field.key}`;

  switch (field.type) {
    case 'LONG_TEXT':
      return (
        <TextAreaField label={label} hint={hint} optional={optional} error={error} name={name} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />
      );
    case 'DATE':
      return <TextField label={label} hint={hint} optional={optional} error={error} name={name} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'SINGLE_CHOICE':
      return <SingleChoice field={field} label={label} hint={hint} optional={optional} error={error} value={text} onChange={onChange} />;
    case 'MULTIPLE_CHOICE':
      return (
        <GroupFrame label={label} hint={hint} optional={optional} error={error}>
          {(describedBy) => (
            <div className="checkbox-options">
              {field.options.map((option) => (
                <Checkbox
                  key={option.value}
                  label={optionLabel(field, option, intl.locale)}
                  checked={(value as string[] | undefined)?.includes(option.value) ?? false}
                  invalid={Boolean(error)}
                  describedBy={describedBy}
                  onChange={(checked) => {
                    const list = (value as string[] | undefined) ?? [];
                    onChange(checked ? [...list, option.value] : list.filter((v) => v !== option.value));
                  }}
                />
              ))}
            </div>
          )}
        </GroupFrame>
      );
    case 'LANGUAGES':
      return (
        <GroupFrame label={label} hint={hint} optional={optional} error={error}>
          {(describedBy) => <LanguagesInput rows={value as LanguageRow[]} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} />}
        </GroupFrame>
      );
    case 'INTERESTS':
      return (
        <GroupFrame label={label} hint={hint} optional={optional} error={error}>
          {(describedBy) => <InterestsChoice value={value as InterestsValue} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} />}
        </GroupFrame>
      );
    case 'AVAILABILITY':
      return (
        <GroupFrame label={label} hint={hint} optional={optional} error={error}>
          {(describedBy) => <AvailabilityGrid value={value as string[]} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} caption={labelText} />}
        </GroupFrame>
      );
    case 'CONSENT':
      return <ConsentField label={label} hint={hint} error={error} checked={value === true} onChange={onChange} />;
    default: {
      // TEXT and POSTCODE
      const autoComplete = ownData ? AUTOCOMPLETE[field.key] : 'off';
      const numeric = field.key === 'birthYear' || field.key === 'capacity';
      return (
        <TextField
          label={label}
          hint={hint}
          optional={optional}
          error={error}
          name={name}
          type={field.key === 'email' ? 'email' : field.key === 'phone' ? 'tel' : 'text'}
          inputMode={numeric ? 'numeric' : field.key === 'email' ? 'email' : undefined}
          // Addresses and numbers read left to right, in a right-to-left page too.
          dir={field.key === 'email' || field.key === 'phone' ? 'ltr' : undefined}
          autoComplete={autoComplete ?? 'off'}
          className={field.type === 'POSTCODE' || numeric ? 'field-postcode' : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    }
  }
}

function optionLabel(field: FormField, option: FormField['options'][number], uiLocale: string): string {
  const text = pickText(option.label, uiLocale);
  if (text) return text;
  // A form without option labels still reads well for the options the browser can name.
  return field.key === 'preferredLanguage' ? languageName(option.value, uiLocale) : option.value;
}

interface FrameProps {
  label: ReactNode;
  hint?: ReactNode;
  optional?: string;
  error?: string;
}

/** A fieldset with legend, hint and error for fields made of several controls. */
function GroupFrame({ label, hint, optional, error, children }: FrameProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field ${error ? 'field-invalid' : ''}`}>
      <legend className="field-label">
        {label}
        {optional ? <span className="field-optional"> ({optional})</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function Checkbox({ label, checked, invalid, describedBy, onChange }: { label: string; checked: boolean; invalid: boolean; describedBy?: string; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function SingleChoice({ field, label, hint, optional, error, value, onChange }: FrameProps & { field: FormField; value: string; onChange: (value: string) => void }) {
  const intl = useIntl();
  const selectId = useId();
  const options = field.options.map((option) => ({ value: option.value, label: optionLabel(field, option, intl.locale) }));
  if (options.length > MAX_RADIOS) {
    const describedBy = [hint ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field ${error ? 'field-invalid' : ''}`}>
        <label htmlFor={selectId} className="field-label">
          {label}
          {optional ? <span className="field-optional"> ({optional})</span> : null}
        </label>
        {hint ? (
          <p id={`${selectId}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
        <select id={selectId} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'intakeForm.choose' })}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${selectId}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <GroupFrame label={label} hint={hint} optional={optional} error={error}>
      {(describedBy) => (
        <div className="radio-options">
          {options.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name={`${selectId}-${field.key}`}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      )}
    </GroupFrame>
  );
}

function ConsentField({ label, hint, error, checked, onChange }: { label: ReactNode; hint?: ReactNode; error?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field consent-field ${error ? 'field-invalid' : ''}`}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint consent-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function InterestsChoice({ value, onChange, invalid, describedBy }: { value: InterestsValue; onChange: (value: InterestsValue) => void; invalid: boolean; describedBy?: string }) {
  const [{ data, error }] = useQuery({ query: InterestTaxonomyQuery, variables: {} });
  return (
    <InterestsInput
      taxonomy={data?.interestTaxonomy ?? null}
      failed={Boolean(error)}
      value={value}
      onChange={onChange}
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}
