import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/i18n-provider';
import { UI_LOCALES } from '../i18n/locales';

/**
 * The UI languages as large buttons at the top of the page, each named in itself: someone who does
 * not read the language the page opened in still finds their own at a glance.
 */
export function LanguageChoice() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="language-choice" role="group" aria-labelledby={id}>
      <span id={id} className="language-choice-label">
        <svg className="language-choice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        {intl.formatMessage({ id: 'language.label' })}
      </span>
      <ul className="language-choice-options">
        {UI_LOCALES.map((option) => (
          <li key={option.code}>
            <button
              type="button"
              className="language-choice-option"
              lang={option.code}
              aria-pressed={option.code === locale}
              onClick={() => void setLocale(option.code)}
            >
              {option.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
