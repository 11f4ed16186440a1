import { gql } from 'urql';
import * as z from 'zod/mini';
import type { PersonRole } from '../../../lib/programme-domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

// graphql/schema/people-import.graphql: a dry run, then an import job that the page drives slice by
// slice with continuePeopleImport.

/** PeopleImportField, in the order the mapping offers them. */
export const IMPORT_FIELDS = [
  'FIRST_NAME',
  'LAST_NAME',
  'EMAIL',
  'PHONE',
  'POSTCODE',
  'BIRTH_YEAR',
  'GENDER',
  'PREFERRED_LANGUAGE',
  'LANGUAGES',
  'INTERESTS',
  'EXTERNAL_ID',
  'CAPACITY',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Capacity is a buddy's (how many newcomers at once); the API refuses it for newcomers. */
export const fieldsFor = (role: PersonRole): readonly ImportField[] => (role === 'BUDDY' ? IMPORT_FIELDS : IMPORT_FIELDS.filter((field) => field !== 'CAPACITY'));

/**
 * Requests are limited to 6 MB and base64 makes a file a third larger: about 4.4 MB of CSV fits
 * (the API itself takes up to 5 MB, which only other clients that send less overhead can use).
 */
export const MAX_FILE_BYTES = 4.4 * 1024 * 1024;

/** What the coordinator confirms for everyone in the file; recorded per person as a paper consent. */
export const IMPORT_CONSENT = { purpose: 'processing', textVersion: '1' } as const;

export type ImportStatus = 'INVALID' | 'READY' | 'RUNNING' | 'DONE' | 'ROLLING_BACK' | 'FAILED';

export interface ImportRowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  column: string | null;
  field: ImportField | null;
  code: string;
  message: string;
}

export interface ImportReport {
  totalRows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errorCount: number;
  errors: ImportRowError[];
  delimiter: string;
}

export interface ImportJob {
  id: string;
  role: PersonRole;
  programme: { id: string; name: string } | null;
  status: ImportStatus;
  totalRows: number;
  processed: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  created: number;
  updated: number;
  failureReason: string | null;
  failedRow: number | null;
  updatedAt: string;
}

export interface ImportInput {
  role: PersonRole;
  programmeId: string;
  csvBase64: string;
  mapping: { column: string; field: ImportField }[];
  consent: { purpose: string; textVersion: string };
}

const ReportFields = gql`
  fragment ImportReportFields on PeopleImportReport {
    totalRows
    toCreate
    toUpdate
    unchanged
    errorCount
    errors {
      row
      column
      field
      code
      message
    }
    delimiter
  }
`;

const JobFields = gql`
  fragment ImportJobFields on PeopleImportJob {
    id
    role
    programme {
      id
      name
    }
    status
    totalRows
    processed
    toCreate
    toUpdate
    unchanged
    created
    updated
    failureReason
    failedRow
    updatedAt
  }
`;

export interface ImportProgramme {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
}

/** The programmes people can be imported into (a tenant has a handful, so one page of 100). */
export const ImportProgrammesQuery = gql<{ programmes: Connection<ImportProgramme> }, Record<string, never>>`
  query ImportProgrammes {
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

export const DryRunPeopleImportMutation = gql<
  { dryRunPeopleImport: { report: ImportReport | null; userErrors: UserError[] } },
  { input: ImportInput }
>`
  mutation DryRunPeopleImport($input: PeopleImportInput!) {
    dryRunPeopleImport(input: $input) {
      report {
        ...ImportReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ReportFields}
  ${UserErrorFields}
`;

export const StartPeopleImportMutation = gql<
  { startPeopleImport: { status: ImportStatus | null; report: ImportReport | null; job: ImportJob | null; userErrors: UserError[] } },
  { input: ImportInput }
>`
  mutation StartPeopleImport($input: PeopleImportInput!) {
    startPeopleImport(input: $input) {
      status
      report {
        ...ImportReportFields
      }
      job {
        ...ImportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ReportFields}
  ${JobFields}
  ${UserErrorFields}
`;

export const ContinuePeopleImportMutation = gql<
  { continuePeopleImport: { job: ImportJob | null; userErrors: UserError[] } },
  { input: { jobId: string } }
>`
  mutation ContinuePeopleImport($input: ContinuePeopleImportInput!) {
    continuePeopleImport(input: $input) {
      job {
        ...ImportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${JobFields}
  ${UserErrorFields}
`;

export const PeopleImportJobQuery = gql<{ peopleImport: ImportJob | null }, { id: string }>`
  query PeopleImportJob($id: ID!) {
    peopleImport(id: $id) {
      ...ImportJobFields
    }
  }
  ${JobFields}
`;

const maps = (mapping: readonly { field: ImportField }[], field: ImportField) => mapping.some((column) => column.field === field);

// The form's own checks, in the input's field names; the API checks again and has the last word.
export const importFormSchema = z.object({
  programmeId: z.string().check(z.minLength(1, 'REQUIRED')),
  csvBase64: z.string().check(z.minLength(1, 'REQUIRED')),
  mapping: z.array(z.object({ column: z.string(), field: z.enum(IMPORT_FIELDS) })).check(
    z.refine((mapping) => maps(mapping, 'FIRST_NAME') && maps(mapping, 'LAST_NAME'), 'NAMES_REQUIRED'),
    // They recognise people when a file is imported again.
    z.refine((mapping) => maps(mapping, 'EMAIL') || maps(mapping, 'EXTERNAL_ID'), 'KEY_REQUIRED'),
  ),
  consent: z.literal(true, 'CONSENT_REQUIRED'),
});

/** A job that still needs continue calls (to finish, or to finish undoing). */
export const isUnfinished = (status: ImportStatus) => status === 'READY' || status === 'RUNNING' || status === 'ROLLING_BACK';
