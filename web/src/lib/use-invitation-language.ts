import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/i18n-provider';
import { hasRememberedLocale, isUiLocale } from '../i18n/locales';

/**
 * On a page opened from a personal link: the person's language becomes the UI's, unless whoever
 * uses this browser chose one (then theirs stays). Not remembered: it is the person's, not a choice
 * made here. `preferred` is undefined until the page knows it (null: none). True once settled, so
 * the page does not show itself first in one language and then in another.
 */
export function useInvitationLanguage(preferred: string | null | undefined): boolean {
  const { locale, setLocale } = useLocale();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (preferred === undefined || settled) return;
    const wanted = preferred?.toLowerCase();
    if (wanted && isUiLocale(wanted) && wanted !== locale && !hasRememberedLocale()) {
      void setLocale(wanted, { remember: false }).finally(() => setSettled(true));
    } else {
      setSettled(true);
    }
  }, [preferred, locale, setLocale, settled]);
  return settled;
}
