// Texts per language ({ EN: '...', NL: '...' }) as the API's [LocalizedText!]! lists.
import type { Localized } from '../../../services/programmes/intake-form';
import type { Language } from '../../../services/shared/validation';

export const localized = (texts: Localized | undefined) =>
  Object.entries(texts ?? {}).map(([language, text]) => ({ language: language as Language, text: text as string }));
