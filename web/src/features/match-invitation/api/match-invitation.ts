import { gql } from 'urql';
import type { Language } from '../../../lib/domain';
import type { PersonRole } from '../../../lib/programme-domain';
import { matchPath } from '../../../lib/router';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

// The enumerations this public page shows (graphql/schema/matching.graphql); the coordinators'
// matching screens have their own copy in their feature.
export const DECLINE_REASONS = ['NO_TIME', 'NOT_A_GOOD_FIT', 'TOO_FAR', 'LANGUAGE', 'PERSONAL_CIRCUMSTANCES', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export type MatchCriterion = 'INTERESTS' | 'LANGUAGE' | 'NEEDS' | 'AVAILABILITY' | 'DISTANCE' | 'AGE' | 'FAMILY' | 'WAITING_TIME';
export type MatchAnswer = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type MatchStatus = 'APPROVED' | 'ACCEPTED' | 'ACTIVE' | 'PAUSED' | 'COMPLETED' | 'ENDED' | 'DECLINED';

export interface MatchInvitation {
  tenantName: string;
  programmeName: string;
  /** Whose link this is: a newcomer hears about a buddy, a buddy about a newcomer. */
  side: PersonRole;
  firstName: string;
  preferredLanguage: Language | null;
  otherFirstName: string;
  explanation: string;
  /** value: 0–1, null when it cannot be told (such a criterion is no reason to show). */
  criteria: { criterion: MatchCriterion; value: number | null; points: number; weight: number; explanation: string }[];
  answer: MatchAnswer;
  status: MatchStatus;
  expiresAt: string;
}

const MatchInvitationFields = gql`
  fragment MatchInvitationFields on MatchInvitation {
    tenantName
    programmeName
    side
    firstName
    preferredLanguage
    otherFirstName
    explanation(language: $language)
    criteria(language: $language) {
      criterion
      value
      points
      weight
      explanation
    }
    answer
    status
    expiresAt
  }
`;

// Public: asked without a session and without X-Tenant-Id (the slug says which tenant, the token
// which person and match). null when the link is unknown or expired.
export const MatchInvitationQuery = gql<{ matchInvitation: MatchInvitation | null }, { tenantSlug: string; token: string; language: Language | null }>`
  query MatchInvitation($tenantSlug: String!, $token: String!, $language: Language) {
    matchInvitation(tenantSlug: $tenantSlug, token: $token) {
      ...MatchInvitationFields
    }
  }
  ${MatchInvitationFields}
`;

export const AnswerMatchInvitationMutation = gql<
  { answerMatchInvitation: { invitation: MatchInvitation | null; userErrors: UserError[] } },
  { input: { tenantSlug: string; token: string; accept: boolean; reason?: DeclineReason; note?: string }; language: Language | null }
>`
  mutation AnswerMatchInvitation($input: AnswerMatchInvitationInput!, $language: Language) {
    answerMatchInvitation(input: $input) {
      invitation {
        ...MatchInvitationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MatchInvitationFields}
  ${UserErrorFields}
`;

/** "/match/mechelen/<token>" → its slug and token; null for any other path. */
export function parseMatchInvitationPath(path: string): { tenantSlug: string; token: string } | null {
  const params = matchPath(path, '/match/:tenantSlug/:token');
  return params ? { tenantSlug: params.tenantSlug, token: params.token } : null;
}

/** A userError that says the link itself no longer works (expired while reading, say). */
export function isLinkProblem(userErrors: readonly UserError[]): boolean {
  return userErrors.some((error) => error.field.at(-1) === 'token');
}
