import { gql } from 'urql';
import { INTAKE_FORM_SELECTION, type ConsentInput, type IntakeForm, type PersonProfileInput } from '../../../components/intake-form/intake-form.api';
import type { Language } from '../../../lib/domain';
import { matchPath } from '../../../lib/router';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export interface PublicSignupPage {
  tenantName: string;
  programmeName: string;
  programmeDescription: string;
  languages: Language[];
  form: IntakeForm;
}

// Public: asked without a session and without X-Tenant-Id (the slug says which tenant).
export const PublicSignupPageQuery = gql<{ publicSignupPage: PublicSignupPage | null }, { tenantSlug: string; programmeId: string }>`
  query PublicSignupPage($tenantSlug: String!, $programmeId: ID!) {
    publicSignupPage(tenantSlug: $tenantSlug, programmeId: $programmeId) {
      tenantName
      programmeName
      programmeDescription
      languages
      form {
        ${INTAKE_FORM_SELECTION}
      }
    }
  }
`;

export const ApplyAsBuddyMutation = gql<
  { applyAsBuddy: { received: boolean; userErrors: UserError[] } },
  { input: { tenantSlug: string; programmeId: string; profile: PersonProfileInput; consents: ConsentInput[] } }
>`
  mutation ApplyAsBuddy($input: ApplyAsBuddyInput!) {
    applyAsBuddy(input: $input) {
      received
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

/** "/join/mechelen/UHJvZ3JhbW1lOjE" → its slug and programme id; null for any other path. */
export function parseJoinPath(path: string): { tenantSlug: string; programmeId: string } | null {
  const params = matchPath(path, '/join/:tenantSlug/:programmeId');
  return params ? { tenantSlug: params.tenantSlug, programmeId: params.programmeId } : null;
}
