import { gql } from 'urql';
import * as z from 'zod/mini';
import { EMAIL, LANGUAGES, TENANT_KINDS, type Language, type TenantKind } from '../../../lib/domain';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

// The form's own checks, in the schema's field names; the API checks again and has the last word.
export const requestAccountSchema = z.object({
  organisationName: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.minLength(2, 'TOO_SHORT'), z.maxLength(120, 'TOO_LONG')),
  kind: z.enum(TENANT_KINDS, 'REQUIRED'),
  country: z
    .string()
    .check(z.trim(), z.minLength(1, 'REQUIRED'), z.regex(/^[A-Za-z]{2}$/, 'INVALID'), z.toUpperCase()),
  languages: z.array(z.enum(LANGUAGES)).check(z.minLength(1, 'REQUIRED')),
  contactName: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.minLength(2, 'TOO_SHORT'), z.maxLength(120, 'TOO_LONG')),
  contactEmail: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.regex(EMAIL, 'INVALID')),
});
export type RequestAccountInput = z.infer<typeof requestAccountSchema>;

export interface RequestTenantAccountData {
  requestTenantAccount: {
    requestId: string | null;
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | null;
    userErrors: UserError[];
  };
}

export interface RequestTenantAccountVariables {
  input: {
    organisationName: string;
    kind: TenantKind;
    country: string;
    languages: Language[];
    contactName: string;
    contactEmail: string;
  };
}

export const RequestTenantAccountMutation = gql<RequestTenantAccountData, RequestTenantAccountVariables>`
  mutation RequestTenantAccount($input: RequestTenantAccountInput!) {
    requestTenantAccount(input: $input) {
      requestId
      status
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;
