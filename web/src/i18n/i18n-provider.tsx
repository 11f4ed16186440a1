import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { DEFAULT_LOCALE, loadMessages, rememberLocale, textDirection, type Messages, type UiLocale } from './locales';

interface LocaleContextValue {
  locale: UiLocale;
  /**
   * Loads the locale's messages and switches the UI. The choice is remembered in this browser unless
   * `remember` is false (a default the app picked, such as an intake link's language, is no choice).
   */
  setLocale: (locale: UiLocale, options?: { remember?: boolean }) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside I18nProvider');
  return value;
}

interface I18nProviderProps {
  initialLocale: UiLocale;
  initialMessages: Messages;
  children: ReactNode;
}

export function I18nProvider({ initialLocale, initialMessages, children }: I18nProviderProps) {
  const [{ locale, messages }, setState] = useState({ locale: initialLocale, messages: initialMessages });

  // Neither react-intl nor the browser does this: the document's language and direction follow
  // the UI, so screen readers pronounce it right and right-to-left scripts lay out right.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  const setLocale = useCallback(async (next: UiLocale, { remember = true }: { remember?: boolean } = {}) => {
    const nextMessages = await loadMessages(next);
    if (remember) rememberLocale(next);
    setState({ locale: next, messages: nextMessages });
  }, []);

  const context = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider locale={locale} defaultLocale={DEFAULT_LOCALE} messages={messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
