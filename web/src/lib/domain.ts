// Enumerations of the public GraphQL schema (graphql/schema/*.graphql) that the UI offers.

export const ROLES = ['TENANT_ADMIN', 'COORDINATOR', 'BUDDY', 'NEWCOMER'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['NL', 'FR', 'EN', 'DE', 'IT', 'AR', 'TR', 'UK', 'RU', 'ES', 'PT', 'FA', 'PS', 'TI', 'SO'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TENANT_KINDS = ['MUNICIPALITY', 'INTERMUNICIPAL_PARTNERSHIP', 'UMBRELLA_NETWORK', 'NGO'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/** A pragmatic e-mail shape (something@domain.tld); the API and the mail server have the last word. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type MembershipStatus = 'INVITED' | 'ACTIVE';
export type OnboardingRequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type TenantStatus = 'ACTIVE' | 'SUSPENDED';

/** "NL" → "Nederlands"/"Dutch"/"néerlandais", in the UI language (the enum values are ISO 639-1). */
export function languageName(language: Language | string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(language.toLowerCase()) ?? language;
  } catch {
    return language;
  }
}

/** ["NL", "FR"] → "Dutch and French"/"Nederlands en Frans"/"néerlandais et français". */
export function languageList(languages: readonly (Language | string)[], uiLocale: string): string {
  const names = languages.map((language) => languageName(language, uiLocale));
  try {
    return new Intl.ListFormat([uiLocale], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** "BE" → "België"/"Belgium"/"Belgique". */
export function countryName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The Language enum value of a language code ("nl" → "NL"), or null when the API has none. */
export function asLanguage(code: string): Language | null {
  const upper = code.toUpperCase();
  return (LANGUAGES as readonly string[]).includes(upper) ? (upper as Language) : null;
}
