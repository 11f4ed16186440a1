import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { pickText } from '../../lib/programme-domain';
import type { Interest } from './intake-form.api';
import type { InterestsValue } from './intake-form-values';

interface InterestsInputProps {
  /** The shared taxonomy; null while it loads. */
  taxonomy: Interest[] | null;
  failed: boolean;
  value: InterestsValue;
  onChange: (value: InterestsValue) => void;
  invalid: boolean;
  describedBy?: string;
}

/** Interests of the shared taxonomy as checkboxes, plus the person's own words as free tags. */
export function InterestsInput({ taxonomy, failed, value, onChange, invalid, describedBy }: InterestsInputProps) {
  const intl = useIntl();
  const id = useId();
  return (
    <>
      {taxonomy ? (
        <div className="checkbox-options interest-options">
          {taxonomy.map((interest) => (
            <div className="checkbox" key={interest.key}>
              <input
                type="checkbox"
                id={`${id}-${interest.key}`}
                checked={value.selected.includes(interest.key)}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(event) =>
                  onChange({
                    ...value,
                    selected: event.target.checked ? [...value.selected, interest.key] : value.selected.filter((key) => key !== interest.key),
                  })
                }
              />
              <label htmlFor={`${id}-${interest.key}`}>{pickText(interest.label, intl.locale) || interest.key}</label>
            </div>
          ))}
        </div>
      ) : (
        <p className="loading">
          <FormattedMessage id={failed ? 'intakeForm.interestsUnavailable' : 'common.loading'} />
        </p>
      )}
      <div className="field field-nested">
        <label htmlFor={`${id}-free`} className="field-sublabel">
          <FormattedMessage id="intakeForm.otherInterests" />
        </label>
        <p id={`${id}-free-hint`} className="field-hint">
          <FormattedMessage id="intakeForm.otherInterests.hint" />
        </p>
        <input
          id={`${id}-free`}
          type="text"
          value={value.free}
          autoComplete="off"
          aria-describedby={`${id}-free-hint`}
          onChange={(event) => onChange({ ...value, free: event.target.value })}
        />
      </div>
    </>
  );
}
