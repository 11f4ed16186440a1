// Intake forms are data (templates): typed fields with translations. Tandem ships a default form
// per audience (default-forms.ts); tenants use them as they are or, later, adapt shared copies.
import type { Language } from '../shared/validation';

export type FormAudience = 'NEWCOMER' | 'BUDDY';
export type FieldType =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'SINGLE_CHOICE'
  | 'MULTIPLE_CHOICE'
  | 'DATE'
  | 'LANGUAGES'
  | 'INTERESTS'
  | 'AVAILABILITY'
  | 'POSTCODE'
  | 'CONSENT';
export type SensitiveCategory = 'HEALTH' | 'PSYCHOSOCIAL' | 'RELIGION';

/** A text per language; at least EN, NL and FR. */
export type Localized = Partial<Record<Language, string>> & { EN: string; NL: string; FR: string };

export interface FieldOption {
  value: string;
  label: Localized;
}

export interface FormField {
  /** Stable answer key; keys named like profile fields (firstName, postcode, ...) fill that field. */
  key: string;
  type: FieldType;
  required: boolean;
  label: Localized;
  help?: Localized;
  options?: FieldOption[];
  sensitiveCategory?: SensitiveCategory;
  /** CONSENT fields: the purpose recorded, e.g. 'processing'. */
  consentPurpose?: string;
}

export interface IntakeForm {
  id: string;
  name: string;
  audience: FormAudience;
  fields: FormField[];
  isDefault: boolean;
  version: number;
}

export interface Interest {
  key: string;
  label: Localized;
}
