import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/i18n-provider';
import { isUiLocale, UI_LOCALES, type UiLocale } from '../i18n/locales';

/** Shown on every screen; each language is named in itself, so anyone can find their own. */
/** `onChosen` runs after the user picked a language (the signed-in app stores it in the profile). */
export function LanguageSwitcher({ onChosen }: { onChosen?: (locale: UiLocale) => void }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{intl.formatMessage({ id: 'language.label' })}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (isUiLocale(next)) void setLocale(next).then(() => onChosen?.(next));
        }}
      >
        {UI_LOCALES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
