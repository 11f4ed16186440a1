// Enumerations of graphql/schema/programme.graphql and people.graphql that more than one feature
// (and the shared intake form) uses. Feature-only enumerations live in the feature's api/ folder.
import type { Language } from './domain';

export const SENSITIVE_CATEGORIES = ['HEALTH', 'PSYCHOSOCIAL', 'RELIGION'] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'] as const;
export type Gender = (typeof GENDERS)[number];

export type PersonRole = 'NEWCOMER' | 'BUDDY';

/** A text in one language (LocalizedText in the schema). */
export interface LocalizedText {
  language: Language;
  text: string;
}

/** The text in the UI language, else English, else the first there is ('' when there is none). */
export function pickText(texts: readonly LocalizedText[], uiLocale: string): string {
  const wanted = uiLocale.split('-')[0]?.toUpperCase();
  return (texts.find((t) => t.language === wanted) ?? texts.find((t) => t.language === 'EN') ?? texts[0])?.text ?? '';
}

/** The language of the text pickText chose, lower case, for a `lang` attribute (undefined when it is the UI's). */
export function pickedLanguage(texts: readonly LocalizedText[], uiLocale: string): string | undefined {
  const wanted = uiLocale.split('-')[0]?.toUpperCase();
  const picked = texts.find((t) => t.language === wanted) ?? texts.find((t) => t.language === 'EN') ?? texts[0];
  return picked && picked.language !== wanted ? picked.language.toLowerCase() : undefined;
}

/** Monday … Sunday in the UI language (1 January 2024 was a Monday). */
export function weekdayName(day: Weekday, uiLocale: string, width: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(uiLocale, { weekday: width, timeZone: 'UTC' }).format(date);
}
