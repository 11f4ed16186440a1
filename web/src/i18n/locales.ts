import en from './en.json';
import { readStored, writeStored } from '../lib/storage';

// The UI languages. Adding one is adding its messages file (<code>.json, same keys as en.json)
// and one line here; files other than English load only when chosen. A `partial` language
// translates the screens newcomers and volunteers use (public sign-up, intake form, sign-in);
// the coordinators' screens fall back to English there.
export const UI_LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية', partial: true },
] as const satisfies readonly { code: string; name: string; partial?: boolean }[];

export type UiLocale = (typeof UI_LOCALES)[number]['code'];
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

export const DEFAULT_LOCALE: UiLocale = 'en';
const STORAGE_KEY = 'tandem.locale';
// Fallback where the browser's Intl.Locale has no text info yet.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);

const loaders = import.meta.glob<{ default: Partial<Messages> }>(['./*.json', '!./en.json']);

export function isUiLocale(value: string | null | undefined): value is UiLocale {
  return UI_LOCALES.some((locale) => locale.code === value);
}

/** The remembered choice, else the browser's preferred languages, else English. */
export function initialLocale(): UiLocale {
  const stored = readStored('local', STORAGE_KEY);
  if (isUiLocale(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isUiLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** Whether the user chose a UI language in this browser (rather than it being guessed). */
export function hasRememberedLocale(): boolean {
  return isUiLocale(readStored('local', STORAGE_KEY));
}

export function rememberLocale(locale: UiLocale): void {
  writeStored('local', STORAGE_KEY, locale);
}

/** Messages of a locale; keys it lacks fall back to English. */
export async function loadMessages(locale: UiLocale): Promise<Messages> {
  if (locale === DEFAULT_LOCALE) return en;
  const load = loaders[`./${locale}.json`];
  if (!load) return en;
  const module = await load();
  return { ...en, ...module.default };
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    // getTextInfo() in current browsers, the textInfo getter in older ones.
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (info.getTextInfo?.() ?? info.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Unknown tag: use the list below.
  }
  return RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
