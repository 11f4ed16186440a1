import { useEffect, useId, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CEFR_LEVELS, type CefrLevel } from '../../lib/programme-domain';
import type { LanguageRow } from './intake-form-values';
import { LanguageCodeInput } from './language-code-input';

interface LanguagesInputProps {
  rows: LanguageRow[];
  onChange: (rows: LanguageRow[]) => void;
  invalid: boolean;
  describedBy?: string;
}

/** Languages with a level, one row each: add as many as needed, remove any. */
export function LanguagesInput({ rows, onChange, invalid, describedBy }: LanguagesInputProps) {
  const intl = useIntl();
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  // After "add", the keyboard continues in the new row; after "remove", at the add button.
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    focusRow.current = null;
    if (index < 0) addButton.current?.focus();
    else list.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus();
  }, [rows.length]);

  const update = (index: number, row: Partial<LanguageRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...row } : r)));
  return (
    <>
      <ul ref={list} className="language-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={index} className="language-row">
              <div className="language-row-code">
                <label htmlFor={`${id}-code-${index}`} className="field-sublabel">
                  <FormattedMessage id="intakeForm.language" />
                  <span className="visually-hidden"> {number}</span>
                </label>
                <LanguageCodeInput
                  id={`${id}-code-${index}`}
                  value={row.code}
                  onChange={(code) => update(index, { code })}
                  aria-invalid={invalid || undefined}
                  describedBy={[`${id}-code-hint`, describedBy].filter(Boolean).join(' ')}
                />
              </div>
              <div className="language-row-level">
                <label htmlFor={`${id}-level-${index}`} className="field-sublabel">
                  <FormattedMessage id="intakeForm.level" />
                  <span className="visually-hidden"> {number}</span>
                </label>
                <select
                  id={`${id}-level-${index}`}
                  value={row.level}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => update(index, { level: event.target.value as CefrLevel | '' })}
                >
                  <option value="">{intl.formatMessage({ id: 'intakeForm.chooseLevel' })}</option>
                  {CEFR_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {intl.formatMessage({ id: `cefr.${level}` })}
                    </option>
                  ))}
                </select>
              </div>
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button button-small button-link language-row-remove"
                  onClick={() => {
                    focusRow.current = -1;
                    onChange(rows.filter((_, i) => i !== index));
                  }}
                >
                  <FormattedMessage id="intakeForm.removeLanguage" values={{ number }} />
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p id={`${id}-code-hint`} className="field-hint">
        <FormattedMessage id="intakeForm.languageCode.hint" />
      </p>
      <button
        ref={addButton}
        type="button"
        className="button button-small button-secondary"
        onClick={() => {
          focusRow.current = rows.length;
          onChange([...rows, { code: '', level: '' }]);
        }}
      >
        <FormattedMessage id="intakeForm.addLanguage" />
      </button>
    </>
  );
}
