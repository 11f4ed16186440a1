import { gql } from 'urql';
import type { Language } from '../../lib/domain';
import type { CefrLevel, DayPart, Gender, LocalizedText, SensitiveCategory, Weekday } from '../../lib/programme-domain';

// The intake form as the API describes it (IntakeForm in programme.graphql), and what a filled-in
// form becomes: a PersonProfileInput and the ConsentInputs. Shared by the assisted intake
// (people) and the public sign-up page.

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

export interface FormField {
  key: string;
  type: FieldType;
  required: boolean;
  label: LocalizedText[];
  help: LocalizedText[];
  options: { value: string; label: LocalizedText[] }[];
  sensitiveCategory: SensitiveCategory | null;
  consentPurpose: string | null;
}

export interface IntakeForm {
  id: string;
  name: string;
  audience: 'NEWCOMER' | 'BUDDY';
  fields: FormField[];
  isDefault: boolean;
  version: number;
}

// The form's selection as text, not a fragment: the API limits query depth (graphql-armor), and a
// fragment spread counts as a level, which put `node { ... on Programme { newcomerForm { ...F } } }`
// over the limit. Interpolated into a query, this is the same selection without the extra level.
export const INTAKE_FORM_SELECTION = `
  id
  name
  audience
  isDefault
  version
  fields {
    key
    type
    required
    label {
      language
      text
    }
    help {
      language
      text
    }
    options {
      value
      label {
        language
        text
      }
    }
    sensitiveCategory
    consentPurpose
  }
`;

export interface Interest {
  key: string;
  label: LocalizedText[];
}

export const InterestTaxonomyQuery = gql<{ interestTaxonomy: Interest[] }, Record<string, never>>`
  query InterestTaxonomy {
    interestTaxonomy {
      key
      label {
        language
        text
      }
    }
  }
`;

export interface LanguageSkillInput {
  code: string;
  level: CefrLevel;
}

export interface AvailabilitySlotInput {
  day: Weekday;
  part: DayPart;
}

export interface PersonProfileInput {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  preferredLanguage?: Language;
  postcode?: string;
  birthYear?: number;
  gender?: Gender;
  languages?: LanguageSkillInput[];
  interests?: string[];
  availability?: AvailabilitySlotInput[];
  capacity?: number;
  answers?: { key: string; value: string }[];
  sensitive?: { health?: string; psychosocial?: string; religion?: string };
  externalId?: string;
}

export interface ConsentInput {
  purpose: string;
  granted: boolean;
  textVersion: string;
}
