import { gql } from 'urql';
import * as z from 'zod/mini';
import { LANGUAGES, type Language } from '../../../lib/domain';
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../../../lib/programme-domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export const PROGRAMME_KINDS = ['SOCIAL_BUDDY', 'PARTICIPATION_TRAJECTORY', 'LANGUAGE_BUDDY', 'JOB_BUDDY', 'YOUTH'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const PROGRAMME_STATUSES = ['DRAFT', 'ACTIVE', 'CLOSED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** The participation trajectory's hours (Flanders' 40-hour participatie- en netwerktraject). */
export const TRAJECTORY_HOURS = 40;

/** Status changes the API allows: DRAFT → ACTIVE → CLOSED, and a closed programme may reopen. */
export const NEXT_STATUSES: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['CLOSED'],
  CLOSED: ['ACTIVE'],
};

export interface Programme {
  id: string;
  name: string;
  kind: ProgrammeKind;
  description: string;
  languages: Language[];
  status: ProgrammeStatus;
  hourTarget: number | null;
  sensitiveCategories: SensitiveCategory[];
  publicSignupOpen: boolean;
  publicSignupPath: string;
  createdAt: string;
  version: number;
}

export const PROGRAMMES_PAGE_SIZE = 20;

const ProgrammeFields = gql`
  fragment ProgrammeFields on Programme {
    id
    name
    kind
    description
    languages
    status
    hourTarget
    sensitiveCategories
    publicSignupOpen
    publicSignupPath
    createdAt
    version
  }
`;

export const ProgrammesQuery = gql<
  { programmes: Connection<Programme> },
  { status?: ProgrammeStatus | null; first: number; after?: string | null }
>`
  query Programmes($status: ProgrammeStatus, $first: Int!, $after: String) {
    programmes(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ProgrammeFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ProgrammeFields}
`;

export const ProgrammeQuery = gql<{ node: (Programme & { __typename: 'Programme' }) | { __typename: string } | null }, { id: string }>`
  query Programme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        ...ProgrammeFields
      }
    }
  }
  ${ProgrammeFields}
`;

/** The tenant's languages, offered first when a programme is created. */
export const TenantLanguagesQuery = gql<{ tenant: { id: string; slug: string; languages: Language[] } | null }, Record<string, never>>`
  query TenantLanguages {
    tenant {
      id
      slug
      languages
    }
  }
`;

// The form's own checks, in the input's field names; the API checks again and has the last word.
export const programmeSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.minLength(2, 'TOO_SHORT'), z.maxLength(120, 'TOO_LONG')),
  kind: z.enum(PROGRAMME_KINDS, 'REQUIRED'),
  description: z.string().check(z.trim(), z.maxLength(4000, 'TOO_LONG')),
  languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1, 'REQUIRED')),
  // Empty means "no target"; otherwise whole hours.
  hourTarget: z.string().check(z.trim(), z.regex(/^(\d{1,4})?$/, 'INVALID')),
  sensitiveCategories: z.array(z.enum(SENSITIVE_CATEGORIES)),
  publicSignupOpen: z.boolean(),
});
export type ProgrammeFormValues = z.input<typeof programmeSchema>;

export interface ProgrammeInput {
  name: string;
  description: string;
  languages: Language[];
  hourTarget: number | null;
  sensitiveCategories: SensitiveCategory[];
  publicSignupOpen: boolean;
}

export const CreateProgrammeMutation = gql<
  { createProgramme: { programme: Programme | null; userErrors: UserError[] } },
  { input: Omit<ProgrammeInput, 'hourTarget'> & { kind: ProgrammeKind; hourTarget?: number } }
>`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      programme {
        ...ProgrammeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ProgrammeFields}
  ${UserErrorFields}
`;

export const UpdateProgrammeMutation = gql<
  { updateProgramme: { programme: Programme | null; userErrors: UserError[] } },
  { input: Partial<ProgrammeInput> & { programmeId: string; version: number; status?: ProgrammeStatus } }
>`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      programme {
        ...ProgrammeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ProgrammeFields}
  ${UserErrorFields}
`;
