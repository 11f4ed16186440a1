import { gql } from 'urql';
import { INTAKE_FORM_SELECTION, type ConsentInput, type IntakeForm, type PersonProfileInput } from '../../../components/intake-form/intake-form.api';
import type { Language } from '../../../lib/domain';
import type { CefrLevel, DayPart, Gender, LocalizedText, PersonRole, SensitiveCategory, Weekday } from '../../../lib/programme-domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export const NEWCOMER_STATUSES = ['REGISTERED', 'INTAKE_DONE', 'WAITING', 'MATCHED', 'COMPLETED', 'WITHDRAWN'] as const;
export const BUDDY_STATUSES = ['APPLIED', 'SCREENED', 'TRAINED', 'AVAILABLE', 'MATCHED', 'PAUSED', 'STOPPED'] as const;
export type PersonStatus = (typeof NEWCOMER_STATUSES)[number] | (typeof BUDDY_STATUSES)[number];
export const statusesOf = (role: PersonRole): readonly PersonStatus[] => (role === 'NEWCOMER' ? NEWCOMER_STATUSES : BUDDY_STATUSES);

export const PERSON_SORTS = ['WAITING_SINCE', 'LAST_NAME', 'CREATED_AT'] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];

export const CONSENT_METHODS = ['ASSISTED', 'PAPER', 'SELF_SERVICE'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const PEOPLE_PAGE_SIZE = 20;
export const NOTES_PAGE_SIZE = 10;

export interface PersonFilter {
  role: PersonRole;
  status?: PersonStatus[];
  programmeId?: string;
  language?: string;
  interest?: string;
  postcodePrefix?: string;
  search?: string;
  waitingSinceBefore?: string;
}

export interface PersonListItem {
  id: string;
  role: PersonRole;
  status: PersonStatus;
  firstName: string;
  lastName: string;
  email: string | null;
  postcode: string | null;
  languages: { code: string; level: CefrLevel }[];
  programmes: { id: string; name: string }[];
  waitingSince: string | null;
  createdAt: string;
  /** Set when the person was erased: the names are then a placeholder. */
  erasedAt: string | null;
}

export const PeopleQuery = gql<
  { people: Connection<PersonListItem> },
  { filter: PersonFilter; sort: PersonSort; first: number; after?: string | null }
>`
  query People($filter: PersonFilter!, $sort: PersonSort, $first: Int!, $after: String) {
    people(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          role
          status
          firstName
          lastName
          email
          postcode
          languages {
            code
            level
          }
          programmes {
            id
            name
          }
          waitingSince
          createdAt
          erasedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface ProgrammeOption {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
}

/** Programmes to filter by and to register people in (a tenant has a handful, so one page of 100). */
export const ProgrammeOptionsQuery = gql<{ programmes: Connection<ProgrammeOption> }, Record<string, never>>`
  query ProgrammeOptions {
    programmes(first: 100) {
      edges {
        cursor
        node {
          id
          name
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface IntakeProgramme {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  sensitiveCategories: SensitiveCategory[];
  newcomerForm: IntakeForm;
  buddyForm: IntakeForm;
}

export const IntakeProgrammeQuery = gql<{ node: IntakeProgramme | { __typename: string } | null }, { id: string }>`
  query IntakeProgramme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
        status
        sensitiveCategories
        newcomerForm {
          ${INTAKE_FORM_SELECTION}
        }
        buddyForm {
          ${INTAKE_FORM_SELECTION}
        }
      }
    }
  }
`;

export const RegisterPersonMutation = gql<
  { registerPerson: { person: { id: string; status: PersonStatus } | null; userErrors: UserError[] } },
  { input: { role: PersonRole; programmeId: string; profile: PersonProfileInput; consents: ConsentInput[]; intakeDone: boolean } }
>`
  mutation RegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      person {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

export interface FieldLabel {
  key: string;
  type: string;
  label: LocalizedText[];
  options: { value: string; label: LocalizedText[] }[];
}

export interface Person {
  id: string;
  role: PersonRole;
  status: PersonStatus;
  allowedNextStatuses: PersonStatus[];
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: Language | null;
  postcode: string | null;
  birthYear: number | null;
  gender: Gender | null;
  languages: { code: string; level: CefrLevel }[];
  interests: string[];
  availability: { day: Weekday; part: DayPart }[];
  programmes: {
    id: string;
    name: string;
    status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
    newcomerForm: { id: string };
    buddyForm: { id: string };
  }[];
  capacity: number | null;
  answers: { key: string; value: string }[];
  vetting: { interviewedAt: string | null; goodConductCheckedAt: string | null; goodConductValidUntil: string | null } | null;
  trainings: { name: string; completedAt: string; validUntil: string | null }[];
  sensitive: { health: string | null; psychosocial: string | null; religion: string | null } | null;
  waitingSince: string | null;
  externalId: string | null;
  consents: { purpose: string; granted: boolean; textVersion: string; method: ConsentMethod; recordedBy: string | null; at: string }[];
  history: { from: PersonStatus | null; to: PersonStatus; reason: string | null; by: string | null; at: string }[];
  createdAt: string;
  updatedAt: string;
  /** Set when the person was erased: the names are then a placeholder, and nothing can change any more. */
  erasedAt: string | null;
  version: number;
}


const PersonFields = gql`
  fragment PersonFields on Person {
    id
    role
    status
    allowedNextStatuses
    firstName
    lastName
    email
    phone
    preferredLanguage
    postcode
    birthYear
    gender
    languages {
      code
      level
    }
    interests
    availability {
      day
      part
    }
    programmes {
      id
      name
      status
      newcomerForm {
        id
      }
      buddyForm {
        id
      }
    }
    capacity
    answers {
      key
      value
    }
    vetting {
      interviewedAt
      goodConductCheckedAt
      goodConductValidUntil
    }
    trainings {
      name
      completedAt
      validUntil
    }
    sensitive {
      health
      psychosocial
      religion
    }
    waitingSince
    externalId
    consents {
      purpose
      granted
      textVersion
      method
      recordedBy
      at
    }
    history {
      from
      to
      reason
      by
      at
    }
    createdAt
    updatedAt
    erasedAt
    version
  }
`;

/** The labels of the tenant's intake form fields, to show a person's intake answers by their question. */
export const FormLabelsQuery = gql<{ intakeForms: { id: string; fields: FieldLabel[] }[] }, { audience: PersonRole }>`
  query FormLabels($audience: FormAudience!) {
    intakeForms(audience: $audience) {
      id
      fields {
        key
        type
        label {
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
      }
    }
  }
`;

export const PersonQuery = gql<{ node: Person | { __typename: string } | null }, { id: string }>`
  query Person($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        ...PersonFields
      }
    }
  }
  ${PersonFields}
`;

type PersonPayload<K extends string> = { [key in K]: { person: Person | null; userErrors: UserError[] } };

export const ChangePersonStatusMutation = gql<
  PersonPayload<'changePersonStatus'>,
  { input: { personId: string; version: number; status: PersonStatus; reason?: string } }
>`
  mutation ChangePersonStatus($input: ChangePersonStatusInput!) {
    changePersonStatus(input: $input) {
      person {
        ...PersonFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PersonFields}
  ${UserErrorFields}
`;

/** Adds one more programme of the tenant (not closed, not one the person is in yet) to the person's programmes. */
export const EnrolPersonMutation = gql<PersonPayload<'enrolPerson'>, { input: { personId: string; programmeId: string; version: number } }>`
  mutation EnrolPerson($input: EnrolPersonInput!) {
    enrolPerson(input: $input) {
      person {
        ...PersonFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PersonFields}
  ${UserErrorFields}
`;

export const RecordConsentMutation = gql<
  PersonPayload<'recordConsent'>,
  { input: { personId: string; consent: ConsentInput; method: ConsentMethod } }
>`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      person {
        ...PersonFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PersonFields}
  ${UserErrorFields}
`;

export interface RecordVettingInput {
  personId: string;
  version: number;
  interviewedAt?: string;
  goodConductCheckedAt?: string;
  goodConductValidUntil?: string;
  training?: { name: string; completedAt: string; validUntil?: string };
}

export const RecordVettingMutation = gql<PersonPayload<'recordVetting'>, { input: RecordVettingInput }>`
  mutation RecordVetting($input: RecordVettingInput!) {
    recordVetting(input: $input) {
      person {
        ...PersonFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PersonFields}
  ${UserErrorFields}
`;

export const ErasePersonMutation = gql<PersonPayload<'erasePerson'>, { input: { personId: string } }>`
  mutation ErasePerson($input: PersonIdInput!) {
    erasePerson(input: $input) {
      person {
        ...PersonFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PersonFields}
  ${UserErrorFields}
`;

export interface IntakeLink {
  /** "/#/intake/<tenant slug>/<token>": a path of the web app, with a secret token. */
  path: string;
  expiresAt: string;
}

export const CreateIntakeLinkMutation = gql<
  { createIntakeLink: { intakeLink: IntakeLink | null; userErrors: UserError[] } },
  { input: { personId: string } }
>`
  mutation CreateIntakeLink($input: PersonIdInput!) {
    createIntakeLink(input: $input) {
      intakeLink {
        path
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

export const ExportPersonMutation = gql<
  { exportPerson: { json: string | null; userErrors: UserError[] } },
  { input: { personId: string } }
>`
  mutation ExportPerson($input: PersonIdInput!) {
    exportPerson(input: $input) {
      json
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

export interface Note {
  id: string;
  text: string;
  by: string;
  at: string;
}

export const PersonNotesQuery = gql<
  { node: { id: string; notes?: Connection<Note> } | null },
  { id: string; first: number; after?: string | null }
>`
  query PersonNotes($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ... on Person {
        notes(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
              text
              by
              at
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

export const AddNoteMutation = gql<
  { addNote: { note: Note | null; userErrors: UserError[] } },
  { input: { personId: string; text: string } }
>`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      note {
        id
        text
        by
        at
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

/** "2026-03-01" (a date input's value) → an ISO date-time at UTC midnight, as DateTime wants it. */
export function dateInputToDateTime(value: string): string {
  return new Date(`${value}T00:00:00Z`).toISOString();
}

/** An ISO date-time → "2026-03-01" for a date input. */
export function dateTimeToDateInput(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
