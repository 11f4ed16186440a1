import { languageName } from '../../lib/domain';

// Languages newcomers and buddies in Tandem's towns often speak, offered as suggestions; any other
// ISO 639 code can be typed in. Names come from the browser (Intl.DisplayNames), so none are kept here.
const COMMON_LANGUAGE_CODES = [
  'nl', 'fr', 'en', 'de', 'it', 'es', 'pt', 'ar', 'fa', 'prs', 'ps', 'ur', 'ti', 'am', 'om', 'so', 'ku', 'ckb',
  'tr', 'uk', 'ru', 'ro', 'bg', 'pl', 'sq', 'sr', 'bs', 'hr', 'hy', 'ka', 'az', 'hi', 'pa', 'bn', 'ta', 'ne',
  'zh', 'vi', 'th', 'tl', 'sw', 'ln', 'rw', 'ff', 'wo', 'ha', 'yo', 'ig', 'tzm', 'kab', 'el', 'mk', 'ber',
];

export interface LanguageSuggestion {
  code: string;
  /** In the UI language. */
  name: string;
  /** In the language itself. */
  endonym: string;
}

/** The suggestions the browser can name, sorted by their name in the UI language. */
export function commonLanguages(uiLocale: string): LanguageSuggestion[] {
  return COMMON_LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, uiLocale), endonym: languageName(code, code) }))
    .filter((language) => language.name.toLowerCase() !== language.code)
    .sort((a, b) => a.name.localeCompare(b.name, uiLocale));
}

/** A typed name or code → the ISO code: "ar", "Arabic", "Arabisch" and "العربية" all give "ar". */
export function languageCodeOf(typed: string, suggestions: readonly LanguageSuggestion[]): string {
  const text = typed.trim().toLowerCase();
  const match = suggestions.find(
    (language) => language.code === text || language.name.toLowerCase() === text || language.endonym.toLowerCase() === text,
  );
  return match ? match.code : text;
}
