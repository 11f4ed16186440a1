import { gql } from 'urql';
import { INTAKE_FORM_SELECTION, type ConsentInput, type IntakeForm, type PersonProfileInput } from '../../../components/intake-form/intake-form.api';
import type { Language } from '../../../lib/domain';
import type { SensitiveCategory } from '../../../lib/programme-domain';
import { matchPath } from '../../../lib/router';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export interface IntakeInvitation {
  tenantName: string;
  programmeName: string;
  firstName: string;
  preferredLanguage: Language | null;
  form: IntakeForm;
  sensitiveCategories: SensitiveCategory[];
  expiresAt: string;
}

// Public: asked without a session and without X-Tenant-Id (the slug says which tenant, the token
// which newcomer). null when the link is unknown, used or expired.
export const IntakeInvitationQuery = gql<{ intakeInvitation: IntakeInvitation | null }, { tenantSlug: string; token: string }>`
  query IntakeInvitation($tenantSlug: String!, $token: String!) {
    intakeInvitation(tenantSlug: $tenantSlug, token: $token) {
      tenantName
      programmeName
      firstName
      preferredLanguage
      form {
        ${INTAKE_FORM_SELECTION}
      }
      sensitiveCategories
      expiresAt
    }
  }
`;

export const SubmitIntakeMutation = gql<
  { submitIntake: { received: boolean; userErrors: UserError[] } },
  { input: { tenantSlug: string; token: string; profile: PersonProfileInput; consents: ConsentInput[] } }
>`
  mutation SubmitIntake($input: SubmitIntakeInput!) {
    submitIntake(input: $input) {
      received
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

/** "/intake/mechelen/<token>" → its slug and token; null for any other path. */
export function parseIntakePath(path: string): { tenantSlug: string; token: string } | null {
  const params = matchPath(path, '/intake/:tenantSlug/:token');
  return params ? { tenantSlug: params.tenantSlug, token: params.token } : null;
}

/** A userError that says the link itself no longer works (used meanwhile, or expired while filling in). */
export function isLinkProblem(userErrors: readonly UserError[]): boolean {
  return userErrors.some((error) => error.field.at(-1) === 'token');
}
