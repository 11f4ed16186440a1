import { useId, useMemo, type InputHTMLAttributes } from 'react';
import { useIntl } from 'react-intl';
import { languageName } from '../../lib/domain';
import { commonLanguages, languageCodeOf } from './common-languages';
import { LANGUAGE_CODE } from './intake-form-values';

interface LanguageCodeInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'> {
  value: string;
  onChange: (code: string) => void;
  /** Ids of what describes the input (hint, error); the language's name is added. */
  describedBy?: string;
}

/**
 * A language as an ISO 639 code, with the common ones suggested by name (a searchable datalist):
 * typing "Arab", picking "Arabic — العربية" or typing "ar" all give "ar"; any other code may be typed.
 */
export function LanguageCodeInput({ value, onChange, describedBy, ...input }: LanguageCodeInputProps) {
  const intl = useIntl();
  const listId = useId();
  const nameId = useId();
  const suggestions = useMemo(() => commonLanguages(intl.locale), [intl.locale]);
  const code = value.trim().toLowerCase();
  const known = LANGUAGE_CODE.test(code) ? languageName(code, intl.locale) : '';
  const name = known && known.toLowerCase() !== code ? known : '';
  return (
    <>
      <input
        {...input}
        list={listId}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={[describedBy, name ? nameId : null].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => onChange(languageCodeOf(event.target.value, suggestions))}
      />
      <datalist id={listId}>
        {suggestions.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name === language.endonym ? language.name : `${language.name} — ${language.endonym}`}
          </option>
        ))}
      </datalist>
      {/* Always there, so the layout does not jump when a name appears (a click would miss). */}
      <span id={nameId} className="language-code-name">
        {name}
      </span>
    </>
  );
}
